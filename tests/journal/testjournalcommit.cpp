// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's commit failure path (issue #13): what a failed write meant to record is kept and written by the next
// write that commits, a failure is reported with the file and SQLite's text, and a send the journal cannot record is
// not sent. Failures are injected (JournalDb::failNextCommits()) or real: a journal on a full tmpfs.

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/batch/batchengine.h"
#include "core/batch/rowkey.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "journal/journaldb.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"
#include "support/fullfilesystem.h"
#include "support/journalfixtures.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Token = u"journal-commit-token-5c1d"_s;

BatchInput makeInput(int count)
{
    return contactsInput(count, u"c%1@commit.example"_s, u"Cy"_s);
}

Sandbox::SandboxOptions withToken()
{
    Sandbox::SandboxOptions options;
    options.acceptTokens = { Token };
    return options;
}

/// A create of four contacts against a sandbox of its own: its journal, the work it starts with and the engine the
/// journal records.
struct SandboxRun
{
    SandboxFixture sandbox { withToken() };
    std::unique_ptr<RunJournal> journal;
    ResumeWork work;
    QNetworkAccessManager nam;
    BatchEngine engine { &nam, SystemClock::instance() };

    /// Starts the sandbox, creates the journal at @p file and attaches it to the engine. False when one failed.
    bool prepare(const QString &file)
    {
        if (!sandbox.start())
            return false;
        auto created = RunJournal::create(file, contactsCreateSetup(sandbox.baseUrl()), makeInput(4));
        if (!created)
            return false;
        journal = std::move(created).value();
        auto resumed = journal->resumeWork();
        if (!resumed)
            return false;
        work = *resumed;
        engine.setToken(Token);
        return bool(journal->attach(&engine));
    }
};

/// The journal's rows by key, as a resume would read them.
QHash<QString, JournalRow> rowsOf(const QString &file)
{
    QHash<QString, JournalRow> byKey;
    auto rows = JournalReader::rows(file);
    if (rows) {
        for (const JournalRow &r : std::as_const(*rows))
            byKey.insert(r.row.key, r);
    }
    return byKey;
}

/// How many requests the journal holds, and how many of them have their answer.
QPair<int, int> requestsIn(const QString &file)
{
    auto db = JournalDb::open(file, JournalDb::Mode::Read);
    if (!db)
        return { -1, -1 };
    auto q = (*db)->exec(u"SELECT COUNT(*), COUNT(answered_at) FROM requests"_s);
    if (!q || !q->next())
        return { -1, -1 };
    return { q->value(0).toInt(), q->value(1).toInt() };
}

} // namespace

class TestJournalCommit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void cleanup() { JournalDb::failNextCommits(0); }

    /// A failed commit of outcomes keeps them: they are not in the file, nothing writes them on its own while the
    /// journal fails, and the next write that commits (here a send) writes them with it.
    void testOutcomesKeptAfterAFailedCommitAreWrittenByTheNext()
    {
        const QString file = path(u"a.bsjournal"_s);
        auto journal = RunJournal::create(file, contactsCreateSetup(), makeInput(4));
        QVERIFY(journal);
        RunJournal &j = **journal;
        QSignalSpy failures(&j, &RunJournal::writeFailed);
        QVERIFY(j.beginSession());
        QVERIFY(j.recordSend(createExchange(1, { u"r1"_s, u"r2"_s })));
        j.recordOutcome(u"r1"_s, createdOutcome(u"501"_s));
        j.recordOutcome(u"r2"_s, createdOutcome(u"502"_s));

        JournalDb::failNextCommits(1);
        const auto flushed = j.flush();
        QVERIFY(!flushed);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(0).toString(), file);
        QVERIFY2(failures.first().at(1).toString().contains(u"database or disk is full"_s),
            qPrintable(failures.first().at(1).toString()));
        QVERIFY(flushed.error().message.startsWith(file + u": "_s)); // names the file
        QVERIFY(j.isFailing());
        QCOMPARE(j.unwrittenOutcomes(), 2);
        QCOMPARE(rowsOf(file).value(u"r1"_s).outcome.status, RowStatus::Pending); // rolled back

        // While the journal fails, a new outcome does not start a write of its own.
        j.recordOutcome(u"r3"_s, createdOutcome(u"503"_s));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(j.unwrittenOutcomes(), 3);

        // The next write commits, and takes the kept outcomes with it.
        QVERIFY(j.recordSend(createExchange(2, { u"r3"_s, u"r4"_s })));
        QVERIFY(!j.isFailing());
        QCOMPARE(j.unwrittenOutcomes(), 0);
        const auto rows = rowsOf(file);
        QCOMPARE(rows.value(u"r1"_s).outcome.status, RowStatus::Created);
        QCOMPARE(rows.value(u"r1"_s).outcome.id, u"501"_s);
        QCOMPARE(rows.value(u"r2"_s).outcome.id, u"502"_s);
        QCOMPARE(rows.value(u"r3"_s).outcome.id, u"503"_s);
        QCOMPARE(rows.value(u"r4"_s).outcome.status, RowStatus::Pending);
        auto work = j.resumeWork();
        QVERIFY(work);
        QCOMPARE(work->rows.size(), 1); // a resume redoes only r4, which was sent: it settles it first
        QCOMPARE(work->maybeSent, QStringList { u"r4"_s });
    }

    /// A failed send record leaves no trace (no request, no send counted) and refuses; an answer whose commit failed
    /// is kept and written by the next write; so is the run's end.
    void testFailedSendAnswerAndEndAreRolledBackAndRetried()
    {
        const QString file = path(u"b.bsjournal"_s);
        auto journal = RunJournal::create(file, contactsCreateSetup(), makeInput(4));
        QVERIFY(journal);
        RunJournal &j = **journal;
        QVERIFY(j.beginSession());

        JournalDb::failNextCommits(1);
        QVERIFY(!j.recordSend(createExchange(1, { u"r1"_s, u"r2"_s })));
        QCOMPARE(requestsIn(file), qMakePair(0, 0));
        QCOMPARE(rowsOf(file).value(u"r1"_s).sends, 0);

        QVERIFY(j.recordSend(createExchange(1, { u"r1"_s, u"r2"_s })));
        BatchExchange answer = createExchange(1, { u"r1"_s, u"r2"_s });
        answer.httpStatus = 201;
        answer.responseBody = "{\"status\":\"COMPLETE\"}";
        JournalDb::failNextCommits(1);
        QVERIFY(!j.recordAnswer(answer));
        QCOMPARE(requestsIn(file), qMakePair(1, 0));
        j.recordOutcome(u"r1"_s, createdOutcome(u"601"_s));

        RunSummary summary;
        summary.total = 4;
        summary.created = 1;
        JournalDb::failNextCommits(1);
        QVERIFY(!j.recordFinished(summary));
        auto before = JournalReader::summary(file);
        QVERIFY(before);
        QVERIFY(!before->finished);
        QCOMPARE(before->created, 0);

        QVERIFY(j.recordFinished(summary));
        QCOMPARE(requestsIn(file), qMakePair(1, 1)); // the kept answer
        auto after = JournalReader::summary(file);
        QVERIFY(after);
        QVERIFY(after->finished);
        QCOMPARE(after->created, 1);
    }

    /// A failed pre-send record refuses the send: nothing reaches the server, the run stops with an Io error, and the
    /// journal's rows are still to send, none of them counted as sent.
    void testAFailedPreSendRecordRefusesTheSend()
    {
        SandboxRun run;
        const QString file = path(u"c.bsjournal"_s);
        QVERIFY(run.prepare(file));
        SandboxFixture &sandbox = run.sandbox;
        BatchEngine &engine = run.engine;
        const ResumeWork &work = run.work;
        QSignalSpy sent(&engine, &BatchEngine::batchSent);
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        const int requests = sandbox.stats().value(u"requests"_s).toInt();
        JournalDb::failNextCommits(1);
        QVERIFY(engine.start(work.spec, work.rows, work.maybeSent));
        QVERIFY(!finished.isEmpty() || finished.wait(10000)); // refused at once, inside start()
        QCOMPARE(sent.size(), 0);
        QCOMPARE(sandbox.stats().value(u"requests"_s).toInt(), requests);
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.fatal);
        QCOMPARE(summary.fatal->kind, Error::Kind::Io);
        QCOMPARE(summary.created, 0);
        const auto rows = rowsOf(file);
        for (const JournalRow &r : rows) {
            QCOMPARE(r.sends, 0);
            QCOMPARE(r.outcome.status, RowStatus::Pending);
        }
    }

    /// A pre-send hook that pauses the engine before refusing keeps the request: it is offered again, and sent, on
    /// resume(); nothing is sent while paused.
    void testAPausingHookKeepsTheRequestForResume()
    {
        SandboxRun run;
        const QString file = path(u"d.bsjournal"_s);
        QVERIFY(run.prepare(file));
        SandboxFixture &sandbox = run.sandbox;
        BatchEngine &engine = run.engine;
        const ResumeWork &work = run.work;
        connect(run.journal.get(), &RunJournal::writeFailed, &engine, [&engine] { engine.pause(); });
        QSignalSpy sent(&engine, &BatchEngine::batchSent);
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        JournalDb::failNextCommits(1);
        QVERIFY(engine.start(work.spec, work.rows, work.maybeSent));
        QCOMPARE(engine.state(), BatchEngine::State::Paused);
        QCOMPARE(sent.size(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(sent.size(), 0);
        QVERIFY(finished.isEmpty());

        engine.resume();
        QVERIFY(finished.wait(10000));
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(!summary.fatal);
        QCOMPARE(summary.created, 4);
        QVERIFY(run.journal->flush());
        const auto rows = rowsOf(file);
        for (const JournalRow &r : rows) {
            QCOMPARE(r.sends, 1);
            QCOMPARE(r.outcome.status, RowStatus::Created);
        }
        QCOMPARE(sandbox.stats().value(u"duplicateCreates"_s).toInt(), 0);
    }

    /// The real thing: a journal on a small tmpfs that is then filled. SQLite's own error says the disk is full,
    /// the outcomes are kept, and once there is room again the next write commits them.
    void testOnAFullFilesystemOutcomesWaitForRoom()
    {
        FullFilesystem fs(512 * 1024);
        if (!fs.mounted())
            QSKIP(qPrintable(fs.whyNot()));
        const QString file = fs.filePath(u"full.bsjournal"_s);
        auto journal = RunJournal::create(file, contactsCreateSetup(), makeInput(40));
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
        RunJournal &j = **journal;
        QSignalSpy failures(&j, &RunJournal::writeFailed);
        QVERIFY(j.beginSession());
        QVERIFY(j.recordSend(createExchange(1, { u"r1"_s, u"r2"_s })));
        QVERIFY(fs.fill());

        for (int i = 1; i <= 40; ++i)
            j.recordOutcome(RowKey::make(quint32(i)), createdOutcome(u"70%1"_s.arg(i)));
        const auto flushed = j.flush();
        QVERIFY(!flushed);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(0).toString(), file);
        QVERIFY2(failures.first().at(1).toString().contains(u"full"_s), qPrintable(failures.first().at(1).toString()));
        QCOMPARE(j.unwrittenOutcomes(), 40);
        QVERIFY(!j.recordSend(createExchange(2, { u"r3"_s, u"r4"_s }))); // refused: cannot be recorded

        fs.makeRoom();
        QVERIFY2(j.flush(), qPrintable(j.lastError()));
        QCOMPARE(j.unwrittenOutcomes(), 0);
        const auto rows = rowsOf(file);
        QCOMPARE(rows.size(), 40);
        for (const JournalRow &r : rows)
            QCOMPARE(r.outcome.status, RowStatus::Created);
        QCOMPARE(rows.value(u"r3"_s).sends, 0); // the refused send left no trace
    }
};

QTEST_GUILESS_MAIN(TestJournalCommit)
#include "testjournalcommit.moc"
