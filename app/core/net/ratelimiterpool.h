// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>

#include <QByteArray>
#include <QString>

namespace Batchsmith {

class Clock;
class RateLimiter;

/**
 * The one RateLimiter of each token. HubSpot counts every request made with a token against one budget
 * (docs/hubspot-behaviour.md §5.2, §5.5), so everything that sends with it asks the same limiter: the engine's batches,
 * the reads of the values an upsert overwrites, a revert, and the runs of other windows. The app's AppContext and the
 * CLI's CliRunner each hold one pool and hand its limiters to BatchEngine::setRateLimiter(),
 * BeforeValuesReader::setRateLimiter() and RevertRunner::setRateLimiter().
 *
 * Limiters live as long as the pool, which must outlive the engines and runners it serves; the clock must outlive
 * the pool. A token is kept only as its SHA-256 hash, never in clear. GUI (or CLI main) thread only.
 *
 *     RateLimiter *limiter = pool.limiterFor(token, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
 *     engine.setRateLimiter(limiter);
 *     reader.setRateLimiter(limiter);
 */
class RateLimiterPool final
{
public:
    explicit RateLimiterPool(Clock *clock);
    ~RateLimiterPool();
    RateLimiterPool(const RateLimiterPool &) = delete;
    RateLimiterPool &operator=(const RateLimiterPool &) = delete;

    /// The limiter of @p token, made on first use with @p maxPerWindow requests per @p windowMs (the limits assumed
    /// until the server's headers say otherwise); later calls return the same limiter, whatever limits they give.
    RateLimiter *limiterFor(const QString &token, int maxPerWindow = 100, int windowMs = 10000);

private:
    Clock *m_clock;
    std::map<QByteArray, std::unique_ptr<RateLimiter>> m_limiters; // by SHA-256 of the token
};

} // namespace Batchsmith
