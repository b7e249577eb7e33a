// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/enginerun.h"

#include <limits>
#include <memory>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

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
    , m_searchLimiter(std::make_unique<RateLimiter>(clock, LostCreateLookup::SearchLimitPerSecond, 1000))
{
}

EngineRun::~EngineRun() = default;

void EngineRun::setRateLimiter(RateLimiter *limiter)
{
    m_limiter = limiter ? limiter : m_ownLimiter.get();
}

void EngineRun::setSearchRetries(int retries, qint64 delayMs)
{
    m_searchRetries = qMax(0, retries);
    m_searchRetryDelayMs = qMax<qint64>(0, delayMs);
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
    std::optional<Plan> given = std::exchange(m_givenPlan, std::nullopt);
    auto plan = given && !spec.runId.isEmpty() && given->runId == spec.runId
        ? Result<Plan>(std::move(*given))
        : BatchPlanner::plan(spec, *source, spec.runId);
    if (!plan)
        return plan.error();

    m_spec = spec;
    m_rows = std::move(source);
    const int rowCount = m_rows->rowCount();
    m_plan = std::move(plan).value();
    m_outcomes.reset(rowCount);
    m_createAttempts.reset(spec.mode == WriteMode::Create ? rowCount : 0);
    m_queue.clear();
    m_summary = RunSummary();
    m_summary.total = rowCount;
    m_inFlight = m_scheduled = 0;
    m_api->setToken(m_token);
    m_api->setTimeoutMs(spec.requestTimeoutMs);
    m_policy = RetryPolicy::forRun(spec.maxAttempts, m_plan.runId);
    m_pacer = Pacer(spec.concurrency);
    if (m_limiter == m_ownLimiter.get()) {
        m_ownLimiter = std::make_unique<RateLimiter>(m_clock, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
        m_limiter = m_ownLimiter.get();
    }
    m_pacer.start(*m_limiter);
    // Creates an earlier process may have sent are looked up first (settleMaybeSent); upserts just go again. Both
    // count as sent: a stop before they are settled leaves them Unknown, not "not sent".
    m_maybeSent.clear();
    m_firstSent.reset(rowCount);
    m_doubt.reset(rowCount);
    m_sentEarlier.clear();
    m_searchQueue.clear();
    m_searchesInFlight = m_searchesScheduled = 0;
    m_searchLimiter = std::make_unique<RateLimiter>(m_clock, LostCreateLookup::SearchLimitPerSecond, 1000);
    QSet<int> settle;
    for (const QString &key : maybeSent) {
        const int index = m_rows->indexOfKey(key);
        if (index < 0 || m_firstSent.at(index) != 0)
            continue;
        const qint64 given = m_givenFirstSent.value(key, 0);
        m_firstSent[index] = given > 0 ? given : -1;
        m_doubt[index] = true;
        m_sentEarlier.insert(index);
        if (spec.mode == WriteMode::Create) {
            settle.insert(index);
            m_maybeSent.append(index);
            m_createAttempts[index] = 1;
        }
    }
    m_givenFirstSent.clear();
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
    m_propertyTypes.clear();
    for (const QJsonValue &v : properties) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            m_propertyTypes.insert(name, p.value(QStringLiteral("type")).toString());
    }
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
    pumpSearches();
    pump();
}

void EngineRun::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_summary.cancelled = true;
    m_queue.clear();
    m_searchQueue.clear();
    setState(State::Cancelling);
    maybeFinish();
}

void EngineRun::pump()
{
    if (m_state != State::Running || m_waitingForCatalogue)
        return maybeFinish();
    // The state again each time: a pre-send hook may pause the run (the app, when its journal cannot be written).
    // As many in flight as the limiter's pace needs (Pacer), each leaving when the limiter allows.
    // A first wave of 32 requests, each built and journaled before it leaves, would hold the event loop for a long
    // time at once: past the pass's time the rest go on the next pass, so the window stays responsive.
    while (m_state == State::Running && !m_queue.isEmpty() && m_inFlight < m_pacer.inFlightLimit(*m_limiter)) {
        if (!passHasTime())
            return yieldPump();
        if (m_pacer.mustStopForDailyLimit(requestsLeft()))
            return stopForDailyLimit();
        const qint64 wait = m_limiter->delayBeforeNextMs();
        if (wait > 0)
            return scheduleWake(wait);
        m_pacer.recordSend();
        send(m_queue.takeFirst());
    }
    maybeFinish();
}

void EngineRun::stopForDailyLimit()
{
    // Stopping here, with a few requests to spare, leaves every unsent row "not sent" and the journal resumable; going
    // on would only turn the rest into 429 DAILY answers (docs/hubspot-behaviour.md §5.2).
    const qint64 left = m_pacer.dailyLeft();
    Error fatal = Error::make(Error::Kind::RateLimited,
        QStringLiteral("The daily API limit of this HubSpot account is almost reached (about %1 calls left of %2), "
                       "so the run stopped before HubSpot refused it. Unsent rows were left as not sent: resume the "
                       "run from its journal after midnight in the account's time zone.")
            .arg(left)
            .arg(m_pacer.dailyMax()));
    fatal.httpStatus = 429;
    if (!m_summary.fatal)
        m_summary.fatal = fatal;
    qCWarning(lcBatch) << "run stopped:" << requestsLeft() << "requests left, about" << left << "left today";
    m_queue.clear();
    m_searchQueue.clear();
    setState(State::Cancelling);
    maybeFinish();
}

void EngineRun::yieldPump()
{
    m_pumpYielded = true; // passHasTime() has scheduled the next pass
}

bool EngineRun::passHasTime()
{
    // On the run's clock: a test's manual clock does not move during a pass, so its runs never defer.
    const qint64 now = m_clock->nowMs();
    if (m_passStartMs < 0) {
        m_passStartMs = now;
        // A zero timer runs once the event loop has handled what is already queued, including the other answers
        // that arrived with this one, and painted: that is the next pass.
        QTimer::singleShot(0, q, [this] { nextPass(); });
    }
    return now - m_passStartMs < PassBudgetMs;
}

void EngineRun::nextPass()
{
    m_passStartMs = -1;
    while (!m_keptAnswers.isEmpty() && passHasTime()) {
        KeptAnswer kept = m_keptAnswers.takeFirst();
        onAnswer(kept.item, std::move(kept.ex), kept.response, kept.sentAtMs);
    }
    if (m_pumpYielded && m_keptAnswers.isEmpty()) {
        m_pumpYielded = false;
        pump();
    }
}

void EngineRun::answerArrived(
    const WorkItem &item, const BatchExchange &ex, const ApiResponse &response, qint64 sentAtMs)
{
    if (m_keptAnswers.isEmpty() && passHasTime())
        return onAnswer(item, ex, response, sentAtMs);
    m_keptAnswers.append({ item, ex, response, sentAtMs });
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
        // createdate: a record found is claimed only if it was created after the row's first send.
        body = RequestBuilder::lookupBody(m_lookupProperty, values, { m_lookupProperty, QStringLiteral("createdate") });
    }
    BatchExchange ex = exchangeFor(item, path, body);
    if (m_preSend && !m_preSend(ex)) {
        if (m_state == State::Paused) { // the hook's owner paused the run: the request waits, first, for resume()
            m_queue.prepend(item);
            return;
        }
        return refuseToSend();
    }
    if (item.kind == BatchExchange::Kind::Write && m_spec.mode == WriteMode::Create) {
        for (int index : item.rows)
            ++m_createAttempts[index];
    }
    if (item.kind == BatchExchange::Kind::Write)
        noteSent(item.rows);
    // When the request left, for the limiter: recorded now, moved to when it was written; its answer's headers are
    // compared with the limiter's count at that time.
    const auto sentAt = std::make_shared<qint64>(m_limiter->recordSend());
    ++m_inFlight;
    ++m_summary.requests;
    if (item.attempt + item.waits > 1)
        ++m_summary.retries;
    ApiCall *call = m_api->post(path, body);
    QObject::connect(call, &ApiCall::requestWritten, q, [this, sentAt] { *sentAt = m_limiter->markWritten(*sentAt); });
    ex.requestHeaders = call->redactedRequestHeaders();
    QObject::connect(call, &ApiCall::finished, q,
        [this, item, ex, sentAt](const ApiResponse &response) { answerArrived(item, ex, response, *sentAt); });
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
    m_searchQueue.clear();
    if (m_state == State::Running || m_state == State::Paused)
        setState(State::Cancelling);
}

void EngineRun::onAnswer(const WorkItem &item, BatchExchange ex, const ApiResponse &response, qint64 sentAtMs)
{
    --m_inFlight;
    m_limiter->updateFromHeaders(response.rateLimit(), sentAtMs);
    m_skew.observe(response.header("Date"), m_clock->utcNow().toMSecsSinceEpoch());
    m_pacer.recordAnswer(response.rateLimit(), response.durationMs,
        !response.networkFailure && !response.timedOut && response.httpStatus > 0, m_inFlight);
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
    Found found;
    if (decision.action == Action::Accept) {
        if (lookup)
            found = lookedUp(item, body);
        else
            written = reconcileWrite(item, body, response);
    }
    ex.verdict = verdictFor(item, decision, body, written, found);
    clearDoubt(item, decision, response);
    Q_EMIT q->batchAnswered(ex);

    switch (decision.action) {
    case Action::Accept:
        lookup ? acceptLookup(item, found) : acceptWrite(item, written, body, response);
        break;
    case Action::Retry:
        retryLater(item, decision, status, m_queue, *m_limiter, m_scheduled, &EngineRun::pump);
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
    const RowReconciler::Reconciled &written, const Found &found) const
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

template <typename Item>
void EngineRun::retryLater(Item item, const RetryDecision &decision, int httpStatus, QList<Item> &queue,
    RateLimiter &limiter, int &scheduled, void (EngineRun::*wake)())
{
    if (RetryPolicy::isRateLimitWait(httpStatus))
        ++item.waits;
    else
        ++item.attempt;
    if (decision.pauseAll) {
        limiter.holdFor(decision.delayMs);
        queue.prepend(item);
        return;
    }
    ++scheduled;
    m_clock->callAfter(decision.delayMs, q, [this, item, &queue, &scheduled, wake] {
        --scheduled;
        if (m_state == State::Running || m_state == State::Paused)
            queue.prepend(item);
        (this->*wake)();
    });
}

template void EngineRun::retryLater(
    WorkItem, const RetryDecision &, int, QList<WorkItem> &, RateLimiter &, int &, void (EngineRun::*)());
template void EngineRun::retryLater(
    SearchItem, const RetryDecision &, int, QList<SearchItem> &, RateLimiter &, int &, void (EngineRun::*)());

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
                                       "in the account's time zone. Unsent rows were left as not sent: resume the run "
                                       "from its journal after the reset.");
    if (!m_summary.fatal)
        m_summary.fatal = fatal;
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        for (int index : item.rows)
            finishRow(index, RowReconciler::failure(body.whole, response.httpStatus, response.correlationId()));
    }
    qCWarning(lcBatch) << "run stopped:" << fatal.message;
    m_queue.clear();
    m_searchQueue.clear();
    if (m_state == State::Running || m_state == State::Paused)
        setState(State::Cancelling);
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
    Q_EMIT q->rowFinished(keyOf(index), outcome);
    emitProgress();
}

void EngineRun::emitProgress()
{
    Progress p;
    p.total = m_summary.total;
    p.done = m_summary.created + m_summary.updated + m_summary.failed + m_summary.unknown + m_summary.skipped;
    // The pace the limiter will hold, not the first window's burst (a fresh token starts with a full window, which
    // would promise several times the real rate): rows per request at the sustained request rate.
    const qint64 rowsLeft = p.total - p.done;
    const qint64 requests = qMax<qint64>(requestsLeft(), 0);
    const double rowsPerRequest = requests > 0
        ? qBound(1.0, double(rowsLeft) / double(requests + m_inFlight), double(qMax(1, m_spec.batchSize)))
        : double(qMax(1, m_spec.batchSize));
    p.rowsPerSecond = m_pacer.sustainedRequestsPerSecond(*m_limiter) * rowsPerRequest;
    if (rowsLeft <= 0)
        p.etaMs = 0;
    else if (requests == 0)
        p.etaMs = qMax<qint64>(0, m_pacer.latencyMs()); // only answers to wait for
    else
        p.etaMs = m_pacer.etaMs(requests, *m_limiter);
    Q_EMIT q->progressChanged(p);
}

void EngineRun::maybeFinish()
{
    if (m_state == State::Idle || m_state == State::Finished || m_inFlight > 0 || m_waitingForCatalogue
        || m_searchesInFlight > 0)
        return;
    const bool stopping = m_state == State::Cancelling;
    if (!stopping
        && (!m_queue.isEmpty() || m_scheduled > 0 || m_state == State::Paused || m_wakeScheduled || searching()))
        return;
    if (stopping)
        keepDoubt();
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
