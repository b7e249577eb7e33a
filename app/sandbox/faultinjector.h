// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include "sandbox/scenario.h"

namespace Batchsmith::Sandbox {

/**
 * Decides, request by request, which fault (if any) the sandbox injects and how long it waits first.
 * Seeded, so a run with the same seed and the same request sequence gets the same faults.
 * Owned by SandboxServer; single thread.
 */
class FaultInjector final
{
public:
    explicit FaultInjector(Scenario *scenario);

    /// Reseeds from the scenario (after a reset or a scenario change that sets "seed").
    void reseed();

    /// Periodic faults count again from zero (after a reset).
    void restartCounts();

    /// The fault for the next request. Queued faults that match the path come first, then periodic ones (every Nth
    /// matching request; each matching request counts for every periodic fault), then random ones.
    /// Control endpoints (/__sandbox/…) never get faults.
    FaultSpec next(const QString &method, const QString &path);

    /// Latency for the next answer: latencyMs ± jitterMs, never negative.
    int nextLatencyMs();

    /// A seeded generator the server also uses to shuffle results.
    std::mt19937_64 &random() { return m_random; }

private:
    Scenario *m_scenario; // queued faults are consumed from it
    std::mt19937_64 m_random;
};

} // namespace Batchsmith::Sandbox
