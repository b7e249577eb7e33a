// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ratelimiterpool.h"

#include <QCryptographicHash>

#include "core/net/ratelimiter.h"

namespace Batchsmith {

RateLimiterPool::RateLimiterPool(Clock *clock)
    : m_clock(clock)
{
}

RateLimiterPool::~RateLimiterPool() = default;

RateLimiter *RateLimiterPool::limiterFor(const QString &token, int maxPerWindow, int windowMs)
{
    const QByteArray key = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    std::unique_ptr<RateLimiter> &limiter = m_limiters[key];
    if (!limiter)
        limiter = std::make_unique<RateLimiter>(m_clock, maxPerWindow, windowMs);
    return limiter.get();
}

} // namespace Batchsmith
