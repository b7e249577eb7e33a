// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "clitestcase.h"
#include "core/io/delimitedtextreader.h"
#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("cli-test-token-7f3a9c");

QByteArray contactsCsv(int n, int from = 1)
{
    QByteArray csv("email,firstname,lifecyclestage\n");
    for (int i = from; i < from + n; ++i)
        csv += QStringLiteral("cli%1@example.com,Person %1,lead\n").arg(i).toUtf8();
    return csv;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList sendArgs(const QString &input, const QString &mode = QStringLiteral("create")) const
    {
        QStringList args { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), mode, QStringLiteral("--input"), input, QStringLiteral("--base-url"),
            m_sandbox->baseUrl().toString(), QStringLiteral("--token-env"), QStringLiteral("BS_TOKEN") };
        if (mode == u"upsert")
            args << QStringLiteral("--id-property") << QStringLiteral("email");
        return args;
    }

    CliRun send(const QStringList &args, const std::function<void(QProcess &)> &whileRunning = {})
    {
        return runCli(args, { { QStringLiteral("BS_TOKEN"), Token } }, 60000, whileRunning);
    }

    int statsValue(const QString &key) const { return m_sandbox->stats().value(key).toInt(); }

private Q_SLOTS:

    void init()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        QVERIFY(m_dir.isValid());
    }

    void testVersionAndHelp()
    {
        const CliRun version = runCli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("batchsmith-cli "));
        const CliRun help = runCli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--token-profile NAME"));
    }

    void testDryRunWritesTheExactRequests()
    {
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(150)));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args.removeLast();
        args.removeLast(); // no token needed
        args << QStringLiteral("--dry-run") << path(QStringLiteral("dry"));
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QByteArray requests = readFile(path(QStringLiteral("dry/requests.txt")));
        const QByteArray expectedLine
            = "POST " + m_sandbox->baseUrl().toString().toUtf8() + "/crm/objects/2026-03/contacts/batch/create\n";
        QCOMPARE(requests, expectedLine + expectedLine);
        const QJsonArray first = QJsonDocument::fromJson(readFile(path(QStringLiteral("dry/batch-0001.json"))))
                                     .object()[QStringLiteral("inputs")]
                                     .toArray();
        const QJsonArray second = QJsonDocument::fromJson(readFile(path(QStringLiteral("dry/batch-0002.json"))))
                                      .object()[QStringLiteral("inputs")]
                                      .toArray();
        QCOMPARE(first.size(), 100);
        QCOMPARE(second.size(), 50);
        QCOMPARE(first.at(0)[QStringLiteral("properties")][QStringLiteral("email")].toString(),
            QStringLiteral("cli1@example.com"));
        QVERIFY(first.at(0).toObject().contains(QStringLiteral("objectWriteTraceId")));
        QCOMPARE(first.at(0)[QStringLiteral("associations")].toArray().size(), 0);
        QCOMPARE(statsValue(QStringLiteral("requests")), 0); // nothing was sent
    }

    void testCreateThenResultsFileRoundTrip()
    {
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(250)));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args << QStringLiteral("--results") << path(QStringLiteral("out.csv")) << QStringLiteral("--batch-size")
             << QStringLiteral("50");
        const CliRun run = send(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("created=250 updated=0 failed=0 unknown=0 skipped=0"));
        QCOMPARE(statsValue(QStringLiteral("recordsCreated")), 250);
        QCOMPARE(statsValue(QStringLiteral("requests")), 5);

        auto table = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(table);
        QCOMPARE(table->header,
            (QStringList { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lifecyclestage"),
                QStringLiteral("__status"), QStringLiteral("__id"), QStringLiteral("__error") }));
        QCOMPARE(table->records.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QCOMPARE(table->records.at(i).at(0), QStringLiteral("cli%1@example.com").arg(i + 1)); // input order
            QCOMPARE(table->records.at(i).at(3), QStringLiteral("created"));
            QVERIFY(!table->records.at(i).at(4).isEmpty());
        }

        // Given back as input, nothing is sent again.
        QStringList again = sendArgs(path(QStringLiteral("out.csv")));
        again << QStringLiteral("--results") << path(QStringLiteral("out2.csv"));
        const CliRun second = send(again);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(statsValue(QStringLiteral("requests")), 5);
        QCOMPARE(readFile(path(QStringLiteral("out2.csv"))), readFile(path(QStringLiteral("out.csv"))));
    }

    void testUpsertCreatesAndUpdates()
    {
        QVERIFY(writeFile(path(QStringLiteral("up.csv")),
            "email,firstname\nana.silva@example.com,Ana Updated\nbrand.new@example.com,Brand\n"));
        QStringList args = sendArgs(path(QStringLiteral("up.csv")), QStringLiteral("upsert"));
        args << QStringLiteral("--results") << path(QStringLiteral("up-out.csv"));
        const CliRun run = send(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("up-out.csv")));
        QVERIFY(table);
        QCOMPARE(table->records.at(0).at(2), QStringLiteral("updated"));
        QCOMPARE(table->records.at(1).at(2), QStringLiteral("created"));
        QCOMPARE(statsValue(QStringLiteral("recordsUpdated")), 1);
    }

    void testSomeRowsFailExitsOne()
    {
        QVERIFY(writeFile(path(QStringLiteral("mixed.csv")),
            "email,firstname,shoe_size\nok1@example.com,Ok,42\nbad@example.com,Bad,forty-two\nana.silva@example.com,"
            "Dup,\n"));
        QStringList args = sendArgs(path(QStringLiteral("mixed.csv")));
        args << QStringLiteral("--results") << path(QStringLiteral("mixed-out.csv"));
        const CliRun run = send(args);
        QCOMPARE(run.exitCode, 1);
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("mixed-out.csv")));
        QVERIFY(table);
        QCOMPARE(table->records.at(0).at(3), QStringLiteral("created"));
        QCOMPARE(table->records.at(1).at(3), QStringLiteral("failed"));
        QVERIFY(table->records.at(1).at(5).contains(QStringLiteral("INVALID_INTEGER")));
        QVERIFY(table->records.at(1).at(5).contains(QStringLiteral("shoe_size")));
        QCOMPARE(table->records.at(2).at(3), QStringLiteral("failed"));
        QVERIFY(table->records.at(2).at(5).contains(QStringLiteral("CONFLICT")));
        QCOMPARE(m_sandbox->stats()[QStringLiteral("duplicateCreates")].toInt(), 0);
    }

    void testBadInputExitsTwoAndSendsNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("ragged row") << QByteArray("email,firstname\na@example.com,A\nb@example.com\n") << QStringList()
                                    << QByteArray("bad.csv:3:14: this line has 1 fields but the header has 2");
        QTest::newRow("unterminated quote") << QByteArray("email,firstname\n\"a@example.com,A\n") << QStringList()
                                            << QByteArray("bad.csv:2:1: a quoted field starts here and never ends");
        QTest::newRow("duplicate upsert ids")
            << QByteArray("email\na@example.com\nA@example.com \n") << QStringList { QStringLiteral("upsert") }
            << QByteArray("line 2 and line 3 both upsert email");
    }

    void testBadInputExitsTwoAndSendsNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        QVERIFY(writeFile(path(QStringLiteral("bad.csv")), csv));
        const CliRun run = send(sendArgs(path(QStringLiteral("bad.csv")), extra.value(0, QStringLiteral("create"))));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(statsValue(QStringLiteral("requests")), 0);
    }

    void testUsageErrorsExitTwo()
    {
        QCOMPARE(
            runCli({ QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts") }).exitCode, 2);
        const CliRun noToken = runCli({ QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"), QStringLiteral("x.csv") });
        QCOMPARE(noToken.exitCode, 2);
        QVERIFY(noToken.err.contains("--token-env"));
        const CliRun feedback = runCli({ QStringLiteral("send"), QStringLiteral("--object"),
            QStringLiteral("feedback_submissions"), QStringLiteral("--mode"), QStringLiteral("create"),
            QStringLiteral("--input"), QStringLiteral("x.csv"), QStringLiteral("--token-env"), QStringLiteral("X") });
        QCOMPARE(feedback.exitCode, 2);
        QVERIFY(feedback.err.contains("no batch create"));
    }

    void testAuthRefusedExitsThree_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown token") << QStringLiteral("not-a-token");
        QTest::newRow("expired token") << QStringLiteral("demo-expired");
        QTest::newRow("missing scope") << QStringLiteral("demo-read-only");
    }

    void testAuthRefusedExitsThree()
    {
        QFETCH(QString, token);
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(3)));
        const CliRun run
            = runCli(sendArgs(path(QStringLiteral("rows.csv"))), { { QStringLiteral("BS_TOKEN"), token } });
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(statsValue(QStringLiteral("recordsCreated")), 0);
    }

    void testInterruptExitsFourAndRecordsInFlight()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 300 } }));
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(200)));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args << QStringLiteral("--batch-size") << QStringLiteral("10") << QStringLiteral("--concurrency")
             << QStringLiteral("1") << QStringLiteral("--results") << path(QStringLiteral("cancel.csv"));
        QSignalSpy handled(&m_sandbox->server(), &Sandbox::SandboxServer::requestHandled);
        const CliRun run = send(args, [&](QProcess &process) {
            QVERIFY(handled.wait(10000));
            process.terminate(); // SIGTERM, as Ctrl-C
        });
        QCOMPARE(run.exitCode, 4);
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("cancel.csv")));
        QVERIFY(table);
        int created = 0, skipped = 0;
        for (const QStringList &r : table->records) {
            created += r.at(3) == u"created";
            skipped += r.at(3) == u"skipped";
        }
        QVERIFY(created >= 10); // the batch in flight finished and was recorded
        QCOMPARE(created, statsValue(QStringLiteral("recordsCreated")));
        QCOMPARE(created + skipped, 200);
        QVERIFY(skipped > 0);
    }

    void testLostCreateAnswersNeverDuplicateRecords()
    {
        // Creates with an existing email would succeed (a second record), so any blind resend would show.
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("allowDuplicates"), true },
            { QStringLiteral("queuedFaults"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop-after-commit") },
                                 { QStringLiteral("pathContains"), QStringLiteral("/batch/create") } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncated") },
                        { QStringLiteral("pathContains"), QStringLiteral("/batch/create") } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                        { QStringLiteral("status"), 503 },
                        { QStringLiteral("pathContains"), QStringLiteral("/batch/create") } } } } }));
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(300)));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args << QStringLiteral("--results") << path(QStringLiteral("once.csv"));
        const CliRun run = send(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(statsValue(QStringLiteral("recordsCreated")), 300);
        QCOMPARE(statsValue(QStringLiteral("duplicateCreates")), 0);
        QVERIFY(statsValue(QStringLiteral("faultsInjected")) >= 2);
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("once.csv")));
        QVERIFY(table);
        QSet<QString> ids;
        for (const QStringList &r : table->records) {
            QCOMPARE(r.at(3), QStringLiteral("created"));
            ids.insert(r.at(4));
        }
        QCOMPARE(ids.size(), 300); // every row has its own record id
    }

    void testTokenProfileFromTheAppsTokenManager()
    {
        // The CLI reads the profiles the app saved: the same settings file, which Settings names itself.
        const QString config = QDir::tempPath() + QStringLiteral("/batchsmith-cli-test-config");
        QDir(config).removeRecursively();
        {
            Settings settings(config + QStringLiteral("/Batchsmith/Batchsmith.conf"));
            TokenStore store(settings);
            TokenProfile profile;
            profile.name = QStringLiteral("Staging");
            profile.baseUrl = m_sandbox->baseUrl();
            QVERIFY(store.saveProfile(profile, Token));
        }
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(3)));
        const CliRun run = runCli({ QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"),
            path(QStringLiteral("rows.csv")), QStringLiteral("--token-profile"), QStringLiteral("staging") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(statsValue(QStringLiteral("recordsCreated")), 3); // sent to the profile's base URL, with its token

        const CliRun unknown = runCli({ QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"),
            path(QStringLiteral("rows.csv")), QStringLiteral("--token-profile"), QStringLiteral("Prod") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("Staging"), unknown.err.constData()); // says which profiles exist
        QDir(config).removeRecursively();
    }

    void testMovesTheAppsFilesOutOfTheDoubledDataFolder()
    {
        // Earlier versions kept them in <data>/Batchsmith/Batchsmith; the CLI moves them as the app does.
        const QString data = path(QStringLiteral("data"));
        const QString journal = QStringLiteral("/runs/run-20260301-120000-aaaaaaaaaaaa.sqlite");
        QVERIFY(QDir().mkpath(data + QStringLiteral("/Batchsmith/Batchsmith/runs")));
        QVERIFY(writeFile(data + QStringLiteral("/Batchsmith/Batchsmith") + journal, "journal"));
        QVERIFY(writeFile(data + QStringLiteral("/Batchsmith/Batchsmith/sandbox.sqlite"), "portal"));
        QVERIFY(writeFile(data + QStringLiteral("/Batchsmith/sandbox.sqlite"), "newer portal"));
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(2)));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args.removeLast();
        args.removeLast(); // no token needed
        args << QStringLiteral("--dry-run") << path(QStringLiteral("dry"));

        const CliRun run = runCli(args, { { QStringLiteral("XDG_DATA_HOME"), data } });

        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(data + QStringLiteral("/Batchsmith") + journal), QByteArray("journal"));
        QVERIFY(!QFile::exists(data + QStringLiteral("/Batchsmith/Batchsmith") + journal));
        QCOMPARE(readFile(data + QStringLiteral("/Batchsmith/sandbox.sqlite")), QByteArray("newer portal")); // kept
        QCOMPARE(readFile(data + QStringLiteral("/Batchsmith/Batchsmith/sandbox.sqlite")), QByteArray("portal"));
        QVERIFY2(!run.err.contains("data folder"), run.err.constData()); // the log stays quiet without --verbose
    }

    void testTokenNeverAppears()
    {
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), contactsCsv(2) + "bad,x,lead\n"));
        QStringList args = sendArgs(path(QStringLiteral("rows.csv")));
        args << QStringLiteral("--results") << path(QStringLiteral("tok.csv")) << QStringLiteral("--verbose");
        const CliRun run = send(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains(Token.toUtf8()));
        QVERIFY(!run.err.contains(Token.toUtf8()));
        QVERIFY(!readFile(path(QStringLiteral("tok.csv"))).contains(Token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
