// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QUrl>

#include "core/batch/batchtypes.h"
#include "core/net/retrypolicy.h"
#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class ApiClient;
class Clock;
class JournalLock;
class RateLimiter;
class RunJournal;
struct ApiResponse;
struct ParsedBody;
struct RevertPlan;

/**
 * Runs the revert of a run as a journaled run of its own: batch/update by record id to restore the values
 * recorded before the run, then batch/archive of the records the run created, 100 records a request, one request
 * at a time, each request committed to the revert's journal before it leaves. Both operations are idempotent, so
 * a resumed revert simply sends its pending operations again. Each request goes as the engine's do (PacedRequest):
 * it waits for the token's RateLimiter (shared with the runs sent meanwhile), which learns from each answer's headers
 * and is held after a 429, and each answer goes through RetryPolicy (backoff with jitter, Retry-After) with the
 * undone run's attempt limit; waits are on the Clock. Owned by the caller (the app's RunHistoryController); the network
 * manager, clock and limiter must outlive it. Main thread.
 *
 *     auto plan = RevertPlanner::build(journalPath);            // show plan->confirmationText(), ask
 *     RevertRunner revert(&nam, SystemClock::instance());
 *     revert.setToken(token);
 *     revert.setRateLimiter(limiters.limiterFor(token));         // RateLimiterPool
 *     connect(&revert, &RevertRunner::finished, …);
 *     if (auto ok = revert.start(*plan, RunJournal::newPath(dir, u"revert"_s)); !ok) report(ok.error());
 *
 * In the revert's journal each row is one operation, keyed `restore-<recordId>` or `archive-<recordId>`; an
 * archived record's outcome is `updated` with the message "Archived.".
 */
class RevertRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevertRunner)

public:
    explicit RevertRunner(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~RevertRunner() override;

    void setToken(const QString &token);
    /// The limiter of the token, shared with whatever else sends with it; by default the revert has its own.
    void setRateLimiter(RateLimiter *limiter);

    /// Where to send when the run went to a loopback address: the embedded sandbox listens on a new port each
    /// start. Invalid (the default): the address in the plan or journal.
    void setSandboxEndpoint(const QUrl &endpoint) { m_sandboxEndpoint = endpoint; }

    /// Writes the revert's journal at @p journalPath (which must not exist), then starts sending. The journal of
    /// the run being undone is locked until the revert ends, so that no process resumes that run meanwhile: what it
    /// created then would not be archived. Fails, writing nothing, when a process holds it.
    Result<void> start(const RevertPlan &plan, const QString &journalPath);
    /// Resumes an unfinished revert journal, locking the undone run's journal as start() does.
    Result<void> resume(const QString &journalPath);

    RunJournal *journal() const { return m_journal.get(); }

Q_SIGNALS:
    void rowFinished(const QString &rowKey, const Batchsmith::RowOutcome &outcome);
    void progressChanged(const Batchsmith::Progress &progress);
    void finished(const Batchsmith::RunSummary &summary);

private:
    struct Operation
    {
        QString rowKey;
        bool archive = false;
        QString recordId;
        QMap<QString, QString> properties;
    };

    /// The lock of the journal at @p path, or none when there is no such file.
    static Result<std::unique_ptr<JournalLock>> lockUndoneRun(const QString &path);
    Result<void> run(std::unique_ptr<RunJournal> journal, std::unique_ptr<JournalLock> undoneRun);
    void sendNext();
    void journalAnswer(const BatchExchange &sent, const ApiResponse &response, const RetryDecision &decision);
    void onAnswer(const QList<Operation> &chunk, bool archive, const ApiResponse &response, const ParsedBody &body,
        const RetryDecision &decision);
    void finishOperation(const Operation &op, const RowOutcome &outcome);
    void finishRun(const std::optional<Error> &fatal = std::nullopt);

    std::unique_ptr<ApiClient> m_api;
    Clock *m_clock;
    std::unique_ptr<RateLimiter> m_ownLimiter;
    RateLimiter *m_limiter = nullptr;
    RetryPolicy m_policy;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<JournalLock> m_undoneRun; // held from start() or resume() until the revert ends
    QUrl m_sandboxEndpoint;
    BatchSpec m_spec;
    QList<Operation> m_pending;
    int m_batch = 0;
    RunSummary m_summary;
    qint64 m_startedMs = 0;
};

} // namespace Batchsmith
