// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace Batchsmith::Sandbox {

/**
 * Per-token request counts: a rolling window (10 s by default) and a day that ends at midnight in the portal's
 * time zone, as HubSpot's daily limit does. Owned by SandboxState; single thread.
 */
class RateLimitBook final
{
public:
    enum class Verdict { Allowed, TenSecondly, Daily };

    RateLimitBook();

    /// Counts the request when it is allowed; refused requests do not use up the budget.
    Verdict admit(const QString &token, int perWindow, int windowMs, qint64 perDay);
    /// Whether one more CRM search fits the token's per-second limit (docs/hubspot-behaviour.md §11.9); counts
    /// nothing, so a search refused by another limit after this check uses up no search budget.
    bool searchAllowed(const QString &token, int perSecond);
    void countSearch(const QString &token);
    int remaining(const QString &token, int perWindow, int windowMs);

    qint64 usedToday(const QString &token) const { return m_daily.value(token); }

    qint64 usedTodayAll() const;
    void clear();

    /// Test hook: the monotonic milliseconds the windows are measured in (empty: the book's own timer).
    void setClock(std::function<qint64()> monotonicMs) { m_now = std::move(monotonicMs); }

    /// When the daily counts start again (the next midnight in the portal's time zone).
    QDateTime dailyResetsAt() const { return QDateTime::fromMSecsSinceEpoch(m_dayEndsMs, Qt::UTC); }

private:
    qint64 now() const { return m_now ? m_now() : m_clock.elapsed(); }

    void forget(QList<qint64> &times, int windowMs) const;
    /// Clears the daily counts when the day is over.
    void rollDay();

    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    QHash<QString, QList<qint64>> m_windows;
    QHash<QString, QList<qint64>> m_searches; // per token: the searches of the last second
    QHash<QString, qint64> m_daily;
    qint64 m_dayEndsMs = 0;
};

} // namespace Batchsmith::Sandbox
