// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

class RateLimiter;

/**
 * Decides how many batches one run keeps in flight, when the token's daily budget is too low to go on, and how long
 * the rest of the run will take. The RateLimiter says when the next request may leave; the Pacer says how many may be
 * on their way, so that the run reaches the limiter's ceiling at any latency (docs/hubspot-behaviour.md §5.2):
 *
 * - until the first answer, one request (the probe): its headers give the real window, maximum and daily budget,
 *   so a token with little left never sees a burst it cannot pay for. No probe when the token's limiter already
 *   heard them (an earlier run, the catalogue's reads) and the daily budget it knows leaves room for a first wave
 *   beyond DailyReserve (start());
 * - then the window's unspent budget may leave at once (a fresh token starts with a full window), and afterwards
 *   as many as Little's law needs to hold the limiter's pace at the measured latency (pace × latency, plus
 *   headroom for jitter);
 * - never more than SafetyCap, nor than the caller's upper bound (BatchSpec::concurrency, 0 = none).
 *
 * Owned by the run (EngineRun), one per run; reads the token's limiter but never changes it. GUI thread only.
 *
 *     Pacer pacer(spec.concurrency);
 *     pacer.start(limiter);
 *     while (!queue.isEmpty() && inFlight < pacer.inFlightLimit(limiter)) { pacer.recordSend(); send(…); }
 *     // on each answer (after counting it out of inFlight):
 *     pacer.recordAnswer(response.rateLimit(), response.durationMs, response.httpStatus > 0, inFlight);
 */
class Pacer final
{
public:
    /// The most batches in flight whatever the pace asks: enough for HubSpot's highest published limit (190 per
    /// 10 s) at 1.5 s per answer, few enough that a stop never leaves many answers to wait for.
    static constexpr int SafetyCap = 32;
    /// Daily requests left untouched when a run stops for the daily limit: room for the lookups of the next resume
    /// and for the app's own reads.
    static constexpr int DailyReserve = 10;

    explicit Pacer(int upperBound = 0);

    /// A run starts: takes what @p limiter already knows of the token's limits and daily budget, so that no probe
    /// is needed when it knows enough.
    void start(const RateLimiter &limiter);

    /// Whether the run waits for a first answer before more requests leave.
    bool probing() const { return !m_answered; }

    /// SafetyCap, or the caller's upper bound when lower.
    int cap() const { return m_cap; }

    /// How many requests may be in flight now.
    int inFlightLimit(const RateLimiter &limiter);

    /// A request left now.
    void recordSend();
    /// An answer came (or the attempt ended without one: @p answered false). @p stillInFlight excludes it.
    void recordAnswer(const RateLimitInfo &info, qint64 latencyMs, bool answered, int stillInFlight);

    /// The mean answer latency so far (a moving average), -1 before the first answer.
    qint64 latencyMs() const { return m_latencyMs < 0 ? -1 : qint64(m_latencyMs + 0.5); }

    /// Our estimate of the token's daily requests left, counting everything in flight as spent; -1 when unknown.
    qint64 dailyLeft() const { return m_dailyLeft; }

    qint64 dailyMax() const { return m_dailyMax; }

    /// Whether the run must stop now, before the daily limit refuses it: the estimate is down to DailyReserve and
    /// the @p requestsLeft do not fit in what is left.
    bool mustStopForDailyLimit(qint64 requestsLeft) const;

    /// The requests per second the run can hold for good: the limiter's pace (its maximum per window plus margin),
    /// or less when the in-flight cap at the measured latency cannot carry it.
    double sustainedRequestsPerSecond(const RateLimiter &limiter) const;

    /// The time to send @p requestsLeft and hear the last answer, from the limiter's schedule (its current window
    /// repeated) and the in-flight cap at the measured latency.
    qint64 etaMs(qint64 requestsLeft, const RateLimiter &limiter) const;

private:
    int m_cap;
    bool m_answered = false; // the limits and the daily budget are known: no probe
    bool m_burstSpent = false; // the first window's budget is gone: from now on, the steady count
    double m_latencyMs = -1;
    qint64 m_dailyLeft = -1;
    qint64 m_dailyMax = -1;
};

} // namespace Batchsmith
