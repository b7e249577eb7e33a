// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Revert: the plan built from a journal's outcomes and before-values, and a whole upsert -> revert cycle against the
// in-process sandbox (values read before, restored by batch/update, created records archived, all journaled).
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/batch/batchengine.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "journal/beforevaluesreader.h"
#include "journal/journallock.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "journal/revertrunner.h"
#include "journal/runjournal.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("revert-secret-token-0d15ea5e");

JournalRow journalRow(const QString &email, const QString &firstname, RowStatus status, const QString &id)
{
    JournalRow r;
    r.row.key = QStringLiteral("row-") + email;
    r.row.properties = { { QStringLiteral("email"), email }, { QStringLiteral("firstname"), firstname } };
    r.outcome.status = status;
    r.outcome.id = id;
    r.sends = status == RowStatus::Pending ? 0 : 1;
    return r;
}

BatchInput upsertInput(const QList<QPair<QString, QString>> &rows)
{
    BatchInput input;
    input.columns = { QStringLiteral("email"), QStringLiteral("firstname") };
    int line = 2;
    for (const auto &[email, firstname] : rows) {
        Row row;
        // Keys as earlier versions made them: a run they journaled reverts as any other (keys are opaque to it).
        row.key = QStringLiteral("row-%1").arg(line - 1, 6, 10, QLatin1Char('0'));
        row.sourceLine = line++;
        row.properties = { { QStringLiteral("email"), email }, { QStringLiteral("firstname"), firstname } };
        input.rows.append(row);
        input.cells.append({ email, firstname });
        input.previous.append(RowOutcome());
    }
    return input;
}

} // namespace

class TestRevert : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:

    void testPlanFromOutcomesAndBeforeValues()
    {
        BatchSpec spec;
        spec.objectType = QStringLiteral("contacts");
        spec.mode = WriteMode::Upsert;
        spec.idProperty = QStringLiteral("email");
        spec.runId = QStringLiteral("abcdefabcdef");
        QList<JournalRow> rows { journalRow(QStringLiteral("a@x.com"), QStringLiteral("New"), RowStatus::Updated,
                                     QStringLiteral("11")),
            journalRow(QStringLiteral("B@x.com"), QStringLiteral("New"), RowStatus::Updated, QStringLiteral("12")),
            journalRow(QStringLiteral("c@x.com"), QStringLiteral("New"), RowStatus::Created, QStringLiteral("13")),
            journalRow(QStringLiteral("d@x.com"), QStringLiteral("New"), RowStatus::Failed, QString()),
            journalRow(QStringLiteral("e@x.com"), QStringLiteral("New"), RowStatus::Updated, QStringLiteral("15")),
            journalRow(QStringLiteral("f@x.com"), QStringLiteral("New"), RowStatus::Created, QString()),
            journalRow(QStringLiteral("g@x.com"), QStringLiteral("New"), RowStatus::Created, QStringLiteral("17")) };
        rows[6].fromPrevious = true; // created by an earlier run: not this run's to undo
        // A contact that existed before the run: found for a lost create, failed as a conflict, with its id.
        rows.append(
            journalRow(QStringLiteral("h@x.com"), QStringLiteral("New"), RowStatus::Failed, QStringLiteral("18")));
        rows.last().outcome.category = QStringLiteral("CONFLICT");
        // "Created" without ever being sent by this run: not this run's either.
        rows.append(
            journalRow(QStringLiteral("i@x.com"), QStringLiteral("New"), RowStatus::Created, QStringLiteral("19")));
        rows.last().sends = 0;
        const QList<BeforeValues> before {
            { QStringLiteral("a@x.com"), QStringLiteral("11"),
                { { QStringLiteral("firstname"), QStringLiteral("Ann") } } },
            { QStringLiteral("b@x.com"), QStringLiteral("12"), {} }, // firstname was empty: restored as ""
            { QStringLiteral("c@x.com"), QString(), {} }, // did not exist: the run created it
        };
        const RevertPlan plan = RevertPlanner::build(rows, before, spec);
        QCOMPARE(plan.restores.size(), 2);
        QCOMPARE(plan.restores.at(0).recordId, QStringLiteral("11"));
        QCOMPARE(plan.restores.at(0).properties,
            (QMap<QString, QString> { { QStringLiteral("firstname"), QStringLiteral("Ann") } }));
        QCOMPARE(
            plan.restores.at(1).properties, (QMap<QString, QString> { { QStringLiteral("firstname"), QString() } }));
        QCOMPARE(plan.archiveIds, QStringList { QStringLiteral("13") });
        QCOMPARE(plan.updatedWithoutBefore, 1); // e@x.com: its values were never read
        QCOMPARE(plan.createdWithoutId, 1); // f@x.com
        QCOMPARE(plan.notCreatedByRun, 1); // i@x.com
        const QString text = plan.confirmationText();
        QVERIFY(text.contains(QStringLiteral("abcdefabcdef")));
        QVERIFY(text.contains(QStringLiteral("2 record(s) will get back")));
        QVERIFY(text.contains(QStringLiteral("1 record(s) that the run created will be archived")));
    }

    void testUpsertThenRevertAgainstSandbox()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        // Two contacts exist before the run.
        const auto made = sandbox.post(QStringLiteral("/crm/v3/objects/contacts/batch/create"),
            QJsonObject { { QStringLiteral("inputs"),
                QJsonArray { QJsonObject { { QStringLiteral("properties"),
                                 QJsonObject { { QStringLiteral("email"), QStringLiteral("rv1@example.com") },
                                     { QStringLiteral("firstname"), QStringLiteral("Old1") } } } },
                    QJsonObject { { QStringLiteral("properties"),
                        QJsonObject { { QStringLiteral("email"), QStringLiteral("rv2@example.com") } } } } } } });
        QCOMPARE(made.status, 201);

        RunSetup setup;
        setup.spec.objectType = QStringLiteral("contacts");
        setup.spec.mode = WriteMode::Upsert;
        setup.spec.idProperty = QStringLiteral("email");
        setup.spec.baseUrl = sandbox.baseUrl();
        setup.readBefore = true;
        const QString file = m_dir.filePath(QStringLiteral("upsert.bsjournal"));
        auto journal = RunJournal::create(file, setup,
            upsertInput({ { QStringLiteral("rv1@example.com"), QStringLiteral("New1") },
                { QStringLiteral("RV2@example.com"), QStringLiteral("New2") },
                { QStringLiteral("rv3@example.com"), QStringLiteral("New3") } }));
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        auto work = (*journal)->resumeWork();
        QVERIFY(work);

        QNetworkAccessManager nam;
        BeforeValuesReader reader(&nam, SystemClock::instance());
        reader.setToken(Token);
        QSignalSpy read(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, journal->get());
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().first().value<Error>().kind, Error::Kind::None);
        auto before = JournalReader::beforeValues(file);
        QVERIFY(before);
        QCOMPARE(before->size(), 3);
        QCOMPARE(before->at(0).key, QStringLiteral("rv1@example.com"));
        QCOMPARE(before->at(0).properties.value(QStringLiteral("firstname")), QStringLiteral("Old1"));
        QVERIFY(before->at(1).found());
        QVERIFY(!before->at(2).found());

        BatchEngine engine(&nam, SystemClock::instance());
        engine.setToken(Token);
        QVERIFY((*journal)->attach(&engine));
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(work->spec, work->rows));
        QVERIFY(finished.wait(10000));
        QVERIFY((*journal)->flush());
        journal->reset();

        auto plan = RevertPlanner::build(file);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->restores.size(), 2);
        QCOMPARE(plan->archiveIds.size(), 1);

        RevertRunner revert(&nam, SystemClock::instance());
        revert.setToken(Token);
        QSignalSpy reverted(&revert, &RevertRunner::finished);
        const QString revertFile = m_dir.filePath(QStringLiteral("revert.bsjournal"));
        {
            // While the run is being resumed somewhere, it is not reverted, and no revert journal is written.
            const auto resuming = JournalLock::acquire(file);
            QVERIFY(resuming);
            const auto refused = revert.start(*plan, revertFile);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("is already open for writing")),
                qPrintable(refused.error().message));
            QVERIFY(!QFile::exists(revertFile));
        }
        // The embedded sandbox listens on a new port each start: the revert goes to today's.
        plan->spec.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        revert.setSandboxEndpoint(sandbox.baseUrl());
        QVERIFY(revert.start(*plan, revertFile));
        QVERIFY(!RunJournal::open(file)); // the undone run stays put until the revert ends
        QVERIFY(reverted.wait(10000));
        QVERIFY(RunJournal::open(file));
        const RunSummary summary = reverted.first().first().value<RunSummary>();
        QCOMPARE(summary.updated, 3);
        QCOMPARE(summary.failed, 0);

        // The values are back, the created record is archived.
        const auto after = sandbox.post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("email") },
                { QStringLiteral("inputs"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("rv1@example.com") } },
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("rv2@example.com") } },
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("rv3@example.com") } } } },
                { QStringLiteral("properties"),
                    QJsonArray { QStringLiteral("email"), QStringLiteral("firstname") } } });
        QHash<QString, QString> firstnames;
        const QJsonArray results = after.json.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &r : results)
            firstnames.insert(r[u"properties"][u"email"].toString(), r[u"properties"][u"firstname"].toString());
        QCOMPARE(firstnames.size(), 2); // rv3 is archived
        QCOMPARE(firstnames.value(QStringLiteral("rv1@example.com")), QStringLiteral("Old1"));
        QCOMPARE(firstnames.value(QStringLiteral("rv2@example.com")), QString());
        QCOMPARE(sandbox.stats().value(QStringLiteral("recordsArchived")).toInt(), 1);

        // The revert is a journaled run of its own.
        auto revertSummary = JournalReader::summary(revertFile);
        QVERIFY(revertSummary);
        QCOMPARE(revertSummary->kind, RunKind::Revert);
        QCOMPARE(revertSummary->mode, QStringLiteral("revert"));
        QCOMPARE(revertSummary->revertsRunId, plan->runId);
        QCOMPARE(revertSummary->total, 3);
        QCOMPARE(revertSummary->updated, 3);
        QVERIFY(revertSummary->finished);
        // A revert is not reverted.
        QVERIFY(!RevertPlanner::build(revertFile));
    }
};

QTEST_GUILESS_MAIN(TestRevert)
#include "testrevert.moc"
