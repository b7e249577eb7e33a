// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/net/retrypolicy.h"

using namespace Batchsmith;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(Batchsmith::RetryDecision::Action)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testDecide_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("beforeSend");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<Action>("action");
        QTest::addColumn<qint64>("minDelay");
        QTest::addColumn<bool>("pauseAll");

        auto row = [](const char *name, int status, const QString &policy, int retryAfter, bool idempotent,
                       bool timedOut, bool network, bool beforeSend, bool unreadable, int attempt, Action action,
                       qint64 minDelay, bool pauseAll) {
            QTest::newRow(name) << status << policy << retryAfter << idempotent << timedOut << network << beforeSend
                                << unreadable << attempt << action << minDelay << pauseAll;
        };
        const QString none;
        row("201 create", 201, none, -1, false, false, false, false, false, 1, Action::Accept, 0, false);
        row("200 upsert", 200, none, -1, true, false, false, false, false, 1, Action::Accept, 0, false);
        row("207 mixed", 207, none, -1, false, false, false, false, false, 1, Action::Accept, 0, false);
        row("201 truncated create", 201, none, -1, false, false, false, false, true, 1, Action::SettleUnknown, 0,
            false);
        row("200 truncated upsert", 200, none, -1, true, false, false, false, true, 1, Action::Retry, 250, false);
        row("400", 400, none, -1, false, false, false, false, false, 1, Action::Refused, 0, false);
        row("409", 409, none, -1, false, false, false, false, false, 1, Action::Refused, 0, false);
        row("413", 413, none, -1, true, false, false, false, false, 1, Action::Refused, 0, false);
        row("401", 401, none, -1, true, false, false, false, false, 1, Action::StopRun, 0, false);
        row("403", 403, none, -1, true, false, false, false, false, 1, Action::StopRun, 0, false);
        row("404", 404, none, -1, true, false, false, false, false, 1, Action::Fail, 0, false);
        row("414", 414, none, -1, true, false, false, false, false, 1, Action::Fail, 0, false);
        row("302 never followed", 302, none, -1, true, false, false, false, false, 1, Action::Fail, 0, false);
        row("429 ten-secondly", 429, QStringLiteral("TEN_SECONDLY_ROLLING"), -1, false, false, false, false, false, 1,
            Action::Retry, 10000, true);
        row("429 retry-after larger", 429, QStringLiteral("TEN_SECONDLY_ROLLING"), 30, false, false, false, false,
            false, 1, Action::Retry, 30000, true);
        row("429 secondly", 429, QStringLiteral("SECONDLY"), -1, false, false, false, false, false, 1, Action::Retry,
            1000, true);
        row("429 unknown policy", 429, none, -1, false, false, false, false, false, 1, Action::Retry, 10000, true);
        row("429 daily", 429, QStringLiteral("DAILY"), -1, false, false, false, false, false, 1, Action::StopRun, 0,
            false);
        row("423 locked", 423, none, -1, false, false, false, false, false, 1, Action::Retry, 2000, true);
        row("477 retry-after", 477, none, 120, false, false, false, false, false, 1, Action::Retry, 120000, true);
        row("500 upsert", 500, none, -1, true, false, false, false, false, 1, Action::Retry, 250, false);
        row("502 upsert last attempt", 502, none, -1, true, false, false, false, false, 5, Action::Fail, 0, false);
        row("503 create", 503, none, -1, false, false, false, false, false, 1, Action::SettleUnknown, 0, false);
        row("504 create", 504, none, -1, false, false, false, false, false, 1, Action::SettleUnknown, 0, false);
        row("524 upsert", 524, none, -1, true, false, false, false, false, 2, Action::Retry, 500, false);
        row("timeout create", 0, none, -1, false, true, false, false, false, 1, Action::SettleUnknown, 0, false);
        row("timeout upsert", 0, none, -1, true, true, false, false, false, 1, Action::Retry, 250, false);
        row("reset create", 0, none, -1, false, false, true, false, false, 1, Action::SettleUnknown, 0, false);
        row("refused create", 0, none, -1, false, false, true, true, false, 1, Action::Retry, 250, false);
        row("522 ssl", 522, none, -1, true, false, false, false, false, 1, Action::Fail, 0, false);
    }

    void testDecide()
    {
        QFETCH(int, status);
        QFETCH(QString, policy);
        QFETCH(int, retryAfter);
        QFETCH(bool, idempotent);
        QFETCH(bool, timedOut);
        QFETCH(bool, network);
        QFETCH(bool, beforeSend);
        QFETCH(bool, unreadable);
        QFETCH(int, attempt);
        QFETCH(Action, action);
        QFETCH(qint64, minDelay);
        QFETCH(bool, pauseAll);

        AttemptInfo info;
        info.httpStatus = status;
        info.rateLimitPolicy = policy;
        info.retryAfterSeconds = retryAfter;
        info.idempotent = idempotent;
        info.timedOut = timedOut;
        info.networkFailure = network;
        info.failedBeforeSend = beforeSend;
        info.unreadableBody = unreadable;
        info.attempt = attempt;

        const RetryDecision d = RetryPolicy(5, 500, 30000, 7).decide(info);
        QCOMPARE(int(d.action), int(action));
        QCOMPARE(d.pauseAll, pauseAll);
        if (action == Action::Retry) {
            QVERIFY2(d.delayMs >= minDelay, qPrintable(QString::number(d.delayMs)));
            QVERIFY(d.delayMs <= qMax<qint64>(minDelay, 30000));
        }
        QVERIFY(!d.reason.isEmpty());
    }

    void testBackoffGrowsAndIsBounded()
    {
        RetryPolicy policy(10, 500, 8000, 1);
        AttemptInfo info;
        info.httpStatus = 503;
        info.idempotent = true;
        qint64 previousCeiling = 0;
        for (int attempt = 1; attempt < 10; ++attempt) {
            info.attempt = attempt;
            const qint64 delay = policy.decide(info).delayMs;
            const qint64 ceiling = qMin<qint64>(8000, 500LL << (attempt - 1));
            QVERIFY(delay >= ceiling / 2 && delay <= ceiling);
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"
