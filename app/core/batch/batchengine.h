// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QStringList>

#include "core/batch/batchplanner.h"
#include "core/batch/batchtypes.h"
#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class Clock;
class EngineRun;
class RateLimiter;
class RowSource;

/**
 * Runs one batch write: plans the rows into batches of at most 100 inputs, sends them through the given
 * QNetworkAccessManager with N batches in flight under a per-token rate limiter, retries what is safe to
 * retry, and ends every row in exactly one outcome (created, updated, failed, unknown).
 *
 * Owned by its caller (QObject parent). Lives in the GUI thread (or the CLI's main thread). The network
 * manager and the clock are not owned and must outlive the engine.
 *
 *     BatchEngine engine(&nam, SystemClock::instance());
 *     engine.setToken(token);
 *     connect(&engine, &BatchEngine::rowFinished, …);
 *     if (auto started = engine.start(spec, rows); !started)
 *         report(started.error()); // bad input: nothing was sent
 */
class BatchEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchEngine)

public:
    enum class State { Idle, Running, Paused, Cancelling, Finished };
    Q_ENUM(State)

    explicit BatchEngine(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~BatchEngine() override;

    /// The bearer token for the next run. Never logged, never put in a signal (headers are redacted).
    void setToken(const QString &token);

    /// Share a limiter between engines that use the same token; by default each engine has its own.
    void setRateLimiter(RateLimiter *limiter);

    /// Called synchronously just before each request is handed to the network, with the request half of its
    /// exchange (no headers yet). A run journal commits "about to send" here: QNetworkAccessManager may transmit
    /// from its own thread as soon as post() returns. Returning false refuses the send: nothing more is sent and
    /// the run stops with an Io error, its unsent rows left pending; unless the hook paused the engine before
    /// returning false, in which case the refused request waits, first in line, and is offered again on resume().
    using PreSendHook = std::function<bool(const Batchsmith::BatchExchange &exchange)>;
    void setPreSendHook(PreSendHook hook);

    /// When the rows start() is next given as maybeSent were first sent by an earlier process (row key -> local wall
    /// time, ms since the epoch; RunJournal::resumeWork() gives them). A record a lookup finds for a lost create counts
    /// as created by this run only if HubSpot created it at or after that time (less the clock skew measured from
    /// the server's Date headers); before it, the row fails as CONFLICT "Already existed (id N)…" with the existing
    /// id in RowOutcome::id. A maybeSent row without a time here (a results file) cannot be proven this run's: a record
    /// found for it leaves the row Unknown, with the record's id. Used by the next start() only.
    void setFirstSent(const QHash<QString, qint64> &msByKey);

    /// How often a search that finds nothing for a lost create is asked again, and how long apart, before the row
    /// counts as not written and is sent again (HubSpot's search index lags behind writes). Default 2 and 5,000 ms.
    void setSearchRetries(int retries, qint64 delayMs);

    /// The plan BatchPlanner::plan(spec, rows, spec.runId) made of exactly the spec and rows the next start() is
    /// given, made on another thread for a big input (RunJournal::prepare() makes it), so that start() does not check
    /// and plan a million rows again on the caller's thread. Ignored unless its run id is the spec's. Used by the
    /// next start() only.
    void setPlan(Plan plan);

    /// Plans and starts the run. Fails without sending anything when the input is bad
    /// (duplicate upsert ids: the message names both rows; missing id; a row without a key or two with the same
    /// key; batch size out of range; base URL not HTTPS outside loopback). Rows already final (from a results file)
    /// must be left out by the caller. @p maybeSent (row keys) are rows an earlier process sent without recording an
    /// answer (a resumed run): they are settled as lost answers are, creates looked up by their unique property (or a
    /// search by the values sent) before any resend, upserts simply sent again; either way they count as sent.
    Result<void> start(const BatchSpec &spec, const QList<Row> &rows, const QStringList &maybeSent = {});
    /// The same, reading the rows from @p rows as it needs them (rowsource.h): the engine keeps no copy of every
    /// row, only the source, which must not change during the run. Outcomes are reported by RowSource::key().
    Result<void> start(const BatchSpec &spec, std::shared_ptr<const RowSource> rows, const QStringList &maybeSent = {});

    void pause(); // no new batch is sent; batches in flight finish
    void resume();
    /// No new batch is sent; in-flight batches finish and are recorded. Rows never sent stay Pending (counted in
    /// RunSummary::skipped); rows sent and not settled (no answer yet, a lookup or a retry to come) end Unknown, as on
    /// any stop (401, 403, daily limit, journal failure).
    void cancel();

    State state() const;
    const BatchSpec &spec() const;
    /// The outcome of the row with this key (Pending while it has none, or when no row has the key).
    RowOutcome outcome(const QString &key) const;
    /// When the row with this key was first sent in this run or an earlier one (local wall time, ms since the epoch,
    /// as setFirstSent() takes it); 0 when it was not sent or the time is not known. Kept by callers for the rows that
    /// end Unknown, so that a later run's lookup can tell a record this send created from one that existed before.
    qint64 firstSentMs(const QString &key) const;
    /// The outcome of each row, in the order of the list (or source) given to start().
    QList<RowOutcome> outcomes() const;
    RunSummary summary() const;

Q_SIGNALS:
    void runStarted(int totalRows, int totalBatches);
    void stateChanged(Batchsmith::BatchEngine::State state);
    /// A request left (exchange holds the request half; httpStatus 0).
    void batchSent(const Batchsmith::BatchExchange &exchange);
    /// Its answer arrived, or it failed for good or will be retried (exchange is complete).
    void batchAnswered(const Batchsmith::BatchExchange &exchange);
    /// A row reached its final outcome; @p key is its Row::key, as given to start().
    void rowFinished(const QString &key, const Batchsmith::RowOutcome &outcome);
    void progressChanged(const Batchsmith::Progress &progress);
    /// The limiter is waiting: @p waitMs until the next request may go (shown as a rate-limit meter).
    void rateLimitWaiting(qint64 waitMs, const Batchsmith::RateLimitInfo &info);
    void runFinished(const Batchsmith::RunSummary &summary);

private:
    friend class EngineRun;
    std::unique_ptr<EngineRun> d;
};

} // namespace Batchsmith
