// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/batchengine.h"

#include "core/api/apiclient.h"
#include "core/api/objecttypes.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchplanner.h"
#include "core/batch/enginerun.h"
#include "core/batch/rowsource.h"
#include "core/clock.h"
#include "core/net/ratelimiter.h"

namespace Batchsmith {

BatchEngine::BatchEngine(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<EngineRun>(this, nam, clock))
{
    qRegisterMetaType<RowOutcome>();
    qRegisterMetaType<BatchExchange>();
    qRegisterMetaType<Progress>();
    qRegisterMetaType<RunSummary>();
}

BatchEngine::~BatchEngine() = default;

void BatchEngine::setToken(const QString &token)
{
    d->setToken(token);
}

void BatchEngine::setRateLimiter(RateLimiter *limiter)
{
    d->setRateLimiter(limiter);
}

void BatchEngine::setPreSendHook(PreSendHook hook)
{
    d->setPreSendHook(std::move(hook));
}

void BatchEngine::setFirstSent(const QHash<QString, qint64> &msByKey)
{
    d->setFirstSent(msByKey);
}

void BatchEngine::setPlan(Plan plan)
{
    d->setPlan(std::move(plan));
}

void BatchEngine::setSearchRetries(int retries, qint64 delayMs)
{
    d->setSearchRetries(retries, delayMs);
}

Result<void> BatchEngine::start(const BatchSpec &spec, const QList<Row> &rows, const QStringList &maybeSent)
{
    return start(spec, std::make_shared<const ListRowSource>(rows), maybeSent);
}

Result<void> BatchEngine::start(
    const BatchSpec &spec, std::shared_ptr<const RowSource> rows, const QStringList &maybeSent)
{
    if (!rows)
        rows = std::make_shared<const ListRowSource>(QList<Row>());
    if (d->state() == State::Running || d->state() == State::Paused || d->state() == State::Cancelling)
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A run is already going on."));
    return d->start(spec, std::move(rows), maybeSent);
}

void BatchEngine::pause()
{
    d->pause();
}

void BatchEngine::resume()
{
    d->resume();
}

void BatchEngine::cancel()
{
    d->cancel();
}

BatchEngine::State BatchEngine::state() const
{
    return d->state();
}

const BatchSpec &BatchEngine::spec() const
{
    return d->spec();
}

RowOutcome BatchEngine::outcome(const QString &key) const
{
    return d->outcome(key);
}

qint64 BatchEngine::firstSentMs(const QString &key) const
{
    return d->firstSentMs(key);
}

QList<RowOutcome> BatchEngine::outcomes() const
{
    return d->outcomes();
}

RunSummary BatchEngine::summary() const
{
    return d->summary();
}

} // namespace Batchsmith
