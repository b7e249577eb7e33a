// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EngineRun's settling of creates whose answer was lost (docs/hubspot-behaviour.md §5.6, §5.7): the read by a unique
// property, the search by the values sent, the claim on what they find, and the doubt a stop leaves.
#include <QDateTime>

#include "core/api/apiclient.h"
#include "core/batch/enginerun.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/net/ratelimiter.h"

namespace Batchsmith {

using State = BatchEngine::State;
using Action = RetryDecision::Action;
using LostCreateLookup::Claim;

namespace {

constexpr int LookupChunk = 100;
constexpr int SearchesInFlight = 2;

/// HubSpot takes at most 6 filters in a group; createdate takes one of them when the first send is known.
int propertyFilters(qint64 firstSentMs)
{
    return LostCreateLookup::MaxFiltersPerGroup - (firstSentMs > 0 ? 1 : 0);
}

QString unknownCategory()
{
    return QStringLiteral("UNKNOWN");
}

} // namespace

void EngineRun::noteSent(const QList<int> &rows)
{
    const qint64 now = m_clock->utcNow().toMSecsSinceEpoch();
    for (int index : rows) {
        if (index < 0 || index >= m_firstSent.size())
            continue;
        if (m_firstSent.at(index) == 0)
            m_firstSent[index] = now;
        m_doubt[index] = true;
    }
}

void EngineRun::clearDoubt(const WorkItem &item, const RetryDecision &decision, const ApiResponse &response)
{
    // Answers that say the request wrote nothing: a rate-limit wait, a refusal, a stop, or no connection at all.
    const int status = response.networkFailure ? 0 : response.httpStatus;
    const bool nothingWritten = response.failedBeforeSend || decision.action == Action::Refused
        || decision.action == Action::StopRun
        || (decision.action == Action::Retry && RetryPolicy::isRateLimitWait(status));
    if (item.kind != BatchExchange::Kind::Write || !nothingWritten)
        return;
    for (int index : item.rows) {
        // An upsert an earlier process sent is resent without a lookup: what that send did is still unknown.
        const bool earlier = m_spec.mode == WriteMode::Upsert && m_sentEarlier.contains(index);
        if (!earlier && index >= 0 && index < m_doubt.size())
            m_doubt[index] = false;
    }
}

void EngineRun::keepDoubt()
{
    // A row whose request left may have been written, whatever else was still to do for it (an answer, a lookup, a
    // retry): it ends Unknown, so that nobody sends it again as if it never left, and a resume looks it up first.
    for (int index = 0; index < m_outcomes.size(); ++index) {
        if (!wasSent(index) || m_outcomes.isFinal(index)) // not at(): it builds the whole outcome
            continue;
        RowOutcome o;
        o.status = RowStatus::Unknown;
        o.category = unknownCategory();
        o.message = QStringLiteral("Sent, but the run stopped before this row could be settled, so it may have been "
                                   "written. A resume looks it up before sending it again.");
        finishRow(index, o);
    }
}

void EngineRun::settleUnknown(const QList<int> &rows, const QString &reason, int batchNumber)
{
    QList<int> lookup;
    QList<int> search;
    for (int index : rows) {
        const bool hasValue = !m_lookupProperty.isEmpty() && !valueOf(index, m_lookupProperty).trimmed().isEmpty();
        (hasValue ? lookup : search).append(index);
    }
    if (m_state != State::Running && m_state != State::Paused) {
        finishRows(lookup + search, RowStatus::Unknown, unknownCategory(),
            QStringLiteral("Sent, but %1; the run stopped before it could be looked up.").arg(reason));
        return;
    }
    queueSearches(search, batchNumber, reason);
    for (qsizetype i = 0; i < lookup.size(); i += LookupChunk) {
        const QList<int> chunk = lookup.mid(i, LookupChunk);
        m_queue.prepend({ BatchExchange::Kind::Lookup, batchNumber, chunk, 1, 0 });
    }
}

EngineRun::Found EngineRun::lookedUp(const WorkItem &item, const ParsedBody &body) const
{
    QHash<QString, ParsedResult> byValue; // normalised value -> record
    for (const ParsedResult &result : body.results) {
        const QString value = result.properties.value(m_lookupProperty);
        if (!value.isEmpty())
            byValue.insert(BatchPlanner::normalizedKey(m_lookupProperty, value), result);
    }
    Found found;
    for (int index : item.rows) {
        const QString key = BatchPlanner::normalizedKey(m_lookupProperty, valueOf(index, m_lookupProperty));
        if (const auto it = byValue.constFind(key); it != byValue.cend())
            found.insert(index, *it);
    }
    return found;
}

void EngineRun::acceptLookup(const WorkItem &item, const Found &found)
{
    QList<int> resend;
    for (int index : item.rows) {
        if (const auto it = found.constFind(index); it != found.cend()) {
            claimFound(index, *it, m_lookupProperty);
        } else if (m_createAttempts.value(index) < m_policy.maxAttempts()) {
            resend.append(index);
        } else {
            finishRows({ index }, RowStatus::Unknown, unknownCategory(),
                QStringLiteral("Not found after %1 attempts whose answers were lost.")
                    .arg(m_createAttempts.value(index)));
        }
    }
    if (!resend.isEmpty()) {
        qCInfo(lcBatch) << resend.size() << "rows of batch" << item.number << "were not created; sending them again";
        m_queue.prepend({ BatchExchange::Kind::Write, item.number, resend, item.attempt + 1, 0 });
    }
}

void EngineRun::claimFound(int index, const ParsedResult &record, const QString &how)
{
    RowOutcome o;
    o.id = record.id;
    const qint64 firstSent = m_firstSent.value(index);
    switch (LostCreateLookup::claim(record, firstSent, m_skew)) {
    case Claim::Ours:
        o.status = RowStatus::Created;
        o.message = QStringLiteral("Created; found by %1 after the answer was lost.").arg(how);
        break;
    case Claim::Existed:
        // HubSpot refused this create as a duplicate, or someone else made the same record: either way not ours,
        // and a revert must never archive it (RevertPlanner archives Created rows only).
        o.status = RowStatus::Failed;
        o.category = QStringLiteral("CONFLICT");
        o.message = QStringLiteral("Already existed (id %1): found by %2 after the answer was lost, but created at "
                                   "%3, before this run first sent the row, so this run did not create it.")
                        .arg(record.id, how,
                            QDateTime::fromMSecsSinceEpoch(LostCreateLookup::createdMs(record), Qt::UTC)
                                .toString(Qt::ISODateWithMs));
        break;
    case Claim::Unproven:
        o.status = RowStatus::Unknown;
        o.category = unknownCategory();
        o.message = (firstSent > 0 ? QStringLiteral("Sent, but the answer was lost; record %1, found by %2, may be "
                                                    "this row's, but HubSpot did not say when it was created.")
                                   : QStringLiteral("Sent, but the answer was lost; record %1, found by %2, may be "
                                                    "this row's, but when this row was first sent is not known, so it "
                                                    "cannot be told apart from a record that already existed."))
                        .arg(record.id, how)
            + QStringLiteral(" Check record %1 in HubSpot before sending it again.").arg(record.id);
        break;
    }
    finishRow(index, o);
}

bool EngineRun::searching() const
{
    return !m_searchQueue.isEmpty() || m_searchesScheduled > 0 || m_searchWake;
}

void EngineRun::queueSearches(const QList<int> &rows, int batchNumber, const QString &reason)
{
    for (int index : rows) {
        const bool searchable = m_spec.mode == WriteMode::Create
            && !LostCreateLookup::searchProperties(rowAt(index), m_propertyTypes, 1).isEmpty();
        if (!searchable) {
            finishRows({ index }, RowStatus::Unknown, unknownCategory(),
                QStringLiteral("Sent, but %1; there is nothing to look the record up by (no unique property, no value "
                               "a search can match), so it was not sent again. Check in HubSpot before sending it "
                               "again.")
                    .arg(reason));
            continue;
        }
        SearchItem item;
        item.row = index;
        item.number = batchNumber;
        m_searchQueue.append(item);
    }
    pumpSearches();
}

void EngineRun::pumpSearches()
{
    if (m_state != State::Running || m_waitingForCatalogue)
        return;
    while (m_searchesInFlight < SearchesInFlight && !m_searchQueue.isEmpty()) {
        // A search may count toward the token's general budget too (docs/hubspot-behaviour.md §5.7): wait for both.
        const qint64 wait = qMax(m_searchLimiter->delayBeforeNextMs(), m_limiter->delayBeforeNextMs());
        if (wait > 0) {
            if (!m_searchWake) {
                m_searchWake = true;
                m_clock->callAfter(wait, q, [this] {
                    m_searchWake = false;
                    pumpSearchesThenFinish();
                });
            }
            return;
        }
        sendSearch(m_searchQueue.takeFirst());
    }
}

void EngineRun::pumpSearchesThenFinish()
{
    pumpSearches();
    maybeFinish();
}

void EngineRun::sendSearch(const SearchItem &item)
{
    const Row row = rowAt(item.row);
    const qint64 firstSent = m_firstSent.value(item.row);
    const qint64 createdFrom = firstSent > 0 ? m_skew.earliestServerMs(firstSent) : -1;
    const QStringList properties = LostCreateLookup::searchProperties(row, m_propertyTypes, propertyFilters(firstSent));
    const QString path = LostCreateLookup::searchPath(m_spec);
    const QByteArray body = LostCreateLookup::searchBody(row, properties, createdFrom);
    BatchExchange ex = exchangeFor(
        { BatchExchange::Kind::Lookup, item.number, { item.row }, item.attempt + item.misses, item.waits }, path, body);
    if (m_preSend && !m_preSend(ex))
        return refuseToSend();
    m_searchLimiter->recordSend();
    m_limiter->recordSend();
    ++m_searchesInFlight;
    ++m_summary.requests;
    if (item.attempt + item.waits + item.misses > 1)
        ++m_summary.retries;
    ApiCall *call = m_api->post(path, body);
    ex.requestHeaders = call->redactedRequestHeaders();
    QObject::connect(call, &ApiCall::finished, q,
        [this, item, ex](const ApiResponse &response) { onSearchAnswer(item, ex, response); });
    Q_EMIT q->batchSent(ex);
}

void EngineRun::onSearchAnswer(SearchItem item, BatchExchange ex, const ApiResponse &response)
{
    --m_searchesInFlight;
    m_skew.observe(response.header("Date"), m_clock->utcNow().toMSecsSinceEpoch());
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

    AttemptInfo info = BatchResponseParser::attemptInfo(response, body);
    info.idempotent = true;
    info.attempt = RetryPolicy::isRateLimitWait(status) ? item.waits + 1 : item.attempt;
    info.windowMs = m_searchLimiter->windowMs();
    const RetryDecision decision = m_policy.decide(info);
    if (status == 429) {
        // The search limit is lower than the token's and not announced in headers: slow down for the rest of the run.
        ++m_summary.rateLimited;
        const int slower = qMax(1, m_searchLimiter->maxPerWindow() - 1);
        m_searchLimiter = std::make_unique<RateLimiter>(m_clock, slower, m_searchLimiter->windowMs());
    }
    const LostCreateLookup::SearchAnswer answer = decision.action == Action::Accept
        ? LostCreateLookup::parseSearch(response.body)
        : LostCreateLookup::SearchAnswer();
    const QString how = QStringLiteral("a search on %1")
                            .arg(LostCreateLookup::searchProperties(
                                rowAt(item.row), m_propertyTypes, propertyFilters(m_firstSent.value(item.row)))
                                     .join(QStringLiteral(", ")));

    using Verdict = ExchangeVerdict::Action;
    ex.verdict.detail = QStringLiteral("search");
    switch (decision.action) {
    case Action::Accept:
        ex.verdict.action = Verdict::Accepted;
        ex.verdict.written = answer.total == 1 ? 1 : 0;
        break;
    case Action::Retry:
        ex.verdict.action = decision.pauseAll ? Verdict::Waited : Verdict::Retried;
        ex.verdict.delayMs = static_cast<qint32>(qMin<qint64>(decision.delayMs, 2147483647));
        break;
    default:
        ex.verdict.action = Verdict::Failed;
        ex.verdict.refused = 1;
        break;
    }
    Q_EMIT q->batchAnswered(ex);

    switch (decision.action) {
    case Action::Accept:
        acceptSearch(item, answer, how);
        break;
    case Action::Retry:
        retryLater(item, decision, status, m_searchQueue, *m_searchLimiter, m_searchesScheduled,
            &EngineRun::pumpSearchesThenFinish);
        break;
    default:
        finishRows({ item.row }, RowStatus::Unknown, unknownCategory(),
            QStringLiteral("Sent, but the answer was lost, and searching for the record failed (%1). Check in "
                           "HubSpot before sending it again.")
                .arg(decision.reason),
            status);
        break;
    }
    pumpSearches();
    pump();
}

void EngineRun::acceptSearch(const SearchItem &item, const LostCreateLookup::SearchAnswer &answer, const QString &how)
{
    const int index = item.row;
    if (answer.total > 1 || answer.results.size() > 1) {
        QStringList ids;
        for (const ParsedResult &r : answer.results)
            ids.append(r.id);
        finishRows({ index }, RowStatus::Unknown, unknownCategory(),
            QStringLiteral("Sent, but the answer was lost, and %1 records match the values sent (%2: ids %3…), so "
                           "which one is this row's cannot be told. Check in HubSpot before sending it again.")
                .arg(qMax<qsizetype>(answer.total, answer.results.size()))
                .arg(how, ids.join(QStringLiteral(", "))));
        return;
    }
    if (!answer.results.isEmpty())
        return claimFound(index, answer.results.first(), how);
    if (item.misses < m_searchRetries) {
        // The search index lags behind writes (docs/hubspot-behaviour.md §5.7): ask again before concluding.
        SearchItem again = item;
        ++again.misses;
        again.attempt = 1;
        again.waits = 0;
        ++m_searchesScheduled;
        m_clock->callAfter(m_searchRetryDelayMs, q, [this, again] {
            --m_searchesScheduled;
            if (m_state == State::Running || m_state == State::Paused)
                m_searchQueue.append(again);
            pumpSearchesThenFinish();
        });
        return;
    }
    const int attempts = m_createAttempts.value(index);
    if (attempts >= m_policy.maxAttempts()) {
        finishRows({ index }, RowStatus::Unknown, unknownCategory(),
            QStringLiteral("Not found after %1 attempts whose answers were lost.").arg(attempts));
        return;
    }
    qCInfo(lcBatch) << "row" << keyOf(index) << "of batch" << item.number << "was not created; sending it again";
    // Rows found missing one by one go out together when they can.
    if (!m_queue.isEmpty() && m_queue.first().kind == BatchExchange::Kind::Write
        && m_queue.first().number == item.number && m_queue.first().attempt == attempts + 1
        && m_queue.first().rows.size() < m_spec.batchSize) {
        m_queue.first().rows.append(index);
        return;
    }
    m_queue.prepend({ BatchExchange::Kind::Write, item.number, { index }, attempts + 1, 0 });
}

} // namespace Batchsmith
