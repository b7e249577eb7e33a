// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RunJournal and JournalReader: the plan and outcomes round trip, unfinished runs, resume work, the token never
// written, a resume that settles rows sent by a dead process (against the in-process sandbox), and the lock that
// keeps a second process from writing a journal (this executable, started again, is that other process).

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/batch/batchengine.h"
#include "core/batch/rowkey.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "core/io/resultswriter.h"
#include "journal/journaldb.h"
#include "journal/journallock.h"
#include "journal/journalplan.h"
#include "journal/journalreader.h"
#include "journal/journalrowsource.h"
#include "journal/runjournal.h"
#include "support/journalfixtures.h"
#include "support/journalholder.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("journal-secret-token-7f3e9a");

/// Contacts with a third column, an association of the first row to company 42; the first @p previousCreated rows
/// were created by an earlier run.
BatchInput makeInput(int count, int previousCreated = 0)
{
    BatchInput input = contactsInput(count, QStringLiteral("j%1@example.com"), QStringLiteral("Jo"));
    input.columns.append(QStringLiteral("assoc:companies:279"));
    for (int i = 0; i < count; ++i)
        input.cells[i].append(i == 0 ? QStringLiteral("42") : QString());
    if (count > 0)
        input.rows[0].associations = { RowAssociation {
            QStringLiteral("companies"), QStringLiteral("42"), QStringLiteral("HUBSPOT_DEFINED"), 279 } };
    for (int i = 0; i < previousCreated; ++i) {
        input.previous[i].status = RowStatus::Created;
        input.previous[i].id = QStringLiteral("9%1").arg(i);
    }
    return input;
}

RunSetup makeSetup(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")))
{
    RunSetup setup = contactsCreateSetup(baseUrl);
    setup.portalId = QStringLiteral("12345678");
    setup.inputFile = QStringLiteral("/tmp/contacts.csv");
    return setup;
}

/// Rewrites the row keys of the journal at @p path ("r1", …) the way earlier versions made them ("row-000001", …), in
/// the rows, their trace ids and the requests: the journal an earlier version would have written for the same run.
bool keyAsEarlierVersions(const QString &path)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Write);
    if (!db)
        return false;
    const auto earlier
        = [](const QString &key) { return QStringLiteral("row-%1").arg(RowKey::number(key), 6, 10, QLatin1Char('0')); };
    const QString runId = (*db)->meta(QStringLiteral("run_id"));
    // Read first, then written: no statement changes a table another one is still reading.
    QList<QVariantList> updates;
    auto rows = (*db)->exec(QStringLiteral("SELECT idx, row_key, trace_id FROM rows"));
    auto requests = (*db)->exec(QStringLiteral("SELECT id, row_keys FROM requests"));
    if (!rows || !requests)
        return false;
    while (rows->next()) {
        const QString key = earlier(rows->value(1).toString());
        const QString trace = rows->value(2).toString().isEmpty() ? QString() : runId + u'-' + key;
        updates.append(
            { QStringLiteral("UPDATE rows SET row_key = ?, trace_id = ? WHERE idx = ?"), key, trace, rows->value(0) });
    }
    while (requests->next()) {
        QStringList keys = JournalCodec::strings(requests->value(1).toString());
        for (QString &key : keys)
            key = earlier(key);
        updates.append({ QStringLiteral("UPDATE requests SET row_keys = ? WHERE id = ?"), JournalCodec::strings(keys),
            requests->value(0) });
    }
    rows->finish();
    requests->finish();
    return bool((*db)->transaction([&]() -> Result<void> {
        for (const QVariantList &update : std::as_const(updates)) {
            if (auto ok = (*db)->exec(update.first().toString(), update.mid(1)); !ok)
                return ok.error();
        }
        return {};
    }));
}

/// Twelve columns named as the properties they hold, as the grid sends them.
BatchInput makeWideInput(int count)
{
    BatchInput input;
    input.file = QStringLiteral("wide.csv");
    input.columns = { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname"),
        QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("jobtitle"), QStringLiteral("city"),
        QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("country"), QStringLiteral("website"),
        QStringLiteral("lifecyclestage") };
    for (int i = 0; i < count; ++i) {
        const QStringList cells { QStringLiteral("person%1@example.com").arg(i), QStringLiteral("Given%1").arg(i % 97),
            QStringLiteral("Family%1").arg(i % 89), QStringLiteral("+1 555 %1").arg(1000000 + i),
            QStringLiteral("Company %1").arg(i % 500), QStringLiteral("Title %1").arg(i % 40),
            QStringLiteral("City %1").arg(i % 300), QStringLiteral("ST"), QString::number(10000 + i % 9000),
            QStringLiteral("United States"), QStringLiteral("https://example%1.com").arg(i % 700),
            i % 3 == 0 ? QString() : QStringLiteral("lead") };
        Row row;
        row.key = RowKey::make(quint32(i + 1));
        row.sourceLine = i + 2;
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty())
                row.properties.insert(input.columns.at(c), cells.at(c));
        }
        input.rows.append(row);
        input.cells.append(cells);
        input.previous.append(RowOutcome());
    }
    return input;
}

/// When batch @p batch's first write request left, as journaled.
qint64 sentAt(const QString &path, int batch)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return -1;
    auto q = (*db)->exec(QStringLiteral("SELECT sent_at FROM requests WHERE batch = ? AND attempt = 1"), { batch });
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

/// Rewrites the journal at @p path (written by this version for @p input) as the previous format stored it: cells
/// and properties as JSON objects in every row, trace ids stored, bodies as sent.
bool asFormatOne(const QString &path, const BatchInput &input)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Write);
    if (!db)
        return false;
    const QString runId = (*db)->meta(QStringLiteral("run_id"));
    return bool((*db)->transaction([&]() -> Result<void> {
        for (int i = 0; i < input.rows.size(); ++i) {
            const Row &row = input.rows.at(i);
            auto ok = (*db)->exec(QStringLiteral("UPDATE rows SET cells = ?, properties = ?, associations = ?, "
                                                 "trace_id = CASE WHEN batch > 0 THEN ? END WHERE idx = ?"),
                { JournalCodec::strings(input.cells.at(i)), JournalCodec::properties(row.properties),
                    QStringLiteral("[]"), QString(runId + u'-' + row.key), i });
            if (!ok)
                return ok.error();
            if (!row.associations.isEmpty()) {
                ok = (*db)->exec(QStringLiteral("UPDATE rows SET associations = ? WHERE idx = ?"),
                    { JournalCodec::associations(row.associations), i });
                if (!ok)
                    return ok.error();
            }
        }
        QList<QVariantList> bodies;
        auto q = (*db)->exec(QStringLiteral("SELECT id, request_body, response_body FROM requests"));
        if (!q)
            return q.error();
        while (q->next())
            bodies.append({ q->value(0), JournalCodec::unpackBody(q->value(1).toByteArray(), 2),
                JournalCodec::unpackBody(q->value(2).toByteArray(), 2) });
        q->finish();
        for (const QVariantList &b : std::as_const(bodies)) {
            if (auto ok = (*db)->exec(QStringLiteral("UPDATE requests SET request_body = ?, response_body = ? "
                                                     "WHERE id = ?"),
                    { b.at(1), b.at(2), b.at(0) });
                !ok)
                return ok.error();
        }
        if (auto ok = (*db)->exec(QStringLiteral("DELETE FROM meta WHERE key = 'property_names'")); !ok)
            return ok.error();
        return (*db)->setMeta(QStringLiteral("format"), QStringLiteral("1"));
    }));
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestRunJournal : public QObject
{
    Q_OBJECT

public:
    /// Called by QTEST_GUILESS_MAIN before anything else. With BATCHSMITH_TEST_HOLD_JOURNAL set, this executable is
    /// the other process of testLockOfAKilledProcessIsTakenOverAtOnce: it takes that journal's lock, says "locked"
    /// (or "refused") on stdout and waits to be killed.
    static void initMain() { Test::holdJournalIfAsked(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void testPlanRoundTrip()
    {
        const BatchInput input = makeInput(5, 1);
        auto journal = RunJournal::create(path(QStringLiteral("a.bsjournal")), makeSetup(), input);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
        const QString runId = (*journal)->runId();
        QCOMPARE(runId.size(), 12);

        const RunSetup setup = (*journal)->setup();
        QCOMPARE(setup.spec.objectType, QStringLiteral("contacts"));
        QCOMPARE(setup.spec.batchSize, 2);
        QCOMPARE(setup.spec.runId, runId);
        QCOMPARE(setup.portalId, QStringLiteral("12345678"));

        auto rows = JournalReader::rows(path(QStringLiteral("a.bsjournal")));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->at(0).row, input.rows.at(0)); // properties, associations, key and line survive
        QCOMPARE(rows->at(0).cells, input.cells.at(0));
        QVERIFY(rows->at(0).fromPrevious);
        QCOMPARE(rows->at(0).outcome.status, RowStatus::Created);
        QCOMPARE(rows->at(0).batch, 0); // done before: not planned
        // Four rows to send in batches of two, traced as <runId>-<key>.
        QCOMPARE(rows->at(1).batch, 1);
        QCOMPARE(rows->at(2).batch, 1);
        QCOMPARE(rows->at(3).batch, 2);
        QCOMPARE(rows->at(4).traceId, runId + QStringLiteral("-r5"));

        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QCOMPARE(work->rows.size(), 4);
        QVERIFY(work->maybeSent.isEmpty());
        QCOMPARE(work->spec.runId, runId);
    }

    void testOutcomesAndResults()
    {
        const QString file = path(QStringLiteral("b.bsjournal"));
        const BatchInput input = makeInput(4);
        auto journal = RunJournal::create(file, makeSetup(), input);
        QVERIFY(journal);
        RunJournal &j = **journal;
        QVERIFY(j.beginSession());
        QVERIFY(j.recordSend(createExchange(1, { QStringLiteral("r1"), QStringLiteral("r2") })));
        QVERIFY(j.recordSend(createExchange(2, { QStringLiteral("r3"), QStringLiteral("r4") })));
        BatchExchange answer = createExchange(1, { QStringLiteral("r1"), QStringLiteral("r2") });
        answer.httpStatus = 201;
        answer.responseBody = "{\"status\":\"COMPLETE\"}";
        QVERIFY(j.recordAnswer(answer));
        j.recordOutcome(QStringLiteral("r1"), createdOutcome(QStringLiteral("501")));
        RowOutcome failed;
        failed.status = RowStatus::Failed;
        failed.category = QStringLiteral("VALIDATION_ERROR");
        failed.message = QStringLiteral("bad email");
        j.recordOutcome(QStringLiteral("r2"), failed);
        QVERIFY(j.flush());
        // A second outcome for a row that has one is ignored: exactly one final outcome per row.
        j.recordOutcome(QStringLiteral("r1"), createdOutcome(QStringLiteral("999")));
        QVERIFY(j.flush());

        auto summary = JournalReader::summary(file);
        QVERIFY(summary);
        QCOMPARE(summary->total, 4);
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->failed, 1);
        QCOMPARE(summary->pending, 2);
        QCOMPARE(summary->sessions, 1);
        QCOMPARE(summary->objectType, QStringLiteral("contacts"));
        QCOMPARE(summary->mode, QStringLiteral("create"));
        QCOMPARE(summary->portalId, QStringLiteral("12345678"));
        QVERIFY(!summary->finished);

        // Rows 3 and 4 left in a request without a recorded answer: a resume must settle them, not just send.
        auto work = j.resumeWork();
        QVERIFY(work);
        QCOMPARE(work->rows.size(), 2);
        QCOMPARE(work->rows.at(0).key, QStringLiteral("r3"));
        QCOMPARE(work->maybeSent, (QStringList { QStringLiteral("r3"), QStringLiteral("r4") }));

        // The results file: every row, in input order, ResultsWriter's format.
        auto results = JournalReader::results(file);
        QVERIFY(results);
        QCOMPARE(results->outcomes.at(0).id, QStringLiteral("501"));
        const QString out = path(QStringLiteral("out.csv"));
        QVERIFY(JournalReader::exportResults(file, out));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("email,firstname,assoc:companies:279,__status,__id,__error"));
        QCOMPARE(lines.at(1), QByteArray("j1@example.com,Jo,42,created,501,"));
        QCOMPARE(lines.at(2), QByteArray("j2@example.com,Jo,,failed,,VALIDATION_ERROR: bad email"));
        QVERIFY(lines.at(3).startsWith("j3@example.com,Jo,,skipped"));
    }

    void testNoCookieIsKept()
    {
        const QString file = path(QStringLiteral("cookie.bsjournal"));
        auto journal = RunJournal::create(file, makeSetup(), makeInput(2));
        QVERIFY(journal);
        RunJournal &j = **journal;
        QVERIFY(j.beginSession());
        BatchExchange ex = createExchange(1, { QStringLiteral("r1"), QStringLiteral("r2") });
        ex.requestHeaders = { { "Content-Type", "application/json" }, { "Cookie", "hubspotutk=request-cookie-1a2b" } };
        QVERIFY(j.recordSend(ex));
        ex.httpStatus = 201;
        ex.responseBody = "{\"status\":\"COMPLETE\"}";
        ex.responseHeaders = { { "X-HubSpot-Correlation-Id", "corr-7" },
            { "set-cookie", "__cf_bm=edge-cookie-3c4d; path=/; HttpOnly" },
            { "SET-COOKIE", "_cfuvid=edge-cookie-5e6f; path=/" } };
        QVERIFY(j.recordAnswer(ex));
        QVERIFY(j.flush());
        journal->reset();
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.contains("corr-7")); // the other headers are kept…
        QVERIFY(!bytes.contains("edge-cookie")); // …no cookie, in any case of its name
        QVERIFY(!bytes.contains("request-cookie"));
        QVERIFY(!bytes.toLower().contains("set-cookie"));
    }

    void testNewJournalIsOwnerOnly()
    {
        const QString file = path(QStringLiteral("private.bsjournal"));
        auto journal = RunJournal::create(file, makeSetup(), makeInput(1));
        QVERIFY(journal);
        QVERIFY((*journal)->beginSession());
        QVERIFY((*journal)->flush());
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                 QStringLiteral("-journal"), QStringLiteral(".lock") }) {
            if (!QFileInfo::exists(file + suffix))
                continue;
            QCOMPARE(QFile::permissions(file + suffix) & QFileDevice::Permissions(0x7077),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }

    void testUnfinishedDetection()
    {
        const QString dir = path(QStringLiteral("runs"));
        QVERIFY(QDir().mkpath(dir));
        const QString first = RunJournal::newPath(dir, QStringLiteral("aaaaaaaaaaaa"));
        const QString second = RunJournal::newPath(dir, QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(first.endsWith(QStringLiteral("-aaaaaaaaaaaa.bsjournal")));
        {
            auto a = RunJournal::create(first, makeSetup(), makeInput(2));
            QVERIFY(a);
            QVERIFY((*a)->beginSession()); // and then the process "dies"
            auto b = RunJournal::create(second, makeSetup(), makeInput(2));
            QVERIFY(b);
            QVERIFY((*b)->beginSession());
            (*b)->recordOutcome(QStringLiteral("r1"), createdOutcome(QStringLiteral("1")));
            (*b)->recordOutcome(QStringLiteral("r2"), createdOutcome(QStringLiteral("2")));
            RunSummary s;
            s.total = s.created = 2;
            QVERIFY((*b)->recordFinished(s));
        }
        QFile junk(QDir(dir).filePath(QStringLiteral("junk.bsjournal")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a journal");
        junk.close();

        const QList<JournalSummary> all = JournalReader::list(dir);
        QCOMPARE(all.size(), 2); // the junk file is skipped
        const QList<JournalSummary> unfinished = JournalReader::unfinished(dir);
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().path, first);
        QVERIFY(unfinished.first().resumable());
        auto done = JournalReader::summary(second);
        QVERIFY(done);
        QVERIFY(done->finished);
        QVERIFY(done->complete());
        QVERIFY(done->startedAt.isValid());
    }

    void testRefusesExistingFileAndBadPlan()
    {
        const QString file = path(QStringLiteral("c.bsjournal"));
        QVERIFY(RunJournal::create(file, makeSetup(), makeInput(1)));
        auto again = RunJournal::create(file, makeSetup(), makeInput(1));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));

        // An upsert plan the engine would refuse (two rows, same id) leaves no file behind.
        RunSetup upsert = makeSetup();
        upsert.spec.mode = WriteMode::Upsert;
        upsert.spec.idProperty = QStringLiteral("email");
        BatchInput input = makeInput(2);
        input.rows[1].properties[QStringLiteral("email")] = QStringLiteral("J1@example.com ");
        const QString bad = path(QStringLiteral("d.bsjournal"));
        auto refused = RunJournal::create(bad, upsert, input);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!QFile::exists(bad + QStringLiteral(".part")));
    }

    /// A real run through BatchEngine: the token is nowhere in the file, every request and answer is there.
    void testEngineRunNeverStoresToken()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        const QString file = path(QStringLiteral("e.bsjournal"));
        BatchInput input = makeInput(5);
        input.rows[0].associations.clear(); // company 42 does not exist in the sandbox
        auto journal = RunJournal::create(file, makeSetup(sandbox.baseUrl()), input);
        QVERIFY(journal);
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        engine.setToken(Token);
        QVERIFY((*journal)->attach(&engine));
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(work->spec, work->rows, work->maybeSent));
        QVERIFY(finished.wait(10000));
        QVERIFY((*journal)->flush());

        auto summary = JournalReader::summary(file);
        QVERIFY(summary);
        QCOMPARE(summary->created, 5);
        QVERIFY(summary->finished);
        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        for (const JournalRow &r : std::as_const(*rows)) {
            QCOMPARE(r.sends, 1);
            QVERIFY(!r.outcome.id.isEmpty());
        }
        // The requests are there (their bodies compressed: read back through the reader)…
        QByteArray bodies;
        for (int batch = 1; batch <= 3; ++batch) {
            auto ex = JournalReader::exchange(file, batch, BatchExchange::Kind::Write, 1, sentAt(file, batch));
            QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().message));
            QVERIFY(ex->requestBody.contains("objectWriteTraceId"));
            QCOMPARE(ex->httpStatus, 201);
            QVERIFY(ex->responseBody.contains("\"results\""));
            bodies += ex->requestBody + ex->responseBody;
            for (const auto &header : std::as_const(ex->requestHeaders))
                bodies += header.first + ": " + header.second + '\n';
        }
        QVERIFY(bodies.contains(QByteArray(work->spec.runId.toUtf8() + "-r5")));
        const QByteArray bytes = fileBytes(file);
        for (const QByteArray &all : { bytes, bodies }) { // …the token is not
            QVERIFY(!all.contains(Token.toUtf8()));
            QVERIFY(!all.contains(Token.toUtf8().toBase64()));
        }
    }

    /// The plan is stored once: for 10,000 rows of twelve columns whose cells are their properties, the journal
    /// holding the plan stays within 1.2 times the CSV file the rows make, no row repeats its cells or properties
    /// outside the plan, and the run's request and response bodies are stored compressed.
    void testPlanIsStoredOnce()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        const BatchInput input = makeWideInput(10000);
        qint64 csvBytes = input.columns.join(u',').toUtf8().size() + 1;
        for (const QStringList &cells : input.cells)
            csvBytes += cells.join(u',').toUtf8().size() + 1;
        const QString file = path(QStringLiteral("wide.bsjournal"));
        RunSetup setup = makeSetup(sandbox.baseUrl());
        setup.spec.batchSize = 100;
        auto journal = RunJournal::create(file, setup, input);
        QVERIFY(journal);
        const qint64 planBytes = QFileInfo(file).size();
        qInfo(
            "plan: %lld bytes for a %lld-byte CSV (%.2fx)", planBytes, csvBytes, double(planBytes) / double(csvBytes));
        QVERIFY2(planBytes <= qint64(1.2 * double(csvBytes)), qPrintable(QStringLiteral("%1 bytes").arg(planBytes)));
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QCOMPARE(work->rows.size(), 10000);
        QCOMPARE(work->rows.at(7).properties, input.rows.at(7).properties);
        QCOMPARE(work->rows.at(9999).properties, input.rows.at(9999).properties);

        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        engine.setToken(Token);
        QVERIFY((*journal)->attach(&engine));
        qint64 sentBodies = 0;
        connect(&engine, &BatchEngine::batchAnswered, this,
            [&](const BatchExchange &ex) { sentBodies += ex.requestBody.size() + ex.responseBody.size(); });
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(work->spec, work->rows, work->maybeSent));
        QVERIFY(finished.wait(60000));
        QCOMPARE(engine.summary().created, 10000);
        journal->reset(); // closed: its WAL is checkpointed into the file
        const qint64 runBytes = QFileInfo(file).size();
        qInfo("after the run: %lld bytes (%.2fx the CSV)", runBytes, double(runBytes) / double(csvBytes));

        auto db = JournalDb::open(file, JournalDb::Mode::Read);
        QVERIFY(db);
        auto repeated = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM rows WHERE cells IS NOT NULL OR properties "
                                                   "IS NOT NULL OR associations IS NOT NULL OR trace_id IS NOT NULL"));
        QVERIFY(repeated && repeated->next());
        QCOMPARE(repeated->value(0).toInt(), 0);
        auto stored = (*db)->exec(
            QStringLiteral("SELECT SUM(LENGTH(request_body)) + SUM(LENGTH(response_body)), COUNT(*) FROM requests"));
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(1).toInt(), 100);
        QVERIFY2(stored->value(0).toLongLong() * 3 <= sentBodies,
            qPrintable(QStringLiteral("%1 of %2 bytes").arg(stored->value(0).toLongLong()).arg(sentBodies)));
        db->reset();
        // Every row reads back whole: its properties, and its cells from them.
        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 10000);
        QCOMPARE(rows->at(4321).cells, input.cells.at(4321));
        QCOMPARE(rows->at(4321).row.properties, input.rows.at(4321).properties);
        QCOMPARE(rows->at(4321).outcome.status, RowStatus::Created);
    }

    /// A journal of the previous format (cells and properties objects, bodies as sent, trace ids stored) is still
    /// read and resumed.
    void testFormatOneJournalIsRead()
    {
        const QString file = path(QStringLiteral("old.bsjournal"));
        const BatchInput input = makeInput(4);
        {
            auto journal = RunJournal::create(file, makeSetup(), input);
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            QVERIFY((*journal)->recordSend(createExchange(1, { QStringLiteral("r1"), QStringLiteral("r2") })));
        }
        QVERIFY(asFormatOne(file, input));
        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).row, input.rows.at(0));
        QCOMPARE(rows->at(0).cells, input.cells.at(0));
        QCOMPARE(rows->at(2).traceId.endsWith(QStringLiteral("-r3")), true);
        auto ex = JournalReader::exchange(file, 1, BatchExchange::Kind::Write, 1, 1001);
        QVERIFY(ex);
        QCOMPARE(ex->requestBody, QByteArray("{\"inputs\":[]}"));
        auto journal = RunJournal::open(file);
        QVERIFY(journal);
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QCOMPARE(work->rows.size(), 4);
        QCOMPARE(work->rows.at(1), input.rows.at(1));
        QCOMPARE(work->maybeSent, (QStringList { QStringLiteral("r1"), QStringLiteral("r2") }));
    }

    /// A resume reads its rows from the journal as they are asked for (JournalRowSource): the same rows, keys, lines
    /// and key lookups as the rows read whole, across plan blocks and out of order, in format 2 and format 1.
    void testResumeRowsAreReadOnDemand_data()
    {
        QTest::addColumn<bool>("formatOne");
        QTest::newRow("format 2") << false;
        QTest::newRow("format 1") << true;
    }

    void testResumeRowsAreReadOnDemand()
    {
        QFETCH(bool, formatOne);
        const QString file = path(QStringLiteral("ondemand.bsjournal"));
        const int count = 3 * JournalPlan::BlockRows + 7; // several plan blocks
        const BatchInput input = makeInput(count, 2); // the first two rows were created by an earlier run
        {
            auto journal = RunJournal::create(file, makeSetup(), input);
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            QVERIFY((*journal)->recordSend(createExchange(1, { QStringLiteral("r3"), QStringLiteral("r4") })));
            RowOutcome created;
            created.status = RowStatus::Created;
            created.id = QStringLiteral("501");
            (*journal)->recordOutcome(QStringLiteral("r5"), created);
            QVERIFY((*journal)->flush());
        }
        if (formatOne)
            QVERIFY(asFormatOne(file, input));
        auto journal = RunJournal::open(file);
        QVERIFY(journal);
        auto whole = (*journal)->resumeWork(ResumeWork::Rows::InMemory);
        auto work = (*journal)->resumeWork(ResumeWork::Rows::OnDemand);
        QVERIFY(whole);
        QVERIFY(work);
        QVERIFY(work->rows.isEmpty()); // nothing held in memory
        QCOMPARE(work->runRows, count);
        QCOMPARE(work->columns, input.columns);
        QCOMPARE(work->maybeSent, whole->maybeSent);
        QCOMPARE(work->maybeSent, (QStringList { QStringLiteral("r3"), QStringLiteral("r4") }));
        const auto *rows = dynamic_cast<const JournalRowSource *>(work->source.get());
        QVERIFY(rows);
        QCOMPARE(rows->rowCount(), count - 3); // r1, r2 created before, r5 created now
        QCOMPARE(rows->rowCount(), int(whole->rows.size()));
        for (int i : { 0, 1, 2, 1500, 700, 3, 1, rows->rowCount() - 1, 600 }) {
            const Row &expected = whole->rows.at(i);
            QCOMPARE(rows->key(i), expected.key);
            QCOMPARE(rows->sourceLine(i), expected.sourceLine);
            QCOMPARE(rows->row(i), expected);
            QCOMPARE(rows->value(i, QStringLiteral("email")), expected.properties.value(QStringLiteral("email")));
            QCOMPARE(rows->indexOfKey(expected.key), i);
        }
        for (int i = 0; i < rows->rowCount(); ++i) // in order, as the engine asks
            QCOMPARE(rows->row(i), whole->rows.at(i));
        QCOMPARE(rows->row(0), input.rows.at(2));
        QCOMPARE(rows->journalIndex(2), 5); // r5 (index 4) is not in it
        QCOMPARE(rows->indexOfKey(QStringLiteral("r1")), -1);
        QCOMPARE(rows->indexOfKey(QStringLiteral("r5")), -1);
        QCOMPARE(rows->indexOfKey(QStringLiteral("r999999")), -1);
        QVERIFY(!rows->holdsJournalIndex(0));
        QVERIFY(!rows->holdsJournalIndex(4));
        QVERIFY(rows->holdsJournalIndex(2));
        QVERIFY(rows->holdsJournalIndex(count - 1));
        // It reads the journal through its own connection: it outlives the RunJournal.
        journal->reset();
        QCOMPARE(work->source->row(1500), whole->rows.at(1500));
    }

    void testResumeSettlesRowsSentByADeadProcess_data()
    {
        QTest::addColumn<bool>("earlierKeys");
        QTest::newRow("this version's keys") << false;
        QTest::newRow("keys of an earlier version") << true;
    }

    /// Rows that a dead process sent are looked up by email first: those created are not created again. Also for a
    /// journal of an earlier version, whose row keys (`row-000001`) are not in this version's format: they are
    /// kept as they are, so the trace ids stay those the dead process sent.
    void testResumeSettlesRowsSentByADeadProcess()
    {
        QFETCH(bool, earlierKeys);
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        options.scenario.allowDuplicates = true;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        const QString file = path(QStringLiteral("f.bsjournal"));
        {
            auto journal = RunJournal::create(file, makeSetup(sandbox.baseUrl()), makeInput(4));
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            // The dead process recorded a send of rows 1-2, and the request did reach HubSpot: row 1 exists now.
            QVERIFY((*journal)->recordSend(createExchange(1, { QStringLiteral("r1"), QStringLiteral("r2") })));
        }
        if (earlierKeys)
            QVERIFY(keyAsEarlierVersions(file));
        const QString first = earlierKeys ? QStringLiteral("row-000001") : QStringLiteral("r1");
        const QString second = earlierKeys ? QStringLiteral("row-000002") : QStringLiteral("r2");
        const auto made = sandbox.post(QStringLiteral("/crm/v3/objects/contacts/batch/create"),
            QJsonObject { { QStringLiteral("inputs"),
                QJsonArray { QJsonObject { { QStringLiteral("properties"),
                    QJsonObject { { QStringLiteral("email"), QStringLiteral("j1@example.com") } } } } } } });
        QCOMPARE(made.status, 201);
        const QString existingId = made.json[u"results"][0][u"id"].toString();

        auto journal = RunJournal::open(file);
        QVERIFY(journal);
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QCOMPARE(work->maybeSent, (QStringList { first, second }));
        // When the dead process sent them: a record found is this run's only if created since.
        QCOMPARE(work->firstSentMs.size(), 2);
        QVERIFY(work->firstSentMs.value(first) > QDateTime::currentMSecsSinceEpoch() - 60000);
        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        engine.setToken(Token);
        engine.setFirstSent(work->firstSentMs);
        QVERIFY((*journal)->attach(&engine));
        QByteArray sent;
        connect(&engine, &BatchEngine::batchSent, this, [&sent](const BatchExchange &ex) { sent += ex.requestBody; });
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(work->spec, work->rows, work->maybeSent));
        QVERIFY(finished.wait(10000));
        QVERIFY((*journal)->flush());

        QCOMPARE(sandbox.stats().value(QStringLiteral("duplicateCreates")).toInt(), 0);
        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        QCOMPARE(rows->at(0).outcome.status, RowStatus::Created);
        QCOMPARE(rows->at(0).outcome.id, existingId); // found, not created again
        QCOMPARE(rows->at(0).sends, 1);
        QCOMPARE(rows->at(1).outcome.status, RowStatus::Created); // not found: sent again
        QCOMPARE(rows->at(1).sends, 2);
        QCOMPARE(rows->at(3).sends, 1);
        QCOMPARE(rows->at(1).row.key, second); // kept as it was
        QCOMPARE(rows->at(1).traceId, work->spec.runId + u'-' + second);
        QVERIFY(sent.contains((work->spec.runId + u'-' + second + u'"').toUtf8())); // resent with the same trace id
        auto summary = JournalReader::summary(file);
        QVERIFY(summary);
        QCOMPARE(summary->sessions, 2);
        QCOMPARE(summary->created, 4);
    }

    /// One writer at a time: while a RunJournal holds a journal, opening or creating it again fails and names the
    /// file; once it is destroyed, the journal opens again.
    void testLockRefusesASecondWriterUntilReleased()
    {
        const QString file = path(QStringLiteral("g.bsjournal"));
        auto first = RunJournal::create(file, makeSetup(), makeInput(2));
        QVERIFY(first);
        QVERIFY(QFile::exists(JournalLock::lockPath(file)));
        QCOMPARE(JournalLock::holder(file).value_or(-1), QCoreApplication::applicationPid());

        auto second = RunJournal::open(file);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(file), qPrintable(second.error().message));
        QVERIFY2(second.error().message.contains(QStringLiteral("already open for writing in this process")),
            qPrintable(second.error().message));
        auto created = RunJournal::create(file, makeSetup(), makeInput(2)); // the lock is said, not "already exists"
        QVERIFY(!created);
        QCOMPARE(created.error().message, second.error().message);
        QVERIFY(!JournalLock::acquire(file));

        first->reset(); // the journal closes, and its lock goes with it
        QVERIFY(!QFile::exists(JournalLock::lockPath(file)));
        QVERIFY(!JournalLock::holder(file));
        auto third = RunJournal::open(file);
        QVERIFY2(third, qPrintable(third ? QString() : third.error().message));
        QCOMPARE((*third)->path(), file);
    }

    /// Another process holds the journal: refused with its PID. Killed (SIGKILL, its lock file left behind), its
    /// lock is taken over at once, without waiting for it to age.
    void testLockOfAKilledProcessIsTakenOverAtOnce()
    {
        const QString file = path(QStringLiteral("h.bsjournal"));
        QVERIFY(RunJournal::create(file, makeSetup(), makeInput(2)));
        QProcess other;
        QVERIFY(Test::startJournalHolder(other, file));

        const qint64 pid = other.processId();
        QCOMPARE(JournalLock::holder(file).value_or(-1), pid);
        const QString expected
            = QStringLiteral("the journal %1 is in use: another Batchsmith process (PID %2) is running it; wait for it "
                             "to finish, or stop it, then try again")
                  .arg(file)
                  .arg(pid);
        auto opened = RunJournal::open(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, expected);
        auto created = RunJournal::create(file, makeSetup(), makeInput(2));
        QVERIFY(!created);
        QCOMPARE(created.error().message, expected);

        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(other.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(JournalLock::lockPath(file))); // nobody removed it
        QElapsedTimer clock;
        clock.start();
        auto taken = RunJournal::open(file);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(JournalLock::holder(file).value_or(-1), QCoreApplication::applicationPid());
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "testrunjournal.moc"
