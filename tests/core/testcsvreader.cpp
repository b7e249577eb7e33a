// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

using namespace Batchsmith;

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testReads_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("lines");

        const QStringList ab { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n") << ab
                            << Records { { QStringLiteral("1"), QStringLiteral("2") },
                                   { QStringLiteral("3"), QStringLiteral("4") } }
                            << QList<int> { 2, 3 };
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\n1,2\r\n3,4") << ab
            << Records { { QStringLiteral("1"), QStringLiteral("2") }, { QStringLiteral("3"), QStringLiteral("4") } }
            << QList<int> { 2, 3 };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << ab << Records { { QStringLiteral("1"), QStringLiteral("2") } } << QList<int> { 2 };
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << ab
                                      << Records { { QStringLiteral("x, y"), QStringLiteral("2") } }
                                      << QList<int> { 2 };
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << ab
                                        << Records { { QStringLiteral("say \"hi\""), QStringLiteral("2") } }
                                        << QList<int> { 2 };
        QTest::newRow("newline in quotes") << QByteArray("a,b\n\"line1\nline2\",2\n3,4\n") << ab
                                           << Records { { QStringLiteral("line1\nline2"), QStringLiteral("2") },
                                                  { QStringLiteral("3"), QStringLiteral("4") } }
                                           << QList<int> { 2, 4 };
        QTest::newRow("crlf in quotes") << QByteArray("a,b\r\n\"l1\r\nl2\",2\r\n") << ab
                                        << Records { { QStringLiteral("l1\r\nl2"), QStringLiteral("2") } }
                                        << QList<int> { 2 };
        QTest::newRow("empty fields") << QByteArray("a,b\n,\n\"\",x\n") << ab
                                      << Records { { QString(), QString() }, { QString(), QStringLiteral("x") } }
                                      << QList<int> { 2, 3 };
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,2\n\n") << ab << Records { { QStringLiteral("1"), QStringLiteral("2") } }
            << QList<int> { 3 };
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ab
                                   << Records { { QStringLiteral("1,5"), QStringLiteral("2") } } << QList<int> { 2 };
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << ab
                             << Records { { QStringLiteral("1"), QStringLiteral("2") } } << QList<int> { 2 };
        QTest::newRow("utf-8") << QByteArray("a,b\nJoão,東京\n") << ab
                               << Records { { QStringLiteral("João"), QString::fromUtf8("東京") } } << QList<int> { 2 };
    }

    void testReads()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, header);
        QFETCH(Records, records);
        QFETCH(QList<int>, lines);
        auto table = CsvReader::readAll(data, QStringLiteral("in.csv"));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->header, header);
        QCOMPARE(table->records, records);
        QCOMPARE(table->lines, lines);
    }

    void testRefuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("ragged, too few") << QByteArray("a,b,c\n1,2,3\n4,5\n") << 3 << 4
                                         << QStringLiteral("has 2 fields");
        QTest::newRow("ragged, too many") << QByteArray("a,b\n1,2,3\n") << 2 << 6 << QStringLiteral("has 3 fields");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"never\nends\n") << 3 << 3 << QStringLiteral("never ends");
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << QStringLiteral("after a closing quote");
        QTest::newRow("invalid utf-8") << QByteArray("a,b\nok,\xff\xfe\n") << 2 << 4 << QStringLiteral("UTF-8");
        QTest::newRow("empty file") << QByteArray() << 0 << 0 << QStringLiteral("empty");
    }

    void testRefuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        auto table = CsvReader::readAll(data, QStringLiteral("rows.csv"));
        QVERIFY(!table);
        const Error &e = table.error();
        QCOMPARE(e.kind, Error::Kind::InvalidInput);
        QCOMPARE(e.file, QStringLiteral("rows.csv"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        if (line > 0)
            QVERIFY2(
                e.message.startsWith(QStringLiteral("rows.csv:%1:%2: ").arg(line).arg(column)), qPrintable(e.message));
    }

    void testWriterRoundTrip()
    {
        const QList<QStringList> rows { { QStringLiteral("plain"), QStringLiteral("with, comma"),
                                            QStringLiteral("quote \"q\"") },
            { QStringLiteral("line\nbreak"), QString(), QStringLiteral(" padded ") },
            { QStringLiteral("a;b"), QStringLiteral("東京"), QStringLiteral("x") } };
        QByteArray data = CsvWriter::line({ QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3") });
        for (const QStringList &r : rows)
            data += CsvWriter::line(r);
        auto table = CsvReader::readAll(data, QStringLiteral("round.csv"));
        QVERIFY(table);
        QCOMPARE(table->records, rows);
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QByteArray("plain")); // no needless quotes
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "testcsvreader.moc"
