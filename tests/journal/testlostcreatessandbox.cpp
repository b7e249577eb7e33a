// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lost answers over real HTTP against the in-process sandbox, with faults after the write: records that existed
// before the run are never claimed (nor archived by a revert), and a stopped run keeps its doubt into the resume.
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/batch/batchengine.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "journal/revertrunner.h"
#include "journal/runjournal.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("lost-creates-token-5eed");

BatchInput contactsInput(const QStringList &emails)
{
    BatchInput input;
    input.columns = { QStringLiteral("email"), QStringLiteral("firstname") };
    for (int i = 0; i < emails.size(); ++i) {
        Row row;
        row.key = QStringLiteral("r%1").arg(i + 1);
        row.sourceLine = i + 2;
        const QString firstname = QStringLiteral("Doubt %1").arg(i + 1);
        row.properties = { { QStringLiteral("email"), emails.at(i) }, { QStringLiteral("firstname"), firstname } };
        input.rows.append(row);
        input.cells.append({ emails.at(i), firstname });
        input.previous.append(RowOutcome());
    }
    return input;
}

/// Every answer to a batch create lost after the write (a 502 from the edge).
QJsonObject loseEveryCreate(int every)
{
    const QJsonObject fault { { QStringLiteral("kind"), QStringLiteral("status-after-commit") },
        { QStringLiteral("status"), 502 }, { QStringLiteral("pathContains"), QStringLiteral("batch/create") },
        { QStringLiteral("every"), every } };
    return QJsonObject { { QStringLiteral("periodicFaults"), QJsonArray { fault } } };
}

int contacts(SandboxFixture &sandbox)
{
    return sandbox.stats().value(QStringLiteral("objects")).toObject().value(QStringLiteral("contacts")).toInt();
}

/// The seeded contacts' emails (external_id EXT-00001…), and their ids.
QHash<QString, QString> seededContacts(SandboxFixture &sandbox, int n)
{
    QHash<QString, QString> idByEmail;
    for (int first = 0; first < n; first += 100) {
        QJsonArray inputs;
        for (int i = first; i < qMin(n, first + 100); ++i)
            inputs.append(
                QJsonObject { { QStringLiteral("id"), QStringLiteral("EXT-%1").arg(i + 1, 5, 10, QLatin1Char('0')) } });
        const auto read = sandbox.post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("external_id") },
                { QStringLiteral("inputs"), inputs },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } },
            Token);
        for (const QJsonValue &r : read.json.value(QStringLiteral("results")).toArray())
            idByEmail.insert(r[u"properties"][u"email"].toString(), r[u"id"].toString());
    }
    return idByEmail;
}

struct Run
{
    RunSummary summary;
    bool finished = false;
};

/// Runs @p work through an engine journaled by @p journal; @p cancelAfter answers (0: never) cancels it.
Run runEngine(QNetworkAccessManager &nam, RunJournal &journal, const ResumeWork &work, int cancelAfter = 0)
{
    BatchEngine engine(&nam, SystemClock::instance());
    engine.setToken(Token);
    engine.setSearchRetries(2, 200);
    Run run;
    if (!journal.attach(&engine))
        return run;
    int answers = 0;
    QObject::connect(&engine, &BatchEngine::batchAnswered, &engine, [&](const BatchExchange &) {
        if (cancelAfter > 0 && ++answers == cancelAfter)
            engine.cancel();
    });
    QSignalSpy finished(&engine, &BatchEngine::runFinished);
    engine.setFirstSent(work.firstSentMs);
    if (!engine.start(work.spec, work.rows, work.maybeSent))
        return run;
    run.finished = finished.wait(120000);
    if (run.finished)
        run.summary = finished.first().first().value<RunSummary>();
    [[maybe_unused]] const auto flushed = journal.flush();
    return run;
}

} // namespace

class TestLostCreatesSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:

    /// 200 of 1,000 contacts exist before the run and every answer is lost: the lookups find all 1,000, but only the
    /// 800 created after the first send are this run's; the revert archives those and none of the 200.
    void testRecordsThatExistedAreNeitherClaimedNorArchived()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        const QHash<QString, QString> seeded = seededContacts(sandbox, 200);
        QCOMPARE(seeded.size(), 200);
        QCOMPARE(contacts(sandbox), 200);
        QStringList emails;
        QStringList existing = seeded.keys();
        existing.sort();
        for (int i = 0; i < 1000; ++i) // every fifth row is a contact that already exists
            emails.append(i % 5 == 4 ? existing.at(i / 5) : QStringLiteral("new-%1@doubt.example.com").arg(i));
        QVERIFY(sandbox.scenario(loseEveryCreate(1)));

        RunSetup setup;
        setup.spec.objectType = QStringLiteral("contacts");
        setup.spec.mode = WriteMode::Create;
        setup.spec.baseUrl = sandbox.baseUrl();
        setup.spec.concurrency = 2;
        const QString file = m_dir.filePath(QStringLiteral("existed.bsjournal"));
        auto journal = RunJournal::create(file, setup, contactsInput(emails));
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QNetworkAccessManager nam;
        const Run run = runEngine(nam, **journal, *work);
        QVERIFY(run.finished);
        QCOMPARE(run.summary.created, 800);
        QCOMPARE(run.summary.failed, 200);
        QCOMPARE(run.summary.unknown, 0);
        QCOMPARE(contacts(sandbox), 1000); // nothing created twice
        journal->reset();

        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        for (const JournalRow &r : std::as_const(*rows)) {
            const QString email = r.row.properties.value(QStringLiteral("email"));
            if (!seeded.contains(email)) {
                QCOMPARE(r.outcome.status, RowStatus::Created);
                continue;
            }
            QCOMPARE(r.outcome.status, RowStatus::Failed);
            QCOMPARE(r.outcome.category, QStringLiteral("CONFLICT"));
            QCOMPARE(r.outcome.id, seeded.value(email));
            QVERIFY2(r.outcome.message.startsWith(QStringLiteral("Already existed (id %1)").arg(seeded.value(email))),
                qPrintable(r.outcome.message));
        }

        // The revert archives what the run created, never what existed before it.
        QVERIFY(sandbox.scenario(QJsonObject { { QStringLiteral("periodicFaults"), QJsonArray() } }));
        auto plan = RevertPlanner::build(file);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->archiveIds.size(), 800);
        const QSet<QString> seededIds(seeded.cbegin(), seeded.cend());
        for (const QString &id : std::as_const(plan->archiveIds))
            QVERIFY2(!seededIds.contains(id), qPrintable(id));
        RevertRunner revert(&nam, SystemClock::instance());
        revert.setToken(Token);
        QSignalSpy reverted(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(*plan, m_dir.filePath(QStringLiteral("existed-revert.bsjournal"))));
        QVERIFY(reverted.wait(60000));
        QCOMPARE(contacts(sandbox), 200);
        QCOMPARE(seededContacts(sandbox, 200).size(), 200); // every contact that existed is still there
    }

    /// Deals have no unique property: lost creates are found by a search on the values sent, which lags behind the
    /// writes; what the search does not find yet is asked again, never created twice.
    void testLostDealsAreFoundBySearch()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        QJsonObject scenario = loseEveryCreate(1);
        scenario.insert(QStringLiteral("searchIndexDelayMs"), 150);
        scenario.insert(QStringLiteral("rateLimit"), 1000);
        QVERIFY(sandbox.scenario(scenario));
        const auto deals = [&sandbox] {
            return sandbox.stats().value(QStringLiteral("objects")).toObject().value(QStringLiteral("deals")).toInt();
        };
        const int before = deals();

        BatchInput input;
        input.columns = { QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("pipeline"),
            QStringLiteral("dealstage") };
        for (int i = 0; i < 30; ++i) {
            Row row;
            row.key = QStringLiteral("d%1").arg(i + 1);
            row.sourceLine = i + 2;
            const QStringList cells { QStringLiteral("Search deal %1").arg(i + 1), QString::number(500 + i),
                QStringLiteral("default"), QStringLiteral("appointmentscheduled") };
            for (int c = 0; c < cells.size(); ++c)
                row.properties.insert(input.columns.at(c), cells.at(c));
            input.rows.append(row);
            input.cells.append(cells);
            input.previous.append(RowOutcome());
        }
        RunSetup setup;
        setup.spec.objectType = QStringLiteral("deals");
        setup.spec.mode = WriteMode::Create;
        setup.spec.baseUrl = sandbox.baseUrl();
        setup.spec.batchSize = 10;
        setup.spec.rateLimitPerWindow = 1000;
        const QString file = m_dir.filePath(QStringLiteral("deals.bsjournal"));
        auto journal = RunJournal::create(file, setup, input);
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QNetworkAccessManager nam;
        const Run run = runEngine(nam, **journal, *work);
        QVERIFY(run.finished);
        QCOMPARE(run.summary.created, 30);
        QCOMPARE(deals(), before + 30); // each deal exactly once
        QCOMPARE(
            sandbox.stats().value(QStringLiteral("requestsByStatus")).toObject().value(QStringLiteral("429")).toInt(),
            0);
        journal->reset();
    }

    /// Cancelled mid-run while answers are lost: no row that was sent is "not sent"; the resume looks the doubtful
    /// rows up first, and every contact exists exactly once (the sandbox would create a duplicate if one were sent
    /// again blindly).
    void testCancelledRunKeepsItsDoubtIntoTheResume()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        QJsonObject scenario = loseEveryCreate(2);
        scenario.insert(QStringLiteral("allowDuplicates"), true);
        scenario.insert(QStringLiteral("latencyMs"), 30);
        QVERIFY(sandbox.scenario(scenario));
        QStringList emails;
        for (int i = 0; i < 1000; ++i)
            emails.append(QStringLiteral("stop-%1@doubt.example.com").arg(i));

        RunSetup setup;
        setup.spec.objectType = QStringLiteral("contacts");
        setup.spec.mode = WriteMode::Create;
        setup.spec.baseUrl = sandbox.baseUrl();
        setup.spec.concurrency = 3;
        const QString file = m_dir.filePath(QStringLiteral("stopped.bsjournal"));
        auto journal = RunJournal::create(file, setup, contactsInput(emails));
        QVERIFY(journal);
        auto work = (*journal)->resumeWork();
        QVERIFY(work);
        QNetworkAccessManager nam;
        const Run first = runEngine(nam, **journal, *work, 4);
        QVERIFY(first.finished);
        QVERIFY(first.summary.cancelled);
        journal->reset();

        auto rows = JournalReader::rows(file);
        QVERIFY(rows);
        int neverSent = 0;
        int unknown = 0;
        for (const JournalRow &r : std::as_const(*rows)) {
            if (r.sends == 0) {
                ++neverSent;
                QCOMPARE(r.outcome.status, RowStatus::Pending);
            } else {
                QVERIFY2(r.outcome.isFinal(), qPrintable(r.row.key)); // sent: never left as "not sent"
                unknown += r.outcome.status == RowStatus::Unknown ? 1 : 0;
            }
        }
        QCOMPARE(first.summary.skipped, neverSent);
        QVERIFY(neverSent > 0 && neverSent < 1000);
        QVERIFY(unknown > 0); // the stop caught lost answers before they were looked up

        auto resumed = RunJournal::open(file);
        QVERIFY(resumed);
        auto again = (*resumed)->resumeWork();
        QVERIFY(again);
        QCOMPARE(int(again->rows.size()), neverSent + unknown);
        QCOMPARE(int(again->maybeSent.size()), unknown);
        QCOMPARE(int(again->firstSentMs.size()), unknown);
        const Run second = runEngine(nam, **resumed, *again);
        QVERIFY(second.finished);
        QCOMPARE(second.summary.unknown, 0);
        resumed->reset();

        auto after = JournalReader::rows(file);
        QVERIFY(after);
        for (const JournalRow &r : std::as_const(*after))
            QCOMPARE(r.outcome.status, RowStatus::Created);
        QCOMPARE(contacts(sandbox), 200 + 1000); // each record exactly once
        QCOMPARE(sandbox.stats().value(QStringLiteral("duplicateCreates")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLostCreatesSandbox)
#include "testlostcreatessandbox.moc"
