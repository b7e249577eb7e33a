// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace Batchsmith {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

SystemClock::SystemClock()
    : m_startMs(monotonicMs())
{
}

qint64 SystemClock::nowMs() const
{
    return monotonicMs() - m_startMs;
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> callback)
{
    // Precise: Qt makes a wait of 2 s or more a coarse timer, which may fire up to 5% late, and the rate limiter's
    // waits (up to a window, 10 s) are what set a run's pace.
    QTimer::singleShot(
        std::chrono::milliseconds(qMax<qint64>(0, delayMs)), Qt::PreciseTimer, context, std::move(callback));
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace Batchsmith
