// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/batchinput.h"
#include "core/io/batchinputsource.h"
#include "core/io/resultswriter.h"

using namespace Batchsmith;

namespace {

BatchSpec spec(WriteMode mode, const QString &idProperty = {})
{
    BatchSpec s;
    s.objectType = QStringLiteral("contacts");
    s.mode = mode;
    s.idProperty = idProperty;
    return s;
}

/// An input with what makes offsets hard: a BOM, CRLF, blank lines, a quoted line break, a quoted delimiter,
/// associations and accents.
const QByteArray Tricky = "\xEF\xBB\xBF"
                          "email,firstname,assoc:companies:279\r\n"
                          "a@example.com,Ana,11;12\r\n"
                          "\r\n"
                          "b@example.com,\"Bo\r\nJr\",\r\n"
                          "c@example.com,\"C\xC3\xA9, \"\"Cy\"\"\",13\r\n"
                          "\r\n"
                          "\r\n"
                          "d@example.com,,\r\n";

} // namespace

/// BatchInputSource: the CLI's input read from the file a row at a time (offset index, on-demand decode), checked as
/// BatchInput checks it, and the results file written from it byte for byte as from BatchInput.
class TestBatchInputSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void testRowsDecodedOnDemandMatchTheWholeRead()
    {
        const QString path = write(QStringLiteral("in.csv"), Tricky);
        auto whole = BatchInput::read(path, spec(WriteMode::Create));
        auto source = BatchInputSource::open(path, spec(WriteMode::Create));
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        const BatchInputSource &s = **source;
        QCOMPARE(s.rowCount(), 4);
        QCOMPARE(s.dataRowCount(), 4);
        QCOMPARE(s.columns(), whole->columns);
        // Out of order, and twice, as lookups and results do.
        for (int i : { 3, 0, 2, 1, 0, 3 }) {
            QCOMPARE(s.row(i), whole->rows.at(i));
            QCOMPARE(s.key(i), whole->rows.at(i).key);
            QCOMPARE(s.sourceLine(i), whole->rows.at(i).sourceLine);
            QCOMPARE(s.indexOfKey(s.key(i)), i);
            QCOMPARE(s.value(i, QStringLiteral("firstname")),
                whole->rows.at(i).properties.value(QStringLiteral("firstname")));
        }
        QCOMPARE(s.row(1).properties.value(QStringLiteral("firstname")), QStringLiteral("Bo\r\nJr"));
        QCOMPARE(s.row(2).properties.value(QStringLiteral("firstname")), QStringLiteral("Cé, \"Cy\""));
        QCOMPARE(s.sourceLine(3), 9);
        QCOMPARE(s.value(0, QStringLiteral("assoc:companies:279")), QString()); // not a property
        QCOMPARE(s.value(0, QStringLiteral("lastname")), QString());
        QCOMPARE(s.indexOfKey(QStringLiteral("r5")), -1);
        QCOMPARE(s.indexOfKey(QStringLiteral("r0")), -1);
        QCOMPARE(s.indexOfKey(QStringLiteral("row-000001")), -1);
    }

    void testRecordLongerThanOneRead()
    {
        const QString big(300 * 1024, u'x');
        const QString path = write(
            QStringLiteral("long.csv"), "email,message\na@example.com,\"" + big.toUtf8() + "\"\nb@example.com,short\n");
        auto source = BatchInputSource::open(path, spec(WriteMode::Create));
        QVERIFY(source);
        QCOMPARE((*source)->row(1).properties.value(QStringLiteral("message")), QStringLiteral("short"));
        QCOMPARE((*source)->row(0).properties.value(QStringLiteral("message")), big);
        QCOMPARE((*source)->value(1, QStringLiteral("email")), QStringLiteral("b@example.com"));
    }

    void testWindows1252IsReadOnceAndDecodedOnDemand()
    {
        const QString path
            = write(QStringLiteral("ansi.csv"), "email,firstname\na@example.com,Ren\xE9\nb@x.y,Zo\xEB\n");
        auto source = BatchInputSource::open(path, spec(WriteMode::Create));
        QVERIFY(source);
        QVERIFY((*source)->notice().contains(QStringLiteral("ansi.csv")));
        QCOMPARE((*source)->row(1).properties.value(QStringLiteral("firstname")), QStringLiteral("Zoë"));
        QCOMPARE((*source)->value(0, QStringLiteral("firstname")), QStringLiteral("René"));
    }

    /// The same refusals as BatchInput::read(), with the same file, line and column.
    void testRefusalsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("bad target id") << QByteArray("email,assoc:companies:279\nx@y.z,1\nx@y.z,12;abc\n")
                                       << int(WriteMode::Create) << 3 << 2;
        QTest::newRow("bad status") << QByteArray("email,__status,__id\na@b.c,created,1\nx@y.z,creatd,\n")
                                    << int(WriteMode::Create) << 3 << 2;
        QTest::newRow("field count") << QByteArray("email,firstname\na@b.c,A\n\"x\ny\",B,C\n") << int(WriteMode::Create)
                                     << 3 << 1;
        QTest::newRow("not utf-8 after utf-8")
            << QByteArray("email,firstname\na@b.c,Ren\xC3\xA9\nx@y.z,Ren\xE9\n") << int(WriteMode::Create) << 3 << 10;
        QTest::newRow("no id column") << QByteArray("firstname\nAna\n") << int(WriteMode::Upsert) << 1 << 1;
        QTest::newRow("header only") << QByteArray("email\n") << int(WriteMode::Create) << 0 << 0;
    }

    void testRefusalsNameFileLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, mode);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString path = write(QStringLiteral("bad.csv"), csv);
        const BatchSpec s = spec(WriteMode(mode), QStringLiteral("email"));
        auto whole = BatchInput::read(path, s);
        auto source = BatchInputSource::open(path, s);
        QVERIFY(!whole);
        QVERIFY(!source);
        QCOMPARE(source.error().message, whole.error().message);
        QCOMPARE(source.error().file, path);
        QCOMPARE(source.error().line, line);
        QCOMPARE(source.error().column, column);
        QVERIFY2(source.error().message.startsWith(path + u':'), qPrintable(source.error().message));
    }

    void testRowsAResultsFileMadeFinalAreLeftOut()
    {
        const QString path = write(QStringLiteral("results-in.csv"),
            "email,__status,__id,__error\n"
            "a@b.c,created,101,\n"
            "b@b.c,failed,,VALIDATION_ERROR: no\n"
            "c@b.c,updated,103,\n"
            "d@b.c,skipped,,NOT_SENT: cancelled\n"
            "e@b.c,,,\n");
        auto source = BatchInputSource::open(path, spec(WriteMode::Upsert, QStringLiteral("email")));
        QVERIFY(source);
        const BatchInputSource &s = **source;
        QCOMPARE(s.dataRowCount(), 5);
        QCOMPARE(s.rowCount(), 3);
        QCOMPARE(s.previousCount(), 2);
        QCOMPARE(s.previousCounts()[int(RowStatus::Created)], 1);
        QCOMPARE(s.previousCounts()[int(RowStatus::Updated)], 1);
        // The keys stay the data-line index, as in the file read whole.
        QCOMPARE((QStringList { s.key(0), s.key(1), s.key(2) }),
            (QStringList { QStringLiteral("r2"), QStringLiteral("r4"), QStringLiteral("r5") }));
        QCOMPARE(s.sourceLine(1), 5);
        QCOMPARE(s.row(1).properties.value(QStringLiteral("email")), QStringLiteral("d@b.c"));
        QVERIFY(!s.row(1).properties.contains(QStringLiteral("__status")));
        QCOMPARE(s.indexOfKey(QStringLiteral("r1")), -1); // created before: not sent again
        QCOMPARE(s.indexOfKey(QStringLiteral("r4")), 1);
        QCOMPARE(s.indexOfKey(QStringLiteral("r5")), 2);
    }

    /// Rows::Every (a run journal records every row): the final rows stay in the index, each row keeps its data-line
    /// key, and the outcomes, unknown rows and cells are those BatchInput::read() gives.
    void testEveryRowIsIndexedForAJournal()
    {
        const QString path = write(QStringLiteral("every.csv"),
            "email,firstname,__status,__id,__error\n"
            "a@b.c,A,created,101,\n"
            "b@b.c,\"B, Jr\",failed,,VALIDATION_ERROR: no\n"
            "c@b.c,C,unknown,,UNKNOWN: the answer was lost\n"
            "d@b.c,D,updated,103,\n"
            "e@b.c,E,,,\n");
        const BatchSpec upsert = spec(WriteMode::Upsert, QStringLiteral("email"));
        auto whole = BatchInput::read(path, upsert);
        auto source = BatchInputSource::open(path, upsert, TextDecoder::Choice::Auto, BatchInputSource::Rows::Every);
        QVERIFY(whole);
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        const BatchInputSource &s = **source;
        QCOMPARE(s.rowCount(), 5);
        QCOMPARE(s.dataRowCount(), 5);
        QCOMPARE(s.previousCount(), 2); // still counted: the CLI's summary adds them
        QCOMPARE(s.unknownKeys(), QStringList { QStringLiteral("r3") });
        QCOMPARE(s.indexOfKey(QStringLiteral("r1")), 0);
        QCOMPARE(s.indexOfKey(QStringLiteral("r5")), 4);
        QCOMPARE(s.indexOfKey(QStringLiteral("r6")), -1);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.key(i), whole->rows.at(i).key);
            QCOMPARE(s.sourceLine(i), whole->rows.at(i).sourceLine);
            QCOMPARE(s.row(i).properties, whole->rows.at(i).properties);
            QCOMPARE(s.cells(i), whole->cells.at(i));
            QCOMPARE(s.previousOutcomes().value(i), whole->previous.at(i));
        }
        QCOMPARE(s.previousOutcomes().size(), 2); // the final rows: the others go again (the unknown one looked up)
        QVERIFY(s.previousOutcomes().value(0).isFinal());
        QCOMPARE(s.previousOutcomes().value(3).id, QStringLiteral("103"));
    }

    /// The results file written by reading the input again is byte for byte the one written from the whole input.
    void testResultsFileIsTheSameBytes()
    {
        const QString path = write(QStringLiteral("mixed.csv"),
            Tricky.sliced(3)
                .replace(
                    "email,firstname,assoc:companies:279", "email,__status,firstname,assoc:companies:279,__id,__error")
                .replace("a@example.com,Ana,11;12", "a@example.com,created,Ana,11;12,555,")
                .replace("b@example.com,\"Bo\r\nJr\",", "b@example.com,failed,\"Bo\r\nJr\",,,old error")
                .replace("c@example.com,\"C\xC3\xA9, \"\"Cy\"\"\",13", "c@example.com,,\"C\xC3\xA9, \"\"Cy\"\"\",13,,")
                .replace("d@example.com,,", "d@example.com,,,,,"));
        auto whole = BatchInput::read(path, spec(WriteMode::Create));
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        auto source = BatchInputSource::open(path, spec(WriteMode::Create));
        QVERIFY(source);
        QCOMPARE((*source)->rowCount(), 3);
        QHash<QString, RowOutcome> byKey;
        byKey[QStringLiteral("r2")].status = RowStatus::Failed;
        byKey[QStringLiteral("r2")].category = QStringLiteral("VALIDATION_ERROR");
        byKey[QStringLiteral("r2")].message = QStringLiteral("Bad, \"very\"\nbad.");
        byKey[QStringLiteral("r3")].status = RowStatus::Created;
        byKey[QStringLiteral("r3")].id = QStringLiteral("9007");
        byKey[QStringLiteral("r4")].status = RowStatus::Skipped;
        byKey[QStringLiteral("r4")].category = QStringLiteral("NOT_SENT");
        byKey[QStringLiteral("r4")].message = QStringLiteral("the run was cancelled before this row was sent");
        QList<RowOutcome> outcomes;
        for (const Row &row : std::as_const(whole->rows))
            outcomes.append(byKey.value(row.key));

        const QString fromWhole = m_dir.filePath(QStringLiteral("whole-results.csv"));
        const QString fromSource = m_dir.filePath(QStringLiteral("source-results.csv"));
        QVERIFY(ResultsWriter::write(fromWhole, *whole, outcomes));
        QStringList asked;
        QVERIFY(ResultsWriter::write(fromSource, **source, [&](const QString &key) {
            asked.append(key);
            return byKey.value(key);
        }));
        QCOMPARE(read(fromSource), read(fromWhole));
        QCOMPARE(asked, (QStringList { QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4") }));
        QVERIFY(read(fromSource).startsWith("email,firstname,assoc:companies:279,__status,__id,__error\n"));
        QVERIFY(read(fromSource).contains("a@example.com,Ana,\"11;12\",created,555,\n"));
    }

    void testResultsFileRefusedWhenTheInputChanged()
    {
        const QString path = write(QStringLiteral("changing.csv"), "email\na@b.c\nb@b.c\n");
        auto source = BatchInputSource::open(path, spec(WriteMode::Create));
        QVERIFY(source);
        write(QStringLiteral("changing.csv"), "email\na@b.c\nb@b.c\nc@b.c\n");
        const QString out = m_dir.filePath(QStringLiteral("changed-results.csv"));
        auto written = ResultsWriter::write(out, **source, [](const QString &) { return RowOutcome(); });
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("changed")), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(out)); // nothing half-written
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_APPLESS_MAIN(TestBatchInputSource)
#include "testbatchinputsource.moc"
