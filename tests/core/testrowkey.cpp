// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/batch/rowkey.h"

using namespace Batchsmith;

/// The one row key format: what make() writes number() reads back, and every other text is opaque (number 0), so
/// that no two spellings name one row and keys of earlier versions are never mistaken for new ones.
class TestRowKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testMakeAndReadBack_data()
    {
        QTest::addColumn<quint32>("number");
        QTest::addColumn<QString>("key");
        QTest::newRow("first") << 1u << QStringLiteral("r1");
        QTest::newRow("ten") << 10u << QStringLiteral("r10");
        QTest::newRow("a million") << 1000000u << QStringLiteral("r1000000");
        QTest::newRow("largest") << 4294967295u << QStringLiteral("r4294967295");
    }

    void testMakeAndReadBack()
    {
        QFETCH(quint32, number);
        QFETCH(QString, key);
        QCOMPARE(RowKey::make(number), key);
        QCOMPARE(RowKey::number(key), number);
    }

    void testOtherTextIsOpaque_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("earlier versions") << QStringLiteral("row-000001");
        QTest::newRow("empty") << QString();
        QTest::newRow("r alone") << QStringLiteral("r");
        QTest::newRow("zero") << QStringLiteral("r0");
        QTest::newRow("leading zero") << QStringLiteral("r01");
        QTest::newRow("sign") << QStringLiteral("r+1");
        QTest::newRow("space") << QStringLiteral("r 1");
        QTest::newRow("trailing text") << QStringLiteral("r1a");
        QTest::newRow("upper case") << QStringLiteral("R1");
        QTest::newRow("too large") << QStringLiteral("r4294967296");
        QTest::newRow("too long") << QStringLiteral("r10000000000");
        QTest::newRow("revert operation") << QStringLiteral("restore-51234567001");
        QTest::newRow("non-ASCII digit") << QStringLiteral("r\u0661"); // ARABIC-INDIC DIGIT ONE
    }

    void testOtherTextIsOpaque()
    {
        QFETCH(QString, key);
        QCOMPARE(RowKey::number(key), 0u);
    }
};

QTEST_APPLESS_MAIN(TestRowKey)
#include "testrowkey.moc"
