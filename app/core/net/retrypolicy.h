// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <random>

#include <QString>
#include <QtGlobal>

class QObject;

namespace Batchsmith {

class Clock;
class RateLimiter;

/// What happened to one attempt at a request, as far as deciding what to do next needs.
struct AttemptInfo
{
    int httpStatus = 0; // 0 = no HTTP answer
    bool networkFailure = false; // connection refused, reset, closed, DNS, TLS
    bool failedBeforeSend = false; // certainly never reached the server (refused, host not found)
    bool timedOut = false;
    bool unreadableBody = false; // 2xx whose body is not valid JSON (truncated, HTML); ignored for 204
    bool bodyTooLarge = false; // the answer passed ApiClient's size cap and was not read (a networkFailure too)
    QString rateLimitPolicy; // 429 body policyName: TEN_SECONDLY_ROLLING, SECONDLY, DAILY, "" unknown
    int retryAfterSeconds = -1; // Retry-After header, -1 absent
    int attempt = 1; // 1 = first send
    bool idempotent = false; // upsert, read, update: true; create: false
    int windowMs = 10000;
};

struct RetryDecision
{
    enum class Action {
        Accept, // read the answer
        Retry, // send again after delayMs
        StopRun, // stop everything (401, 403, DAILY limit)
        Refused, // the server refused the batch (400, 409, 413): split it or fail its rows
        SettleUnknown, // a create may or may not have been written: look the rows up before resending
        Fail, // give up on this batch's rows
    };
    Action action = Action::Accept;
    qint64 delayMs = 0;
    bool pauseAll = false; // true for 429, 423, 477: hold the whole queue, not only this batch
    QString reason; // English, for logs and the response view
};

/**
 * Decides what to do after each attempt (docs/hubspot-behaviour.md §4.5 and §5.6): accept, retry after a delay, stop
 * the run, treat as refused, or settle an unknown create. Value type; one per run, GUI thread.
 *
 * Transient failures of idempotent requests back off exponentially with full jitter (a delay drawn uniformly
 * from [base / 2, min(maxBackoff, base * 2^(attempt-1))]; the floor keeps a retry from leaving at once). The jitter
 * comes from a generator seeded in the constructor and advanced by each such decision, so batches failing together come
 * back at different times, and the same seed with the same sequence of decisions gives the same delays (tests).
 * Everything else is a pure function of the AttemptInfo.
 *
 *     RetryPolicy policy = RetryPolicy::forRun(spec.maxAttempts, runId);
 *     const RetryDecision d = policy.decide(info);
 *     if (d.action == RetryDecision::Action::Retry) retryAfter(d.delayMs, d.pauseAll);
 */
class RetryPolicy final
{
public:
    /// 429, 423 and 477 are waited out, not counted against maxAttempts; this many waits per batch at most.
    static constexpr int MaxRateLimitRetries = 20;
    /// A Retry-After longer than this (one hour) is not waited for: the batch fails with a message saying so, instead
    /// of a run that sits silent for days on a misconfigured proxy or a hostile server.
    static constexpr int MaxRetryAfterSeconds = 3600;

    explicit RetryPolicy(
        int maxAttempts = 5, qint64 baseBackoffMs = 500, qint64 maxBackoffMs = 30000, quint64 seed = 0);

    /// The policy of every request a run sends: the engine's batches, the reads before an upsert, the revert's
    /// updates and archives. Default backoff; jitter seeded by @p runId, so a run's delays can be replayed.
    static RetryPolicy forRun(int maxAttempts, const QString &runId);

    /// 429, 423 and 477 are waited out: they hold the token's whole queue (RetryDecision::pauseAll) and do not count
    /// against maxAttempts, so for them AttemptInfo::attempt is the number of such answers so far plus one.
    static bool isRateLimitWait(int httpStatus) { return httpStatus == 429 || httpStatus == 423 || httpStatus == 477; }

    RetryDecision decide(const AttemptInfo &info) const;

    /// Carries out a Retry decision for a sender that sends one request at a time: after a rate limit the whole
    /// token waits (the hold on @p limiter keeps every sender of that token waiting, and @p send is expected to wait
    /// it out), otherwise only this request waits on @p clock.
    static void scheduleRetry(const RetryDecision &decision, RateLimiter *limiter, Clock *clock, QObject *context,
        const std::function<void()> &send);

    int maxAttempts() const { return m_maxAttempts; }

private:
    RetryDecision decideAnswer(const AttemptInfo &info) const;
    RetryDecision transient(const AttemptInfo &info, const QString &what) const;
    RetryDecision rateLimited(const AttemptInfo &info) const;
    qint64 backoffMs(int attempt) const;

    int m_maxAttempts;
    qint64 m_baseBackoffMs;
    qint64 m_maxBackoffMs;
    mutable std::mt19937_64 m_random; // the jitter; advancing it does not change what the policy decides
};

} // namespace Batchsmith
