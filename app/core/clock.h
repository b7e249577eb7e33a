// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QtGlobal>

class QObject;

namespace Batchsmith {

/**
 * The time source of core: a monotonic millisecond counter plus timers on the same time line.
 * Everything in core that waits (rate limiting, backoff, request timeouts) asks a Clock, never QTimer or
 * QDateTime directly, so tests can drive time with a ManualClock (tests/support/manualclock.h) and never sleep.
 * Not owned by its users; the owner (application, test) keeps it alive longer than them. GUI thread only.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    /// Milliseconds on a monotonic time line; only differences are meaningful.
    virtual qint64 nowMs() const = 0;

    /// Wall-clock time, for timestamps shown to people and written to files.
    virtual QDateTime utcNow() const = 0;

    /// Calls @p callback once, @p delayMs from now, unless @p context has been destroyed by then.
    virtual void callAfter(qint64 delayMs, QObject *context, std::function<void()> callback) = 0;
};

/// The real clock: QElapsedTimer plus QTimer::singleShot.
class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    QDateTime utcNow() const override;
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> callback) override;

    /// A process-wide instance for front ends that do not inject their own.
    static SystemClock *instance();

private:
    qint64 m_startMs;
};

} // namespace Batchsmith
