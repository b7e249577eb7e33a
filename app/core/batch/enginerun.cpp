// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/enginerun.h"

#include <limits>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/objecttypes.h"
#include "core/api/requestbuilder.h"
#include "core/batch/rowreconciler.h"
#include "core/batch/rowsource.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/net/ratelimiter.h"

namespace Batchsmith {

using State = BatchEngine::State;
using Action = RetryDecision::Action;

namespace {

constexpr int LookupChunk = 100;

Error::Kind fatalKind(int status)
{
    if (status == 401)
        return Error::Kind::Authentication;
    if (status == 403)
        return Error::Kind::Permission;
    return Error::Kind::RateLimited;
}

} // namespace

EngineRun::EngineRun(BatchEngine *engine, QNetworkAccessManager *nam, Clock *clock)
    : q(engine)
    , m_clock(clock)
    , m_api(std::make_unique<ApiClient>(nam, clock))
    , m_ownLimiter(std::make_unique<RateLimiter>(clock))
    , m_limiter(m_ownLimiter.get())
{
}

EngineRun::~EngineRun() = default;

void EngineRun::setRateLimiter(RateLimiter *limiter)
{
    m_limiter = limiter ? limiter : m_ownLimiter.get();
}

void EngineRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT q->stateChanged(state);
}

Result<void> EngineRun::start(
    const BatchSpec &spec, std::shared_ptr<const RowSource> source, const QStringList &maybeSent)
{
    if (auto ok = m_api->setBaseUrl(spec.baseUrl); !ok)
        return ok.error();
    auto plan = BatchPlanner::plan(spec, *source, spec.runId);
    if (!plan)
        return plan.error();

    m_spec = spec;
    m_rows = std::move(source);
    const int rowCount = m_rows->rowCount();
    m_plan = std::move(plan).value();
    m_outcomes.reset(rowCount);
    m_createAttempts.reset(spec.mode == WriteMode::Create ? rowCount : 0);
    m_queue.clear();
    m_recentDone.clear();
    m_summary = RunSummary();
    m_summary.total = rowCount;
    m_inFlight = m_scheduled = 0;
    m_api->setToken(m_token);
    m_api->setTimeoutMs(spec.requestTimeoutMs);
    m_policy = RetryPolicy::forRun(spec.maxAttempts, m_plan.runId);
    if (m_limiter == m_ownLimiter.get()) {
        m_ownLimiter = std::make_unique<RateLimiter>(m_clock, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
        m_limiter = m_ownLimiter.get();
    }
    // Creates an earlier process may have sent are looked up first (settleMaybeSent); upserts just go again.
    m_maybeSent.clear();
    QSet<int> settle;
    if (spec.mode == WriteMode::Create) {
        for (const QString &key : maybeSent) {
            const int index = m_rows->indexOfKey(key);
            if (index >= 0 && !settle.contains(index)) {
                settle.insert(index);
                m_maybeSent.append(index);
                m_createAttempts[index] = 1;
            }
        }
    }
    for (const PlannedBatch &b : std::as_const(m_plan.batches)) {
        QList<int> toSend = b.rowIndexes; // shared with the plan unless some rows are settled first
        if (!settle.isEmpty())
            toSend.removeIf([&settle](int index) { return settle.contains(index); });
        if (!toSend.isEmpty())
            m_queue.append({ BatchExchange::Kind::Write, b.number, toSend, 1, 0 });
    }

    m_startedMs = m_clock->nowMs();
    setState(State::Running);
    qCInfo(lcBatch) << "run" << m_plan.runId << wireName(spec.mode) << spec.objectType << rowCount << "rows in"
                    << m_plan.batches.size() << "batches";
    Q_EMIT q->runStarted(rowCount, static_cast<int>(m_plan.batches.size()));
    resolveLookupProperty();
    if (!m_waitingForCatalogue)
        settleMaybeSent();
    pump();
    return {};
}

void EngineRun::settleMaybeSent()
{
    if (m_maybeSent.isEmpty())
        return;
    qCInfo(lcBatch) << m_maybeSent.size() << "rows were sent by an earlier process without a recorded answer";
    const QList<int> rows = std::exchange(m_maybeSent, {});
    settleUnknown(rows, QStringLiteral("the earlier run stopped before its answer was recorded"));
}

void EngineRun::resolveLookupProperty()
{
    // Creates whose answer is lost are looked up by a unique property before anything is resent
    // (docs/hubspot-behaviour.md §5.6). Which one: the caller's choice, email for contacts, else the first unique
    // property the rows fill.
    m_lookupProperty.clear();
    if (m_spec.mode != WriteMode::Create)
        return;
    if (!m_spec.lookupProperty.isEmpty()) {
        m_lookupProperty = m_spec.lookupProperty;
        return;
    }
    if (ObjectTypes::isContacts(m_spec.objectType) && anyRowFills(QStringLiteral("email"))) {
        m_lookupProperty = QStringLiteral("email");
        return;
    }
    m_waitingForCatalogue = true;
    ++m_inFlight;
    m_limiter->recordSend();
    ApiCall *call = m_api->get(RequestBuilder::propertiesPath(m_spec.apiVersion, m_spec.objectType));
    QObject::connect(call, &ApiCall::finished, q, [this](const ApiResponse &r) { onCatalogue(r); });
}

bool EngineRun::anyRowFills(const QString &property) const
{
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        if (!valueOf(i, property).trimmed().isEmpty())
            return true;
    }
    return false;
}

void EngineRun::onCatalogue(const ApiResponse &response)
{
    --m_inFlight;
    m_waitingForCatalogue = false;
    m_limiter->updateFromHeaders(response.rateLimit());
    const QJsonArray properties
        = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : properties) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (!p.value(QStringLiteral("hasUniqueValue")).toBool() || name.isEmpty())
            continue;
        if (anyRowFills(name)) {
            m_lookupProperty = name;
            break;
        }
    }
    qCDebug(lcBatch) << "lookup property for lost creates:"
                     << (m_lookupProperty.isEmpty() ? QStringLiteral("none") : m_lookupProperty);
    settleMaybeSent();
    pump();
}

void EngineRun::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void EngineRun::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    pump();
}

void EngineRun::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_summary.cancelled = true;
    m_queue.clear();
    setState(State::Cancelling);
    maybeFinish();
}

void EngineRun::pump()
{
    if (m_state != State::Running || m_waitingForCatalogue)
        return maybeFinish();
    while (m_inFlight < m_spec.concurrency && !m_queue.isEmpty()) {
        const qint64 wait = m_limiter->delayBeforeNextMs();
        if (wait > 0)
            return scheduleWake(wait);
        send(m_queue.takeFirst());
    }
    maybeFinish();
}

void EngineRun::scheduleWake(qint64 waitMs)
{
    if (m_wakeScheduled)
        return;
    m_wakeScheduled = true;
    RateLimitInfo info;
    info.max = m_limiter->maxPerWindow();
    info.intervalMs = m_limiter->windowMs();
    info.remaining = m_limiter->remainingInWindow();
    Q_EMIT q->rateLimitWaiting(waitMs, info);
    m_clock->callAfter(waitMs, q, [this] {
        m_wakeScheduled = false;
        pump();
    });
}

BatchExchange EngineRun::exchangeFor(const WorkItem &item, const QString &path, const QByteArray &body) const
{
    BatchExchange ex;
    ex.batchNumber = item.number;
    ex.attempt = item.attempt + item.waits;
    ex.kind = item.kind;
    for (int index : item.rows)
        ex.rowKeys.append(keyOf(index));
    ex.method = QStringLiteral("POST");
    ex.url = m_api->urlFor(path);
    ex.requestBody = body;
    ex.batchStatus = QStringLiteral("PENDING");
    ex.sentAtMs = m_clock->nowMs();
    return ex;
}

void EngineRun::send(const WorkItem &item)
{
    QString path;
    QByteArray body;
    if (item.kind == BatchExchange::Kind::Write) {
        path = RequestBuilder::writePath(m_spec);
        // Only this batch's rows are made, and dropped once the body is built.
        QList<Row> rows;
        QList<int> positions;
        QStringList traceIds;
        for (int index : item.rows) {
            positions.append(static_cast<int>(rows.size()));
            rows.append(row(index));
            traceIds.append(BatchPlanner::traceId(m_plan.runId, rows.constLast().key));
        }
        body = RequestBuilder::writeBody(m_spec, rows, positions, traceIds);
    } else {
        QStringList values;
        for (int index : item.rows)
            values.append(valueOf(index, m_lookupProperty).trimmed());
        path = RequestBuilder::readPath(m_spec);
        body = RequestBuilder::lookupBody(m_lookupProperty, values, { m_lookupProperty });
    }
    BatchExchange ex = exchangeFor(item, path, body);
    if (m_preSend && !m_preSend(ex))
        return refuseToSend();
    if (item.kind == BatchExchange::Kind::Write && m_spec.mode == WriteMode::Create) {
        for (int index : item.rows)
            ++m_createAttempts[index];
    }
    m_limiter->recordSend();
    ++m_inFlight;
    ++m_summary.requests;
    if (item.attempt + item.waits > 1)
        ++m_summary.retries;
    ApiCall *call = m_api->post(path, body);
    ex.requestHeaders = call->redactedRequestHeaders();
    QObject::connect(
        call, &ApiCall::finished, q, [this, item, ex](const ApiResponse &response) { onAnswer(item, ex, response); });
    Q_EMIT q->batchSent(ex);
}

void EngineRun::refuseToSend()
{
    // The pre-send hook (the run journal) could not record the request: sending it anyway would leave a request
    // nobody can account for after a crash, so stop here.
    if (!m_summary.fatal)
        m_summary.fatal = Error::make(
            Error::Kind::Io, QStringLiteral("The run journal could not record the next request, so it was not sent."));
    qCWarning(lcBatch) << "run stopped:" << m_summary.fatal->message;
    m_queue.clear();
    if (m_state == State::Running || m_state == State::Paused)
        setState(State::Cancelling);
}

void EngineRun::onAnswer(const WorkItem &item, BatchExchange ex, const ApiResponse &response)
{
    --m_inFlight;
    m_limiter->updateFromHeaders(response.rateLimit());
    const ParsedBody body = BatchResponseParser::parse(response.body);
    const int status = response.networkFailure ? 0 : response.httpStatus;

    ex.httpStatus = status;
    ex.responseHeaders = response.headers;
    ex.responseBody = response.body;
    ex.durationMs = response.durationMs;
    ex.rateLimit = response.rateLimit();
    ex.correlationId = response.correlationId();
    ex.networkError = response.timedOut ? QStringLiteral("timed out")
        : response.networkFailure       ? response.errorString
                                        : QString();
    ex.batchStatus = !body.status.isEmpty() ? body.status
                                            : (m_state == State::Cancelling ? QStringLiteral("CANCELED") : QString());

    AttemptInfo info = BatchResponseParser::attemptInfo(response, body);
    info.idempotent = item.kind == BatchExchange::Kind::Lookup || m_spec.mode == WriteMode::Upsert;
    info.attempt = RetryPolicy::isRateLimitWait(status) ? item.waits + 1 : item.attempt;
    info.windowMs = m_limiter->windowMs();
    if (status == 429)
        ++m_summary.rateLimited;
    const RetryDecision decision = m_policy.decide(info);
    qCDebug(lcBatch) << "batch" << item.number << "attempt" << ex.attempt << "->" << status << decision.reason;

    // Read the answer before telling anyone, so the exchange carries what the engine made of it.
    const bool lookup = item.kind == BatchExchange::Kind::Lookup;
    RowReconciler::Reconciled written;
    QHash<int, QString> found;
    if (decision.action == Action::Accept) {
        if (lookup)
            found = lookedUp(item, body);
        else
            written = reconcileWrite(item, body, response);
    }
    ex.verdict = verdictFor(item, decision, body, written, found);
    Q_EMIT q->batchAnswered(ex);

    switch (decision.action) {
    case Action::Accept:
        lookup ? acceptLookup(item, found) : acceptWrite(item, written, body, response);
        break;
    case Action::Retry:
        retryLater(item, decision, status);
        break;
    case Action::Refused:
        if (!lookup) {
            refuse(item, body, response);
            break;
        }
        [[fallthrough]];
    case Action::StopRun:
        if (!lookup) {
            stopRun(item, body, response);
            break;
        }
        [[fallthrough]];
    case Action::Fail:
        if (lookup) {
            finishRows(item.rows, RowStatus::Unknown, QStringLiteral("UNKNOWN"),
                QStringLiteral("Sent, but the answer was lost, and looking the record up failed (%1).")
                    .arg(decision.reason),
                status);
        } else {
            const ParsedError e = body.whole;
            finishRows(item.rows, RowStatus::Failed,
                e.category.isEmpty() ? (status ? QStringLiteral("HTTP_%1").arg(status) : QStringLiteral("NETWORK"))
                                     : e.category,
                e.message.isEmpty() ? decision.reason : e.message, status);
        }
        break;
    case Action::SettleUnknown:
        settleUnknown(item.rows, decision.reason, item.number);
        break;
    }
    pump();
}

ExchangeVerdict EngineRun::verdictFor(const WorkItem &item, const RetryDecision &decision, const ParsedBody &body,
    const RowReconciler::Reconciled &written, const QHash<int, QString> &found) const
{
    using Verdict = ExchangeVerdict::Action;
    ExchangeVerdict v;
    const bool lookup = item.kind == BatchExchange::Kind::Lookup;
    const int rows = static_cast<int>(item.rows.size());
    switch (decision.action) {
    case Action::Accept:
        v.action = Verdict::Accepted;
        if (lookup) {
            v.written = static_cast<int>(found.size());
            v.detail = m_lookupProperty;
            for (int index : item.rows) {
                if (!found.contains(index) && m_createAttempts.value(index) < m_policy.maxAttempts())
                    ++v.refused; // sent again
            }
            break;
        }
        for (const RowOutcome &o : written.decided) {
            if (o.status == RowStatus::Created || o.status == RowStatus::Updated) {
                ++v.written;
            } else if (o.status == RowStatus::Failed) {
                ++v.refused;
                if (v.detail.isEmpty())
                    v.detail = o.property;
            }
        }
        break;
    case Action::Retry:
        v.action = decision.pauseAll ? Verdict::Waited : Verdict::Retried;
        v.delayMs = static_cast<qint32>(qMin<qint64>(decision.delayMs, std::numeric_limits<qint32>::max()));
        v.detail = body.policyName;
        break;
    case Action::SettleUnknown:
        v.action = Verdict::LookedUp;
        v.detail = m_lookupProperty;
        break;
    case Action::Refused:
    case Action::StopRun:
    case Action::Fail:
        if (lookup || decision.action == Action::Fail) {
            v.action = Verdict::Failed;
            v.refused = rows;
        } else if (decision.action == Action::StopRun) {
            v.action = Verdict::Stopped;
        } else {
            v.action = splits(item, body) ? Verdict::Split : Verdict::Failed;
            v.refused = v.action == Verdict::Failed ? rows : 0;
        }
        if (!lookup)
            v.detail = !body.policyName.isEmpty() ? body.policyName : body.whole.property;
        break;
    }
    return v;
}

RowReconciler::Reconciled EngineRun::reconcileWrite(
    const WorkItem &item, const ParsedBody &body, const ApiResponse &response) const
{
    RowReconciler::Context c;
    c.spec = &m_spec;
    c.traceId = [this](int index) { return BatchPlanner::traceId(m_plan.runId, keyOf(index)); };
    c.value = [this](int index, const QString &property) { return valueOf(index, property); };
    c.lookupProperty = m_lookupProperty;
    c.httpStatus = response.httpStatus;
    c.correlationId = response.correlationId();
    return RowReconciler::reconcile(c, item.rows, body);
}

void EngineRun::acceptWrite(
    const WorkItem &item, const RowReconciler::Reconciled &r, const ParsedBody &body, const ApiResponse &response)
{
    for (auto it = r.decided.cbegin(); it != r.decided.cend(); ++it)
        finishRow(it.key(), it.value());
    if (r.unmatched.isEmpty())
        return;
    if (!r.mismatch.isEmpty())
        qCWarning(lcBatch) << "batch" << item.number << ":" << r.mismatch;
    const QString why = r.mismatch.isEmpty() ? QStringLiteral("no result in the answer matches this row") : r.mismatch;
    if (m_spec.mode == WriteMode::Upsert) {
        // An upsert can safely go again.
        if (item.attempt < m_policy.maxAttempts()) {
            m_queue.prepend({ BatchExchange::Kind::Write, item.number, r.unmatched, item.attempt + 1, item.waits });
        } else {
            finishRows(r.unmatched, RowStatus::Unknown, QStringLiteral("UNKNOWN"), why, response.httpStatus);
        }
        return;
    }
    const qsizetype leftResults = body.results.size() - (item.rows.size() - r.unmatched.size() - body.errors.size());
    if (leftResults == r.unmatched.size() && body.errors.size() + body.results.size() == item.rows.size()) {
        // Every input was created, but the answer does not say which id is whose.
        for (int index : r.unmatched) {
            RowOutcome o;
            o.status = RowStatus::Created;
            o.message = QStringLiteral("Created; HubSpot's answer does not say which record id belongs to this row.");
            o.httpStatus = response.httpStatus;
            finishRow(index, o);
        }
        return;
    }
    settleUnknown(r.unmatched, why);
}

QHash<int, QString> EngineRun::lookedUp(const WorkItem &item, const ParsedBody &body) const
{
    QHash<QString, QString> byValue; // normalised value -> record id
    for (const ParsedResult &result : body.results) {
        const QString value = result.properties.value(m_lookupProperty);
        if (!value.isEmpty())
            byValue.insert(BatchPlanner::normalizedKey(m_lookupProperty, value), result.id);
    }
    QHash<int, QString> found;
    for (int index : item.rows) {
        const QString key = BatchPlanner::normalizedKey(m_lookupProperty, valueOf(index, m_lookupProperty));
        if (const auto it = byValue.constFind(key); it != byValue.cend())
            found.insert(index, *it);
    }
    return found;
}

void EngineRun::acceptLookup(const WorkItem &item, const QHash<int, QString> &found)
{
    QList<int> resend;
    for (int index : item.rows) {
        if (const auto it = found.constFind(index); it != found.cend()) {
            RowOutcome o;
            o.status = RowStatus::Created;
            o.id = *it;
            o.message = QStringLiteral("Created; found by %1 after the answer was lost.").arg(m_lookupProperty);
            finishRow(index, o);
        } else if (m_createAttempts.value(index) < m_policy.maxAttempts()) {
            resend.append(index);
        } else {
            finishRows({ index }, RowStatus::Unknown, QStringLiteral("UNKNOWN"),
                QStringLiteral("Not found after %1 attempts whose answers were lost.")
                    .arg(m_createAttempts.value(index)));
        }
    }
    if (!resend.isEmpty()) {
        qCInfo(lcBatch) << resend.size() << "rows of batch" << item.number << "were not created; sending them again";
        m_queue.prepend({ BatchExchange::Kind::Write, item.number, resend, item.attempt + 1, 0 });
    }
}

void EngineRun::retryLater(WorkItem item, const RetryDecision &decision, int httpStatus)
{
    if (RetryPolicy::isRateLimitWait(httpStatus))
        ++item.waits;
    else
        ++item.attempt;
    if (decision.pauseAll) {
        m_limiter->holdFor(decision.delayMs);
        m_queue.prepend(item);
        return;
    }
    ++m_scheduled;
    m_clock->callAfter(decision.delayMs, q, [this, item] {
        --m_scheduled;
        if (m_state == State::Running || m_state == State::Paused)
            m_queue.prepend(item);
        pump();
    });
}

bool EngineRun::splits(const WorkItem &item, const ParsedBody &body)
{
    // Refusals that are about the request, not about some rows, would fail every half alike: do not split them.
    const bool wholeRequest
        = body.whole.message.startsWith(QStringLiteral("Unable to perform update/upsert by non-unique"));
    return item.rows.size() > 1 && !wholeRequest;
}

void EngineRun::refuse(const WorkItem &item, const ParsedBody &body, const ApiResponse &response)
{
    const ParsedError &e = body.whole;
    if (splits(item, body)) {
        const qsizetype half = item.rows.size() / 2;
        qCDebug(lcBatch) << "batch" << item.number << "refused; splitting" << item.rows.size() << "rows";
        m_queue.prepend({ item.kind, item.number, item.rows.mid(half), item.attempt, item.waits });
        m_queue.prepend({ item.kind, item.number, item.rows.first(half), item.attempt, item.waits });
        return;
    }
    for (int index : item.rows)
        finishRow(index, RowReconciler::failure(e, response.httpStatus, response.correlationId()));
}

void EngineRun::stopRun(const WorkItem &item, const ParsedBody &body, const ApiResponse &response)
{
    Error fatal = Error::make(fatalKind(response.httpStatus), body.whole.message);
    fatal.httpStatus = response.httpStatus;
    fatal.correlationId = response.correlationId();
    if (fatal.message.isEmpty())
        fatal.message = QStringLiteral("HubSpot answered HTTP %1.").arg(response.httpStatus);
    if (response.httpStatus == 429 && body.policyName == u"DAILY")
        fatal.message = QStringLiteral("The daily API limit of this HubSpot account is reached; it resets at midnight "
                                       "in the account's time zone. Unsent rows were left for later.");
    if (!m_summary.fatal)
        m_summary.fatal = fatal;
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        for (int index : item.rows)
            finishRow(index, RowReconciler::failure(body.whole, response.httpStatus, response.correlationId()));
    }
    qCWarning(lcBatch) << "run stopped:" << fatal.message;
    m_queue.clear();
    if (m_state == State::Running || m_state == State::Paused)
        setState(State::Cancelling);
}

void EngineRun::settleUnknown(const QList<int> &rows, const QString &reason, int batchNumber)
{
    QList<int> lookup;
    QList<int> unknown;
    for (int index : rows) {
        const bool hasValue = !m_lookupProperty.isEmpty() && !valueOf(index, m_lookupProperty).trimmed().isEmpty();
        (hasValue ? lookup : unknown).append(index);
    }
    if (!unknown.isEmpty()) {
        finishRows(unknown, RowStatus::Unknown, QStringLiteral("UNKNOWN"),
            QStringLiteral("Sent, but %1; there is no unique property to look the record up, so it was not sent "
                           "again. Check in HubSpot before sending it again.")
                .arg(reason));
    }
    if (m_state != State::Running && m_state != State::Paused) {
        finishRows(lookup, RowStatus::Unknown, QStringLiteral("UNKNOWN"),
            QStringLiteral("Sent, but %1; the run stopped before it could be looked up.").arg(reason));
        return;
    }
    for (qsizetype i = 0; i < lookup.size(); i += LookupChunk) {
        const QList<int> chunk = lookup.mid(i, LookupChunk);
        m_queue.prepend({ BatchExchange::Kind::Lookup, batchNumber, chunk, 1, 0 });
    }
}

void EngineRun::finishRows(
    const QList<int> &rows, RowStatus status, const QString &category, const QString &message, int httpStatus)
{
    for (int index : rows) {
        RowOutcome o;
        o.status = status;
        o.category = category;
        o.message = message;
        o.httpStatus = httpStatus;
        finishRow(index, o);
    }
}

void EngineRun::finishRow(int index, const RowOutcome &outcome)
{
    if (index < 0 || index >= m_outcomes.size() || m_outcomes.isFinal(index))
        return; // exactly one final outcome per row
    m_outcomes.set(index, outcome);
    switch (outcome.status) {
    case RowStatus::Created:
        ++m_summary.created;
        break;
    case RowStatus::Updated:
        ++m_summary.updated;
        break;
    case RowStatus::Failed:
        ++m_summary.failed;
        break;
    case RowStatus::Unknown:
        ++m_summary.unknown;
        break;
    case RowStatus::Skipped:
        ++m_summary.skipped;
        break;
    case RowStatus::Pending:
        break;
    }
    m_recentDone.append(m_clock->nowMs());
    Q_EMIT q->rowFinished(keyOf(index), outcome);
    emitProgress();
}

void EngineRun::emitProgress()
{
    Progress p;
    p.total = m_summary.total;
    p.done = m_summary.created + m_summary.updated + m_summary.failed + m_summary.unknown + m_summary.skipped;
    // Rows per second over the last 10 s (or since the start, but never less than 1 s, so one fast answer does
    // not promise the moon).
    constexpr qint64 RateWindowMs = 10000;
    const qint64 now = m_clock->nowMs();
    while (!m_recentDone.isEmpty() && now - m_recentDone.first() > RateWindowMs)
        m_recentDone.removeFirst();
    const qint64 window = qBound<qint64>(1000, now - m_startedMs, RateWindowMs);
    p.rowsPerSecond = double(m_recentDone.size()) * 1000.0 / double(window);
    p.etaMs = p.rowsPerSecond > 0 ? qint64((p.total - p.done) * 1000.0 / p.rowsPerSecond) : -1;
    Q_EMIT q->progressChanged(p);
}

void EngineRun::maybeFinish()
{
    if (m_state == State::Idle || m_state == State::Finished || m_inFlight > 0 || m_waitingForCatalogue)
        return;
    const bool stopping = m_state == State::Cancelling;
    if (!stopping && (!m_queue.isEmpty() || m_scheduled > 0 || m_state == State::Paused || m_wakeScheduled))
        return;
    m_summary.durationMs = m_clock->nowMs() - m_startedMs;
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (!m_outcomes.isFinal(i))
            ++m_summary.skipped;
    }
    setState(State::Finished);
    qCInfo(lcBatch) << "run" << m_plan.runId << "finished:" << m_summary.created << "created" << m_summary.updated
                    << "updated" << m_summary.failed << "failed" << m_summary.unknown << "unknown" << m_summary.skipped
                    << "not sent";
    Q_EMIT q->runFinished(m_summary);
}

} // namespace Batchsmith
