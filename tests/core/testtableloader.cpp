// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

/// Everything one load emitted, in order.
struct Load
{
    QStringList header;
    QString notice;
    QStringList noticeChanges;
    QList<RowBlock> blocks;
    QList<QPair<qint64, qint64>> progress;
    QList<qint64> progressAtBlock; // the progress reported right before each block, -1 for none yet
    bool finished = false;
    qint64 rowCount = -1;
    Error error;
    QStringList order; // "header", "rows", "finished"

    Records records() const
    {
        Records all;
        for (const RowBlock &block : blocks) {
            for (qsizetype r = 0; r < block.rowCount(); ++r)
                all.append(block.row(r));
        }
        return all;
    }

    QList<int> lines() const
    {
        QList<int> all;
        for (const RowBlock &block : blocks)
            all.append(block.lines);
        return all;
    }
};

void watch(TableLoader *loader, Load *load)
{
    QObject::connect(
        loader, &TableLoader::headerRead, loader, [load](const QStringList &header, const QString &notice) {
            load->header = header;
            load->notice = notice;
            load->order.append(u"header"_s);
        });
    QObject::connect(loader, &TableLoader::noticeChanged, loader,
        [load](const QString &notice) { load->noticeChanges.append(notice); });
    QObject::connect(loader, &TableLoader::rowsRead, loader, [load](const RowBlock &block) {
        load->blocks.append(block);
        load->progressAtBlock.append(load->progress.isEmpty() ? -1 : load->progress.last().first);
        load->order.append(u"rows"_s);
    });
    QObject::connect(loader, &TableLoader::progress, loader, [load](qint64 done, qint64 total) {
        load->progress.append({ done, total });
    });
    QObject::connect(loader, &TableLoader::finished, loader, [load](qint64 rows, const Error &error) {
        load->finished = true;
        load->rowCount = rows;
        load->error = error;
        load->order.append(u"finished"_s);
    });
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// @p rows rows of 12 columns; row i holds "id<i>" first, and every 50th row a quoted field with a comma and a
/// line break.
QByteArray bigCsv(int rows)
{
    QByteArray data = "id,email,first,last,phone,company,city,stage,date,revenue,employees,notes\n";
    data.reserve(qsizetype(rows) * 110);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += "id" + n + ",person" + n + "@example.com,Jo\xc3\xa3o,Silva,+1 555-010-" + n.right(4)
            + ",\"Acme, Inc.\",S\xc3\xa3o Paulo,lead,2024-05-01," + n + ",12,"
            + (i % 50 == 0 ? "\"two\nlines\"" : "plain") + "\n";
    }
    return data;
}

} // namespace

// What a file reads as (every encoding, delimiter, quote and error) is checked file by file, through TableLoader
// too, in testdelimitedtextreader.cpp; this test covers the loading itself.
class TestTableLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testChunksArriveInOrderAndProgressReachesTheTotal();
    void testFirstChunkArrivesBeforeTheFileIsDone();
    void testCancelStopsWithWholeRows();
    void testWaitsForProceed();
    void testSwitchesToWindows1252DeepIntoAnAsciiFile();
    void testMixedEncodingsFailAtTheBadByte();
    void testMixedEncodingsInTheFirstBlockFailBeforeAnyRow();
    void testMixedEncodingsHeldForTheMappingStepAreNeverEmitted();
    void testEncodingChosenIsHeldToTheWholeFile();
    void testMissingFile();

private:
    QTemporaryDir m_dir;
};

void TestTableLoader::testChunksArriveInOrderAndProgressReachesTheTotal()
{
    constexpr int Rows = 100000;
    const QString path = writeFile(m_dir, u"big.csv"_s, bigCsv(Rows));
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    loader.start(path);
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QVERIFY2(load.error.kind == Error::Kind::None, qPrintable(load.error.message));
    QCOMPARE(load.rowCount, Rows);
    QCOMPARE(load.header.size(), 12);
    QVERIFY(load.blocks.size() > 2);
    QCOMPARE(load.blocks.first().rowCount(), TableLoader::FirstChunkRows);
    qint64 next = 0;
    int line = 2;
    for (const RowBlock &block : std::as_const(load.blocks)) {
        QCOMPARE(block.firstRecord, next);
        QCOMPARE(block.columnCount, 12);
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            QCOMPARE(block.text(r, 0), u"id"_s + QString::number(next + r));
            QCOMPARE(block.lines.at(r), line);
            line += (next + r) % 50 == 0 ? 2 : 1;
        }
        QCOMPARE(block.text(0, 6), u"São Paulo"_s);
        next += block.rowCount();
    }
    QCOMPARE(next, Rows);
    QCOMPARE(load.blocks.at(1).text(0, 5), u"Acme, Inc."_s);
    QCOMPARE(load.blocks.first().text(0, 11), u"two\nlines"_s);
    // Progress only grows and ends at the file's size, before finished().
    const qint64 size = QFileInfo(path).size();
    for (qsizetype i = 1; i < load.progress.size(); ++i)
        QVERIFY(load.progress.at(i).first >= load.progress.at(i - 1).first);
    QCOMPARE(load.progress.last(), qMakePair(size, size));
    QCOMPARE(load.order.last(), u"finished"_s);

    // The blocks fill the model row for row.
    RecordTableModel model;
    QList<int> identity;
    for (int c = 0; c < 12; ++c) {
        PropertyInfo property;
        property.name = load.header.at(c);
        property.type = u"string"_s;
        property.fieldType = u"text"_s;
        model.insertDataColumn(c, TableColumn::forProperty(property));
        identity.append(c);
    }
    for (const RowBlock &block : std::as_const(load.blocks))
        model.appendRows(block, identity);
    QCOMPARE(model.rowCount(), Rows);
    QCOMPARE(model.record(Rows - 1).values.first(), u"id%1"_s.arg(Rows - 1));
    QCOMPARE(model.rowOfKey(model.record(777).key), 777);
}

void TestTableLoader::testFirstChunkArrivesBeforeTheFileIsDone()
{
    const QString path = writeFile(m_dir, u"first.csv"_s, bigCsv(200000)); // about 20 MB
    const qint64 size = QFileInfo(path).size();
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    qint64 doneAtFirstRows = -1;
    connect(&loader, &TableLoader::rowsRead, this, [&] {
        if (doneAtFirstRows < 0)
            doneAtFirstRows = load.progress.isEmpty() ? 0 : load.progress.last().first;
    });
    loader.start(path);
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QVERIFY(doneAtFirstRows >= 0);
    QVERIFY2(doneAtFirstRows < size / 2, qPrintable(u"%1 of %2"_s.arg(doneAtFirstRows).arg(size)));
    QCOMPARE(load.progressAtBlock.first(), -1); // nothing was reported done before the first rows
}

void TestTableLoader::testCancelStopsWithWholeRows()
{
    const QString path = writeFile(m_dir, u"cancel.csv"_s, bigCsv(200000));
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    int blocksAtCancel = -1;
    int progressAtCancel = -1;
    connect(&loader, &TableLoader::rowsRead, this, [&] {
        if (blocksAtCancel < 0 && load.blocks.size() == 2) {
            loader.cancel();
            blocksAtCancel = int(load.blocks.size());
            progressAtCancel = int(load.progress.size());
        }
    });
    loader.start(path);
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QCOMPARE(load.error.kind, Error::Kind::Cancelled);
    QCOMPARE(load.blocks.size(), blocksAtCancel); // nothing after cancel()
    QCOMPARE(load.progress.size(), progressAtCancel);
    QVERIFY(load.progress.last().first < load.progress.last().second);
    qint64 rows = 0;
    for (const RowBlock &block : std::as_const(load.blocks)) {
        // Whole rows only: every row has all its cells, and the last one ends the buffer.
        for (qsizetype r = 0; r < block.rowCount(); ++r)
            QCOMPARE(block.row(r).size(), 12);
        QCOMPARE(block.rowEnds.last(), block.bytes.size());
        rows += block.rowCount();
    }
    QCOMPARE(load.rowCount, rows);
    QVERIFY(rows < 200000);
    QVERIFY(!loader.isRunning());
}

void TestTableLoader::testWaitsForProceed()
{
    const QString path = writeFile(m_dir, u"wait.csv"_s, bigCsv(30000));
    const qint64 size = QFileInfo(path).size();
    TableLoader loader;
    loader.setWaitForProceed(true);
    Load load;
    watch(&loader, &load);
    loader.start(path);
    // The parser reads on while the caller decides: progress reaches the end, but no rows and no finished() yet.
    QTRY_VERIFY_WITH_TIMEOUT(!load.progress.isEmpty() && load.progress.last().first == size, 30000);
    QCOMPARE(load.header.size(), 12);
    QVERIFY(load.blocks.isEmpty());
    QVERIFY(!load.finished);
    loader.proceed();
    QTRY_VERIFY(load.finished);
    QCOMPARE(load.error.kind, Error::Kind::None);
    QCOMPARE(load.rowCount, 30000);
    QCOMPARE(load.records().size(), 30000);
    QCOMPARE(load.order.last(), u"finished"_s);
}

void TestTableLoader::testSwitchesToWindows1252DeepIntoAnAsciiFile()
{
    QByteArray data = "name,city\n";
    while (data.size() < (3 << 20))
        data += "plain ascii name,Springfield\n";
    const int lastLine = int(data.count('\n')) + 1;
    data += "Ren\xe9,K\xf6ln\n";
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    loader.start(writeFile(m_dir, u"late.csv"_s, data));
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QVERIFY2(load.error.kind == Error::Kind::None, qPrintable(load.error.message));
    QVERIFY(load.notice.isEmpty());
    QCOMPARE(load.noticeChanges, QStringList { u"late.csv is not UTF-8; read it as Windows-1252."_s });
    QCOMPARE(loader.notice(), load.noticeChanges.first());
    QCOMPARE(load.records().last(), (QStringList { u"René"_s, u"Köln"_s }));
    QCOMPARE(load.lines().last(), lastLine);
}

void TestTableLoader::testMixedEncodingsFailAtTheBadByte()
{
    QByteArray data = "name,city\nJos\xc3\xa9,Par\xc3\xads\n";
    while (data.size() < (3 << 20))
        data += "plain ascii name,Springfield\n";
    const int badLine = int(data.count('\n')) + 1;
    data += "Ren\xe9,K\xf6ln\n";
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    loader.start(writeFile(m_dir, u"mixed.csv"_s, data));
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QCOMPARE(load.error.kind, Error::Kind::InvalidInput);
    QCOMPARE(load.error.line, badLine);
    QCOMPARE(load.error.column, 4);
    QVERIFY2(load.error.message.contains(u"UTF-8"_s), qPrintable(load.error.message));
}

void TestTableLoader::testMixedEncodingsInTheFirstBlockFailBeforeAnyRow()
{
    // Today's first-MiB guess read this as Windows-1252 throughout and garbled "Zoë"; now it is refused.
    const QByteArray data = "name,city\nZo\xc3\xab,Lyon\nAnn,Oslo\nRen\xe9,K\xf6ln\n";
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    loader.start(writeFile(m_dir, u"first.csv"_s, data));
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QCOMPARE(load.error.kind, Error::Kind::InvalidInput);
    QCOMPARE(load.error.line, 4);
    QCOMPARE(load.error.column, 4);
    QVERIFY2(load.error.message.startsWith(u"first.csv:4:4: "_s), qPrintable(load.error.message));
    QVERIFY(loader.failedOnEncoding());
    QCOMPARE(load.order, QStringList { u"finished"_s }); // no header, no rows: nothing reaches a grid
}

void TestTableLoader::testMixedEncodingsHeldForTheMappingStepAreNeverEmitted()
{
    QByteArray data = "name,city\nJos\xc3\xa9,Par\xc3\xads\n";
    while (data.size() < (3 << 20))
        data += "plain ascii name,Springfield\n";
    data += "Ren\xe9,K\xf6ln\n";
    TableLoader loader;
    loader.setWaitForProceed(true);
    Load load;
    watch(&loader, &load);
    loader.start(writeFile(m_dir, u"held.csv"_s, data));
    QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
    QCOMPARE(load.error.kind, Error::Kind::InvalidInput);
    QVERIFY(load.blocks.isEmpty());
    loader.proceed(); // too late: the held rows were dropped with the error
    QVERIFY(load.blocks.isEmpty());
}

void TestTableLoader::testEncodingChosenIsHeldToTheWholeFile()
{
    const QByteArray mixed = "name,city\nZo\xc3\xab,Lyon\nRen\xe9,K\xf6ln\n";
    {
        TableLoader loader;
        loader.setEncoding(TextDecoder::Choice::Windows1252);
        Load load;
        watch(&loader, &load);
        loader.start(writeFile(m_dir, u"as1252.csv"_s, mixed));
        QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
        QCOMPARE(load.error.kind, Error::Kind::None);
        QCOMPARE(load.records(), (Records { { u"Zo\u00c3\u00ab"_s, u"Lyon"_s }, { u"Ren\u00e9"_s, u"K\u00f6ln"_s } }));
    }
    {
        // ASCII up to a 1252 byte is Windows-1252 when detected, but an error when said to be UTF-8.
        TableLoader loader;
        loader.setEncoding(TextDecoder::Choice::Utf8);
        Load load;
        watch(&loader, &load);
        loader.start(writeFile(m_dir, u"asutf8.csv"_s, "name,city\nAnn,Oslo\nRen\xe9,Bonn\n"));
        QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
        QCOMPARE(load.error.kind, Error::Kind::InvalidInput);
        QCOMPARE(load.error.line, 3);
        QCOMPARE(load.error.column, 4);
        QVERIFY(load.blocks.isEmpty());
    }
    {
        // UTF-16 without a BOM, as said; a lone surrogate is named by line and column.
        QByteArray u16;
        const QByteArray ascii = "name,city\nAnn,Oslo\nBo,";
        for (const char c : ascii)
            u16.append(c).append('\0');
        u16 += QByteArray("\x00\xdc", 2);
        TableLoader loader;
        loader.setEncoding(TextDecoder::Choice::Utf16);
        Load load;
        watch(&loader, &load);
        loader.start(writeFile(m_dir, u"u16.csv"_s, u16));
        QTRY_VERIFY_WITH_TIMEOUT(load.finished, 30000);
        QCOMPARE(load.error.line, 3);
        QCOMPARE(load.error.column, 4);
        QVERIFY2(load.error.message.contains(u"UTF-16"_s), qPrintable(load.error.message));
        QVERIFY(load.blocks.isEmpty());
    }
}

void TestTableLoader::testMissingFile()
{
    TableLoader loader;
    Load load;
    watch(&loader, &load);
    loader.start(m_dir.filePath(u"missing.csv"_s));
    QTRY_VERIFY(load.finished);
    QCOMPARE(load.error.kind, Error::Kind::Io);
    QVERIFY(load.error.message.contains(u"missing.csv"_s));
    QVERIFY(load.blocks.isEmpty());
}

QTEST_GUILESS_MAIN(TestTableLoader)
#include "testtableloader.moc"
