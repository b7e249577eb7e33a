// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ratelimiter.h"

#include <algorithm>

#include "core/clock.h"
#include "core/logging.h"

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
    return qMax<qint64>(100, m_windowMs / 50);
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

qint64 RateLimiter::recordSend()
{
    forgetOld();
    const qint64 now = m_clock->nowMs();
    m_sent.append(now);
    return now;
}

void RateLimiter::markWritten(qint64 recordedMs)
{
    const qint64 now = m_clock->nowMs();
    if (now <= recordedMs)
        return;
    forgetOld();
    const qsizetype at = m_sent.indexOf(recordedMs);
    if (at < 0)
        return; // already out of the window
    m_sent.removeAt(at);
    m_sent.insert(std::upper_bound(m_sent.cbegin(), m_sent.cend(), now) - m_sent.cbegin(), now);
}

void RateLimiter::updateFromHeaders(const RateLimitInfo &info)
{
    if (info.intervalMs > 0 && info.intervalMs != m_windowMs) {
        qCDebug(lcRateLimit) << "window" << m_windowMs << "->" << info.intervalMs << "ms";
        m_windowMs = qMax(100, info.intervalMs);
    }
    if (info.max > 0 && info.max != m_max) {
        qCDebug(lcRateLimit) << "max" << m_max << "->" << info.max;
        m_max = info.max;
    }
    if (info.remaining < 0)
        return;
    // Every process using the token draws on the same budget (docs/hubspot-behaviour.md §5.5). When the server has less
    // left than we think, the difference was spent by someone else, recently as far as we know: count it as sent now.
    // With nothing left, the next request then waits until the oldest request we know of leaves the window, or a whole
    // window when all of them were someone else's. (The server counted when this request arrived; anything of ours that
    // left since only makes our own estimate lower, never falsely higher.)
    const int ours = remainingInWindow();
    if (info.remaining < ours) {
        const qint64 now = m_clock->nowMs();
        qCDebug(lcRateLimit) << "server has" << info.remaining << "left, we thought" << ours;
        for (int i = info.remaining; i < ours; ++i)
            m_sent.append(now);
    }
}

void RateLimiter::holdFor(qint64 ms)
{
    m_holdUntilMs = qMax(m_holdUntilMs, m_clock->nowMs() + qMax<qint64>(0, ms));
}

qint64 RateLimiter::delayForRequestMs(qint64 n, double spacingMs) const
{
    forgetOld();
    const qint64 now = m_clock->nowMs();
    const qint64 start = qMax(now, m_holdUntilMs);
    const qint64 sent = m_sent.size();
    const qint64 room = qMax<qint64>(0, m_max - sent); // requests the window takes now
    const qint64 period = m_windowMs + marginMs();
    auto inRoom = [&](qint64 j) { return start + qint64(double(j) * qMax(0.0, spacingMs)); };
    if (n < room)
        return inRoom(n) - now;
    // Request n leaves one period after request n - max: walk back k periods into the current window.
    const qint64 k = (n - room) / m_max + 1;
    const qint64 j = n - k * m_max; // -sent <= j < room; negative: one of the sends we remember
    const qint64 base = j < 0 ? m_sent.at(sent + j) : inRoom(j);
    return qMax(start, base + k * period) - now;
}

int RateLimiter::remainingInWindow() const
{
    forgetOld();
    return qMax(0, m_max - static_cast<int>(m_sent.size()));
}

} // namespace Batchsmith
