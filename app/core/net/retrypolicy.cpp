// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/retrypolicy.h"

#include <QHash>

#include "core/clock.h"
#include "core/net/ratelimiter.h"

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

/// Statuses HubSpot documents as "pause a few seconds, retry" (docs/hubspot-behaviour.md §4.5). 522, 525 and 526 are
/// not among them (HubSpot says to contact support), nor 501 (the endpoint does not exist).
bool isTransientServerStatus(int status)
{
    switch (status) {
    case 500:
    case 502:
    case 503:
    case 504:
    case 521:
    case 523:
    case 524:
        return true;
    default:
        return false;
    }
}

qint64 retryAfterMs(const AttemptInfo &info)
{
    return info.retryAfterSeconds >= 0 ? info.retryAfterSeconds * 1000LL : -1;
}

} // namespace

RetryPolicy::RetryPolicy(int maxAttempts, qint64 baseBackoffMs, qint64 maxBackoffMs, quint64 seed)
    : m_maxAttempts(qMax(1, maxAttempts))
    , m_baseBackoffMs(qMax<qint64>(1, baseBackoffMs))
    , m_maxBackoffMs(qMax(m_baseBackoffMs, maxBackoffMs))
    , m_random(seed)
{
}

RetryPolicy RetryPolicy::forRun(int maxAttempts, const QString &runId)
{
    return RetryPolicy(maxAttempts, 500, 30000, qHash(runId));
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    // Full jitter, so batches that failed together spread out, over [base / 2, ceiling] rather than [0, ceiling]:
    // an immediate resend to a server that just failed helps nobody.
    const int doublings = qBound(0, attempt - 1, 30);
    const qint64 ceiling = qMin(m_maxBackoffMs, m_baseBackoffMs << doublings);
    std::uniform_int_distribution<qint64> jitter(m_baseBackoffMs / 2, ceiling);
    return jitter(m_random);
}

RetryDecision RetryPolicy::transient(const AttemptInfo &info, const QString &what) const
{
    if (!info.idempotent && !info.failedBeforeSend)
        return make(Action::SettleUnknown, what + QStringLiteral(": the records may have been created"));
    if (info.attempt >= m_maxAttempts)
        return make(Action::Fail, what + QStringLiteral(" after %1 attempts").arg(info.attempt));
    // A server that says when to come back (503 with Retry-After) is believed.
    return make(Action::Retry, what, qMax(backoffMs(info.attempt), retryAfterMs(info)));
}

RetryDecision RetryPolicy::rateLimited(const AttemptInfo &info) const
{
    if (info.rateLimitPolicy == u"DAILY")
        return make(Action::StopRun, QStringLiteral("the daily API limit is reached"));
    if (info.attempt > MaxRateLimitRetries)
        return make(Action::Fail, QStringLiteral("still rate limited after %1 attempts").arg(info.attempt));
    // Once over the limit every call gets 429 until the window clears (docs/hubspot-behaviour.md §5.2):
    // wait a whole window.
    const qint64 floor = info.rateLimitPolicy == u"SECONDLY" ? 1000 : qMax(1000, info.windowMs);
    const QString policy = info.rateLimitPolicy.isEmpty() ? QStringLiteral("unknown policy") : info.rateLimitPolicy;
    return make(Action::Retry, QStringLiteral("rate limited (%1)").arg(policy), qMax(floor, retryAfterMs(info)), true);
}

RetryDecision RetryPolicy::decide(const AttemptInfo &info) const
{
    RetryDecision decision = decideAnswer(info);
    if (decision.action == Action::Retry && info.retryAfterSeconds > MaxRetryAfterSeconds) {
        // Only a wait that the Retry-After asks for is capped; a retry that does not use it goes ahead.
        return make(Action::Fail,
            QStringLiteral("%1: the server asked to wait %2 s before trying again (Retry-After), more than the %3 s "
                           "Batchsmith waits at most; try these rows again later")
                .arg(decision.reason)
                .arg(info.retryAfterSeconds)
                .arg(MaxRetryAfterSeconds));
    }
    return decision;
}

RetryDecision RetryPolicy::decideAnswer(const AttemptInfo &info) const
{
    const int status = info.httpStatus;
    if (status == 0 && info.bodyTooLarge) {
        // Sending again would most likely fetch the same answer: a create is looked up, anything else fails.
        const QString what = QStringLiteral("the answer was too large to read");
        if (!info.idempotent)
            return make(Action::SettleUnknown, what + QStringLiteral(": the records may have been created"));
        return make(Action::Fail, what);
    }
    if (status == 0) {
        if (info.timedOut)
            return transient(info, QStringLiteral("no answer before the timeout"));
        if (info.failedBeforeSend)
            return transient(info, QStringLiteral("could not connect"));
        return transient(info, QStringLiteral("the connection failed"));
    }
    if (status >= 200 && status < 300) {
        // 204 No Content (batch/archive) has no body to read.
        if (info.unreadableBody && status != 204)
            return transient(info, QStringLiteral("HTTP %1 with an unreadable body").arg(status));
        return make(Action::Accept, QStringLiteral("HTTP %1").arg(status));
    }
    if (status >= 300 && status < 400)
        return make(Action::Fail, QStringLiteral("HTTP %1: redirects are not followed").arg(status));
    if (status == 429)
        return rateLimited(info);
    if (status == 423 || status == 477) {
        const bool locked = status == 423;
        const QString what = locked ? QStringLiteral("locked") : QStringLiteral("the account is migrating");
        if (info.attempt > MaxRateLimitRetries)
            return make(Action::Fail, QStringLiteral("%1 after %2 attempts").arg(what).arg(info.attempt));
        const qint64 wait = locked ? qMax<qint64>(2000, retryAfterMs(info))
                                   : (info.retryAfterSeconds >= 0 ? retryAfterMs(info) : 60000);
        return make(Action::Retry, what, wait, true);
    }
    if (isTransientServerStatus(status))
        return transient(info, QStringLiteral("HTTP %1").arg(status));
    if (status == 401 || status == 403)
        return make(Action::StopRun, QStringLiteral("HTTP %1").arg(status));
    if (status == 400 || status == 409 || status == 413)
        return make(Action::Refused, QStringLiteral("HTTP %1").arg(status));
    return make(Action::Fail, QStringLiteral("HTTP %1").arg(status));
}

void RetryPolicy::scheduleRetry(const RetryDecision &decision, RateLimiter *limiter, Clock *clock, QObject *context,
    const std::function<void()> &send)
{
    if (decision.pauseAll) {
        limiter->holdFor(decision.delayMs);
        return send();
    }
    clock->callAfter(decision.delayMs, context, send);
}

} // namespace Batchsmith
