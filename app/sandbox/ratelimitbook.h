// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int remaining(const QString &token, int perWindow, int windowMs);

    qint64 usedToday(const QString &token) const { return m_daily.value(token); }

    qint64 usedTodayAll() const;
    void clear();

    /// When the daily counts start again (the next midnight in the portal's time zone).
    QDateTime dailyResetsAt() const { return QDateTime::fromMSecsSinceEpoch(m_dayEndsMs, Qt::UTC); }

private:
    void forget(QList<qint64> &times, int windowMs) const;
    /// Clears the daily counts when the day is over.
    void rollDay();

    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_windows;
    QHash<QString, qint64> m_daily;
    qint64 m_dayEndsMs = 0;
};

} // namespace Batchsmith::Sandbox
