// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The batchsmith-sandbox executable as scripts use it: its listening line, its flags, its exit codes, Ctrl-C.
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/sandboxfixture.h"

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(BATCHSMITH_SANDBOX); }

    /// Starts the executable and returns the URL of its listening line, or an empty URL.
    static QUrl start(QProcess &process, const QStringList &arguments)
    {
        process.start(program(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!QTest::qWaitFor([&process] { return process.canReadLine(); }, 10000))
            return {};
        static const QRegularExpression line(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]+)\n$"));
        const auto match = line.match(QString::fromUtf8(process.readLine()));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    static int finish(QProcess &process)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning && !finished.wait(10000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private Q_SLOTS:

    void testListensOnAFreeLoopbackPortAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        QProcess process;
        const QUrl url = start(process,
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--accept-token"),
                QStringLiteral("exe-token"), QStringLiteral("--rate-limit"), QStringLiteral("5"),
                QStringLiteral("--data"), dir.filePath(QStringLiteral("p.sqlite")) });
        QVERIFY(url.isValid());
        QVERIFY(url.port() > 0);

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(url.toString() + QStringLiteral("/account-info/v3/details")));
        request.setRawHeader("Authorization", "Bearer exe-token");
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("X-HubSpot-RateLimit-Max"), QByteArray("5")); // --rate-limit took effect
        delete reply;

        process.terminate(); // SIGTERM, as Ctrl-C
        QCOMPARE(finish(process), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("p.sqlite"))));
    }

    void testHelpAndVersion()
    {
        QProcess process;
        process.start(program(), { QStringLiteral("--help") });
        QCOMPARE(finish(process), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *flag : { "--port", "--accept-token", "--rate-limit", "--daily-limit", "--latency-ms",
                 "--jitter-ms", "--search-rate-limit", "--search-delay-ms", "--fault-rate", "--seed",
                 "--allow-duplicates", "--data", "--scenario" })
            QVERIFY2(help.contains(flag), flag);
        process.start(program(), { QStringLiteral("--version") });
        QCOMPARE(finish(process), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("batchsmith-sandbox "));
    }

    void testLatencyAndSearchFlagsSetTheScenario()
    {
        QProcess process;
        const QUrl url = start(process,
            { QStringLiteral("--accept-token"), QStringLiteral("exe-token"), QStringLiteral("--latency-ms"),
                QStringLiteral("30"), QStringLiteral("--jitter-ms"), QStringLiteral("20"),
                QStringLiteral("--search-rate-limit"), QStringLiteral("5"), QStringLiteral("--search-delay-ms"),
                QStringLiteral("1500") });
        QVERIFY(url.isValid());
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(url.toString() + QStringLiteral("/__sandbox/scenario")));
        request.setRawHeader("Authorization", "Bearer exe-token");
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject scenario = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QCOMPARE(scenario.value(QStringLiteral("latencyMs")).toInt(), 30);
        QCOMPARE(scenario.value(QStringLiteral("jitterMs")).toInt(), 20);
        QCOMPARE(scenario.value(QStringLiteral("searchRatePerSecond")).toInt(), 5);
        QCOMPARE(scenario.value(QStringLiteral("searchIndexDelayMs")).toInt(), 1500);
        process.terminate();
        QCOMPARE(finish(process), 0);
    }

    void testBadUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate") } << QByteArray("frobnicate");
        QTest::newRow("bad port") << QStringList { QStringLiteral("--port"), QStringLiteral("99999") }
                                  << QByteArray("--port");
        QTest::newRow("negative jitter") << QStringList { QStringLiteral("--jitter-ms"), QStringLiteral("-1") }
                                         << QByteArray("--jitter-ms");
        QTest::newRow("zero search rate") << QStringList { QStringLiteral("--search-rate-limit"), QStringLiteral("0") }
                                          << QByteArray("--search-rate-limit");
        QTest::newRow("bad fault rate") << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("2") }
                                        << QByteArray("--fault-rate");
        QTest::newRow("missing scenario file")
            << QStringList { QStringLiteral("--scenario"), QStringLiteral("/nonexistent/s.json") }
            << QByteArray("/nonexistent/s.json");
    }

    void testBadUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess process;
        process.start(program(), arguments);
        QCOMPARE(finish(process), 2);
        QVERIFY2(process.readAllStandardError().contains(message), message.constData());
    }

    void testScenarioFileIsApplied()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("scenario.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rateLimit": 7, "latencyMs": 0, "bogusKey": 1})");
        file.close();
        QProcess process;
        process.start(program(), { QStringLiteral("--scenario"), file.fileName() });
        QCOMPARE(finish(process), 2);
        QVERIFY(process.readAllStandardError().contains("bogusKey")); // names the bad key
    }

    void testDataRefusesAForeignSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm-export.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("export"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE deals (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO deals VALUES ('Big one')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("export"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QProcess process;
        process.start(program(), { QStringLiteral("--data"), path });
        QCOMPARE(finish(process), 1);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains("not a sandbox database") && error.contains(path.toUtf8()), error.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty()); // never listened
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "testsandboxexecutable.moc"
