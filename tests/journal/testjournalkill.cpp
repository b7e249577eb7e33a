// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exactly-once promise of the run journal, end to end: batchsmith-cli creates 10,000 contacts against the
// in-process sandbox (duplicates allowed, so a double create would show), is killed with SIGKILL at 20 seeded
// random moments and resumed each time; in the end every contact exists exactly once and the results file lists
// every row, in input order, created. Set BATCHSMITH_KILL_SEED to replay a seed.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/delimitedtextreader.h"
#include "journal/journalreader.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("kill-test-secret-token-51c0ffee");
constexpr int Rows = 10000;
constexpr int Kills = 20;

QString email(int i)
{
    return QStringLiteral("kill%1@example.com").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestJournalKill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// When to kill a CLI process: @p afterMs after it started, or after its first request reached the sandbox.
    struct KillPlan
    {
        bool fromFirstRequest = true;
        int afterMs = -1; // -1: never
    };

    /// Starts the CLI and kills it with SIGKILL as @p plan says, unless it ended first. Returns the exit code, or
    /// -1 when it was killed; @p sendingAfterMs gets when its first request reached the sandbox (-1: none).
    int runCli(const QStringList &args, KillPlan plan, QByteArray *err, qint64 *sendingAfterMs = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KILL_TEST_TOKEN"), Token);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data"))); // never the user's own folder
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        QElapsedTimer since;
        since.start();
        process.start(QStringLiteral(BATCHSMITH_CLI), args);
        if (!process.waitForStarted(10000))
            return -2;
        // The sandbox lives in this thread: wait by spinning the event loop, never by blocking.
        auto waitFor = [&](QSignalSpy &spy, int ms) { return !spy.isEmpty() || spy.wait(ms); };
        bool ended = false;
        if (plan.afterMs < 0) {
            ended = waitFor(finished, 120000);
        } else if (plan.fromFirstRequest) {
            // Wait for the first request of this process (or its end), then for the kill moment. A process that
            // has sent nothing after 30 s gets the same moment, from then.
            [[maybe_unused]] const bool begun
                = QTest::qWaitFor([&] { return !finished.isEmpty() || !handled.isEmpty(); }, 30000);
            ended = !finished.isEmpty() || waitFor(finished, plan.afterMs);
        } else {
            ended = waitFor(finished, plan.afterMs);
        }
        if (sendingAfterMs)
            *sendingAfterMs = handled.isEmpty() ? -1 : since.elapsed();
        if (!ended) {
            process.kill(); // SIGKILL: no handler, no flush, no goodbye
            if (finished.isEmpty())
                finished.wait(10000);
            *err = process.readAllStandardError();
            return -1;
        }
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QStringList sendArgs(const QString &csv, const QString &journal) const
    {
        return { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"), csv,
            QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--token-env"),
            QStringLiteral("KILL_TEST_TOKEN"), QStringLiteral("--journal"), journal };
        // No --concurrency: the default pace, with as many batches in flight as the limit allows, must keep every
        // row exactly once across kills too.
    }

    QStringList resumeArgs(const QString &journal, const QString &results = {}) const
    {
        QStringList args { QStringLiteral("resume"), journal, QStringLiteral("--token-env"),
            QStringLiteral("KILL_TEST_TOKEN") };
        if (!results.isEmpty())
            args << QStringLiteral("--results") << results;
        return args;
    }

    /// The record id of each email in the sandbox (batch read by email, 100 at a time).
    QHash<QString, QString> idsByEmail(const QStringList &emails)
    {
        QHash<QString, QString> ids;
        for (qsizetype at = 0; at < emails.size(); at += 100) {
            QJsonArray inputs;
            for (const QString &e : emails.mid(at, 100))
                inputs.append(QJsonObject { { QStringLiteral("id"), e } });
            const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
                QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("email") },
                    { QStringLiteral("inputs"), inputs },
                    { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } });
            const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
            for (const QJsonValue &r : results)
                ids.insert(r[u"properties"][u"email"].toString(), r[u"id"].toString());
        }
        return ids;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        options.scenario.allowDuplicates = true; // a second create of an email would make a second record
        // At the default pace up to 32 batches are in flight: answers slow enough that the run lasts about as long as
        // the kills are planned over, as a real portal's would.
        options.scenario.latencyMs = 320;
        options.scenario.jitterMs = 100;
        options.scenario.rateLimit = 1000000;
        options.scenario.dailyLimit = 10000000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
    }

    void testSigkillAndResumeCreatesEveryRowOnce()
    {
        QElapsedTimer clock;
        clock.start();
        const quint32 seed = qEnvironmentVariableIsSet("BATCHSMITH_KILL_SEED")
            ? quint32(qEnvironmentVariableIntValue("BATCHSMITH_KILL_SEED"))
            : 20261129u;
        qInfo("SIGKILL test seed: %u (replay with BATCHSMITH_KILL_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);

        QByteArray csv("email,firstname,lastname\n");
        QStringList emails;
        for (int i = 1; i <= Rows; ++i) {
            emails.append(email(i));
            csv += QStringLiteral("%1,Kill,Row %2\n").arg(email(i)).arg(i).toUtf8();
        }
        QFile file(path(QStringLiteral("contacts.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const int contactsBefore = m_sandbox->stats()[u"objects"][u"contacts"].toInt();

        const QString journal = path(QStringLiteral("run.bsjournal"));
        int killed = 0;
        int settled = 0; // rows that a resume found sent by a killed process without a recorded answer
        for (int round = 0; round < Kills; ++round) {
            // Most kills land while batches are in flight: a random time after this process's first request.
            // One in four lands at a random time after the start instead, in reading, planning, journal creation.
            KillPlan plan;
            plan.fromFirstRequest = random.bounded(4) != 0;
            plan.afterMs = plan.fromFirstRequest ? int(random.bounded(0, 300)) : int(random.bounded(0, 1200));
            const bool started = QFile::exists(journal); // no journal yet: the first send never got that far
            QByteArray err;
            qint64 sendingAfterMs = -1;
            const int code
                = runCli(started ? resumeArgs(journal) : sendArgs(path(QStringLiteral("contacts.csv")), journal), plan,
                    &err, &sendingAfterMs);
            if (code == -1)
                ++killed;
            // "Resuming run …: N of M rows have no outcome yet; K of them may have been sent."
            static const QRegularExpression maybeSent(QStringLiteral("; (\\d+) of them may have been sent"));
            if (const auto match = maybeSent.match(QString::fromUtf8(err)); match.hasMatch())
                settled += match.captured(1).toInt();
            auto summary = JournalReader::summary(journal);
            qInfo("%s",
                qPrintable(QStringLiteral(
                    "round %1: %2, kill planned %3 -> %4; first request at %7 ms; journal: %5 of %6 rows pending")
                               .arg(round + 1)
                               .arg(started ? QStringLiteral("resume") : QStringLiteral("send"))
                               .arg(QStringLiteral("%1 ms %2")
                                        .arg(plan.afterMs)
                                        .arg(plan.fromFirstRequest ? QStringLiteral("after its first request")
                                                                   : QStringLiteral("after its start")))
                               .arg(code == -1 ? QStringLiteral("killed") : QString::number(code))
                               .arg(summary ? summary->pending : -1)
                               .arg(summary ? summary->total : -1)
                               .arg(sendingAfterMs)));
            QVERIFY2(code == -1 || code == 0, err.constData());
        }
        QVERIFY2(killed >= Kills / 2, "most kills should land while the CLI runs");
        // Some kills must have caught a batch in flight, or the lookup-before-resend path was not exercised.
        QVERIFY(settled > 0);

        QByteArray err;
        const QString results = path(QStringLiteral("results.csv"));
        const int code = runCli(QFile::exists(journal) ? resumeArgs(journal, results)
                                                       : sendArgs(path(QStringLiteral("contacts.csv")), journal),
            KillPlan(), &err);
        QVERIFY2(code == 0, err.constData());
        if (!QFile::exists(results)) // the last round was a first send: export the run's results instead
            QVERIFY(JournalReader::exportResults(journal, results));
        QVERIFY2(err.contains("created=10000 updated=0 failed=0 unknown=0 skipped=0"), err.constData());

        // The sandbox: every email once, nothing created twice.
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats.value(QStringLiteral("duplicateCreates")).toInt(), 0);
        QCOMPARE(stats[u"objects"][u"contacts"].toInt(), contactsBefore + Rows);
        const QHash<QString, QString> ids = idsByEmail(emails);
        QCOMPARE(ids.size(), Rows);

        // The results file: every row, in input order, created, with the id the sandbox has for its email.
        QFile out(results);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("email,firstname,lastname,__status,__id,__error"));
        QCOMPARE(lines.size(), Rows + 2); // header, rows, and the empty piece after the last newline
        for (int i = 1; i <= Rows; ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.size(), 6);
            QCOMPARE(QString::fromUtf8(cells.at(0)), email(i));
            QCOMPARE(cells.at(3), QByteArray("created"));
            QCOMPARE(QString::fromUtf8(cells.at(4)), ids.value(email(i)));
        }
        QFile bytes(journal);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(!bytes.readAll().contains(Token.toUtf8()));
        qInfo("%d of %d kills hit a running CLI; resumes settled %d rows sent without a recorded answer; whole "
              "test %lld ms",
            killed, Kills, settled, clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestJournalKill)
#include "testjournalkill.moc"
