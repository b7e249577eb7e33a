// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>

#include "core/clock.h"

namespace Batchsmith::Test {

/**
 * A Clock that moves only when a test says so. Callbacks scheduled with callAfter() run, in time order (ties in
 * the order they were scheduled), when advance() reaches their due time; during a callback nowMs() is its due
 * time, and callbacks may schedule more. A callback whose context object is gone is dropped. Test thread only.
 *
 *     ManualClock clock;
 *     client.setTimeoutMs(30000);
 *     ApiCall *call = client.get(u"/x"_s);
 *     clock.advance(30000);   // the timeout fires now
 */
class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }

    QDateTime utcNow() const override;
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> callback) override;

    /// Moves time forward by @p ms, running every callback due by then.
    void advance(qint64 ms);
    /// Advances to the next due callback and runs it (and any others due then). False when none is pending.
    bool advanceToNext();
    /// Callbacks still to run (not counting those whose context is gone).
    int pendingCount() const;
    qint64 nextDueMs() const; // -1 when none is pending

private:
    struct Pending
    {
        qint64 due;
        quint64 order;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> callback;
    };

    void runDue();

    qint64 m_now = 1000000;
    quint64 m_order = 0;
    QList<Pending> m_pending;
};

} // namespace Batchsmith::Test
