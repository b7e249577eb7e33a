// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// batchsmith-cli end to end, second part: exact dry-run bodies, ids that point at the right records, partial
// resends from a results file, SIGINT (once and twice), a journal another process is running, unknown properties
// and input errors with their place.
#include <csignal>
#include <optional>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "clitestcase.h"
#include "core/io/delimitedtextreader.h"
#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "journal/journalreader.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("clirun-secret-token-4c1d2e");

QJsonObject association(const QString &id, const QString &category, int typeId)
{
    const QJsonObject type { { QStringLiteral("associationCategory"), category },
        { QStringLiteral("associationTypeId"), typeId } };
    return QJsonObject { { QStringLiteral("to"), QJsonObject { { QStringLiteral("id"), id } } },
        { QStringLiteral("types"), QJsonArray { type } } };
}

QJsonObject input(const QJsonObject &properties, const QJsonArray &associations, const QString &traceId)
{
    return QJsonObject { { QStringLiteral("properties"), properties }, { QStringLiteral("associations"), associations },
        { QStringLiteral("objectWriteTraceId"), traceId } };
}

QString column(const QStringList &record, int at)
{
    return record.value(at);
}

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList sendArgs(const QString &input, const QString &results = {}) const
    {
        QStringList args { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"), input,
            QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--token-env"),
            QStringLiteral("CLIRUN_TOKEN") };
        if (!results.isEmpty())
            args << QStringLiteral("--results") << results;
        return args;
    }

    CliRun send(const QStringList &args, const std::function<void(QProcess &)> &whileRunning = {})
    {
        return runCli(args, { { QStringLiteral("CLIRUN_TOKEN"), Token } }, 60000, whileRunning);
    }

    int stat(const QString &key) const { return m_sandbox->stats().value(key).toInt(); }

    /// Saves @p profiles with the test's token as the token manager does, in a config folder of the test's own;
    /// the environment that makes the CLI read them, or none when they could not be saved.
    std::optional<QMap<QString, QString>> saveProfiles(const QList<TokenProfile> &profiles) const
    {
        const QString config = path(QStringLiteral("config"));
        Settings settings(config + QStringLiteral("/Batchsmith/Batchsmith.conf"));
        TokenStore store(settings);
        for (const TokenProfile &profile : profiles) {
            if (!store.saveProfile(profile, Token))
                return std::nullopt;
        }
        return QMap<QString, QString> { { QStringLiteral("XDG_CONFIG_HOME"), config } };
    }

    /// The emails of the records with these ids, read back from the sandbox ("" where there is none).
    QStringList emailsOf(const QStringList &ids)
    {
        QJsonArray inputs;
        for (const QString &id : ids)
            inputs.append(QJsonObject { { QStringLiteral("id"), id } });
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("inputs"), inputs },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } });
        QHash<QString, QString> byId;
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &r : results)
            byId.insert(r[QStringLiteral("id")].toString(), r[QStringLiteral("properties")][u"email"].toString());
        QStringList emails;
        for (const QString &id : ids)
            emails.append(byId.value(id));
        return emails;
    }

    /// Starts a slow send of @p rows rows, one batch of 10 in flight, and sends @p sigints SIGINTs once the first
    /// batch reached the sandbox.
    CliRun interruptedSend(int rows, int latencyMs, int sigints, const QString &results)
    {
        m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), latencyMs } });
        QByteArray csv("email,firstname\n");
        for (int i = 1; i <= rows; ++i)
            csv += QStringLiteral("sig%1@example.com,Sig %1\n").arg(i).toUtf8();
        writeFile(path(QStringLiteral("sig.csv")), csv);
        QStringList args = sendArgs(path(QStringLiteral("sig.csv")), results);
        args << QStringLiteral("--batch-size") << QStringLiteral("10") << QStringLiteral("--concurrency")
             << QStringLiteral("1");
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        return send(args, [&](QProcess &process) {
            QVERIFY(handled.wait(10000));
            QByteArray err;
            for (int i = 0; i < sigints; ++i) {
                QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
                // Signals sent back to back may merge into one; wait until this one was seen.
                QSignalSpy said(&process, &QProcess::readyReadStandardError);
                for (int round = 0; i + 1 < sigints && round < 100; ++round) {
                    err += process.readAllStandardError();
                    if (err.contains("stopping") || !said.wait(10000))
                        break;
                }
            }
        });
    }

private Q_SLOTS:

    void init()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void testDryRunBodiesAreExact()
    {
        const QString fixture = testDataDir() + QStringLiteral("/cli-contacts-assoc.csv");
        const CliRun run = runCli({ QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"), fixture,
            QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--batch-size"), QStringLiteral("2"),
            QStringLiteral("--dry-run"), path(QStringLiteral("dry")) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(path(QStringLiteral("dry/requests.txt"))),
            QByteArray("POST https://api.hubapi.com/crm/v3/objects/contacts/batch/create\n"
                       "POST https://api.hubapi.com/crm/v3/objects/contacts/batch/create\n"));
        QCOMPARE(QDir(path(QStringLiteral("dry"))).entryList(QDir::Files),
            (QStringList { QStringLiteral("batch-0001.json"), QStringLiteral("batch-0002.json"),
                QStringLiteral("requests.txt") }));

        const QJsonObject first
            = QJsonDocument::fromJson(readFile(path(QStringLiteral("dry/batch-0001.json")))).object();
        const QJsonObject second
            = QJsonDocument::fromJson(readFile(path(QStringLiteral("dry/batch-0002.json")))).object();
        // Trace ids: one run id, then the row's stable key.
        const QString trace = first[u"inputs"][0][u"objectWriteTraceId"].toString();
        const QRegularExpression pattern(QStringLiteral("^(.+)-r1$"));
        const auto match = pattern.match(trace);
        QVERIFY2(match.hasMatch(), qPrintable(trace));
        const QString runId = match.captured(1);
        const QString hub = QStringLiteral("HUBSPOT_DEFINED");
        const QJsonObject expectedFirst { { QStringLiteral("inputs"),
            QJsonArray { input(QJsonObject { { QStringLiteral("email"), QStringLiteral("dry1@example.com") },
                                   { QStringLiteral("firstname"), QStringLiteral("Dry One") } },
                             QJsonArray { association(QStringLiteral("51234567001"), hub, 279) }, runId + u"-r1"),
                input(QJsonObject { { QStringLiteral("email"), QStringLiteral("dry2@example.com") },
                          { QStringLiteral("firstname"), QStringLiteral("Two, \"Dry\"") } },
                    QJsonArray { association(QStringLiteral("51234567002"), hub, 279),
                        association(QStringLiteral("51234567003"), hub, 279),
                        association(QStringLiteral("51234567004"), QStringLiteral("USER_DEFINED"), 42) },
                    runId + u"-r2") } } };
        QCOMPARE(first, expectedFirst);
        // Empty cells are not sent: the third row has only its email.
        const QJsonObject expectedSecond { { QStringLiteral("inputs"),
            QJsonArray { input(QJsonObject { { QStringLiteral("email"), QStringLiteral("dry3@example.com") } },
                QJsonArray(), runId + u"-r3") } } };
        QCOMPARE(second, expectedSecond);
        QCOMPARE(stat(QStringLiteral("requests")), 0);
    }

    void testCreatedIdsPointAtTheirRows()
    {
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")),
            "email,firstname,assoc:companies:279\nid1@example.com,One,51234567001\nid2@example.com,Two,\n"
            "id3@example.com,Three,51234567002;51234567003\n"));
        const CliRun run = send(sendArgs(path(QStringLiteral("rows.csv")), path(QStringLiteral("out.csv"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("created=3 updated=0 failed=0 unknown=0 skipped=0\n"), run.err.constData());
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(table);
        QCOMPARE(table->header.last(3),
            (QStringList { QStringLiteral("__status"), QStringLiteral("__id"), QStringLiteral("__error") }));
        QCOMPARE(table->header.at(2), QStringLiteral("assoc:companies:279")); // input columns kept, in order
        QStringList ids;
        for (const QStringList &r : std::as_const(table->records)) {
            QCOMPARE(column(r, 3), QStringLiteral("created"));
            QCOMPARE(column(r, 5), QString());
            ids.append(column(r, 4));
        }
        QCOMPARE(table->records.at(2).at(2), QStringLiteral("51234567002;51234567003"));
        QCOMPARE(emailsOf(ids),
            (QStringList { QStringLiteral("id1@example.com"), QStringLiteral("id2@example.com"),
                QStringLiteral("id3@example.com") }));
    }

    void testResultsInputResendsOnlyWhatIsNotDone()
    {
        QVERIFY(writeFile(path(QStringLiteral("prev.csv")),
            "email,firstname,__status,__id,__error\n"
            "done@example.com,Done,created,51239999999,\n"
            "retry@example.com,Retry,failed,,VALIDATION_ERROR: Property values were not valid (property x)\n"
            "later@example.com,Later,skipped,,\n"));
        const CliRun run = send(sendArgs(path(QStringLiteral("prev.csv")), path(QStringLiteral("next.csv"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("created=3 updated=0 failed=0 unknown=0 skipped=0\n"), run.err.constData());
        QCOMPARE(stat(QStringLiteral("requests")), 1);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 2); // retry and later; done was not sent again
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("next.csv")));
        QVERIFY(table);
        QCOMPARE(table->header,
            (QStringList { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("__status"),
                QStringLiteral("__id"), QStringLiteral("__error") }));
        QCOMPARE(table->records.at(0),
            (QStringList { QStringLiteral("done@example.com"), QStringLiteral("Done"), QStringLiteral("created"),
                QStringLiteral("51239999999"), QString() }));
        QCOMPARE(table->records.at(1).at(2), QStringLiteral("created"));
        QCOMPARE(table->records.at(1).at(4), QString()); // the old error is gone with the retry
        QCOMPARE(emailsOf({ table->records.at(1).at(3), table->records.at(2).at(3) }),
            (QStringList { QStringLiteral("retry@example.com"), QStringLiteral("later@example.com") }));

        // Everything done: nothing is sent, the file is unchanged and the summary still counts every row.
        const int requestsBefore = stat(QStringLiteral("requests")); // emailsOf() made one
        const CliRun again = send(sendArgs(path(QStringLiteral("next.csv")), path(QStringLiteral("again.csv"))));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("created=3 updated=0 failed=0 unknown=0 skipped=0\n"), again.err.constData());
        QCOMPARE(stat(QStringLiteral("requests")), requestsBefore);
        QCOMPARE(readFile(path(QStringLiteral("again.csv"))), readFile(path(QStringLiteral("next.csv"))));
    }

    void testSigintStopsAndRecordsBatchesInFlight()
    {
        const CliRun run = interruptedSend(100, 400, 1, path(QStringLiteral("sigint.csv")));
        QCOMPARE(run.exitCode, 4);
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("sigint.csv")));
        QVERIFY(table);
        QCOMPARE(table->records.size(), 100);
        int created = 0, skipped = 0;
        for (const QStringList &r : std::as_const(table->records)) {
            created += r.at(2) == u"created" ? 1 : 0;
            skipped += r.at(2) == u"skipped" ? 1 : 0;
            if (r.at(2) == u"skipped")
                QCOMPARE(r.at(4), QStringLiteral("NOT_SENT: the run was cancelled before this row was sent"));
        }
        QVERIFY2(created >= 10, run.err.constData()); // the batch in flight finished and was recorded
        QCOMPARE(created, stat(QStringLiteral("recordsCreated")));
        QCOMPARE(created + skipped, 100);
        QVERIFY(skipped >= 10);
        QVERIFY2(run.err.contains(QStringLiteral("created=%1 updated=0 failed=0 unknown=0 skipped=%2\n")
                                      .arg(created)
                                      .arg(skipped)
                                      .toUtf8()),
            run.err.constData());
    }

    void testSecondSigintExitsAtOnce()
    {
        // The batch in flight would take 20 s; the second Ctrl-C does not wait for it, and writes nothing.
        const CliRun run = interruptedSend(30, 20000, 2, path(QStringLiteral("twice.csv")));
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!QFile::exists(path(QStringLiteral("twice.csv"))));
        QVERIFY2(run.err.contains("stopped at once"), run.err.constData());
    }

    /// While one process resumes a journal, a second resume (or a send to the same --journal) stops at once, names
    /// the file and that process, exits 2 and sends nothing. Once that process is killed, its lock is no obstacle:
    /// the next resume finishes the run, every row created once.
    void testSecondResumeOfALockedJournalSendsNothing()
    {
        QByteArray csv("email,firstname\n");
        for (int i = 1; i <= 30; ++i)
            csv += QStringLiteral("lock%1@example.com,Lock %1\n").arg(i).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("lock.csv")), csv));
        const QString journal = path(QStringLiteral("lock.bsjournal"));
        QStringList sendToJournal = sendArgs(path(QStringLiteral("lock.csv")));
        sendToJournal << QStringLiteral("--journal") << journal << QStringLiteral("--batch-size")
                      << QStringLiteral("10") << QStringLiteral("--concurrency") << QStringLiteral("1");
        const QStringList resume { QStringLiteral("resume"), journal, QStringLiteral("--token-env"),
            QStringLiteral("CLIRUN_TOKEN") };

        // Answers take 20 s: each process below waits with a request in flight.
        m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 20000 } });
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        const CliRun died = send(sendToJournal, [&](QProcess &process) {
            QVERIFY(handled.wait(10000));
            process.kill(); // the first batch was created, its answer lost
        });
        QCOMPARE(died.exitCode, -1);
        QVERIFY(QFile::exists(journal));

        handled.clear();
        qint64 runningPid = 0;
        CliRun second;
        CliRun sendAgain;
        int requests = -1;
        int created = -1;
        const CliRun running = send(resume, [&](QProcess &process) {
            QVERIFY(handled.wait(10000)); // it holds the journal now
            runningPid = process.processId();
            requests = stat(QStringLiteral("requests"));
            created = stat(QStringLiteral("recordsCreated"));
            second = send(resume);
            sendAgain = send(sendToJournal);
            QCOMPARE(process.state(), QProcess::Running);
            process.kill();
        });
        QCOMPARE(running.exitCode, -1);
        const QByteArray refusal
            = QStringLiteral("batchsmith-cli: the journal %1 is in use: another Batchsmith process "
                             "(PID %2) is running it; wait for it to finish, or stop it, then try "
                             "again\n")
                  .arg(journal)
                  .arg(runningPid)
                  .toUtf8();
        QCOMPARE(second.exitCode, 2);
        QCOMPARE(second.err, refusal); // that line alone
        QCOMPARE(sendAgain.exitCode, 2);
        QCOMPARE(sendAgain.err, refusal);
        QCOMPARE(stat(QStringLiteral("requests")), requests);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), created);

        m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 0 } });
        const CliRun last
            = send(QStringList(resume) << QStringLiteral("--results") << path(QStringLiteral("lock-out.csv")));
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY2(last.err.contains("created=30 updated=0 failed=0 unknown=0 skipped=0\n"), last.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 30);
        QCOMPARE(stat(QStringLiteral("duplicateCreates")), 0);
    }

    /// --read-before reads the values an upsert is about to replace into the journal, batch by batch from the input
    /// file (more rows than one read takes), before writing anything; records the run creates have none.
    void testReadBeforeJournalsTheValuesAnUpsertReplaces()
    {
        QByteArray before("email,firstname\n");
        QByteArray after("email,firstname\n");
        for (int i = 1; i <= 150; ++i) {
            before += QStringLiteral("rb%1@example.com,Before %1\n").arg(i).toUtf8();
            after += QStringLiteral("rb%1@example.com,After %1\n").arg(i).toUtf8();
        }
        after += "rb-new@example.com,New\n";
        QVERIFY(writeFile(path(QStringLiteral("before.csv")), before));
        QVERIFY(writeFile(path(QStringLiteral("after.csv")), after));
        const CliRun created = send(sendArgs(path(QStringLiteral("before.csv"))));
        QVERIFY2(created.exitCode == 0, created.err.constData());

        QStringList args = sendArgs(path(QStringLiteral("after.csv")));
        args[args.indexOf(QStringLiteral("create"))] = QStringLiteral("upsert");
        args << QStringLiteral("--id-property") << QStringLiteral("email") << QStringLiteral("--journal")
             << path(QStringLiteral("upsert.bsjournal")) << QStringLiteral("--read-before");
        const CliRun upserted = send(args);
        QVERIFY2(upserted.exitCode == 0, upserted.err.constData());
        QVERIFY(upserted.err.contains("Reading the current values of 151 records"));

        const auto values = JournalReader::beforeValues(path(QStringLiteral("upsert.bsjournal")));
        QVERIFY2(values, qPrintable(values ? QString() : values.error().message));
        QHash<QString, BeforeValues> byKey;
        for (const BeforeValues &v : *values)
            byKey.insert(v.key, v);
        QCOMPARE(byKey.size(), 151);
        for (const int i : { 1, 100, 101, 150 }) {
            const BeforeValues v = byKey.value(QStringLiteral("rb%1@example.com").arg(i));
            QVERIFY2(v.found(), qPrintable(v.key));
            QCOMPARE(v.properties.value(QStringLiteral("firstname")), QStringLiteral("Before %1").arg(i));
        }
        QVERIFY(byKey.contains(QStringLiteral("rb-new@example.com")));
        QVERIFY(!byKey.value(QStringLiteral("rb-new@example.com")).found());
        QCOMPARE(stat(QStringLiteral("recordsUpdated")), 150);
    }

    /// --journal with a results file given back as input: the journal records every row of the file (the final ones
    /// as final, never sent; the unknown one as sent before, so looked up first), with its cells, and the results
    /// file keeps the earlier outcomes, as when the whole file was read into memory.
    void testJournalOfAResultsFileRecordsEveryRow()
    {
        const QByteArray csv = "email,firstname,__status,__id,__error\n"
                               "jr1@example.com,J1,created,901,\n"
                               "jr2@example.com,J2,failed,,VALIDATION_ERROR: bad\n"
                               "jr3@example.com,J3,unknown,,UNKNOWN: the answer was lost\n"
                               "jr4@example.com,J4,,,\n"
                               "jr5@example.com,\"J5, Jr\",updated,905,\n";
        QVERIFY(writeFile(path(QStringLiteral("jr.csv")), csv));
        const QString journal = path(QStringLiteral("jr.bsjournal"));
        const int created = stat(QStringLiteral("recordsCreated"));
        const CliRun run = send(sendArgs(path(QStringLiteral("jr.csv")), path(QStringLiteral("jr-out.csv")))
            << QStringLiteral("--journal") << journal);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("1 rows are unknown in"), run.err.constData());
        QVERIFY2(run.err.contains("created=4 updated=1 failed=0 unknown=0 skipped=0\n"), run.err.constData());
        QVERIFY2(run.err.contains("2 rows were already done in"), run.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), created + 3); // jr2, jr4, and jr3 once looked up

        auto out = DelimitedTextReader::readFile(path(QStringLiteral("jr-out.csv")));
        QVERIFY(out);
        QCOMPARE(out->header,
            (QStringList { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("__status"),
                QStringLiteral("__id"), QStringLiteral("__error") }));
        QCOMPARE(out->records.size(), 5);
        const QStringList statuses { QStringLiteral("created"), QStringLiteral("created"), QStringLiteral("created"),
            QStringLiteral("created"), QStringLiteral("updated") };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(column(out->records.at(i), 2), statuses.at(i));
        QCOMPARE(column(out->records.at(0), 3), QStringLiteral("901"));
        QCOMPARE(column(out->records.at(4), 3), QStringLiteral("905"));
        QCOMPARE(column(out->records.at(4), 1), QStringLiteral("J5, Jr"));

        auto rows = JournalReader::rows(journal);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const JournalRow &r = rows->at(i);
            QCOMPARE(r.index, i);
            QCOMPARE(r.row.key, QStringLiteral("r%1").arg(i + 1));
            QCOMPARE(r.row.sourceLine, i + 2);
            QCOMPARE(r.cells, out->records.at(i).mid(0, 2));
            QCOMPARE(r.outcome.status, i == 4 ? RowStatus::Updated : RowStatus::Created);
            QCOMPARE(r.outcome.id, column(out->records.at(i), 3));
            QCOMPARE(r.fromPrevious, i == 0 || i == 4);
            QCOMPARE(r.sends > 0, i != 0 && i != 4); // the final rows were never sent
        }
        QCOMPARE(rows->at(4).row.properties.value(QStringLiteral("firstname")), QStringLiteral("J5, Jr"));
        QCOMPARE(rows->at(0).batch, 0);
    }

    /// A journal written by an earlier version keys its rows `row-000001`, …: the resume keeps those keys as they
    /// are, looks up the rows that were sent without a recorded answer, and writes the same results file.
    void testResumeOfAJournalOfAnEarlierVersion()
    {
        QByteArray csv("email,firstname\n");
        for (int i = 1; i <= 12; ++i)
            csv += QStringLiteral("earlier%1@example.com,Earlier %1\n").arg(i).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("earlier.csv")), csv));
        const QString journal = path(QStringLiteral("earlier.bsjournal"));
        QStringList args = sendArgs(path(QStringLiteral("earlier.csv")), path(QStringLiteral("earlier-1.csv")));
        args << QStringLiteral("--journal") << journal << QStringLiteral("--batch-size") << QStringLiteral("4");
        const CliRun sent = send(args);
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 12);

        // As an earlier version would have left it had it died with two batches sent and their answers lost.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            const auto earlier = [](const QString &key) {
                return QStringLiteral("row-%1").arg(QStringView(key).mid(1).toInt(), 6, 10, QLatin1Char('0'));
            };
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'run_id'")) && q.next());
            const QString runId = q.value(0).toString();
            QList<QVariantList> rows;
            QVERIFY(q.exec(QStringLiteral("SELECT idx, row_key FROM rows")));
            while (q.next())
                rows.append({ q.value(0), earlier(q.value(1).toString()) });
            QList<QVariantList> requests;
            QVERIFY(q.exec(QStringLiteral("SELECT id, row_keys FROM requests")));
            while (q.next()) {
                QJsonArray keys;
                for (const QJsonValue &key : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
                    keys.append(earlier(key.toString()));
                requests.append({ q.value(0), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)) });
            }
            q.finish();
            for (const QVariantList &row : std::as_const(rows)) {
                QVERIFY(q.prepare(QStringLiteral("UPDATE rows SET row_key = ?, trace_id = ?, status = CASE WHEN idx "
                                                 "< 4 THEN status ELSE 'pending' END, record_id = CASE WHEN idx < 4 "
                                                 "THEN record_id ELSE '' END WHERE idx = ?")));
                q.addBindValue(row.at(1));
                q.addBindValue(QString(runId + u'-' + row.at(1).toString()));
                q.addBindValue(row.at(0));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            for (const QVariantList &request : std::as_const(requests)) {
                QVERIFY(q.prepare(QStringLiteral("UPDATE requests SET row_keys = ? WHERE id = ?")));
                q.addBindValue(request.at(1));
                q.addBindValue(request.at(0));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM rows WHERE status = 'pending' AND sends = 1")) && q.next());
            QCOMPARE(q.value(0).toInt(), 8);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("earlier"));

        const int requests = stat(QStringLiteral("requests"));
        const CliRun resumed = send({ QStringLiteral("resume"), journal, QStringLiteral("--token-env"),
            QStringLiteral("CLIRUN_TOKEN"), QStringLiteral("--results"), path(QStringLiteral("earlier-2.csv")) });
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("Resuming run")
                && resumed.err.contains(": 8 of 12 rows have no outcome yet; 8 of "
                                        "them may have been sent."),
            resumed.err.constData());
        QVERIFY2(resumed.err.contains("created=12 updated=0 failed=0 unknown=0 skipped=0\n"), resumed.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 12); // found, not created again
        QCOMPARE(stat(QStringLiteral("requests")), requests + 1); // one lookup of the 8, nothing resent
        QCOMPARE(readFile(path(QStringLiteral("earlier-2.csv"))), readFile(path(QStringLiteral("earlier-1.csv"))));
    }

    /// A resume sends where its journal says, whatever address the token profile has, and never with a profile of
    /// another portal.
    void testResumeGoesWhereTheJournalSays()
    {
        TokenProfile first;
        first.id = QStringLiteral("p111");
        first.name = QStringLiteral("Portal 111");
        first.baseUrl = QUrl(QStringLiteral("https://api.hubapi.invalid"));
        first.portalId = QStringLiteral("111");
        TokenProfile second = first;
        second.id = QStringLiteral("p222");
        second.name = QStringLiteral("Portal 222");
        second.baseUrl = m_sandbox->baseUrl();
        second.portalId = QStringLiteral("222");
        const auto saved = saveProfiles({ first, second });
        QVERIFY(saved);
        const QMap<QString, QString> env = *saved;
        QByteArray csv("email\n");
        for (int i = 1; i <= 20; ++i)
            csv += QStringLiteral("where%1@example.com\n").arg(i).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("where.csv")), csv));
        const QString journal = path(QStringLiteral("where.bsjournal"));
        const QStringList sendArgs { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"),
            path(QStringLiteral("where.csv")), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
            QStringLiteral("--token-profile"), QStringLiteral("Portal 111"), QStringLiteral("--journal"), journal,
            QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--concurrency"),
            QStringLiteral("1") };
        m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 20000 } });
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        const CliRun died = runCli(sendArgs, env, 60000, [&](QProcess &process) {
            QVERIFY(handled.wait(10000));
            process.kill(); // the first batch was created, its answer lost
        });
        QCOMPARE(died.exitCode, -1);
        m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 0 } });
        const int requests = stat(QStringLiteral("requests"));

        const QStringList resume { QStringLiteral("resume"), journal, QStringLiteral("--token-profile") };
        const CliRun other = runCli(resume + QStringList { QStringLiteral("Portal 222") }, env);
        QCOMPARE(other.exitCode, 2);
        QCOMPARE(other.err,
            QStringLiteral("batchsmith-cli: %1 is a run on portal 111, but the profile \"Portal 222\" is portal 222; "
                           "resume it with a token of portal 111\n")
                .arg(journal)
                .toUtf8());
        QCOMPARE(stat(QStringLiteral("requests")), requests);

        // The profile's own address is elsewhere: the run still goes on at the sandbox it started on.
        const CliRun same = runCli(resume + QStringList { QStringLiteral("Portal 111") }, env);
        QVERIFY2(same.exitCode == 0, same.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 20);
        QCOMPARE(stat(QStringLiteral("duplicateCreates")), 0);
    }

    void testUnknownPropertyFailsTheRowsExitsOne()
    {
        QVERIFY(writeFile(
            path(QStringLiteral("unknown.csv")), "email,favourite_colour\nu1@example.com,blue\nu2@example.com,\n"));
        const CliRun run = send(sendArgs(path(QStringLiteral("unknown.csv")), path(QStringLiteral("u-out.csv"))));
        QCOMPARE(run.exitCode, 1);
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("u-out.csv")));
        QVERIFY(table);
        QCOMPARE(table->records.at(0).at(2), QStringLiteral("failed"));
        QVERIFY2(table->records.at(0).at(4).contains(QStringLiteral("favourite_colour")),
            qPrintable(table->records.at(0).at(4)));
        QVERIFY(!table->records.at(0).at(4).contains(u'\n'));
        // The empty cell was not sent, so the second row is fine on its own (or failed with its batch).
        QVERIFY(table->records.at(1).at(2) == u"created" || table->records.at(1).at(2) == u"failed");
        QVERIFY2(run.err.contains("failed="), run.err.constData());
    }

    void testInputErrorsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("association id not a number")
            << QByteArray("email,assoc:companies:279\na@example.com,51234567001\nb@example.com,12x\n") << QStringList()
            << QStringLiteral("in.csv:3:2: \"12x\"");
        QTest::newRow("association header") << QByteArray("email,assoc:companies\na@example.com,1\n") << QStringList()
                                            << QStringLiteral("in.csv:1:2: ");
        // Without a BOM such bytes are Windows-1252 (testWindows1252IsReadAndSaid); after one they are an error.
        QTest::newRow("invalid UTF-8 after a BOM") << QByteArray("\xef\xbb\xbf"
                                                                 "email,firstname\na@example.com,Jo\xe3o\n")
                                                   << QStringList() << QStringLiteral("in.csv:2:");
        QTest::newRow("upsert id column missing")
            << QByteArray("firstname\nAna\n")
            << QStringList { QStringLiteral("--mode"), QStringLiteral("upsert"), QStringLiteral("--id-property"),
                   QStringLiteral("external_id") }
            << QStringLiteral("there is no column \"external_id\"");
        QTest::newRow("duplicate upsert ids")
            << QByteArray("email,firstname\na@example.com,A\nb@example.com,B\n A@Example.com,C\n")
            << QStringList { QStringLiteral("--mode"), QStringLiteral("upsert"), QStringLiteral("--id-property"),
                   QStringLiteral("email") }
            << QStringLiteral("in.csv:4: line 2 and line 4 both upsert email");
        QTest::newRow("batch size") << QByteArray("email\na@example.com\n")
                                    << QStringList { QStringLiteral("--batch-size"), QStringLiteral("500") }
                                    << QStringLiteral("--batch-size takes a whole number from 1 to 100");
        QTest::newRow("api version") << QByteArray("email\na@example.com\n")
                                     << QStringList { QStringLiteral("--api"), QStringLiteral("v4") }
                                     << QStringLiteral("--api must be v3 or 2026-03");
        QTest::newRow("token variable empty")
            << QByteArray("email\na@example.com\n")
            << QStringList { QStringLiteral("--token-env"), QStringLiteral("CLIRUN_UNSET_VARIABLE") }
            << QStringLiteral("CLIRUN_UNSET_VARIABLE is empty or not set");
        QTest::newRow("plain http elsewhere")
            << QByteArray("email\na@example.com\n")
            << QStringList { QStringLiteral("--base-url"), QStringLiteral("http://api.example.com") }
            << QStringLiteral("not HTTPS");
    }

    void testInputErrorsNameTheirPlace()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QDir here(m_dir->path());
        QVERIFY(writeFile(here.filePath(QStringLiteral("in.csv")), csv));
        QStringList args = sendArgs(QStringLiteral("in.csv"));
        // Later options replace earlier ones of the same name.
        for (qsizetype i = 0; i + 1 < extra.size(); i += 2) {
            const qsizetype at = args.indexOf(extra.at(i));
            if (at >= 0)
                args.remove(at, 2);
            args << extra.at(i) << extra.at(i + 1);
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIRUN_TOKEN"), Token);
        env.remove(QStringLiteral("CLIRUN_UNSET_VARIABLE"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BATCHSMITH_CLI), args);
        QVERIFY(finished.wait(30000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
        QCOMPARE(stat(QStringLiteral("requests")), 0);
    }

    void testWindows1252IsReadAndSaid()
    {
        // What Excel writes for "CSV" on a Western Windows: not UTF-8, so read as Windows-1252, and said so.
        QVERIFY(writeFile(path(QStringLiteral("latin.csv")), QByteArray("email,firstname\nj@example.com,Jo\xe3o\n")));
        const CliRun run = send(sendArgs(path(QStringLiteral("latin.csv")), path(QStringLiteral("latin-out.csv"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("latin.csv is not UTF-8; read it as Windows-1252."), run.err.constData());
        const QByteArray results = readFile(path(QStringLiteral("latin-out.csv")));
        QVERIFY2(results.contains("j@example.com,Jo\xc3\xa3o,created,"), results.constData());
    }

    void testTokenProfileGivesTokenAndAddress()
    {
        TokenProfile profile;
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("Local sandbox");
        profile.baseUrl = m_sandbox->baseUrl();
        profile.apiVersion = ApiVersion::V3;
        const auto env = saveProfiles({ profile });
        QVERIFY(env);
        QVERIFY(writeFile(path(QStringLiteral("p.csv")), "email\nprofile1@example.com\n"));
        const QStringList args { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"),
            path(QStringLiteral("p.csv")), QStringLiteral("--results"), path(QStringLiteral("p-out.csv")),
            QStringLiteral("--token-profile") };
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        const CliRun run = runCli(args + QStringList { QStringLiteral("Local sandbox") }, *env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 1);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(1).toString(), QStringLiteral("/crm/v3/objects/contacts/batch/create"));
        QVERIFY(!run.err.contains(Token.toUtf8()));

        const CliRun unknown = runCli(args + QStringList { QStringLiteral("Nope") }, *env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("No token profile named \"Nope\" (known profiles: Local sandbox)"),
            unknown.err.constData());
        QCOMPARE(stat(QStringLiteral("requests")), 1);
    }

    void testTokenIsInNoOutput()
    {
        QVERIFY(writeFile(path(QStringLiteral("t.csv")), "email,shoe_size\nt1@example.com,41\nt2@example.com,big\n"));
        QStringList args = sendArgs(path(QStringLiteral("t.csv")), path(QStringLiteral("t-out.csv")));
        args << QStringLiteral("--verbose");
        const CliRun run = send(args);
        QCOMPARE(run.exitCode, 1);
        const QByteArray secret = Token.toUtf8();
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
        QVERIFY(!run.err.isEmpty());
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("t-out.csv")));
        for (const QString &file : files)
            QVERIFY2(!readFile(path(file)).contains(secret), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "testclirun.moc"
