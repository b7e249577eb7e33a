// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/afterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Batchsmith {

namespace {

/// Watches every paint of the application (the window's children paint too) until one of the window's goes by.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> work, int fallbackMs)
        : QObject(window)
        , m_window(window)
        , m_work(std::move(work))
    {
        QCoreApplication::instance()->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, [this] { fire(); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            // Queued: the rest of this frame is painted (and flushed to the screen) first.
            QMetaObject::invokeMethod(
                this, [this] { fire(); }, Qt::QueuedConnection);
            QCoreApplication::instance()->removeEventFilter(this);
        }
        return false;
    }

private:
    void fire()
    {
        if (!m_work)
            return;
        QCoreApplication::instance()->removeEventFilter(this);
        const auto work = std::move(m_work);
        m_work = nullptr;
        deleteLater();
        work();
    }

    QWidget *m_window;
    std::function<void()> m_work;
};

} // namespace

void runAfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs)
{
    new FirstPaintWatcher(window, std::move(work), fallbackMs);
}

} // namespace Batchsmith
