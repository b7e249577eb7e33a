// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * A slim bar with a line of text: how many requests the token has left in HubSpot's rolling window, from the
 * X-HubSpot-RateLimit-* headers of the latest answer, and how long the engine waits when it has none left.
 * Reaches Designer by promotion. GUI thread.
 *
 *     connect(engine, &BatchEngine::batchAnswered, meter, [meter](const BatchExchange &ex) {
 *         meter->setInfo(ex.rateLimit); });
 *     connect(engine, &BatchEngine::rateLimitWaiting, meter, &RateLimitMeter::setWaiting);
 */
class RateLimitMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitMeter)

public:
    explicit RateLimitMeter(QWidget *parent = nullptr);
    ~RateLimitMeter() override;

    /// The limits an answer gave; ignored when it carried none (max or remaining -1). Ends a wait.
    void setInfo(const Batchsmith::RateLimitInfo &info);
    /// The engine holds the next request for @p waitMs.
    void setWaiting(qint64 waitMs, const Batchsmith::RateLimitInfo &info);
    void clear();

    QString text() const { return m_text; }

    int remaining() const { return m_remaining; }

    int maximum() const { return m_max; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    int m_max = -1;
    int m_remaining = -1;
    int m_windowMs = 10000;
    qint64 m_waitMs = -1; // -1 when not waiting
    QString m_text;
};

} // namespace Batchsmith
