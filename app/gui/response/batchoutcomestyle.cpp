// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/batchoutcomestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Batchsmith::BatchOutcomeStyle {

using Outcome = BatchListModel::Outcome;

namespace {

constexpr int kIconSize = 16;

void drawGlyph(QPainter &p, Outcome outcome, const QColor &ink)
{
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (outcome) {
    case Outcome::Succeeded: {
        QPainterPath tick;
        tick.moveTo(4.5, 8.3);
        tick.lineTo(7.0, 10.8);
        tick.lineTo(11.5, 5.6);
        p.drawPath(tick);
        break;
    }
    case Outcome::Partial:
    case Outcome::Retrying:
        p.drawLine(QPointF(8, 4.2), QPointF(8, 8.8));
        p.drawPoint(QPointF(8, 11.6));
        break;
    case Outcome::Failed:
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        break;
    case Outcome::Cancelled:
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    case Outcome::Pending:
    case Outcome::InFlight:
        break;
    }
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor color(Outcome outcome, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (outcome) {
    case Outcome::Succeeded:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case Outcome::Partial:
    case Outcome::Retrying:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case Outcome::Failed:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Outcome::InFlight:
        return palette.color(QPalette::Link);
    case Outcome::Pending:
    case Outcome::Cancelled:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon icon(Outcome outcome, const QPalette &palette)
{
    QIcon result;
    const QColor hue = color(outcome, palette);
    for (const qreal ratio : { 1.0, 2.0 }) {
        QPixmap pixmap(QSize(kIconSize, kIconSize) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF disc(1.5, 1.5, kIconSize - 3, kIconSize - 3);
        if (outcome == Outcome::Pending || outcome == Outcome::InFlight) {
            // No verdict yet: a ring (in flight: a thicker ring with a dot).
            p.setPen(QPen(hue, outcome == Outcome::InFlight ? 2.0 : 1.4));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
            if (outcome == Outcome::InFlight) {
                p.setPen(Qt::NoPen);
                p.setBrush(hue);
                p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
            }
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(hue);
            p.drawEllipse(disc);
            drawGlyph(p, outcome, palette.color(QPalette::Base));
        }
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace Batchsmith::BatchOutcomeStyle
