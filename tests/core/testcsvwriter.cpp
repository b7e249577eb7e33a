// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/io/csvwriter.h"
#include "core/io/delimitedtextreader.h"

using namespace Batchsmith;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("inner space") << QStringLiteral("New York") << QByteArray("New York");
        QTest::newRow("e-mail") << QStringLiteral("a.b@example.com") << QByteArray("a.b@example.com");
        QTest::newRow("utf-8, no BOM") << QString::fromUtf8("João 東京") << QByteArray("João 東京");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("lf") << QStringLiteral("l1\nl2") << QByteArray("\"l1\nl2\"");
        QTest::newRow("cr") << QStringLiteral("l1\rl2") << QByteArray("\"l1\rl2\"");
        // Quoted so that a reader detecting the delimiter from the header never mistakes them for one.
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("\"a\tb\"");
        // Spreadsheets trim unquoted padding.
        QTest::newRow("leading space") << QStringLiteral(" x") << QByteArray("\" x\"");
        QTest::newRow("trailing space") << QStringLiteral("x ") << QByteArray("\"x \"");
    }

    void testField()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void testLineEndsWithLf()
    {
        QCOMPARE(
            CsvWriter::line({ QStringLiteral("a"), QString(), QStringLiteral("c,d") }), QByteArray("a,,\"c,d\"\n"));
        QCOMPARE(CsvWriter::line({}), QByteArray("\n"));
        QVERIFY(!CsvWriter::line({ QStringLiteral("x") }).contains('\r'));
    }

    void testReaderReadsBackWhatWasWritten_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        const QString tricky[] = { QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("\"q\""),
            QStringLiteral("l1\r\nl2"), QStringLiteral(" padded "), QStringLiteral("a;b"), QStringLiteral("a\tb"),
            QString::fromUtf8("東京"), QString() };
        QList<QStringList> all;
        for (const QString &value : tricky)
            all.append({ value, QStringLiteral("x"), value });
        QTest::newRow("every tricky value") << all;
        QTest::newRow("semicolons in the first row")
            << QList<QStringList> { { QStringLiteral("1;2;3;4"), QStringLiteral("5;6"), QStringLiteral("7") } };
    }

    void testReaderReadsBackWhatWasWritten()
    {
        QFETCH(QList<QStringList>, rows);
        QByteArray data = CsvWriter::line({ QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3") });
        for (const QStringList &r : std::as_const(rows))
            data += CsvWriter::line(r);
        QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
        auto table = DelimitedTextReader::readAll(data, QStringLiteral("round.csv"));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->header, (QStringList { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3") }));
        QCOMPARE(table->records, rows);
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "testcsvwriter.moc"
