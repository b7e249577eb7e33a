// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/pacer.h"

#include <cmath>

#include "core/net/ratelimiter.h"

namespace Batchsmith {

namespace {

/// Little's law gives the mean; answers vary (HubSpot: 0.8–1.2 s for a batch of 100), so keep this much more in
/// flight, plus two, so that one slow answer does not hold the pace back.
constexpr double Headroom = 1.5;
constexpr int HeadroomRequests = 2;
/// Weight of the newest answer in the moving average of latency.
constexpr double LatencyWeight = 0.2;

double limiterRequestsPerMs(const RateLimiter &limiter)
{
    return double(limiter.maxPerWindow()) / double(limiter.windowMs() + limiter.marginMs());
}

} // namespace

Pacer::Pacer(int upperBound)
    : m_cap(upperBound > 0 ? qMin(upperBound, SafetyCap) : SafetyCap)
{
}

void Pacer::start(const RateLimiter &limiter)
{
    if (!limiter.knowsLimits())
        return;
    // The limiter's daily figure is its last answer's, less what left since; others may have spent some since. Skip
    // the probe only when a whole first wave (the cap) fits beyond the reserve; a token closer to its daily limit
    // waits for a current figure first. Tokens that get no daily headers (OAuth) learn nothing more from a probe.
    const qint64 daily = limiter.dailyRemaining();
    if (daily >= 0 && daily < DailyReserve + m_cap)
        return;
    m_answered = true;
    m_dailyLeft = daily;
    m_dailyMax = limiter.dailyMax();
}

int Pacer::inFlightLimit(const RateLimiter &limiter)
{
    if (!m_answered)
        return 1; // the probe: nothing is known about this token's budget yet
    int steady = m_cap;
    if (m_latencyMs >= 0)
        steady = int(std::ceil(limiterRequestsPerMs(limiter) * m_latencyMs * Headroom)) + HeadroomRequests;
    // The first window's unspent budget may all leave at once. Once it is gone, slots free up as old requests leave
    // the window, and Little's law's count holds the pace without replaying the burst in every window.
    const int remaining = limiter.remainingInWindow();
    m_burstSpent = m_burstSpent || remaining == 0;
    return qBound(1, qMax(steady, m_burstSpent ? 0 : remaining), m_cap);
}

void Pacer::recordSend()
{
    if (m_dailyLeft > 0)
        --m_dailyLeft;
}

void Pacer::recordAnswer(const RateLimitInfo &info, qint64 latencyMs, bool answered, int stillInFlight)
{
    m_answered = true;
    if (!answered)
        return;
    const double latency = double(qMax<qint64>(0, latencyMs));
    m_latencyMs = m_latencyMs < 0 ? latency : m_latencyMs + LatencyWeight * (latency - m_latencyMs);
    if (info.dailyRemaining >= 0) {
        // The server counted up to this request's arrival; requests still in flight may or may not be in its count,
        // so count them as spent (docs/hubspot-behaviour.md §5.3).
        m_dailyLeft = qMax<qint64>(0, info.dailyRemaining - qMax(0, stillInFlight));
        m_dailyMax = info.daily;
    }
}

bool Pacer::mustStopForDailyLimit(qint64 requestsLeft) const
{
    if (m_dailyLeft < 0 || requestsLeft <= 0)
        return false;
    return m_dailyLeft <= DailyReserve && requestsLeft > m_dailyLeft - qMin<qint64>(m_dailyLeft, 2);
}

double Pacer::sustainedRequestsPerSecond(const RateLimiter &limiter) const
{
    double perSecond = limiterRequestsPerMs(limiter) * 1000.0;
    if (m_latencyMs > 0)
        perSecond = qMin(perSecond, double(m_cap) * 1000.0 / m_latencyMs);
    return perSecond;
}

qint64 Pacer::etaMs(qint64 requestsLeft, const RateLimiter &limiter) const
{
    if (requestsLeft <= 0)
        return 0;
    // The last request leaves when the limiter lets it (the current window's pattern repeated, not the average
    // pace: a fresh token's burst recurs each window), or later when the in-flight cap cannot carry that pace;
    // its answer comes one latency after.
    const qint64 latency = qMax<qint64>(0, latencyMs());
    const double spacing = double(latency) / double(m_cap);
    const qint64 byLimiter = limiter.delayForRequestMs(requestsLeft - 1, spacing);
    const qint64 byCapacity = qint64(double(requestsLeft - 1) * spacing);
    return qMax(byLimiter, byCapacity) + latency;
}

} // namespace Batchsmith
