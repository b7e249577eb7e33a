// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/ratelimitmeter.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include "gui/response/batchoutcomestyle.h"

namespace Batchsmith {

namespace {

constexpr int kBarHeight = 5;
constexpr int kGap = 3;

} // namespace

RateLimitMeter::RateLimitMeter(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateText();
}

RateLimitMeter::~RateLimitMeter() = default;

void RateLimitMeter::setInfo(const RateLimitInfo &info)
{
    if (info.max < 0 || info.remaining < 0)
        return;
    m_max = info.max;
    m_remaining = info.remaining;
    if (info.intervalMs > 0)
        m_windowMs = info.intervalMs;
    m_waitMs = -1;
    updateText();
}

void RateLimitMeter::setWaiting(qint64 waitMs, const RateLimitInfo &info)
{
    if (info.max >= 0 && info.remaining >= 0) {
        m_max = info.max;
        m_remaining = info.remaining;
    }
    if (info.intervalMs > 0)
        m_windowMs = info.intervalMs;
    m_waitMs = std::max<qint64>(0, waitMs);
    updateText();
}

void RateLimitMeter::clear()
{
    m_max = -1;
    m_remaining = -1;
    m_windowMs = 10000;
    m_waitMs = -1;
    updateText();
}

void RateLimitMeter::updateText()
{
    const QLocale locale;
    const int windowSeconds = std::max(1, (m_windowMs + 500) / 1000);
    if (m_max < 0) {
        m_text = tr("Rate limit not known yet: no answer so far");
    } else if (m_waitMs >= 0) {
        //: %1: seconds to wait, e.g. "1.5"; %2: requests left; %n: requests allowed; %3: window in seconds.
        //: Example: "Waiting 1.5 s: 0 of 100 requests left in this 10-second window"
        m_text = tr("Waiting %1 s: %2 of %Ln request(s) left in this %3-second window", nullptr, m_max)
                     .arg(locale.toString(m_waitMs / 1000.0, 'f', 1), locale.toString(m_remaining),
                         locale.toString(windowSeconds));
    } else {
        //: %1: requests left; %n: requests allowed; %2: window length in seconds.
        //: Example: "87 of 100 requests left in this 10-second window"
        m_text = tr("%1 of %Ln request(s) left in this %2-second window", nullptr, m_max)
                     .arg(locale.toString(m_remaining), locale.toString(windowSeconds));
    }
    setToolTip(m_text);
    setAccessibleDescription(m_text);
    updateGeometry(); // the sentence's length differs between states and languages
    update();
}

QSize RateLimitMeter::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(m_text) + 8, fontMetrics().height() + kGap + kBarHeight };
}

QSize RateLimitMeter::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 24, fontMetrics().height() + kGap + kBarHeight };
}

void RateLimitMeter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect textRect(0, 0, width(), fontMetrics().height());
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_text, Qt::ElideRight, width()));

    const QRectF track(0.5, textRect.bottom() + kGap + 0.5, width() - 1.0, kBarHeight - 1.0);
    const qreal radius = track.height() / 2;
    QColor trackColor = palette().color(QPalette::WindowText);
    trackColor.setAlphaF(0.15f);
    p.setPen(Qt::NoPen);
    p.setBrush(trackColor);
    p.drawRoundedRect(track, radius, radius);
    if (m_max <= 0)
        return;
    const qreal share = std::clamp(static_cast<qreal>(m_remaining) / m_max, 0.0, 1.0);
    // Green while there is room, amber under a quarter, red once the window is used up.
    using Outcome = BatchListModel::Outcome;
    const Outcome look = m_remaining <= 0 ? Outcome::Failed : share < 0.25 ? Outcome::Retrying : Outcome::Succeeded;
    p.setBrush(BatchOutcomeStyle::color(look, palette()));
    QRectF fill = track;
    fill.setWidth(std::max(track.height(), track.width() * share));
    if (share > 0)
        p.drawRoundedRect(fill, radius, radius);
}

void RateLimitMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Batchsmith
