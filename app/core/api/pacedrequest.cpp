// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/pacedrequest.h"

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/net/ratelimiter.h"

namespace Batchsmith {

PacedRequest *PacedRequest::start(
    RateLimiter *limiter, Clock *clock, const RetryPolicy *policy, bool idempotent, Hooks hooks, QObject *parent)
{
    auto *request = new PacedRequest(limiter, clock, policy, idempotent, std::move(hooks), parent);
    request->trySend();
    return request;
}

PacedRequest::PacedRequest(
    RateLimiter *limiter, Clock *clock, const RetryPolicy *policy, bool idempotent, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_policy(policy)
    , m_idempotent(idempotent)
    , m_hooks(std::move(hooks))
{
}

PacedRequest::~PacedRequest()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

void PacedRequest::trySend()
{
    // The token's budget first, shared with every other sender of the token (the engine, the other readers).
    if (const qint64 wait = m_limiter->delayBeforeNextMs(); wait > 0)
        return m_clock->callAfter(wait, this, [this] { trySend(); });
    const QPointer<PacedRequest> self(this);
    ApiCall *call = m_hooks.send(m_attempt + m_waits);
    if (!self) // the hook ended its owner, and this with it
        return;
    if (!call) {
        deleteLater();
        return;
    }
    m_sentAtMs = m_limiter->recordSend();
    m_call = call;
    connect(call, &ApiCall::requestWritten, this, [this] { m_sentAtMs = m_limiter->markWritten(m_sentAtMs); });
    connect(call, &ApiCall::finished, this, &PacedRequest::onAnswer);
}

void PacedRequest::onAnswer(const ApiResponse &response)
{
    m_call = nullptr;
    m_limiter->updateFromHeaders(response.rateLimit(), m_sentAtMs);
    const int status = response.networkFailure ? 0 : response.httpStatus;
    const ParsedBody body = BatchResponseParser::parse(response.body);
    AttemptInfo info = BatchResponseParser::attemptInfo(response, body);
    const bool rateLimitWait = RetryPolicy::isRateLimitWait(status);
    info.attempt = rateLimitWait ? m_waits + 1 : m_attempt;
    info.idempotent = m_idempotent;
    info.windowMs = m_limiter->windowMs();
    RetryDecision decision = m_policy->decide(info);
    if (response.aborted && decision.action == RetryDecision::Action::Retry) {
        // Whoever aborted it wants no more of it.
        decision.action = RetryDecision::Action::Fail;
        decision.reason = QStringLiteral("aborted");
    }
    qCDebug(lcApi) << "attempt" << m_attempt + m_waits << "->" << status << decision.reason;
    if (m_hooks.answered) {
        const QPointer<PacedRequest> self(this);
        m_hooks.answered(response, body, decision);
        if (!self)
            return;
    }
    if (decision.action == RetryDecision::Action::Retry) {
        if (rateLimitWait)
            ++m_waits;
        else
            ++m_attempt;
        return RetryPolicy::scheduleRetry(decision, m_limiter, m_clock, this, [this] { trySend(); });
    }
    const auto done = std::move(m_hooks.done);
    m_hooks = {};
    deleteLater();
    if (done)
        done(response, body, decision);
}

} // namespace Batchsmith
