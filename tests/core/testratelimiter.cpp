// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <random>

#include <QTest>

#include "core/net/ratelimiter.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// Sends as fast as the limiter allows until @p endMs and returns when each request reached the server: it left
/// when the limiter said so and took a random 1 to @p maxLatencyMs in transit.
QList<qint64> drive(
    Test::ManualClock &clock, RateLimiter &limiter, qint64 endMs, int maxLatencyMs = 1, std::mt19937 *random = nullptr)
{
    std::mt19937 ownRandom(1);
    std::uniform_int_distribution<int> latency(1, qMax(1, maxLatencyMs));
    QList<qint64> arrivals;
    for (int guard = 0; clock.nowMs() < endMs && guard < 1000000; ++guard) {
        const qint64 wait = limiter.delayBeforeNextMs();
        if (wait > 0) {
            clock.advance(qMin(wait, endMs - clock.nowMs()));
            continue;
        }
        limiter.recordSend();
        arrivals.append(clock.nowMs() + latency(random ? *random : ownRandom));
        clock.advance(1); // the engine needs a moment between two sends
    }
    std::sort(arrivals.begin(), arrivals.end());
    return arrivals;
}

/// The most arrivals the server saw in any closed window [t - windowMs, t].
int maxInAnyWindow(const QList<qint64> &arrivals, qint64 windowMs)
{
    int most = 0;
    for (qsizetype i = 0, j = 0; i < arrivals.size(); ++i) {
        while (arrivals.at(i) - arrivals.at(j) > windowMs)
            ++j;
        most = qMax(most, static_cast<int>(i - j + 1));
    }
    return most;
}

RateLimitInfo headers(int max, int remaining, int intervalMs)
{
    RateLimitInfo info;
    info.max = max;
    info.remaining = remaining;
    info.intervalMs = intervalMs;
    return info;
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testNeverExceedsLimitInAnyWindow_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<int>("maxLatencyMs"); // up to the margin (2% of the window, at least 100 ms)
        QTest::newRow("free tier, instant") << 100 << 10000 << 1;
        QTest::newRow("free tier, jittery transit") << 100 << 10000 << 200;
        QTest::newRow("professional") << 190 << 10000 << 200;
        QTest::newRow("limit increase") << 250 << 10000 << 150;
        QTest::newRow("secondly") << 10 << 1000 << 100;
        QTest::newRow("one per window") << 1 << 2000 << 100;
    }

    void testNeverExceedsLimitInAnyWindow()
    {
        QFETCH(int, max);
        QFETCH(int, windowMs);
        QFETCH(int, maxLatencyMs);
        Test::ManualClock clock;
        RateLimiter limiter(&clock, max, windowMs);
        const qint64 durationMs = 30LL * windowMs;
        std::mt19937 random(static_cast<unsigned>(max * 31 + maxLatencyMs));
        const QList<qint64> arrivals = drive(clock, limiter, clock.nowMs() + durationMs, maxLatencyMs, &random);
        QCOMPARE(maxInAnyWindow(arrivals, windowMs), max);
        // It also uses the budget: a full max per window plus margin.
        const qint64 expected = durationMs / (windowMs + limiter.marginMs()) * max;
        QVERIFY2(arrivals.size() >= expected, qPrintable(u"%1 of %2"_s.arg(arrivals.size()).arg(expected)));
    }

    void testMargin()
    {
        Test::ManualClock clock;
        QCOMPARE(RateLimiter(&clock, 100, 10000).marginMs(), 200);
        QCOMPARE(RateLimiter(&clock, 10, 1000).marginMs(), 100);
    }

    void testAdaptsToLowerLimitFromHeaders()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        drive(clock, limiter, clock.nowMs() + 25000);
        const qint64 changedAt = clock.nowMs();
        limiter.updateFromHeaders(headers(10, 9, 1000));
        QCOMPARE(limiter.maxPerWindow(), 10);
        QCOMPARE(limiter.windowMs(), 1000);
        const QList<qint64> after = drive(clock, limiter, changedAt + 20000);
        QCOMPARE(maxInAnyWindow(after, 1000), 10);
        QVERIFY2(after.size() >= 180, qPrintable(QString::number(after.size()))); // about 10 per 1.1 s
    }

    void testAdaptsToHigherLimitFromHeaders()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.updateFromHeaders(headers(190, 189, 10000));
        QCOMPARE(limiter.maxPerWindow(), 190);
        const QList<qint64> arrivals = drive(clock, limiter, clock.nowMs() + 100000);
        QCOMPARE(maxInAnyWindow(arrivals, 10000), 190);
        QVERIFY2(arrivals.size() >= 1800, qPrintable(QString::number(arrivals.size())));
    }

    void testMissingHeadersChangeNothing()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.recordSend();
        limiter.updateFromHeaders(RateLimitInfo());
        QCOMPARE(limiter.maxPerWindow(), 100);
        QCOMPARE(limiter.windowMs(), 10000);
        QCOMPARE(limiter.remainingInWindow(), 99);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
    }

    void testRemainingZeroWaitsUntilOurOldestLeavesTheWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.recordSend();
        clock.advance(3000);
        limiter.recordSend();
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
        limiter.updateFromHeaders(headers(100, 0, 10000));
        QCOMPARE(limiter.remainingInWindow(), 0);
        // The first request leaves the window 10 s (+ margin) after it was sent, 3 s ago.
        QCOMPARE(limiter.delayBeforeNextMs(), 10000 + 200 - 3000);
        clock.advance(7200);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
        QCOMPARE(limiter.remainingInWindow(), 1);
    }

    void testRemainingZeroFromOthersWaitsAWholeWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.updateFromHeaders(headers(100, 0, 10000));
        QCOMPARE(limiter.delayBeforeNextMs(), 10200);
    }

    void testOthersUsingTheTokenLowerOurBudget()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        for (int i = 0; i < 10; ++i)
            limiter.recordSend();
        QCOMPARE(limiter.remainingInWindow(), 90);
        limiter.updateFromHeaders(headers(100, 40, 10000)); // someone else sent 50
        QCOMPARE(limiter.remainingInWindow(), 40);
        const QList<qint64> sent = drive(clock, limiter, clock.nowMs() + 10000);
        QCOMPARE(sent.size(), 40);
        // The server saying it has more left than we think does not make us send more.
        limiter.updateFromHeaders(headers(100, 99, 10000));
        QCOMPARE(limiter.remainingInWindow(), 0);
    }

    void testHoldFor()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.holdFor(3000);
        QCOMPARE(limiter.delayBeforeNextMs(), 3000);
        clock.advance(2000);
        QCOMPARE(limiter.delayBeforeNextMs(), 1000);
        limiter.holdFor(500); // a shorter hold does not cut the longer one short
        QCOMPARE(limiter.delayBeforeNextMs(), 1000);
        clock.advance(1000);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
        limiter.holdFor(60000);
        clock.advance(59999);
        QCOMPARE(limiter.delayBeforeNextMs(), 1);
    }

    void testHoldAndWindowTogether()
    {
        // A hold shorter than the wait for a free slot does not let a request through early.
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 2, 1000);
        limiter.recordSend();
        limiter.recordSend();
        limiter.holdFor(300);
        QCOMPARE(limiter.delayBeforeNextMs(), 1100);
    }

    void testRemainingInWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 5, 1000);
        for (int i = 0; i < 3; ++i)
            limiter.recordSend();
        QCOMPARE(limiter.remainingInWindow(), 2);
        clock.advance(1000);
        QCOMPARE(limiter.remainingInWindow(), 2); // still inside window + margin
        clock.advance(100);
        QCOMPARE(limiter.remainingInWindow(), 5);
    }

    void testRemainingIsComparedWithTheCountWhenTheRequestLeft()
    {
        // The server counts what it has left when a request arrives; the answer comes a latency later, when requests
        // that were in the server's window may have left ours. Those are not someone else's.
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 10, 1000); // margin 100 ms
        for (int i = 0; i < 5; ++i)
            limiter.recordSend(); // A, at 0
        clock.advance(500);
        for (int i = 0; i < 5; ++i)
            limiter.recordSend(); // B, at 500
        clock.advance(600);
        const qint64 sentAt = limiter.recordSend(); // C, at 1100: the server's window holds B and C
        clock.advance(600); // the answer comes at 1700, when B has left our window too
        QCOMPARE(limiter.remainingInWindow(), 9);
        limiter.updateFromHeaders(headers(10, 4, 1000), sentAt);
        QCOMPARE(limiter.remainingInWindow(), 9);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
    }

    void testShortfallAtTheRequestsTimeIsSomeoneElses()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 10, 1000);
        for (int i = 0; i < 5; ++i)
            limiter.recordSend();
        clock.advance(500);
        const qint64 sentAt = limiter.recordSend(); // the server saw our 6 and 3 more
        clock.advance(300);
        limiter.updateFromHeaders(headers(10, 1, 1000), sentAt);
        QCOMPARE(limiter.remainingInWindow(), 10 - 6 - 3);
        // The same shortfall in the next answer is not counted twice.
        clock.advance(10);
        limiter.updateFromHeaders(headers(10, 1, 1000), sentAt);
        QCOMPARE(limiter.remainingInWindow(), 1);
        // Counted as spent when we learnt of it (800 ms in): they leave our window one window plus margin later,
        // after ours.
        clock.advance(1100 - 10 - 1);
        QCOMPARE(limiter.remainingInWindow(), 7);
        clock.advance(1);
        QCOMPARE(limiter.remainingInWindow(), 10);
    }

    void testAnswerOlderThanAWindowSaysNothingOfNow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 10, 1000);
        const qint64 sentAt = limiter.recordSend();
        clock.advance(1101);
        limiter.updateFromHeaders(headers(10, 0, 1000), sentAt);
        QCOMPARE(limiter.remainingInWindow(), 10);
        QCOMPARE(limiter.maxPerWindow(), 10);
    }

    void testRequestCountsFromWhenItWasWritten()
    {
        // Request k + max leaves no earlier than request k was written plus the window and margin.
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 3, 1000);
        const qint64 first = limiter.recordSend();
        limiter.recordSend();
        limiter.recordSend();
        clock.advance(150);
        QCOMPARE(limiter.markWritten(first), first + 150);
        QCOMPARE(limiter.delayBeforeNextMs(), 1100 - 150); // the second one, still counted from 0, frees a slot first
        clock.advance(1100 - 150);
        QCOMPARE(limiter.remainingInWindow(), 2);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
        limiter.recordSend();
        limiter.recordSend();
        QCOMPARE(limiter.delayBeforeNextMs(), 150); // the first, written at 150, leaves at 1250
    }

    void testKeepsWhatTheServerSaidOfTheToken()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        QVERIFY(!limiter.knowsLimits());
        QCOMPARE(limiter.dailyRemaining(), -1);
        limiter.updateFromHeaders(RateLimitInfo());
        QVERIFY(!limiter.knowsLimits());

        const qint64 sentAt = limiter.recordSend();
        clock.advance(50);
        limiter.recordSend();
        limiter.recordSend();
        clock.advance(900);
        RateLimitInfo info = headers(190, 187, 10000);
        info.daily = 625000;
        info.dailyRemaining = 1000; // counted when the first request arrived: the two after it are spent too
        limiter.updateFromHeaders(info, sentAt);
        QVERIFY(limiter.knowsLimits());
        QCOMPARE(limiter.maxPerWindow(), 190);
        QCOMPARE(limiter.dailyMax(), 625000);
        QCOMPARE(limiter.dailyRemaining(), 998);
        limiter.recordSend();
        QCOMPARE(limiter.dailyRemaining(), 997);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "testratelimiter.moc"
