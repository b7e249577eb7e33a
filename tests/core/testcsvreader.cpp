// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
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
        QTest::newRow("ragged, too many") << QByteArray("a,b\n1,2,3\n") << 2 << 5 << QStringLiteral("has 3 fields");
        QTest::newRow("ragged, too many, quoted extra")
            << QByteArray("a;b\nx;\"y\";\"z\";w\n") << 2 << 7 << QStringLiteral("4 fields but the header has 2; quote");
        QTest::newRow("ragged over two lines")
            << QByteArray("a,b\n1,\"x\ny\",3\n") << 2 << 1 << QStringLiteral("3 fields but the header has 2");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"never\nends\n") << 3 << 3 << QStringLiteral("never ends");
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << QStringLiteral("after a closing quote");
        QTest::newRow("invalid utf-8 in the header after a BOM") << QByteArray("\xEF\xBB\xBF"
                                                                               "a,\xff\n")
                                                                 << 1 << 3 << QStringLiteral("UTF-8");
        QTest::newRow("empty file") << QByteArray() << 0 << 0 << QStringLiteral("empty");
    }

    void testEncodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("record");
        QTest::addColumn<QString>("notice");
        const QStringList joao { QStringLiteral("João"), QString::fromUtf8("東京") };
        QTest::newRow("utf-8") << QByteArray("a,b\nJo\xc3\xa3o,\xe6\x9d\xb1\xe4\xba\xac\n") << joao << QString();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "a,b\nJo\xc3\xa3o,\xe6\x9d\xb1\xe4\xba\xac\n")
                                   << joao << QString();
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0\n\0J\0o\0\xe3\0o\0,\0\x71\x67\xac\x4e\n\0",
            2 + 2 * 12) << joao << QStringLiteral("rows.csv is UTF-16 (little-endian); read it as such.");
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF"
                                                    "\0a\0,\0b\0\n\0J\0o\0\xe3\0o\0,\x67\x71\x4e\xac\0\n",
            2 + 2 * 12) << joao << QStringLiteral("rows.csv is UTF-16 (big-endian); read it as such.");
        const QString windows1252 = QStringLiteral("rows.csv is not UTF-8; read it as Windows-1252.");
        QTest::newRow("windows-1252") << QByteArray("a,b\nJo\xe3o,\x80 \x93q\x94\n")
                                      << QStringList { QStringLiteral("João"), QStringLiteral("€ “q”") } << windows1252;
        QTest::newRow("windows-1252 after utf-8-looking text")
            << QByteArray("a,b\n\xc3\xa9t\xc3\xa9,x\xff\n")
            << QStringList { QStringLiteral("Ã©tÃ©"), QStringLiteral("xÿ") } << windows1252;
        QTest::newRow("windows-1252 in a quoted field's second line")
            << QByteArray("a,b\n1,\"l1\nl\xe9\"\n") << QStringList { QStringLiteral("1"), QStringLiteral("l1\nlé") }
            << windows1252;
        QTest::newRow("windows-1252 undefined byte")
            << QByteArray("a,b\n\x81,\xe6\x9d") << QStringList { QString(QChar(0x81)), QStringLiteral("æ\u009d") }
            << windows1252;
    }

    void testEncodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, record);
        QFETCH(QString, notice);
        auto table = CsvReader::readAll(data, QStringLiteral("rows.csv"));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->header, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(table->records, QList<QStringList> { record });
        QCOMPARE(table->notice, notice);
        CsvReader reader(data, QStringLiteral("rows.csv"));
        QCOMPARE(reader.notice(), notice);
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

    void testReadsDevicesAndFiles()
    {
        const QByteArray data("email,firstname\r\nana@example.com,Ana\r\n\"bo@example.com\",\"B\no\"\r\n");
        const Records expected { { QStringLiteral("ana@example.com"), QStringLiteral("Ana") },
            { QStringLiteral("bo@example.com"), QStringLiteral("B\no") } };
        QBuffer buffer;
        buffer.setData(data);
        auto fromDevice = CsvReader::read(&buffer, QStringLiteral("buffer.csv"));
        QVERIFY(fromDevice);
        QCOMPARE(fromDevice->records, expected);
        QCOMPARE(fromDevice->lines, (QList<int> { 2, 3 }));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
        file.close();
        auto fromFile = CsvReader::readFile(path); // mapped
        QVERIFY(fromFile);
        QCOMPARE(fromFile->header, (QStringList { QStringLiteral("email"), QStringLiteral("firstname") }));
        QCOMPARE(fromFile->records, expected);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        auto empty = CsvReader::readFile(path);
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(empty.error().file, path);

        auto missing = CsvReader::readFile(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QVERIFY(missing.error().message.contains(QStringLiteral("missing.csv")));
    }

    void testStreamsRecordByRecord()
    {
        CsvReader reader(QByteArray("a;b\n1;2\n\n3;\"4\n5\"\n6;7"), QStringLiteral("s.csv"));
        QCOMPARE(reader.delimiter(), ';');
        QStringList fields;
        QVERIFY(reader.next(&fields));
        QCOMPARE(reader.recordLine(), 1);
        QVERIFY(reader.next(&fields));
        QCOMPARE(fields, (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
        QCOMPARE(reader.recordLine(), 2);
        QVERIFY(reader.next(&fields));
        QCOMPARE(fields, (QStringList { QStringLiteral("3"), QStringLiteral("4\n5") }));
        QCOMPARE(reader.recordLine(), 4);
        QVERIFY(reader.next(&fields));
        QCOMPARE(fields, (QStringList { QStringLiteral("6"), QStringLiteral("7") }));
        QCOMPARE(reader.recordLine(), 6);
        QVERIFY(!reader.next(&fields));
        QVERIFY(!reader.error());
    }

    void testStreamStopsAtTheHandlersError()
    {
        QList<int> seen;
        auto result = CsvReader::stream(QByteArray("h\n1\n2\n3\n"), QStringLiteral("s.csv"),
            [&seen](const QStringList &fields, int line) -> std::optional<Error> {
                seen.append(line);
                if (fields.first() == u"2")
                    return Error::make(Error::Kind::InvalidInput, QStringLiteral("stop"));
                return std::nullopt;
            });
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("stop"));
        QCOMPARE(seen, (QList<int> { 1, 2, 3 })); // header, then records; never the one after the error
        auto empty = CsvReader::stream(QByteArray("\n\n"), QStringLiteral("e.csv"),
            [](const QStringList &, int) -> std::optional<Error> { return std::nullopt; });
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
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
