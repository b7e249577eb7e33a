// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RevertRunner over a fake HubSpot on a manual clock: it retries as the engine's RetryPolicy says (delays,
// Retry-After, the reverted run's attempt limit), stops on what stops a run, and waits for the token's rate
// limiter, which the engine shares. (testrevert.cpp runs a whole revert against the sandbox.)
#include <QTemporaryDir>
#include <QTest>

#include "core/net/retrypolicy.h"
#include "fakehubspot.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "journal/revertrunner.h"
#include "journal/runjournal.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

/// Two records to restore and one to archive: two requests when all goes well.
RevertPlan plan(int maxAttempts = 5)
{
    RevertPlan p;
    p.runId = u"reverted0run"_s;
    p.spec.objectType = u"contacts"_s;
    p.spec.mode = WriteMode::Upsert;
    p.spec.idProperty = u"email"_s;
    p.spec.maxAttempts = maxAttempts;
    p.restores = { { u"11"_s, { { u"firstname"_s, u"Ann"_s } }, u"row-000001"_s },
        { u"12"_s, { { u"firstname"_s, QString() } }, u"row-000002"_s } };
    p.archiveIds = { u"13"_s };
    return p;
}

} // namespace

class TestRevertRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_journals = 0;

    QString newJournalPath() { return m_dir.filePath(u"revert-%1.bsjournal"_s.arg(++m_journals)); }

private Q_SLOTS:

    void testRetriesAsThePolicySays_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("holdsTheToken"); // the whole token waits, not only this request
        QTest::newRow("500") << 500 << QByteArray() << QString() << false;
        QTest::newRow("504 with Retry-After") << 504 << QByteArray("9") << QString() << false;
        QTest::newRow("connection reset") << 0 << QByteArray() << QString() << false;
        QTest::newRow("429 ten-secondly") << 429 << QByteArray() << u"TEN_SECONDLY_ROLLING"_s << true;
        QTest::newRow("429 with Retry-After") << 429 << QByteArray("25") << u"TEN_SECONDLY_ROLLING"_s << true;
        QTest::newRow("477 migrating") << 477 << QByteArray("90") << QString() << true;
    }

    /// The first request (the restores) is answered with a failure: it is sent again exactly when the policy
    /// says, journaled as attempt 2, and the revert ends with every operation done.
    void testRetriesAsThePolicySays()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, policy);
        QFETCH(bool, holdsTheToken);
        FakeHubSpot hub;
        hub.answer([&hub, status, retryAfter, policy](const RecordedRequest &r, QObject *parent) {
            return hub.requestCount() == 1 ? FakeHubSpot::failure(r, status, policy, retryAfter, parent)
                                           : FakeHubSpot::success(r, parent);
        });
        RateLimiter limiter(&hub.clock);
        RevertRunner revert(&hub.nam, &hub.clock);
        revert.setToken(u"revert-token"_s);
        revert.setRateLimiter(&limiter);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        const QString path = newJournalPath();
        QVERIFY(revert.start(plan(), path));
        QTRY_COMPARE(hub.answered(), 1);

        // What the engine's policy decides for this answer, seeded by the revert's own run id.
        AttemptInfo info;
        info.httpStatus = status;
        info.networkFailure = status == 0;
        info.rateLimitPolicy = policy;
        info.retryAfterSeconds = retryAfter.isEmpty() ? -1 : retryAfter.toInt();
        info.idempotent = true;
        const RetryDecision expected = RetryPolicy::forRun(5, revert.journal()->runId()).decide(info);
        QCOMPARE(expected.action, RetryDecision::Action::Retry);
        QVERIFY(expected.delayMs > 0);
        if (!retryAfter.isEmpty())
            QVERIFY(expected.delayMs >= retryAfter.toInt() * 1000);
        QCOMPARE(limiter.delayBeforeNextMs(), holdsTheToken ? expected.delayMs : 0);

        hub.clock.advance(expected.delayMs - 1);
        QCoreApplication::processEvents();
        QCOMPARE(hub.requestCount(), 1);
        hub.clock.advance(1);
        QCOMPARE(hub.requestCount(), 2);
        QCOMPARE(hub.nam.requests().at(1).body, hub.nam.requests().at(0).body);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.updated, 3);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.requests, 3); // the restores twice, the archive once
        QCOMPARE(summary.retries, 1);
        QCOMPARE(summary.rateLimited, status == 429 ? 1 : 0);
        QCOMPARE(hub.requestsTo(u"/batch/update"_s).size(), 2);
        QCOMPARE(hub.requestsTo(u"/batch/archive"_s).size(), 1);
        const auto journaled = JournalReader::summary(path);
        QVERIFY(journaled);
        QCOMPARE(journaled->updated, 3);
        QVERIFY(journaled->finished);
    }

    /// Transient failures count against the reverted run's maxAttempts; the operations then fail, and the revert
    /// goes on with the next request.
    void testGivesUpAfterTheRunsAttempts()
    {
        FakeHubSpot hub;
        hub.answer([](const RecordedRequest &r, QObject *parent) {
            return r.url.path().endsWith(u"/batch/update"_s) ? FakeHubSpot::failure(r, 503, {}, {}, parent)
                                                             : FakeHubSpot::success(r, parent);
        });
        RevertRunner revert(&hub.nam, &hub.clock);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(plan(2), newJournalPath()));
        for (int answers = 1; finished.isEmpty() && answers <= 10; ++answers) {
            QTRY_COMPARE(hub.answered(), answers);
            hub.clock.advance(30000); // the longest backoff
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(hub.requestsTo(u"/batch/update"_s).size(), 2);
        QCOMPARE(hub.requestsTo(u"/batch/archive"_s).size(), 1);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.updated, 1);
        QVERIFY(!summary.fatal);
    }

    void testStopsWhereARunStops_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("kind"); // Error::Kind
        QTest::newRow("401") << 401 << QString() << int(Error::Kind::Authentication);
        QTest::newRow("403") << 403 << QString() << int(Error::Kind::Permission);
        QTest::newRow("429 daily") << 429 << u"DAILY"_s << int(Error::Kind::RateLimited);
    }

    /// What stops the engine's run stops the revert: its operations in that request fail, the rest are not sent.
    void testStopsWhereARunStops()
    {
        QFETCH(int, status);
        QFETCH(QString, policy);
        QFETCH(int, kind);
        FakeHubSpot hub;
        hub.answer([status, policy](const RecordedRequest &r, QObject *parent) {
            return FakeHubSpot::failure(r, status, policy, {}, parent);
        });
        RevertRunner revert(&hub.nam, &hub.clock);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(plan(), newJournalPath()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(hub.requestCount(), 1);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.fatal);
        QCOMPARE(int(summary.fatal->kind), kind);
        QCOMPARE(summary.fatal->httpStatus, status);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.skipped, 1); // the archive
    }

    /// An engine has used the token's window: the revert's first request waits for the same limiter, and each of
    /// its requests counts in it.
    void testWaitsForTheLimiterTheEngineUsed()
    {
        FakeHubSpot hub;
        RateLimiter limiter(&hub.clock, 2, 1000);
        QVERIFY(hub.runEngine(limiter, 2));
        const qint64 wait = limiter.delayBeforeNextMs();
        QVERIFY(wait > 0);

        RevertRunner revert(&hub.nam, &hub.clock);
        revert.setRateLimiter(&limiter);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(plan(), newJournalPath()));
        QCoreApplication::processEvents();
        QVERIFY(hub.requestsTo(u"/batch/update"_s).isEmpty());
        hub.clock.advance(wait - 1);
        QCOMPARE(limiter.delayBeforeNextMs(), qint64(1));
        QVERIFY(hub.requestsTo(u"/batch/update"_s).isEmpty()); // nothing left while the limiter said wait
        hub.clock.advance(1);
        QCOMPARE(hub.requestsTo(u"/batch/update"_s).size(), 1);
        QTRY_COMPARE(hub.requestsTo(u"/batch/archive"_s).size(), 1); // two a window: the second goes at once
        QCOMPARE(limiter.remainingInWindow(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<RunSummary>().updated, 3);
    }
};

QTEST_GUILESS_MAIN(TestRevertRunner)
#include "testrevertrunner.moc"
