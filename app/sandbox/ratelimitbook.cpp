// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ratelimitbook.h"

#include <QTimeZone>

#include "sandbox/catalogue.h"

namespace Batchsmith::Sandbox {

RateLimitBook::RateLimitBook()
{
    m_clock.start();
    rollDay();
}

void RateLimitBook::rollDay()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_dayEndsMs)
        return;
    m_daily.clear();
    const QTimeZone zone(Catalogue::timeZone().toLatin1());
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    m_dayEndsMs = QDateTime(local.date().addDays(1), QTime(0, 0), local.timeZone()).toMSecsSinceEpoch();
}

void RateLimitBook::forget(QList<qint64> &times, int windowMs) const
{
    const qint64 horizon = now() - windowMs;
    qsizetype drop = 0;
    while (drop < times.size() && times.at(drop) <= horizon)
        ++drop;
    if (drop > 0)
        times.remove(0, drop);
}

RateLimitBook::Verdict RateLimitBook::admit(const QString &token, int perWindow, int windowMs, qint64 perDay)
{
    rollDay();
    QList<qint64> &times = m_windows[token];
    forget(times, windowMs);
    if (m_daily.value(token) >= perDay)
        return Verdict::Daily;
    if (times.size() >= perWindow)
        return Verdict::TenSecondly;
    times.append(now());
    ++m_daily[token];
    return Verdict::Allowed;
}

bool RateLimitBook::searchAllowed(const QString &token, int perSecond)
{
    QList<qint64> &times = m_searches[token];
    forget(times, 1000);
    return times.size() < perSecond;
}

void RateLimitBook::countSearch(const QString &token)
{
    m_searches[token].append(now());
}

int RateLimitBook::remaining(const QString &token, int perWindow, int windowMs)
{
    QList<qint64> &times = m_windows[token];
    forget(times, windowMs);
    return qMax(0, perWindow - static_cast<int>(times.size()));
}

qint64 RateLimitBook::usedTodayAll() const
{
    qint64 total = 0;
    for (qint64 n : m_daily)
        total += n;
    return total;
}

void RateLimitBook::clear()
{
    m_windows.clear();
    m_searches.clear();
    m_dayEndsMs = 0;
    rollDay();
}

} // namespace Batchsmith::Sandbox
