// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>

#include "core/net/retrypolicy.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(Batchsmith::RetryDecision::Action)

namespace {

/// Builds an attempt from a status and a few words: "idempotent", "timeout", "network", "refused" (a network
/// failure before sending), "unreadable".
AttemptInfo attempt(int status, const QString &flags = {}, int number = 1)
{
    const QStringList words = flags.split(u' ', Qt::SkipEmptyParts);
    AttemptInfo info;
    info.httpStatus = status;
    info.idempotent = words.contains(u"idempotent"_s);
    info.timedOut = words.contains(u"timeout"_s);
    info.networkFailure = words.contains(u"network"_s) || words.contains(u"refused"_s);
    info.failedBeforeSend = words.contains(u"refused"_s);
    info.unreadableBody = words.contains(u"unreadable"_s);
    info.bodyTooLarge = words.contains(u"toolarge"_s);
    if (info.bodyTooLarge)
        info.networkFailure = true;
    info.attempt = number;
    return info;
}

const char *actionName(Action a)
{
    switch (a) {
    case Action::Accept:
        return "Accept";
    case Action::Retry:
        return "Retry";
    case Action::StopRun:
        return "StopRun";
    case Action::Refused:
        return "Refused";
    case Action::SettleUnknown:
        return "SettleUnknown";
    case Action::Fail:
        return "Fail";
    }
    return "?";
}

} // namespace

namespace QTest {
template <> char *toString(const Action &a)
{
    return qstrdup(actionName(a));
}
} // namespace QTest

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testDecide_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("policy"); // 429 body policyName
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<Action>("action");
        QTest::addColumn<qint64>("minDelay"); // for Retry; the policy has base 500 ms, ceiling 30 s
        QTest::addColumn<qint64>("maxDelay");
        QTest::addColumn<bool>("pauseAll");

        auto row = [](const char *name, int status, const char *flags, Action action, qint64 minDelay = 0,
                       qint64 maxDelay = 0, bool pauseAll = false, int attempt = 1, const char *policy = "",
                       int retryAfter = -1) {
            QTest::newRow(name) << status << QString::fromLatin1(flags) << QString::fromLatin1(policy) << retryAfter
                                << attempt << action << minDelay << maxDelay << pauseAll;
        };
        // Success, however the body is shaped, unless it cannot be read.
        row("201 create", 201, "", Action::Accept);
        row("200 upsert", 200, "idempotent", Action::Accept);
        row("207 create", 207, "", Action::Accept);
        row("204 other 2xx", 204, "idempotent", Action::Accept);
        row("204 archive, no body to read", 204, "idempotent unreadable", Action::Accept);
        row("201 unreadable create", 201, "unreadable", Action::SettleUnknown);
        row("200 unreadable upsert", 200, "idempotent unreadable", Action::Retry, 250, 500);
        // Rate limits and locks: the whole queue waits, however many attempts the batch has had.
        row("429 ten-secondly", 429, "", Action::Retry, 10000, 10000, true, 1, "TEN_SECONDLY_ROLLING");
        row("429 retry-after larger", 429, "", Action::Retry, 30000, 30000, true, 1, "TEN_SECONDLY_ROLLING", 30);
        row("429 retry-after smaller", 429, "", Action::Retry, 10000, 10000, true, 1, "TEN_SECONDLY_ROLLING", 3);
        row("429 secondly", 429, "", Action::Retry, 1000, 1000, true, 1, "SECONDLY");
        row("429 secondly retry-after", 429, "", Action::Retry, 4000, 4000, true, 1, "SECONDLY", 4);
        row("429 unknown policy", 429, "", Action::Retry, 10000, 10000, true);
        row("429 past maxAttempts", 429, "idempotent", Action::Retry, 10000, 10000, true, 12, "TEN_SECONDLY_ROLLING");
        row("429 cap reached", 429, "", Action::Fail, 0, 0, false, 21, "TEN_SECONDLY_ROLLING");
        row("429 daily", 429, "", Action::StopRun, 0, 0, false, 1, "DAILY");
        row("423 locked", 423, "", Action::Retry, 2000, 2000, true);
        row("423 retry-after larger", 423, "", Action::Retry, 5000, 5000, true, 1, "", 5);
        row("423 past maxAttempts", 423, "", Action::Retry, 2000, 2000, true, 9);
        row("477 retry-after", 477, "", Action::Retry, 120000, 120000, true, 1, "", 120);
        row("477 no retry-after", 477, "", Action::Retry, 60000, 60000, true);
        row("477 cap reached", 477, "", Action::Fail, 0, 0, false, 21);
        // Transient server trouble: upserts back off, creates are looked up before anything is resent.
        row("500 upsert", 500, "idempotent", Action::Retry, 250, 500);
        row("502 upsert", 502, "idempotent", Action::Retry, 250, 500);
        row("503 upsert retry-after", 503, "idempotent", Action::Retry, 7000, 7000, false, 1, "", 7);
        row("504 upsert attempt 3", 504, "idempotent", Action::Retry, 250, 2000, false, 3);
        row("521 upsert", 521, "idempotent", Action::Retry, 250, 500);
        row("523 upsert", 523, "idempotent", Action::Retry, 250, 500);
        row("524 upsert attempt 2", 524, "idempotent", Action::Retry, 250, 1000, false, 2);
        row("502 upsert last attempt", 502, "idempotent", Action::Fail, 0, 0, false, 5);
        row("500 create", 500, "", Action::SettleUnknown);
        row("503 create", 503, "", Action::SettleUnknown);
        row("524 create", 524, "", Action::SettleUnknown);
        row("timeout create", 0, "timeout", Action::SettleUnknown);
        row("timeout upsert", 0, "idempotent timeout", Action::Retry, 250, 500);
        row("timeout upsert last attempt", 0, "idempotent timeout", Action::Fail, 0, 0, false, 5);
        row("reset create", 0, "network", Action::SettleUnknown);
        row("reset upsert", 0, "idempotent network", Action::Retry, 250, 500);
        row("refused create", 0, "refused", Action::Retry, 250, 500);
        row("refused create last attempt", 0, "refused", Action::Fail, 0, 0, false, 5);
        // A Retry-After past the cap (one hour) is not waited for: the batch fails and says why.
        row("429 retry-after at the cap", 429, "", Action::Retry, 3600000, 3600000, true, 1, "TEN_SECONDLY_ROLLING",
            3600);
        row("429 retry-after past the cap", 429, "", Action::Fail, 0, 0, false, 1, "TEN_SECONDLY_ROLLING", 3601);
        row("423 retry-after of a day", 423, "", Action::Fail, 0, 0, false, 1, "", 86400);
        row("503 upsert retry-after past the cap", 503, "idempotent", Action::Fail, 0, 0, false, 1, "", 7200);
        row("503 create retry-after past the cap", 503, "", Action::SettleUnknown, 0, 0, false, 1, "", 7200);
        // An answer too large to read: a create may have happened (looked up), anything else is not sent again.
        row("too large create", 0, "toolarge", Action::SettleUnknown);
        row("too large upsert", 0, "idempotent toolarge", Action::Fail);
        // Never retried.
        row("501", 501, "idempotent", Action::Fail);
        row("522", 522, "idempotent", Action::Fail);
        row("525", 525, "idempotent", Action::Fail);
        row("526", 526, "", Action::Fail);
        row("400", 400, "", Action::Refused);
        row("409", 409, "", Action::Refused);
        row("413", 413, "idempotent", Action::Refused);
        row("401", 401, "idempotent", Action::StopRun);
        row("403", 403, "", Action::StopRun);
        row("404", 404, "idempotent", Action::Fail);
        row("405", 405, "idempotent", Action::Fail);
        row("414", 414, "idempotent", Action::Fail);
        row("301", 301, "idempotent", Action::Fail);
        row("302", 302, "", Action::Fail);
        row("307", 307, "idempotent", Action::Fail);
    }

    void testDecide()
    {
        QFETCH(int, status);
        QFETCH(QString, flags);
        QFETCH(QString, policy);
        QFETCH(int, retryAfter);
        QFETCH(int, attempt);
        QFETCH(Action, action);
        QFETCH(qint64, minDelay);
        QFETCH(qint64, maxDelay);
        QFETCH(bool, pauseAll);

        AttemptInfo info = ::attempt(status, flags, attempt);
        info.rateLimitPolicy = policy;
        info.retryAfterSeconds = retryAfter;

        const RetryDecision d = RetryPolicy(5, 500, 30000, 7).decide(info);
        QCOMPARE(d.action, action);
        QCOMPARE(d.pauseAll, pauseAll);
        if (action == Action::Retry) {
            QVERIFY2(d.delayMs >= minDelay && d.delayMs <= maxDelay, qPrintable(QString::number(d.delayMs)));
        }
        QVERIFY(!d.reason.isEmpty());
    }

    void testRetryAfterPastTheCapSaysWhy()
    {
        AttemptInfo info = ::attempt(429, QString(), 1);
        info.retryAfterSeconds = 999999;
        const RetryDecision d = RetryPolicy(5, 500, 30000, 7).decide(info);
        QCOMPARE(d.action, Action::Fail);
        QVERIFY2(d.reason.contains(u"999999 s"_s) && d.reason.contains(u"Retry-After"_s), qPrintable(d.reason));
    }

    void testBackoffGrowsAndIsBounded()
    {
        // Over many seeds, every delay lies in [base / 2, ceiling] and the largest one seen grows with the ceiling.
        qint64 previousLargest = 0;
        for (int number = 1; number < 10; ++number) {
            const qint64 ceiling = qMin<qint64>(8000, 500LL << (number - 1));
            qint64 largest = 0;
            for (quint64 seed = 0; seed < 200; ++seed) {
                const qint64 delay
                    = RetryPolicy(10, 500, 8000, seed).decide(attempt(503, u"idempotent"_s, number)).delayMs;
                QVERIFY2(delay >= 250 && delay <= ceiling, qPrintable(QString::number(delay)));
                largest = qMax(largest, delay);
            }
            QVERIFY2(largest >= ceiling * 9 / 10, qPrintable(QString::number(largest)));
            QVERIFY(largest >= previousLargest);
            previousLargest = largest;
        }
    }

    void testJitterIsSeededAndSpreadsBatches()
    {
        // Eight batches failing together at their first attempt must not all come back at the same moment, and
        // the same seed must give the same delays.
        RetryPolicy a(5, 500, 30000, 42);
        RetryPolicy b(5, 500, 30000, 42);
        RetryPolicy c(5, 500, 30000, 43);
        QList<qint64> fromA, fromB, fromC;
        for (int i = 0; i < 8; ++i) {
            fromA.append(a.decide(attempt(502, u"idempotent"_s)).delayMs);
            fromB.append(b.decide(attempt(502, u"idempotent"_s)).delayMs);
            fromC.append(c.decide(attempt(502, u"idempotent"_s)).delayMs);
        }
        QCOMPARE(fromA, fromB);
        QVERIFY(fromA != fromC);
        QVERIFY2(QSet<qint64>(fromA.cbegin(), fromA.cend()).size() >= 6, "delays should differ between batches");
    }

    void testMaxAttemptsBoundsTransientRetries()
    {
        const RetryPolicy policy(3, 100, 1000, 1);
        QCOMPARE(policy.maxAttempts(), 3);
        QCOMPARE(policy.decide(attempt(503, u"idempotent"_s, 1)).action, Action::Retry);
        QCOMPARE(policy.decide(attempt(503, u"idempotent"_s, 2)).action, Action::Retry);
        QCOMPARE(policy.decide(attempt(503, u"idempotent"_s, 3)).action, Action::Fail);
        // Rate limits are waited out regardless of maxAttempts, up to their own cap.
        AttemptInfo limited = attempt(429, {}, RetryPolicy::MaxRateLimitRetries);
        limited.rateLimitPolicy = u"TEN_SECONDLY_ROLLING"_s;
        QCOMPARE(policy.decide(limited).action, Action::Retry);
        limited.attempt = RetryPolicy::MaxRateLimitRetries + 1;
        QCOMPARE(policy.decide(limited).action, Action::Fail);
    }

    void testRateLimitWaitFollowsTheWindow()
    {
        // After the limiter learned a 1 s window from the headers, a 429 waits 1 s, not the default 10 s.
        AttemptInfo info = attempt(429);
        info.rateLimitPolicy = u"TEN_SECONDLY_ROLLING"_s;
        info.windowMs = 1000;
        QCOMPARE(RetryPolicy().decide(info).delayMs, 1000);
        info.windowMs = 20000;
        QCOMPARE(RetryPolicy().decide(info).delayMs, 20000);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"
