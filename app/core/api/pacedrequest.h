// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "core/net/retrypolicy.h"

namespace Batchsmith {

class ApiCall;
class Clock;
class RateLimiter;
struct ApiResponse;
struct ParsedBody;

/**
 * One request sent the way every request of a token goes (docs/hubspot-behaviour.md §5.5): each attempt waits for
 * the token's RateLimiter and is recorded there, each answer's X-HubSpot-RateLimit-* headers go back to it, and the
 * request is sent again as RetryPolicy decides (backoff with jitter, Retry-After believed up to
 * RetryPolicy::MaxRetryAfterSeconds, the policy's attempt limit; a 429, 423 or 477 holds the whole token). The
 * engine's batches take the same steps in EngineRun::pump; the catalogue's reads, BeforeValuesReader and
 * RevertRunner go through this class.
 *
 * The first attempt leaves inside start() when the limiter allows; answers (and so the hooks other than send) always
 * come later, never inside start(). Deletes itself after done();
 * destroying it (or its parent) first aborts the attempt in flight and drops the callbacks. The limiter, clock and
 * policy are not owned and must outlive it. GUI (or CLI main) thread.
 *
 *     PacedRequest::Hooks hooks;
 *     hooks.send = [this](int) { return m_api->post(path, body); };
 *     hooks.done = [this](const ApiResponse &r, const ParsedBody &b, const RetryDecision &d) { … };
 *     PacedRequest::start(limiter, clock, &m_policy, true, std::move(hooks), this);
 */
class PacedRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedRequest)

public:
    struct Hooks
    {
        /// Sends attempt @p attempt (1 = the first) once the limiter lets it leave, and returns its call. Null gives
        /// up without done() (the caller has already said why, e.g. its journal could not be written).
        std::function<ApiCall *(int attempt)> send;
        /// Every answer as it arrives, the retried ones included, with what the policy decided. Optional.
        std::function<void(const ApiResponse &, const ParsedBody &, const RetryDecision &)> answered;
        /// The answer that ends the request, and the decision about it: anything but Retry.
        std::function<void(const ApiResponse &, const ParsedBody &, const RetryDecision &)> done;
    };

    /// @p idempotent: whether the request may be sent again after an answer is lost (reads, updates and archives
    /// may; a create may not, see RetryDecision::SettleUnknown).
    static PacedRequest *start(
        RateLimiter *limiter, Clock *clock, const RetryPolicy *policy, bool idempotent, Hooks hooks, QObject *parent);

    ~PacedRequest() override;

private:
    PacedRequest(
        RateLimiter *limiter, Clock *clock, const RetryPolicy *policy, bool idempotent, Hooks hooks, QObject *parent);

    void trySend();
    void onAnswer(const ApiResponse &response);

    RateLimiter *m_limiter;
    Clock *m_clock;
    const RetryPolicy *m_policy;
    bool m_idempotent;
    Hooks m_hooks;
    QPointer<ApiCall> m_call;
    qint64 m_sentAtMs = -1; // when the attempt in flight left, as the limiter counts it
    int m_attempt = 1; // failures so far + 1
    int m_waits = 0; // 429 / 423 / 477 answers so far: waited out, not counted against the attempt limit
};

} // namespace Batchsmith
