// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace Batchsmith::Sandbox {

/// Per-token request counts: a rolling window (10 s by default) and a day. Single thread.
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

private:
    void forget(QList<qint64> &times, int windowMs) const;

    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_windows;
    QHash<QString, qint64> m_daily;
};

} // namespace Batchsmith::Sandbox
