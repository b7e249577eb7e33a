// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ratelimiter.h"

#include <algorithm>
#include <iterator>

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
    // Two windows: an answer up to a window late is compared with the window before its request.
    const qint64 horizon = m_clock->nowMs() - 2 * (m_windowMs + marginMs());
    for (QList<qint64> *times : { &m_sent, &m_others }) {
        const auto end = std::upper_bound(times->cbegin(), times->cend(), horizon);
        if (end != times->cbegin())
            times->remove(0, end - times->cbegin());
    }
}

int RateLimiter::countIn(const QList<qint64> &times, qint64 fromMs, qint64 toMs)
{
    const auto from = std::upper_bound(times.cbegin(), times.cend(), fromMs);
    const auto to = std::upper_bound(from, times.cend(), toMs);
    return static_cast<int>(to - from);
}

QList<qint64> RateLimiter::windowTimes() const
{
    forgetOld();
    const qint64 from = m_clock->nowMs() - m_windowMs - marginMs();
    const auto ours = std::upper_bound(m_sent.cbegin(), m_sent.cend(), from);
    const auto others = std::upper_bound(m_others.cbegin(), m_others.cend(), from);
    QList<qint64> times;
    times.reserve((m_sent.cend() - ours) + (m_others.cend() - others));
    std::merge(ours, m_sent.cend(), others, m_others.cend(), std::back_inserter(times));
    return times;
}

int RateLimiter::inWindow() const
{
    forgetOld();
    const qint64 now = m_clock->nowMs();
    const qint64 from = now - m_windowMs - marginMs();
    return countIn(m_sent, from, now) + countIn(m_others, from, now);
}

qint64 RateLimiter::delayBeforeNextMs() const
{
    const qint64 now = m_clock->nowMs();
    qint64 wait = qMax<qint64>(0, m_holdUntilMs - now);
    if (inWindow() >= m_max) {
        // The request that frees a slot is the one max places back from the newest, ours or someone else's.
        const QList<qint64> times = windowTimes();
        const qint64 freeAt = times.at(times.size() - m_max) + m_windowMs + marginMs();
        wait = qMax(wait, freeAt - now);
    }
    return qMax<qint64>(0, wait);
}

qint64 RateLimiter::recordSend()
{
    forgetOld();
    const qint64 now = m_clock->nowMs();
    m_sent.insert(std::upper_bound(m_sent.cbegin(), m_sent.cend(), now) - m_sent.cbegin(), now);
    if (m_dailyRemaining > 0)
        --m_dailyRemaining;
    return now;
}

qint64 RateLimiter::markWritten(qint64 recordedMs)
{
    const qint64 now = m_clock->nowMs();
    if (now <= recordedMs)
        return recordedMs;
    forgetOld();
    const auto at = std::lower_bound(m_sent.cbegin(), m_sent.cend(), recordedMs);
    if (at == m_sent.cend() || *at != recordedMs)
        return recordedMs; // already forgotten
    m_sent.removeAt(at - m_sent.cbegin());
    m_sent.insert(std::upper_bound(m_sent.cbegin(), m_sent.cend(), now) - m_sent.cbegin(), now);
    return now;
}

void RateLimiter::updateFromHeaders(const RateLimitInfo &info, qint64 sentAtMs)
{
    if (info.intervalMs > 0 && info.intervalMs != m_windowMs) {
        qCDebug(lcRateLimit) << "window" << m_windowMs << "->" << info.intervalMs << "ms";
        m_windowMs = qMax(100, info.intervalMs);
    }
    if (info.max > 0) {
        m_knowsLimits = true;
        if (info.max != m_max) {
            qCDebug(lcRateLimit) << "max" << m_max << "->" << info.max;
            m_max = info.max;
        }
    }
    forgetOld();
    const qint64 now = m_clock->nowMs();
    const qint64 sentAt = sentAtMs < 0 ? now : qMin(sentAtMs, now);
    if (sentAt < now - m_windowMs - marginMs())
        return; // an answer that old says nothing about the window we are in, nor about the day's last sends
    adoptDaily(info, sentAt);
    if (info.remaining >= 0)
        adoptRemaining(info.remaining, sentAt);
}

void RateLimiter::adoptRemaining(int remaining, qint64 sentAt)
{
    // Every process using the token draws on the same budget (docs/hubspot-behaviour.md §5.5). The server counted the
    // requests that arrived in the window before this one did; with transit times varying by up to the margin, ours
    // among them left between one window plus margin before this request and a margin after it. Whatever the server
    // counted beyond those, and beyond what we already took as someone else's since then, was someone else's: counted
    // as spent now, since we only know it was spent before the server answered.
    const qint64 margin = marginMs();
    const qint64 from = sentAt - m_windowMs - margin;
    const int known = countIn(m_sent, from, sentAt + margin) + countIn(m_others, from, m_clock->nowMs());
    const int others = (m_max - remaining) - known;
    if (others <= 0)
        return;
    qCDebug(lcRateLimit) << "server has" << remaining << "left; ours and others' known then:" << known << "->" << others
                         << "more by someone else";
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < others; ++i)
        m_others.append(now);
}

void RateLimiter::adoptDaily(const RateLimitInfo &info, qint64 sentAt)
{
    if (info.daily > 0)
        m_dailyMax = info.daily;
    if (info.dailyRemaining < 0)
        return;
    // The server counted up to this request; ours that left after it are spent too.
    m_dailyRemaining = qMax<qint64>(0, info.dailyRemaining - countIn(m_sent, sentAt, m_clock->nowMs()));
}

void RateLimiter::holdFor(qint64 ms)
{
    m_holdUntilMs = qMax(m_holdUntilMs, m_clock->nowMs() + qMax<qint64>(0, ms));
}

qint64 RateLimiter::delayForRequestMs(qint64 n, double spacingMs) const
{
    const QList<qint64> times = windowTimes();
    const qint64 sent = times.size();
    const qint64 now = m_clock->nowMs();
    const qint64 start = qMax(now, m_holdUntilMs);
    const qint64 room = qMax<qint64>(0, m_max - sent); // requests the window takes now
    const qint64 period = m_windowMs + marginMs();
    auto inRoom = [&](qint64 j) { return start + qint64(double(j) * qMax(0.0, spacingMs)); };
    if (n < room)
        return inRoom(n) - now;
    // Request n leaves one period after request n - max: walk back k periods into the current window.
    const qint64 k = (n - room) / m_max + 1;
    const qint64 j = n - k * m_max; // -sent <= j < room; negative: one of the sends we remember
    const qint64 base = j < 0 ? times.at(sent + j) : inRoom(j);
    return qMax(start, base + k * period) - now;
}

int RateLimiter::remainingInWindow() const
{
    return qMax(0, m_max - inWindow());
}

} // namespace Batchsmith
