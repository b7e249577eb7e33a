// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/retrypolicy.h"

#include <random>

namespace Batchsmith {

namespace {

using Action = RetryDecision::Action;

RetryDecision make(Action action, QString reason, qint64 delayMs = 0, bool pauseAll = false)
{
    RetryDecision d;
    d.action = action;
    d.reason = std::move(reason);
    d.delayMs = delayMs;
    d.pauseAll = pauseAll;
    return d;
}

bool isTransientServerStatus(int status)
{
    return (status >= 500 && status <= 504) || status == 521 || status == 523 || status == 524;
}

} // namespace

RetryPolicy::RetryPolicy(int maxAttempts, qint64 baseBackoffMs, qint64 maxBackoffMs, quint64 seed)
    : m_maxAttempts(qMax(1, maxAttempts))
    , m_baseBackoffMs(qMax<qint64>(1, baseBackoffMs))
    , m_maxBackoffMs(qMax(baseBackoffMs, maxBackoffMs))
    , m_seed(seed)
{
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    // Exponential backoff with "equal jitter": half fixed, half random, so retries of many batches spread out
    // but never come back at once.
    const qint64 ceiling = qMin(m_maxBackoffMs, m_baseBackoffMs << qMin(attempt - 1, 16));
    std::mt19937_64 random(m_seed ^ (static_cast<quint64>(attempt) * 0x9E3779B97F4A7C15ULL));
    std::uniform_int_distribution<qint64> jitter(0, ceiling / 2);
    return ceiling / 2 + jitter(random);
}

RetryDecision RetryPolicy::transient(const AttemptInfo &info, const QString &what) const
{
    if (!info.idempotent && !info.failedBeforeSend)
        return make(Action::SettleUnknown, what + QStringLiteral(": the records may have been created"));
    if (info.attempt >= m_maxAttempts)
        return make(Action::Fail, what + QStringLiteral(" after %1 attempts").arg(info.attempt));
    return make(Action::Retry, what, backoffMs(info.attempt));
}

RetryDecision RetryPolicy::decide(const AttemptInfo &info) const
{
    const int status = info.httpStatus;
    if (status == 0) {
        if (info.timedOut)
            return transient(info, QStringLiteral("no answer before the timeout"));
        return transient(info, QStringLiteral("network failure"));
    }
    if (status >= 200 && status < 300) {
        if (info.unreadableBody)
            return transient(info, QStringLiteral("HTTP %1 with an unreadable body").arg(status));
        return make(Action::Accept, QStringLiteral("HTTP %1").arg(status));
    }
    if (status == 429) {
        if (info.rateLimitPolicy == u"DAILY")
            return make(Action::StopRun, QStringLiteral("the daily API limit is reached"));
        if (info.attempt > MaxRateLimitRetries)
            return make(Action::Fail, QStringLiteral("still rate limited after %1 attempts").arg(info.attempt));
        const qint64 floor = info.rateLimitPolicy == u"SECONDLY" ? 1000 : info.windowMs;
        const qint64 delay = qMax<qint64>(floor, info.retryAfterSeconds * 1000LL);
        return make(Action::Retry, QStringLiteral("rate limited (%1)").arg(info.rateLimitPolicy), delay, true);
    }
    if (status == 423) {
        if (info.attempt >= m_maxAttempts * 2)
            return make(Action::Fail, QStringLiteral("still locked after %1 attempts").arg(info.attempt));
        return make(Action::Retry, QStringLiteral("locked"), qMax<qint64>(2000, info.retryAfterSeconds * 1000LL), true);
    }
    if (status == 477) {
        const qint64 delay = info.retryAfterSeconds >= 0 ? info.retryAfterSeconds * 1000LL : 60000;
        return make(Action::Retry, QStringLiteral("the account is migrating"), delay, true);
    }
    if (isTransientServerStatus(status))
        return transient(info, QStringLiteral("HTTP %1").arg(status));
    if (status == 401 || status == 403)
        return make(Action::StopRun, QStringLiteral("HTTP %1").arg(status));
    if (status == 400 || status == 409 || status == 413)
        return make(Action::Refused, QStringLiteral("HTTP %1").arg(status));
    if (status >= 300 && status < 400)
        return make(Action::Fail, QStringLiteral("HTTP %1: redirects are not followed").arg(status));
    return make(Action::Fail, QStringLiteral("HTTP %1").arg(status));
}

} // namespace Batchsmith
