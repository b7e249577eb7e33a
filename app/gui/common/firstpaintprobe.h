// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

namespace Batchsmith {

/**
 * For benchmarking only (bench/startup, `batchsmith --benchmark-startup`): watches @p window, and once the first
 * paint of it (or of any widget in it) has gone through, prints "painted <ms>" on stdout, the milliseconds since
 * @p since was started, and ends the process at once (std::_Exit: nothing is torn down or saved). Header-only, so that
 * bench/startup's bare window measures with exactly the same probe. Owned by the application (QObject parent); GUI
 * thread.
 */
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &since)
        : QObject(QCoreApplication::instance())
        , m_window(window)
        , m_since(since)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_seen || !watched->isWidgetType())
            return false;
        if (static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        m_seen = true;
        // The whole frame is painted in this pass; report once it is over, before anything the window put off until
        // after its first paint (runAfterFirstPaint(), posted at normal priority) runs.
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        return false;
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        std::printf("painted %lld\n", static_cast<long long>(m_since.elapsed()));
        std::fflush(stdout);
        // At once: what the program would do next (the work it put off until after this paint, tearing down) is not
        // what is measured, and would only slow the benchmark's repetitions.
        std::_Exit(0);
    }

private:
    QWidget *m_window;
    QElapsedTimer m_since;
    bool m_seen = false;
};

} // namespace Batchsmith
