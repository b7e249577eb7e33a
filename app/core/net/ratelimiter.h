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
 * It adapts to the X-HubSpot-RateLimit-* headers of each answer and can be held after a 429, 423 or 477. It also
 * keeps what the server said about the token (its limits, its daily budget), so that a later run of the same token
 * need not probe for them (Pacer).
 * Not a QObject: the engine asks it before each send. One per token; share it between engines that use the same
 * token. GUI thread only.
 *
 *     if (const qint64 wait = limiter.delayBeforeNextMs(); wait > 0)
 *         return clock->callAfter(wait, this, [this] { pump(); });
 *     const qint64 sentAt = limiter.recordSend();
 *     send();   // once written: sentAt = limiter.markWritten(sentAt);
 *               // on the answer: limiter.updateFromHeaders(response.rateLimit(), sentAt);
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
    /// count it from now, since the server counts it when it arrives (docs/hubspot-behaviour.md §5.2). Returns the
    /// time it is now counted from, for updateFromHeaders().
    qint64 markWritten(qint64 recordedMs);
    /// Adapts to what the server said in the answer to the request sent at @p sentAtMs (recordSend() or
    /// markWritten(); -1 when not known, which counts as now): its window, its maximum, its daily budget, and what it
    /// has left. The server counted what it has left when that request arrived, so it is compared with the requests
    /// the limiter knows of around that time, not now: those that left since are not in the server's figure, those
    /// that left the window since still are. Only a shortfall the margin's transit times cannot explain is taken as
    /// spent by someone else (docs/hubspot-behaviour.md §5.5), and counted as sent now; nothing left then means
    /// waiting until the window clears. An answer to a request older than a window says nothing of the present.
    void updateFromHeaders(const RateLimitInfo &info, qint64 sentAtMs = -1);
    /// Nothing leaves before now + @p ms (after a 429, 423 or 477). Never shortens an earlier, longer hold.
    void holdFor(qint64 ms);

    int maxPerWindow() const { return m_max; }

    int windowMs() const { return m_windowMs; }

    /// Our estimate of the requests left in the current window, for the rate-limit meter.
    int remainingInWindow() const;

    /// Whether an answer of the server has given this token's limits (X-HubSpot-RateLimit-Max).
    bool knowsLimits() const { return m_knowsLimits; }

    /// Our estimate of the token's daily requests left: the last X-HubSpot-RateLimit-Daily-Remaining less what left
    /// since; -1 when the server never said (OAuth tokens get no daily headers, docs/hubspot-behaviour.md §5.3).
    qint64 dailyRemaining() const { return m_dailyRemaining; }

    /// The token's daily allowance (X-HubSpot-RateLimit-Daily), -1 when never said.
    qint64 dailyMax() const { return m_dailyMax; }

    /// How long until the @p n-th request from now (0 = the next) may leave if every request leaves as soon as the
    /// window allows and those the window has room for now leave @p spacingMs apart (the in-flight capacity). Each
    /// request leaves one window plus margin after the one max places before it, so the pattern of the current
    /// window repeats: a fresh token's burst comes back every window. For the ETA (Pacer::etaMs).
    qint64 delayForRequestMs(qint64 n, double spacingMs = 0) const;

    /// The safety margin added to the window: 2% of it, at least 100 ms.
    qint64 marginMs() const;

private:
    void forgetOld() const;
    /// The requests (ours and others') counted from after @p fromMs, up to and including @p toMs.
    static int countIn(const QList<qint64> &times, qint64 fromMs, qint64 toMs);
    int inWindow() const;
    /// The send times (ours and others') in the current window plus margin, oldest first.
    QList<qint64> windowTimes() const;
    void adoptRemaining(int remaining, qint64 sentAtMs);
    void adoptDaily(const RateLimitInfo &info, qint64 sentAtMs);

    Clock *m_clock;
    int m_max;
    int m_windowMs;
    qint64 m_holdUntilMs = 0;
    bool m_knowsLimits = false;
    qint64 m_dailyRemaining = -1;
    qint64 m_dailyMax = -1;
    // When each of our requests left, and each request someone else spent (inferred from the headers), oldest first,
    // for two windows: an answer comes up to a window after its request, and is compared with the window before it.
    mutable QList<qint64> m_sent;
    mutable QList<qint64> m_others;
};

} // namespace Batchsmith
