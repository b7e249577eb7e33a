// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pace against the sandbox over real HTTP/1.1: more than Qt's 6 connections in flight, and a run that stops
// before the daily limit refuses it, then resumes from its journal.
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "clitestcase.h"
#include "core/batch/batchengine.h"
#include "core/batch/rowkey.h"
#include "core/clock.h"
#include "core/io/delimitedtextreader.h"
#include "core/net/pacer.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("clipace-secret-token-7e2f");

} // namespace

class TestCliPace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    int stat(const QString &key) const { return m_sandbox->stats().value(key).toInt(); }

    CliRun send(const QStringList &args)
    {
        return runCli(args, { { QStringLiteral("CLIPACE_TOKEN"), Token } }, 120000);
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

    void testMoreThanSixBatchesInFlightOverHttp11()
    {
        // Each answer takes 500 ms; at 190 requests per 10 s the engine needs about 10 in flight, which one
        // QNetworkAccessManager (6 connections per host over HTTP/1.1) cannot carry.
        QVERIFY(m_sandbox->scenario(
            QJsonObject { { QStringLiteral("latencyMs"), 500 }, { QStringLiteral("rateLimit"), 190 } }));
        QList<Row> rows;
        for (int i = 0; i < 400; ++i) {
            Row r;
            r.key = RowKey::make(quint32(i + 1));
            r.properties.insert(QStringLiteral("email"), QStringLiteral("pace%1@example.com").arg(i + 1));
            rows.append(r);
        }
        BatchSpec spec;
        spec.objectType = QStringLiteral("contacts");
        spec.baseUrl = m_sandbox->baseUrl();
        spec.batchSize = 10; // 40 batches
        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        engine.setToken(Token);
        int inFlight = 0;
        int maxInFlight = 0;
        connect(&engine, &BatchEngine::batchSent, this, [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
        connect(&engine, &BatchEngine::batchAnswered, this, [&] { --inFlight; });
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(spec, rows));
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.created, 400);
        QCOMPARE(stat(QStringLiteral("rateLimited429")), 0);
        QVERIFY2(maxInFlight > 6, qPrintable(QString::number(maxInFlight)));
        QVERIFY(maxInFlight <= Pacer::SafetyCap);
    }

    void testDailyLimitStopsBeforeRefusalAndResumes()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("dailyLimit"), 20 } }));
        QByteArray csv("email,firstname\n");
        for (int i = 1; i <= 500; ++i)
            csv += QStringLiteral("daily%1@example.com,Daily %1\n").arg(i).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), csv));
        const QString journal = path(QStringLiteral("run.bsjournal"));
        const CliRun run = send(
            { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"), QStringLiteral("--mode"),
                QStringLiteral("create"), QStringLiteral("--input"), path(QStringLiteral("rows.csv")),
                QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--token-env"),
                QStringLiteral("CLIPACE_TOKEN"), QStringLiteral("--batch-size"), QStringLiteral("10"),
                QStringLiteral("--journal"), journal, QStringLiteral("--results"), path(QStringLiteral("out.csv")) });
        QCOMPARE(run.exitCode, 1); // rows skipped by a stop
        QVERIFY2(run.err.contains("daily API limit"), run.err.constData());
        QCOMPARE(stat(QStringLiteral("rateLimited429")), 0); // stopped before HubSpot refused anything
        const int created = stat(QStringLiteral("recordsCreated"));
        QVERIFY2(created > 0 && created <= (20 - Pacer::DailyReserve) * 10, qPrintable(QString::number(created)));

        // Rows sent are final; the rest are "not sent" (skipped), to be sent tomorrow.
        auto table = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(table);
        QCOMPARE(table->records.size(), 500);
        int createdRows = 0;
        int skippedRows = 0;
        for (const QStringList &r : std::as_const(table->records)) {
            createdRows += r.value(2) == u"created";
            skippedRows += r.value(2) == u"skipped";
        }
        QCOMPARE(createdRows, created);
        QCOMPARE(skippedRows, 500 - created);

        // Tomorrow: the journal resumes where the run stopped, every row created once.
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("dailyLimit"), 1000 } }));
        const CliRun resumed = send({ QStringLiteral("resume"), journal, QStringLiteral("--token-env"),
            QStringLiteral("CLIPACE_TOKEN"), QStringLiteral("--results"), path(QStringLiteral("out2.csv")) });
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 500);
        QCOMPARE(stat(QStringLiteral("duplicateCreates")), 0);
        QCOMPARE(stat(QStringLiteral("rateLimited429")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPace)
#include "testclipace.moc"
