// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/csvwriter.h"
#include "core/io/delimitedtextreader.h"
#include "core/io/textdecoder.h"
#include "core/table/tableloader.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

/// The rules a case is read with.
enum Rules {
    Csv = 1, // a file: DelimitedTextReader's defaults
    Paste = 2, // a spreadsheet's clipboard: DelimitedTextReader::pastedTsv()
};

/// What one way of reading a text gave.
struct Outcome
{
    Records records; // the header first, when there is one
    QList<int> lines;
    QString notice;
    std::optional<Error> error;
    bool wholeRows = true; // every RowBlock ended with its last row
};

enum class Api { Rows, Record };

/// Feeds @p utf8 to a reader as TableLoader does: the first @p split bytes, then @p step more after every NeedMore,
/// dropping what was read from the buffer; never past @p valid, the first byte that is not UTF-8.
Outcome readInPieces(const QByteArray &utf8, qsizetype valid, const DelimitedTextReader::Options &options, Api api,
    qsizetype split, qsizetype step, int maxRows)
{
    DelimitedTextReader reader(u"rows.csv"_s, options);
    Outcome out;
    QByteArray buffer;
    qsizetype given = 0;
    qsizetype pos = 0;
    const auto give = [&](qsizetype bytes) {
        const qsizetype to = qMin(given + bytes, valid);
        buffer.append(utf8.mid(given, to - given));
        given = to;
    };
    give(split);
    for (int calls = 0; calls < 100000; ++calls) {
        const bool atEnd = given == utf8.size();
        DelimitedTextReader::Status status;
        if (api == Api::Rows) {
            RowBlock block;
            status = reader.readRows(buffer, atEnd, &pos, &block, maxRows);
            for (qsizetype r = 0; r < block.rowCount(); ++r) {
                out.records.append(block.row(r));
                out.lines.append(block.lines.at(r));
            }
            out.wholeRows = out.wholeRows && block.bytes.size() == (block.isEmpty() ? 0 : block.rowEnds.last());
        } else {
            QStringList fields;
            status = reader.readRecord(buffer, atEnd, &pos, &fields);
            if (status == DelimitedTextReader::Status::Full) {
                out.records.append(fields);
                out.lines.append(reader.recordLine());
            }
        }
        switch (status) {
        case DelimitedTextReader::Status::Full:
            break;
        case DelimitedTextReader::Status::End:
            return out;
        case DelimitedTextReader::Status::Failed:
            out.error = *reader.error();
            return out;
        case DelimitedTextReader::Status::NeedMore:
            if (given == valid) { // stuck before a byte that is not UTF-8
                out.error = reader.failNotUtf8(buffer, pos, buffer.size());
                return out;
            }
            buffer.remove(0, pos);
            pos = 0;
            give(step);
            break;
        }
    }
    out.error = Error::make(Error::Kind::Protocol, u"the reader never came to an end"_s);
    return out;
}

/// @p records as one line for failure messages: `a|b / 1|2`.
QString describe(const Records &records)
{
    QStringList rows;
    for (const QStringList &record : records)
        rows.append(record.join(u'|'));
    return rows.join(u" / "_s);
}

Outcome readWhole(const QByteArray &text)
{
    Outcome out;
    auto table = DelimitedTextReader::readAll(text, u"rows.csv"_s);
    if (!table) {
        out.error = table.error();
        return out;
    }
    out.records = Records { table->header } + table->records;
    out.lines = table->lines;
    out.notice = table->notice;
    return out;
}

/// Loads @p path with TableLoader and checks the order of its signals.
void load(const QString &path, Outcome *out)
{
    TableLoader loader;
    QStringList order;
    bool finished = false;
    qint64 rowCount = -1;
    QObject::connect(&loader, &TableLoader::headerRead, &loader, [&](const QStringList &header, const QString &notice) {
        out->records.append(header);
        out->notice = notice;
        order.append(u"header"_s);
    });
    QObject::connect(&loader, &TableLoader::rowsRead, &loader, [&](const RowBlock &block) {
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            out->records.append(block.row(r));
            out->lines.append(block.lines.at(r));
        }
        order.append(u"rows"_s);
    });
    QObject::connect(&loader, &TableLoader::finished, &loader, [&](qint64 rows, const Error &error) {
        finished = true;
        rowCount = rows;
        if (error.kind != Error::Kind::None)
            out->error = error;
        order.append(u"finished"_s);
    });
    loader.start(path);
    QTRY_VERIFY(finished);
    QCOMPARE(order.last(), u"finished"_s);
    if (!out->error) {
        QCOMPARE(order.first(), u"header"_s);
        QCOMPARE(rowCount, out->records.size() - 1);
        QCOMPARE(loader.notice(), out->notice);
    }
}

} // namespace

class TestDelimitedTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testReadsEveryWay_data();
    void testReadsEveryWay();
    void testReadsRecordByRecord();
    void testReadsDevicesAndFiles();
    void testStreamStopsAtTheHandlersError();
    void testWriterRoundTrip();

private:
    /// Checks what one way of reading gave against the row's expectations; @p how names the way in failures.
    void compare(const Outcome &got, const QString &how, bool withNotice = true, bool withHeaderLine = true);

    QTemporaryDir m_dir;
};

namespace {

void addRead(const char *name, int rules, const QByteArray &text, const Records &records, const QList<int> &lines = {},
    const QString &notice = {})
{
    QTest::newRow(name) << rules << text << records << lines << notice << 0 << 0 << QString();
}

void addRefusal(const char *name, const QByteArray &text, int line, int column, const QString &message)
{
    QTest::newRow(name) << int(Csv) << text << Records {} << QList<int> {} << QString() << line << column << message;
}

} // namespace

void TestDelimitedTextReader::testReadsEveryWay_data()
{
    QTest::addColumn<int>("rules"); // Csv, Paste or both
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Records>("records"); // the header first
    QTest::addColumn<QList<int>>("lines"); // where each record starts, the header's included (Csv)
    QTest::addColumn<QString>("notice");
    QTest::addColumn<int>("errorLine"); // Csv; 0 with no error or no line
    QTest::addColumn<int>("errorColumn");
    QTest::addColumn<QString>("error"); // the whole message; empty: the text reads without one

    const QStringList ab { u"a"_s, u"b"_s };
    const QStringList oneTwo { u"1"_s, u"2"_s };
    const QStringList threeFour { u"3"_s, u"4"_s };

    // Files.
    addRead("lf", Csv, "a,b\n1,2\n3,4\n", { ab, oneTwo, threeFour }, { 1, 2, 3 });
    addRead("crlf, no final newline", Csv, "a,b\r\n1,2\r\n3,4", { ab, oneTwo, threeFour }, { 1, 2, 3 });
    addRead("crlf, blank line", Csv, "a,b\r\n1,2\r\n\r\n3,4", { ab, oneTwo, threeFour }, { 1, 2, 4 });
    addRead("blank lines skipped", Csv, "a,b\n\n1,2\n\n", { ab, oneTwo }, { 1, 3 });
    addRead("header only", Csv, "a,b\n", { ab }, { 1 });
    addRead("delimiter in quotes", Csv, "a,b\n\"x, y\",2\n", { ab, { u"x, y"_s, u"2"_s } }, { 1, 2 });
    addRead("doubled quotes", Csv, "a,b\n\"say \"\"hi\"\"\",2\n", { ab, { u"say \"hi\""_s, u"2"_s } }, { 1, 2 });
    addRead("newline in quotes", Csv, "a,b\n\"line1\nline2\",2\n3,4\n",
        { ab, { u"line1\nline2"_s, u"2"_s }, threeFour }, { 1, 2, 4 });
    addRead("crlf in quotes", Csv, "a,b\r\n\"l1\r\nl2\",2\r\n", { ab, { u"l1\r\nl2"_s, u"2"_s } }, { 1, 2 });
    addRead(
        "empty fields", Csv, "a,b\n,\n\"\",x\n", { ab, { QString(), QString() }, { QString(), u"x"_s } }, { 1, 2, 3 });
    addRead("semicolon", Csv, "a;b\n1,5;2\n", { ab, { u"1,5"_s, u"2"_s } }, { 1, 2 });
    addRead("semicolon, quotes over lines, blank line", Csv, "a;b\n1;2\n\n3;\"4\n5\"\n6;7",
        { ab, oneTwo, { u"3"_s, u"4\n5"_s }, { u"6"_s, u"7"_s } }, { 1, 2, 4, 6 });
    addRead("tab", Csv | Paste, "a\tb\n1\t2\n", { ab, oneTwo }, { 1, 2 });
    addRead("utf-8", Csv, "a,b\nJo\xc3\xa3o,\xe6\x9d\xb1\xe4\xba\xac\n", { ab, { u"João"_s, u"東京"_s } }, { 1, 2 });
    addRead("utf-8 bom", Csv,
        "\xEF\xBB\xBF"
        "a,b\nJo\xc3\xa3o,\xe6\x9d\xb1\xe4\xba\xac\n",
        { ab, { u"João"_s, u"東京"_s } }, { 1, 2 });
    addRead("utf-16le bom", Csv,
        QByteArray("\xFF\xFE"
                   "a\0,\0b\0\n\0J\0o\0\xe3\0o\0,\0\x71\x67\xac\x4e\n\0",
            2 + 2 * 12),
        { ab, { u"João"_s, u"東京"_s } }, { 1, 2 }, u"rows.csv is UTF-16 (little-endian); read it as such."_s);
    addRead("utf-16be bom", Csv,
        QByteArray("\xFE\xFF"
                   "\0a\0,\0b\0\n\0J\0o\0\xe3\0o\0,\x67\x71\x4e\xac\0\n",
            2 + 2 * 12),
        { ab, { u"João"_s, u"東京"_s } }, { 1, 2 }, u"rows.csv is UTF-16 (big-endian); read it as such."_s);
    const QString windows1252 = u"rows.csv is not UTF-8; read it as Windows-1252."_s;
    addRead(
        "windows-1252", Csv, "a,b\nJo\xe3o,\x80 \x93q\x94\n", { ab, { u"João"_s, u"€ “q”"_s } }, { 1, 2 }, windows1252);
    addRead("windows-1252 in a quoted field's second line", Csv, "a,b\n1,\"l1\nl\xe9\"\n",
        { ab, { u"1"_s, u"l1\nlé"_s } }, { 1, 2 }, windows1252);
    addRead("windows-1252 undefined byte", Csv, "a,b\n\x81,\xe6\x9d", { ab, { QString(QChar(0x81)), u"æ\u009d"_s } },
        { 1, 2 }, windows1252);

    // Bad files.
    addRefusal(
        "ragged, too few", "a,b,c\n1,2,3\n4,5\n", 3, 4, u"rows.csv:3:4: this line has 2 fields but the header has 3"_s);
    addRefusal("ragged, too many", "a,b\n1,2,3\n", 2, 5,
        u"rows.csv:2:5: this line has 3 fields but the header has 2; quote a field that holds a \",\""_s);
    addRefusal("ragged, too many, quoted extra", "a;b\nx;\"y\";\"z\";w\n", 2, 7,
        u"rows.csv:2:7: this line has 4 fields but the header has 2; quote a field that holds a \";\""_s);
    addRefusal("ragged, too many, tab", "a\tb\n1\t2\t3\n", 2, 5,
        u"rows.csv:2:5: this line has 3 fields but the header has 2; quote a field that holds a \"\\t\""_s);
    addRefusal("ragged over two lines", "a,b\n1,\"x\ny\",3\n", 2, 1,
        u"rows.csv:2:1: this line has 3 fields but the header has 2; quote a field that holds a \",\""_s);
    addRefusal("unterminated quote", "a,b\n1,2\n3,\"never\nends\n", 3, 3,
        u"rows.csv:3:3: a quoted field starts here and never ends; add the closing quote"_s);
    addRefusal("text after closing quote", "a,b\n\"x\"y,2\n", 2, 4,
        u"rows.csv:2:4: unexpected text after a closing quote; double a quote inside a quoted field"_s);
    addRefusal("text after quote, crlf, second line", "a;b\r\n1;2\r\n\"J\xc3\xa9r\xc3\xb4me\"!;2\r\n", 3, 9,
        u"rows.csv:3:9: unexpected text after a closing quote; double a quote inside a quoted field"_s);
    addRefusal("not utf-8 after a utf-8 bom",
        "\xEF\xBB\xBF"
        "a,\xff\n1,2\n",
        1, 3, u"rows.csv:1:3: this text is not valid UTF-8; save the file as UTF-8, or say which encoding it is in"_s);
    // UTF-8 text and then a byte that is not: a UTF-8 file with a bad byte, not Windows-1252 (which would garble
    // "été").
    addRefusal("utf-8 text, then a bad byte", "a,b\n\xc3\xa9t\xc3\xa9,x\xff\n", 2, 6,
        u"rows.csv:2:6: this text is not valid UTF-8; save the file as UTF-8, or say which encoding it is in"_s);
    addRefusal("utf-8 header, bad byte lines later", "n\xc3\xa1me,b\n1,2\n3,4\n5,Jo\xe3o\n", 4, 5,
        u"rows.csv:4:5: this text is not valid UTF-8; save the file as UTF-8, or say which encoding it is in"_s);
    addRefusal("empty file", "", 0, 0, u"rows.csv: no rows: the file is empty; it needs a header line and rows"_s);
    addRefusal(
        "only a blank line", "\r\n", 0, 0, u"rows.csv: no rows: the file is empty; it needs a header line and rows"_s);

    // What Excel, LibreOffice and Google Sheets put on the clipboard; most of it reads the same as a file.
    addRead("excel, quotes and newlines", Csv | Paste,
        "Name\tNotes\r\nAnn\t\"line 1\nline 2\"\r\nBob\t\"say \"\"hi\"\"\"\r\n",
        { { u"Name"_s, u"Notes"_s }, { u"Ann"_s, u"line 1\nline 2"_s }, { u"Bob"_s, u"say \"hi\""_s } }, { 1, 2, 4 });
    addRead("excel, tab inside quotes", Csv | Paste, "\"a\tb\"\tc\r\n", { { u"a\tb"_s, u"c"_s } }, { 1 });
    addRead("excel, empty cells", Csv | Paste, "a\t\t\r\n\t\tb\r\n",
        { { u"a"_s, QString(), QString() }, { QString(), QString(), u"b"_s } }, { 1, 2 });
    addRead("google sheets, no final newline", Csv | Paste, "a\tb\nc\td", { ab, { u"c"_s, u"d"_s } }, { 1, 2 });
    addRead(
        "google sheets, quoted newline", Csv | Paste, "\"x\ny\"\tz\n1\t2", { { u"x\ny"_s, u"z"_s }, oneTwo }, { 1, 3 });
    addRead("libreoffice, lf", Csv | Paste, "1\t2\n3\t4\n", { oneTwo, threeFour }, { 1, 2 });
    addRead("tsv, crlf", Csv | Paste, "1\t2\r\n3\t4\r\n", { oneTwo, threeFour }, { 1, 2 });
    addRead("crlf inside quotes", Csv | Paste, "\"l1\r\nl2\"\r\n", { { u"l1\r\nl2"_s } }, { 1 });
    addRead("single cell", Csv | Paste, "hello", { { u"hello"_s } }, { 1 });
    addRead("single cell with newline", Csv | Paste, "hello\r\n", { { u"hello"_s } }, { 1 });
    addRead("trailing tab", Csv | Paste, "a\t", { { u"a"_s, QString() } }, { 1 });
    addRead("quoted empty", Csv | Paste, "\"\"\tx", { { QString(), u"x"_s } }, { 1 });
    addRead("lone cr", Csv | Paste, "a\rb", { { u"a"_s }, { u"b"_s } }, { 1, 2 });
    addRead("unicode", Csv | Paste, "Jo\xc3\xa3o\t\xe6\x9d\xb1\xe4\xba\xac\r\n", { { u"João"_s, u"東京"_s } }, { 1 });
    // … and where a paste differs: blank lines are empty cells, stray quotes are text, rows may be ragged.
    addRead("single empty cell", Paste, "\r\n", { { QString() } });
    addRead("nothing", Paste, "", {});
    addRead("blank line inside", Paste, "a\n\nb\n", { { u"a"_s }, { QString() }, { u"b"_s } });
    addRead("quote inside a plain cell", Paste, "5\" screen\tx", { { u"5\" screen"_s, u"x"_s } });
    addRead("quotes not around the whole cell", Paste, "\"a\" b\tc", { { u"\"a\" b"_s, u"c"_s } });
    addRead("quotes around part of a cell over lines", Paste, "\"l1\nl2\" x\ty",
        { { u"\"l1"_s }, { u"l2\" x"_s, u"y"_s } });
    addRead("unclosed quote", Paste, "\"abc\tdef\n", { { u"\"abc"_s, u"def"_s } });
    addRead("ragged rows", Paste, "a\tb\n1\t2\t3\n\n", { ab, { u"1"_s, u"2"_s, u"3"_s }, { QString() } });
}

void TestDelimitedTextReader::compare(const Outcome &got, const QString &how, bool withNotice, bool withHeaderLine)
{
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    QFETCH(QString, notice);
    QFETCH(int, errorLine);
    QFETCH(int, errorColumn);
    QFETCH(QString, error);
    const QByteArray where = how.toUtf8();
    if (!error.isEmpty()) {
        QVERIFY2(got.error, where.constData());
        QCOMPARE(got.error->kind, Error::Kind::InvalidInput);
        QCOMPARE(got.error->file, u"rows.csv"_s);
        QCOMPARE(got.error->line, errorLine);
        QCOMPARE(got.error->column, errorColumn);
        QVERIFY2(got.error->message == error, qPrintable(how + u": "_s + got.error->message));
        return;
    }
    QVERIFY2(!got.error, qPrintable(how + u": "_s + (got.error ? got.error->message : QString())));
    QVERIFY2(got.records == records, qPrintable(how + u": "_s + describe(got.records)));
    if (!lines.isEmpty())
        QVERIFY2(got.lines == (withHeaderLine ? lines : lines.mid(1)), where.constData());
    if (withNotice)
        QCOMPARE(got.notice, notice);
    QVERIFY2(got.wholeRows, where.constData());
}

void TestDelimitedTextReader::testReadsEveryWay()
{
    QFETCH(int, rules);
    QFETCH(QByteArray, text);
    QFETCH(Records, records);

    if (rules & Csv) {
        // The CLI and BatchInput: a whole text, decoded, record by record.
        compare(readWhole(text), u"readAll()"_s, true, false);
        if (QTest::currentTestFailed())
            return;
        // Pieces as they arrive from a file: UTF-8 split at every offset, into RowBlocks and into records.
        const QByteArray utf8 = TextDecoder::toUtf8(text, TextDecoder::detect(text));
        const qsizetype valid = TextDecoder::firstInvalidUtf8(utf8);
        for (qsizetype split = 0; split <= utf8.size(); ++split) {
            for (const int maxRows : { 1, 1000 }) {
                compare(readInPieces(utf8, valid, {}, Api::Rows, split, utf8.size(), maxRows),
                    u"readRows(), split at %1, %2 rows at most"_s.arg(split).arg(maxRows), false);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        compare(readInPieces(utf8, valid, {}, Api::Record, 0, 1, 1), u"readRecord(), byte by byte"_s, false);
        if (QTest::currentTestFailed())
            return;
        // The grid's bulk loader, from a file.
        QFile file(m_dir.filePath(u"rows.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size());
        file.close();
        Outcome loaded;
        load(file.fileName(), &loaded);
        if (QTest::currentTestFailed())
            return;
        compare(loaded, u"TableLoader"_s, true, false);
        if (QTest::currentTestFailed())
            return;
    }
    if (rules & Paste) {
        // The grid's paste: a QString from the clipboard, every row kept, no header.
        QCOMPARE(DelimitedTextReader::readPastedTsv(QString::fromUtf8(text)), records);
        for (qsizetype split = 0; split <= text.size(); ++split) {
            const Outcome pieces
                = readInPieces(text, text.size(), DelimitedTextReader::pastedTsv(), Api::Rows, split, text.size(), 1);
            QVERIFY2(!pieces.error && pieces.records == records,
                qPrintable(u"pasted, split at %1: "_s.arg(split) + describe(pieces.records)));
        }
        const Outcome bytes = readInPieces(text, text.size(), DelimitedTextReader::pastedTsv(), Api::Record, 0, 1, 1);
        QVERIFY2(!bytes.error && bytes.records == records,
            qPrintable(u"pasted, byte by byte: "_s + describe(bytes.records)));
    }
}

void TestDelimitedTextReader::testReadsRecordByRecord()
{
    DelimitedTextReader reader(u"s.csv"_s);
    QCOMPARE(reader.delimiter(), '\0');
    const QByteArray data("a;b\n1;2\n\n3;\"4\n5\"\n6;7");
    QStringList fields;
    qsizetype pos = 0;
    // The first line decides the delimiter: it waits for the whole of it.
    QCOMPARE(reader.readRecord(data.first(3), false, &pos, &fields), DelimitedTextReader::Status::NeedMore);
    QCOMPARE(pos, 0);
    QCOMPARE(reader.readRecord(data.first(4), false, &pos, &fields), DelimitedTextReader::Status::Full);
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(reader.fieldCount(), 2);
    QCOMPARE(fields, (QStringList { u"a"_s, u"b"_s }));
    QCOMPARE(reader.recordLine(), 1);
    // A record cut by the end of the buffer is left for the next call.
    QCOMPARE(reader.readRecord(data.first(14), false, &pos, &fields), DelimitedTextReader::Status::Full);
    QCOMPARE(fields, (QStringList { u"1"_s, u"2"_s }));
    QCOMPARE(reader.readRecord(data.first(14), false, &pos, &fields), DelimitedTextReader::Status::NeedMore);
    QCOMPARE(pos, 9);
    QCOMPARE(reader.readRecord(data, true, &pos, &fields), DelimitedTextReader::Status::Full);
    QCOMPARE(fields, (QStringList { u"3"_s, u"4\n5"_s }));
    QCOMPARE(reader.recordLine(), 4);
    QCOMPARE(reader.readRecord(data, true, &pos, &fields), DelimitedTextReader::Status::Full);
    QCOMPARE(fields, (QStringList { u"6"_s, u"7"_s }));
    QCOMPARE(reader.recordLine(), 6);
    QCOMPARE(reader.readRecord(data, true, &pos, &fields), DelimitedTextReader::Status::End);
    QVERIFY(!reader.error());
    QCOMPARE(DelimitedTextReader::detectDelimiter("\"a;b;c\",d,e\tf"), ',');
}

void TestDelimitedTextReader::testReadsDevicesAndFiles()
{
    const QByteArray data("email,firstname\r\nana@example.com,Ana\r\n\"bo@example.com\",\"B\no\"\r\n");
    const Records expected { { u"ana@example.com"_s, u"Ana"_s }, { u"bo@example.com"_s, u"B\no"_s } };
    QBuffer buffer;
    buffer.setData(data);
    auto fromDevice = DelimitedTextReader::readDevice(&buffer, u"buffer.csv"_s);
    QVERIFY(fromDevice);
    QCOMPARE(fromDevice->records, expected);
    QCOMPARE(fromDevice->lines, (QList<int> { 2, 3 }));

    const QString path = m_dir.filePath(u"devices.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
    file.close();
    auto fromFile = DelimitedTextReader::readFile(path); // mapped
    QVERIFY(fromFile);
    QCOMPARE(fromFile->header, (QStringList { u"email"_s, u"firstname"_s }));
    QCOMPARE(fromFile->records, expected);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();
    auto empty = DelimitedTextReader::readFile(path);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(empty.error().file, path);

    auto missing = DelimitedTextReader::readFile(m_dir.filePath(u"missing.csv"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Io);
    QVERIFY(missing.error().message.contains(u"missing.csv"_s));
}

void TestDelimitedTextReader::testStreamStopsAtTheHandlersError()
{
    QList<int> seen;
    auto result = DelimitedTextReader::stream(
        QByteArray("h\n1\n2\n3\n"), u"s.csv"_s, [&seen](const QStringList &fields, int line) -> std::optional<Error> {
            seen.append(line);
            if (fields.first() == u"2")
                return Error::make(Error::Kind::InvalidInput, u"stop"_s);
            return std::nullopt;
        });
    QVERIFY(!result);
    QCOMPARE(result.error().message, u"stop"_s);
    QCOMPARE(seen, (QList<int> { 1, 2, 3 })); // header, then records; never the one after the error
    auto empty = DelimitedTextReader::stream(
        QByteArray("\n\n"), u"e.csv"_s, [](const QStringList &, int) -> std::optional<Error> { return std::nullopt; });
    QVERIFY(!empty);
    QVERIFY(empty.error().message.contains(u"empty"_s));
}

void TestDelimitedTextReader::testWriterRoundTrip()
{
    const Records rows { { u"plain"_s, u"with, comma"_s, u"quote \"q\""_s },
        { u"line\nbreak"_s, QString(), u" padded "_s }, { u"a;b"_s, u"東京"_s, u"x"_s } };
    QByteArray data = CsvWriter::line({ u"c1"_s, u"c2"_s, u"c3"_s });
    for (const QStringList &r : rows)
        data += CsvWriter::line(r);
    auto table = DelimitedTextReader::readAll(data, u"round.csv"_s);
    QVERIFY(table);
    QCOMPARE(table->records, rows);
    QCOMPARE(CsvWriter::field(u"plain"_s), QByteArray("plain")); // no needless quotes
}

QTEST_GUILESS_MAIN(TestDelimitedTextReader)
#include "testdelimitedtextreader.moc"
