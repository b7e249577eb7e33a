// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

namespace Batchsmith {

/**
 * For benchmarking only (bench/startup, `batchsmith --benchmark-startup`): watches @p window, and once the first
 * paint of it (or of any widget in it) has gone through, prints "painted <ms>" on stdout, the milliseconds since
 * @p since was started, and quits the application. Header-only, so that bench/startup's bare window measures with
 * exactly the same probe. Owned by the application (QObject parent); GUI thread.
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
        // The whole frame is painted in this pass; report once it is over.
        QMetaObject::invokeMethod(
            this,
            [this] {
                std::printf("painted %lld\n", static_cast<long long>(m_since.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
        return false;
    }

private:
    QWidget *m_window;
    QElapsedTimer m_since;
    bool m_seen = false;
};

} // namespace Batchsmith
