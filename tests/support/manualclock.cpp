// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/manualclock.h"

#include <algorithm>

namespace Batchsmith::Test {

QDateTime ManualClock::utcNow() const
{
    return QDateTime::fromMSecsSinceEpoch(1777600000000LL + m_now, Qt::UTC);
}

void ManualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> callback)
{
    m_pending.append({ m_now + qMax<qint64>(0, delayMs), m_order++, context, context != nullptr, std::move(callback) });
}

void ManualClock::runDue()
{
    // Bounded: a callback that keeps scheduling itself with no delay would otherwise spin forever.
    constexpr int maxCallbacksAtOnce = 1000000;
    for (int ran = 0;; ++ran) {
        if (ran == maxCallbacksAtOnce)
            qFatal("ManualClock: %d callbacks due at one time; one keeps rescheduling itself", maxCallbacksAtOnce);
        auto it = std::min_element(m_pending.begin(), m_pending.end(),
            [](const Pending &a, const Pending &b) { return a.due != b.due ? a.due < b.due : a.order < b.order; });
        if (it == m_pending.end() || it->due > m_now)
            return;
        Pending p = std::move(*it);
        m_pending.erase(it);
        if (p.hadContext && !p.context)
            continue;
        p.callback();
    }
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    while (true) {
        const qint64 next = nextDueMs();
        if (next < 0 || next > target)
            break;
        m_now = qMax(m_now, next);
        runDue();
    }
    m_now = target;
}

bool ManualClock::advanceToNext()
{
    const qint64 next = nextDueMs();
    if (next < 0)
        return false;
    m_now = qMax(m_now, next);
    runDue();
    return true;
}

int ManualClock::pendingCount() const
{
    return static_cast<int>(std::count_if(
        m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return !p.hadContext || p.context; }));
}

qint64 ManualClock::nextDueMs() const
{
    qint64 next = -1;
    for (const Pending &p : m_pending) {
        if (p.hadContext && !p.context)
            continue;
        if (next < 0 || p.due < next)
            next = p.due;
    }
    return next;
}

} // namespace Batchsmith::Test
