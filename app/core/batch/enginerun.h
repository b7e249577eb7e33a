// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QSet>

#include "core/api/apiresponse.h"
#include "core/api/batchresponseparser.h"
#include "core/batch/batchengine.h"
#include "core/batch/batchplanner.h"
#include "core/batch/lostcreatelookup.h"
#include "core/batch/outcomestore.h"
#include "core/batch/rowreconciler.h"
#include "core/batch/rowsource.h"
#include "core/batch/zeroedarray.h"
#include "core/net/pacer.h"
#include "core/net/retrypolicy.h"

class QNetworkAccessManager;

namespace Batchsmith {

class ApiClient;

/**
 * BatchEngine's state machine: the queue of batches, what is in flight, retries, splits and the settling of lost
 * creates. Owned by BatchEngine, emits through it. GUI thread only.
 */
class EngineRun final
{
public:
    EngineRun(BatchEngine *engine, QNetworkAccessManager *nam, Clock *clock);
    ~EngineRun();
    EngineRun(const EngineRun &) = delete;
    EngineRun &operator=(const EngineRun &) = delete;

    void setToken(const QString &token) { m_token = token; }

    void setPreSendHook(BatchEngine::PreSendHook hook) { m_preSend = std::move(hook); }

    void setRateLimiter(RateLimiter *limiter);

    void setFirstSent(const QHash<QString, qint64> &msByKey) { m_givenFirstSent = msByKey; }

    void setSearchRetries(int retries, qint64 delayMs);

    void setPlan(Plan plan) { m_givenPlan = std::move(plan); }

    Result<void> start(const BatchSpec &spec, std::shared_ptr<const RowSource> rows, const QStringList &maybeSent);

    void pause();
    void resume();
    void cancel();

    BatchEngine::State state() const { return m_state; }

    const BatchSpec &spec() const { return m_spec; }

    RowOutcome outcome(const QString &key) const
    {
        return m_rows ? m_outcomes.at(m_rows->indexOfKey(key)) : RowOutcome();
    }

    qint64 firstSentMs(const QString &key) const
    {
        const qint64 sent = m_rows ? m_firstSent.value(m_rows->indexOfKey(key)) : 0;
        return sent > 0 ? sent : 0; // -1: sent at a time not known
    }

    QList<RowOutcome> outcomes() const { return m_outcomes.toList(); }

    RunSummary summary() const { return m_summary; }

private:
    using Found = QHash<int, ParsedResult>; // row index -> the record a lookup found for it

    struct WorkItem
    {
        BatchExchange::Kind kind = BatchExchange::Kind::Write;
        int number = 0;
        QList<int> rows;
        int attempt = 1;
        int waits = 0; // 429 / 423 / 477 answers so far
    };

    /// The row at @p index, read from the source when a request or a lookup needs it; never kept.
    Row row(int index) const { return m_rows->row(index); }

    QString keyOf(int index) const { return m_rows->key(index); }

    QString valueOf(int index, const QString &property) const { return m_rows->value(index, property); }

    /// Whether some row fills @p property (reads values until the first one that does).
    bool anyRowFills(const QString &property) const;

    void setState(BatchEngine::State state);
    void resolveLookupProperty();
    void onCatalogue(const ApiResponse &response);
    void pump();
    void scheduleWake(qint64 waitMs);
    /// pump() again on the next event-loop pass: this pass used its time (passHasTime()).
    void yieldPump();
    /// Whether this event-loop pass still has time for the engine's work (answers, then sends): PassBudgetMs from the
    /// pass's first piece of work, on the run's clock. The first call of a pass schedules the next pass's work.
    bool passHasTime();
    /// Called when a request's answer arrives: handled now (onAnswer) while the pass has time, else kept, in order,
    /// for the next pass. Answers of a first wave all arrive in one pass of the event loop; handling each, and
    /// sending the next request it frees, takes a few milliseconds, so together they held the window for 100 ms.
    void answerArrived(const WorkItem &item, const BatchExchange &ex, const ApiResponse &response, qint64 sentAtMs);
    /// A new pass: the kept answers first, then the sends pump() left.
    void nextPass();

    /// Requests still to send: the queue and the retries waiting for their time.
    qint64 requestsLeft() const { return m_queue.size() + m_scheduled; }

    /// Stops before the token's daily budget runs out (Pacer::mustStopForDailyLimit); unsent rows stay not sent.
    void stopForDailyLimit();
    void send(const WorkItem &item);
    BatchExchange exchangeFor(const WorkItem &item, const QString &path, const QByteArray &body) const;
    /// @p sentAtMs: when the request left, as the limiter counts it (RateLimiter::markWritten).
    void onAnswer(const WorkItem &item, BatchExchange exchange, const ApiResponse &response, qint64 sentAtMs);
    /// What the engine does about the answer, for the exchange's verdict (the response view's explanation).
    ExchangeVerdict verdictFor(const WorkItem &item, const RetryDecision &decision, const ParsedBody &body,
        const RowReconciler::Reconciled &written, const Found &found) const;
    RowReconciler::Reconciled reconcileWrite(
        const WorkItem &item, const ParsedBody &body, const ApiResponse &response) const;
    /// The rows of a lookup that the answer found.
    Found lookedUp(const WorkItem &item, const ParsedBody &body) const;
    void acceptWrite(
        const WorkItem &item, const RowReconciler::Reconciled &r, const ParsedBody &body, const ApiResponse &response);
    void acceptLookup(const WorkItem &item, const Found &found);
    /// Ends a row a read or a search found: Created when the record is this run's, else Failed or Unknown.
    void claimFound(int index, const ParsedResult &record, const QString &how);
    /// Whether a refused batch is split in halves (else its rows fail).
    static bool splits(const WorkItem &item, const ParsedBody &body);
    void refuse(const WorkItem &item, const ParsedBody &body, const ApiResponse &response);
    void stopRun(const WorkItem &item, const ParsedBody &body, const ApiResponse &response);
    /// Looks up (under @p batchNumber; 0 for rows of an earlier process) or gives up on creates that may be written.
    void settleUnknown(const QList<int> &rows, const QString &reason, int batchNumber = 0);
    void settleMaybeSent();

    Row rowAt(int index) const { return m_rows->row(index); } // materialised on demand (RowSource)

    /// Whether the row was sent and may have been written: no answer since said it was not.
    bool wasSent(int index) const { return m_doubt.value(index); }

    void clearDoubt(const WorkItem &item, const RetryDecision &decision, const ApiResponse &response);
    void noteSent(const QList<int> &rows);
    /// Rows sent and not settled when the run stops end Unknown: they may have been written.
    void keepDoubt();

    // Search lookups (enginerunsearch.cpp): for rows with no unique property value to read them by.
    struct SearchItem
    {
        int row = -1;
        int number = 0; // the batch it came from
        int misses = 0; // searches that found nothing so far
        int attempt = 1;
        int waits = 0;
    };

    /// Sends @p item again later, batch or search alike: after a pause of everyone on @p limiter (@p decision's
    /// pauseAll, back at the head of @p queue), or after its own backoff, counted in @p scheduled until it is due
    /// and then put back in @p queue for @p wake to send.
    template <typename Item>
    void retryLater(Item item, const RetryDecision &decision, int httpStatus, QList<Item> &queue, RateLimiter &limiter,
        int &scheduled, void (EngineRun::*wake)());

    void queueSearches(const QList<int> &rows, int batchNumber, const QString &reason);
    void pumpSearches();
    /// The wake of a search that waited: sends what the search limiter allows, then ends the run if nothing is left.
    void pumpSearchesThenFinish();
    void sendSearch(const SearchItem &item);
    void onSearchAnswer(SearchItem item, BatchExchange ex, const ApiResponse &response);
    void acceptSearch(const SearchItem &item, const LostCreateLookup::SearchAnswer &answer, const QString &how);
    bool searching() const;
    void refuseToSend();
    void finishRows(
        const QList<int> &rows, RowStatus status, const QString &category, const QString &message, int httpStatus = 0);
    void finishRow(int index, const RowOutcome &outcome);
    void emitProgress();
    void maybeFinish();

    BatchEngine *q;
    Clock *m_clock;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RateLimiter> m_ownLimiter;
    RateLimiter *m_limiter = nullptr;
    RetryPolicy m_policy;
    Pacer m_pacer; // how many batches in flight, the daily budget, the ETA
    QString m_token;
    BatchEngine::PreSendHook m_preSend;

    BatchSpec m_spec;
    // The rows given to start(); inside the engine a row is its index here. Callers name rows by key only: the
    // source's indexOfKey() maps them.
    std::shared_ptr<const RowSource> m_rows;
    Plan m_plan;
    OutcomeStore m_outcomes;
    RowCounter m_createAttempts; // row -> creates sent (a lost create is resent only after a lookup)
    QList<int> m_maybeSent; // resumed creates an earlier process sent: settled once the lookup property is known
    QString m_lookupProperty;
    bool m_waitingForCatalogue = false;

    QList<WorkItem> m_queue;
    int m_inFlight = 0;
    int m_scheduled = 0;
    bool m_wakeScheduled = false;
    BatchEngine::State m_state = BatchEngine::State::Idle;
    RunSummary m_summary;
    qint64 m_startedMs = 0;
    // Lost creates: when each row was first sent (local wall ms; 0 never, -1 at an unknown time), the server's clock.
    ZeroedArray<qint64> m_firstSent;
    ZeroedArray<bool> m_doubt; // sent, and maybe written
    QSet<int> m_sentEarlier; // maybeSent rows: sent by an earlier process
    QHash<QString, qint64> m_givenFirstSent; // setFirstSent(), applied by the next start()
    std::optional<Plan> m_givenPlan; // setPlan(), used by the next start()
    static constexpr qint64 PassBudgetMs = 8; // the engine works for about this long per event-loop pass
    qint64 m_passStartMs = -1; // when this pass's work began; -1 before any
    bool m_pumpYielded = false; // pump() stopped for time: the next pass goes on

    struct KeptAnswer
    {
        WorkItem item;
        BatchExchange ex;
        ApiResponse response;
        qint64 sentAtMs = 0;
    };

    QList<KeptAnswer> m_keptAnswers; // arrived when the pass had no time left: handled first, in order, next pass
    ServerClockSkew m_skew;
    QHash<QString, QString> m_propertyTypes; // from the catalogue: which sent values a search can use
    std::unique_ptr<RateLimiter> m_searchLimiter; // HubSpot's search API has its own, lower limit
    QList<SearchItem> m_searchQueue;
    int m_searchesInFlight = 0;
    int m_searchesScheduled = 0;
    bool m_searchWake = false;
    int m_searchRetries = LostCreateLookup::DefaultSearchRetries;
    qint64 m_searchRetryDelayMs = LostCreateLookup::DefaultSearchRetryDelayMs;
};

} // namespace Batchsmith
