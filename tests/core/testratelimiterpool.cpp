// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/net/ratelimiter.h"
#include "core/net/ratelimiterpool.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

class TestRateLimiterPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    /// One limiter per token: whoever asks for a token's limiter gets the same one, and so sees what the others
    /// sent with that token; another token has a budget of its own.
    void testOneLimiterPerToken()
    {
        Test::ManualClock clock;
        RateLimiterPool pool(&clock);
        RateLimiter *engine = pool.limiterFor(u"token-a"_s, 2, 1000);
        RateLimiter *reader = pool.limiterFor(u"token-a"_s);
        QCOMPARE(reader, engine);
        engine->recordSend();
        engine->recordSend();
        QVERIFY(reader->delayBeforeNextMs() > 0);

        RateLimiter *other = pool.limiterFor(u"token-b"_s, 2, 1000);
        QVERIFY(other != engine);
        QCOMPARE(other->delayBeforeNextMs(), qint64(0));
    }

    /// The limits given with the first request are kept; later ones do not reset what the limiter learnt.
    void testFirstLimitsAreKept()
    {
        Test::ManualClock clock;
        RateLimiterPool pool(&clock);
        RateLimiter *first = pool.limiterFor(u"token"_s, 50, 5000);
        QCOMPARE(first->maxPerWindow(), 50);
        QCOMPARE(first->windowMs(), 5000);
        RateLimiter *again = pool.limiterFor(u"token"_s, 100, 10000);
        QCOMPARE(again, first);
        QCOMPARE(again->maxPerWindow(), 50);
        QCOMPARE(again->windowMs(), 5000);
    }
};

QTEST_APPLESS_MAIN(TestRateLimiterPool)
#include "testratelimiterpool.moc"
