// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

class Clock;

/**
 * Keeps one token's requests inside HubSpot's rolling window (docs/hubspot-behaviour.md §5.2): it remembers when each
 * request left and answers how long the next one must wait. No token bucket: a request may leave when fewer than
 * max requests left in the last window plus a safety margin (2% of the window, at least 100 ms), so a server
 * counting arrivals never sees more than max in any window even when transit times vary by up to the margin.
 * It adapts to the X-HubSpot-RateLimit-* headers of each answer and can be held after a 429, 423 or 477.
 * Not a QObject: the engine asks it before each send. One per token; share it between engines that use the same
 * token. GUI thread only.
 *
 *     if (const qint64 wait = limiter.delayBeforeNextMs(); wait > 0)
 *         return clock->callAfter(wait, this, [this] { pump(); });
 *     limiter.recordSend();
 *     send();   // then, on the answer: limiter.updateFromHeaders(response.rateLimit());
 */
class RateLimiter final
{
public:
    explicit RateLimiter(Clock *clock, int maxPerWindow = 100, int windowMs = 10000);

    /// 0 when a request may leave now; else the milliseconds to wait.
    qint64 delayBeforeNextMs() const;
    /// A request left now; returns the time recorded, for markWritten().
    qint64 recordSend();
    /// The request recorded at @p recordedMs was only written out now (a new connection, a busy network thread):
    /// count it from now, since the server counts it when it arrives (docs/hubspot-behaviour.md §5.2).
    void markWritten(qint64 recordedMs);
    /// Adapts to what the server said: its window, its maximum, and what it has left (less than we think when other
    /// processes use the same token; nothing left means waiting until the window clears).
    void updateFromHeaders(const RateLimitInfo &info);
    /// Nothing leaves before now + @p ms (after a 429, 423 or 477). Never shortens an earlier, longer hold.
    void holdFor(qint64 ms);

    int maxPerWindow() const { return m_max; }

    int windowMs() const { return m_windowMs; }

    /// Our estimate of the requests left in the current window, for the rate-limit meter.
    int remainingInWindow() const;

    /// How long until the @p n-th request from now (0 = the next) may leave if every request leaves as soon as the
    /// window allows and those the window has room for now leave @p spacingMs apart (the in-flight capacity). Each
    /// request leaves one window plus margin after the one max places before it, so the pattern of the current
    /// window repeats: a fresh token's burst comes back every window. For the ETA (Pacer::etaMs).
    qint64 delayForRequestMs(qint64 n, double spacingMs = 0) const;

    /// The safety margin added to the window: 2% of it, at least 100 ms.
    qint64 marginMs() const;

private:
    void forgetOld() const;

    Clock *m_clock;
    int m_max;
    int m_windowMs;
    qint64 m_holdUntilMs = 0;
    mutable QList<qint64> m_sent; // send times within the last window, oldest first
};

} // namespace Batchsmith
