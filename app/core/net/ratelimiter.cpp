// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ratelimiter.h"

#include "core/logging.h"
#include "core/net/clock.h"

namespace Batchsmith {

RateLimiter::RateLimiter(Clock *clock, int maxPerWindow, int windowMs)
    : m_clock(clock)
    , m_max(qMax(1, maxPerWindow))
    , m_windowMs(qMax(100, windowMs))
{
}

qint64 RateLimiter::marginMs() const
{
    // The server counts arrivals, we count departures: keep a margin so that jitter in transit never puts more
    // than max requests into one of the server's windows.
    return qMax<qint64>(50, m_windowMs / 50);
}

void RateLimiter::forgetOld() const
{
    const qint64 horizon = m_clock->nowMs() - m_windowMs - marginMs();
    while (!m_sent.isEmpty() && m_sent.first() <= horizon)
        m_sent.removeFirst();
}

qint64 RateLimiter::delayBeforeNextMs() const
{
    forgetOld();
    const qint64 now = m_clock->nowMs();
    qint64 wait = qMax<qint64>(0, m_holdUntilMs - now);
    if (m_sent.size() >= m_max) {
        // The request that frees a slot is the one max places back from the newest.
        const qint64 freeAt = m_sent.at(m_sent.size() - m_max) + m_windowMs + marginMs();
        wait = qMax(wait, freeAt - now);
    }
    return qMax<qint64>(0, wait);
}

void RateLimiter::recordSend()
{
    forgetOld();
    m_sent.append(m_clock->nowMs());
}

void RateLimiter::updateFromHeaders(const RateLimitInfo &info)
{
    if (info.intervalMs > 0 && info.intervalMs != m_windowMs) {
        qCDebug(lcRateLimit) << "window" << m_windowMs << "->" << info.intervalMs << "ms";
        m_windowMs = info.intervalMs;
    }
    if (info.max > 0 && info.max != m_max) {
        qCDebug(lcRateLimit) << "max" << m_max << "->" << info.max;
        m_max = info.max;
    }
    if (info.remaining == 0) {
        // The server has nothing left for this window: wait until the oldest request we know of leaves it.
        forgetOld();
        const qint64 oldest = m_sent.isEmpty() ? m_clock->nowMs() : m_sent.first();
        m_holdUntilMs = qMax(m_holdUntilMs, oldest + m_windowMs + marginMs());
    }
}

void RateLimiter::holdFor(qint64 ms)
{
    m_holdUntilMs = qMax(m_holdUntilMs, m_clock->nowMs() + qMax<qint64>(0, ms));
}

int RateLimiter::remainingInWindow() const
{
    forgetOld();
    return qMax(0, m_max - static_cast<int>(m_sent.size()));
}

} // namespace Batchsmith
