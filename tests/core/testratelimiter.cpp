// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/net/ratelimiter.h"
#include "support/manualclock.h"

using namespace Batchsmith;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    /// Sends as fast as the limiter allows for @p durationMs and returns the send times.
    static QList<qint64> drive(Test::ManualClock &clock, RateLimiter &limiter, qint64 durationMs)
    {
        QList<qint64> sent;
        const qint64 end = clock.nowMs() + durationMs;
        while (clock.nowMs() < end) {
            const qint64 wait = limiter.delayBeforeNextMs();
            if (wait > 0) {
                clock.advance(wait);
                continue;
            }
            limiter.recordSend();
            sent.append(clock.nowMs());
            clock.advance(1); // a request takes a little time to leave
        }
        return sent;
    }

    static int maxInAnyWindow(const QList<qint64> &sent, qint64 windowMs)
    {
        int best = 0;
        for (qsizetype i = 0, j = 0; i < sent.size(); ++i) {
            while (sent.at(i) - sent.at(j) >= windowMs)
                ++j;
            best = qMax(best, static_cast<int>(i - j + 1));
        }
        return best;
    }

private Q_SLOTS:

    void testNeverExceedsLimitInAnyWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        const QList<qint64> sent = drive(clock, limiter, 120000);
        QCOMPARE(maxInAnyWindow(sent, 10000), 100);
        // It also uses the budget: at least 11 full windows' worth in 120 s.
        QVERIFY2(sent.size() >= 1100, qPrintable(QString::number(sent.size())));
    }

    void testAdaptsToHeaders()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        RateLimitInfo info;
        info.max = 10;
        info.intervalMs = 1000;
        limiter.updateFromHeaders(info);
        QCOMPARE(limiter.maxPerWindow(), 10);
        QCOMPARE(limiter.windowMs(), 1000);
        const QList<qint64> sent = drive(clock, limiter, 5000);
        QCOMPARE(maxInAnyWindow(sent, 1000), 10);
    }

    void testRemainingZeroWaitsForTheWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.recordSend();
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
        RateLimitInfo info;
        info.remaining = 0;
        limiter.updateFromHeaders(info);
        QVERIFY(limiter.delayBeforeNextMs() >= 10000);
    }

    void testHoldFor()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 100, 10000);
        limiter.holdFor(3000);
        QCOMPARE(limiter.delayBeforeNextMs(), 3000);
        clock.advance(2000);
        QCOMPARE(limiter.delayBeforeNextMs(), 1000);
        clock.advance(1000);
        QCOMPARE(limiter.delayBeforeNextMs(), 0);
    }

    void testRemainingInWindow()
    {
        Test::ManualClock clock;
        RateLimiter limiter(&clock, 5, 1000);
        for (int i = 0; i < 3; ++i)
            limiter.recordSend();
        QCOMPARE(limiter.remainingInWindow(), 2);
        clock.advance(2000);
        QCOMPARE(limiter.remainingInWindow(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "testratelimiter.moc"
