// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"

#include <optional>

namespace Batchsmith::Sandbox {

namespace {

QList<FaultSpec> defaultRandomFaults()
{
    QList<FaultSpec> faults;
    for (int status : { 500, 502, 503, 504, 423 }) {
        FaultSpec f;
        f.kind = FaultKind::Status;
        f.status = status;
        f.retryAfterSeconds = status == 423 ? 2 : -1;
        faults.append(f);
    }
    for (FaultKind kind : { FaultKind::Hang, FaultKind::DropAfterCommit }) {
        FaultSpec f;
        f.kind = kind;
        faults.append(f);
    }
    return faults;
}

} // namespace

FaultInjector::FaultInjector(Scenario *scenario)
    : m_scenario(scenario)
    , m_random(scenario->seed)
{
}

void FaultInjector::reseed()
{
    m_random.seed(m_scenario->seed);
}

void FaultInjector::restartCounts()
{
    for (FaultSpec &f : m_scenario->periodicFaults)
        f.seen = 0;
}

FaultSpec FaultInjector::next(const QString &method, const QString &path)
{
    Q_UNUSED(method)
    if (path.startsWith(QStringLiteral("/__sandbox/")))
        return {};
    auto &queue = m_scenario->queuedFaults;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        if (queue.at(i).pathContains.isEmpty() || path.contains(queue.at(i).pathContains))
            return queue.takeAt(i);
    }
    std::optional<FaultSpec> periodic;
    for (FaultSpec &f : m_scenario->periodicFaults) {
        if (!f.pathContains.isEmpty() && !path.contains(f.pathContains))
            continue;
        if (++f.seen % qMax(1, f.every) == 0 && !periodic)
            periodic = f;
    }
    if (periodic)
        return *periodic;
    if (m_scenario->faultRate <= 0)
        return {};
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (chance(m_random) >= m_scenario->faultRate)
        return {};
    const QList<FaultSpec> faults
        = m_scenario->randomFaults.isEmpty() ? defaultRandomFaults() : m_scenario->randomFaults;
    int total = 0;
    for (const FaultSpec &f : faults)
        total += qMax(1, f.weight);
    std::uniform_int_distribution<int> pick(0, total - 1);
    int roll = pick(m_random);
    for (const FaultSpec &f : faults) {
        roll -= qMax(1, f.weight);
        if (roll < 0)
            return f;
    }
    return faults.last();
}

int FaultInjector::nextLatencyMs()
{
    if (m_scenario->jitterMs <= 0)
        return qMax(0, m_scenario->latencyMs);
    std::uniform_int_distribution<int> jitter(-m_scenario->jitterMs, m_scenario->jitterMs);
    return qMax(0, m_scenario->latencyMs + jitter(m_random));
}

} // namespace Batchsmith::Sandbox
