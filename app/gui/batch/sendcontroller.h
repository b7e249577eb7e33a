// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "core/batch/batchengine.h"
#include "core/table/recordtablemodel.h"

class QNetworkAccessManager;

namespace Batchsmith {

class BeforeValuesReader;
class RateLimiterPool;
class RowSource;
class RunJournal;
class RunPreparation;
struct PreparedJournal;

/**
 * Sends rows of the grid: checks them first (blockingProblems), runs a BatchEngine over them and writes each
 * row's outcome back into the model by row key, so sorting or scrolling never sends an answer to the wrong row.
 * One run at a time; each run gets a fresh engine, announced by engineStarted() so the response view can follow.
 *
 * Every run is journaled (issue #6): a RunJournal file in journalDirectory() holds the plan, each request before
 * it leaves, each answer and each outcome, so a run killed at any moment can be resumed (resumeRun()) and
 * reverted. An upsert may first read the values it will overwrite (setReadBeforeValues()). Nothing is sent that is
 * not recorded first: a journal that cannot be written (a full disk) pauses the run, batches in flight finish, and
 * journalProblemChanged() says why; the journal keeps what it could not write, resume() writes it and goes on, and
 * cancel() ends the run. Before the engine starts (reading the values to overwrite) it stops the run instead.
 *
 * Each run, and the reads before it, wait for the token's one RateLimiter from the pool given (AppContext's), shared
 * with the reverts and the other windows that use the token.
 *
 * Owned by the main window; GUI thread. The model, network manager and limiter pool must outlive it.
 */
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    SendController(RecordTableModel *model, QNetworkAccessManager *network, RateLimiterPool *rateLimiters,
        QObject *parent = nullptr);
    ~SendController() override;

    /// What stops @p rows from being sent as @p spec says: invalid cells, and for an upsert a missing unique
    /// property column or an empty id. Translated; dataIndex is -1 when no single cell is to blame.
    QList<RecordTableModel::Problem> blockingProblems(const BatchSpec &spec, const QList<int> &rows) const;

    /// Starts sending @p rows (model rows). Their outcomes go back to Pending first. Rows whose outcome was unknown
    /// go to the engine as "maybe sent" when they are creates (BatchInput::looksUpFirst()): looked up before any
    /// resend, still unknown when the lookup cannot tell; @p resendUnknown (the confirmed action) creates them again
    /// instead. Fails, sending nothing, when a run is going or the engine refuses the input (duplicate upsert ids
    /// name both rows).
    Result<void> start(const BatchSpec &spec, const QString &token, const QList<int> &rows, bool resendUnknown = false);
    /// Resumes the unfinished run of the journal at @p journalPath: sends its rows without a final outcome (those
    /// an earlier process sent unanswered are settled as the engine settles lost answers). The outcomes go to the
    /// grid's rows with the journal's row keys (JournalDraft loads the grid with them). @p endpoint replaces a
    /// loopback base URL (the embedded sandbox listens on a new port each start). Refused when the run went
    /// elsewhere than @p endpoint and setPortalId()'s portal (otherAccountMessage()).
    Result<void> resumeRun(const QString &journalPath, const QString &token, const QUrl &endpoint = {});

    /// Says, in the UI's words, that a process is sending the run of @p journalPath (it holds the journal's lock):
    /// another Batchsmith process, named by its PID when known, or this one. Empty when nobody does.
    static QString journalInUseMessage(const QString &journalPath);

    /// Says, in the UI's words, why a run that went to @p runBaseUrl (portal @p runPortalId) cannot go on, be
    /// resumed or reverted, with the account in use (@p endpoint, portal @p portalId): one is the sandbox and the
    /// other HubSpot, or they are other hosts, or other portals. An unknown portal id or endpoint is not held
    /// against the run. Empty when it can.
    static QString otherAccountMessage(
        const QUrl &runBaseUrl, const QString &runPortalId, const QUrl &endpoint, const QString &portalId);

    /// Where new journals go; JournalReader::defaultDirectory() unless set. Empty: runs are not journaled.
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }

    QString journalDirectory() const { return m_journalDirectory; }

    /// Upserts read the values they overwrite first, so the run can be reverted (Settings::keepRevertValues()).
    void setReadBeforeValues(bool read) { m_readBefore = read; }

    /// Runs of at least this many rows are checked, planned and journaled on a worker thread before their first
    /// request (RunPreparation; default 1,000); smaller ones at once, in start(). Tests set 0.
    void setPrepareInBackgroundFrom(int rows);

    /// The HubSpot portal the runs go to, recorded in their journals for the run history.
    void setPortalId(const QString &portalId) { m_portalId = portalId; }

    /// The journal of the current or last run; empty when none. Only the current run's journal stays open (and
    /// locked): it is closed when its run ends.
    QString journalPath() const { return m_journalPath; }

    void pause();
    /// Goes on after pause(); after a journal write failure, first writes what the journal kept, and stays paused
    /// (journalProblemChanged() again) when it still cannot.
    void resume();
    void cancel();

    /// Why the journal stopped the current run, as journalProblemChanged() said it; empty when it did not.
    QString journalProblem() const { return m_journalProblem; }

    bool isRunning() const;
    bool isPaused() const;

    /// A big run is being checked, planned and journaled before its first request: it can be cancelled, not paused.
    bool isPreparing() const { return m_preparing; }

    BatchEngine *engine() const { return m_engine; }

    RecordTableModel *model() const { return m_model; }

Q_SIGNALS:
    /// A new engine is about to run: attach views to it now.
    void engineStarted(Batchsmith::BatchEngine *engine);
    void runningChanged(bool running);
    void pausedChanged(bool paused);
    void progressChanged(const Batchsmith::Progress &progress);
    void finished(const Batchsmith::RunSummary &summary);
    /// The run journal could not be written and the run is paused (or stopping): @p message says so, naming the file
    /// and SQLite's reason, and what to do. Empty once the journal could be written again or the run ended.
    void journalProblemChanged(const QString &message);
    /// A big run is being prepared (checked, planned and journaled) before its first request: @p percent of it done.
    void preparing(int percent);
    /// A run prepared in the background could not start (bad input, the journal could not be written): nothing was
    /// sent and the rows have their earlier outcomes. (A small run's start() returns the error instead.)
    void startFailed(const Batchsmith::Error &error);

private:
    Result<void> launch(const BatchSpec &spec, const QString &token, const std::shared_ptr<const RowSource> &rows,
        const QStringList &maybeSent, std::unique_ptr<RunJournal> journal, bool readBefore,
        std::optional<Plan> plan = std::nullopt);
    void onPrepared(Result<PreparedJournal> prepared, const QString &token,
        const std::shared_ptr<const RowSource> &rows, const QStringList &maybeSent,
        const QHash<QString, RowOutcome> &before, bool readBefore);
    void startEngine(const std::shared_ptr<const RowSource> &rows, const QStringList &maybeSent);
    void stopWithError(const Error &error);
    /// Ends the hold on the journal, so another process may resume the run.
    void closeJournal();
    void onJournalFailed(const QString &path, const QString &reason);
    void setJournalProblem(const QString &message);
    void onRunFinished(const RunSummary &summary);

    RecordTableModel *m_model;
    QNetworkAccessManager *m_network;
    RateLimiterPool *m_rateLimiters;
    QPointer<BatchEngine> m_engine;
    QHash<QString, qint64> m_firstSentMs; // a resume's, for the next engine (BatchEngine::setFirstSent)
    QHash<QString, qint64> m_unknownSentAtMs; // rows that ended Unknown in this window's runs: when first sent
    int m_rowCount = 0; // rows of the current run
    bool m_running = false;
    QString m_journalDirectory;
    QString m_portalId;
    bool m_readBefore = true;
    std::unique_ptr<RunJournal> m_journal; // of the current run; reset when it ends
    QString m_journalPath;
    QString m_journalError; // why the journal stopped the run ("<path>: <SQLite's text>"); empty when it did not
    QString m_journalProblem; // the same, said to the user (journalProblemChanged())
    BeforeValuesReader *m_reader = nullptr;
    RunPreparation *m_preparation; // checks, plans and journals a run before it starts
    bool m_preparing = false; // between start() and the engine's start
    bool m_inStart = false;
    bool m_cancelPreparing = false; // cancel() during the preparation
    std::optional<Error> m_startError; // a run prepared at once that could not start: start() returns it
    BatchSpec m_spec; // of the current run
    Progress m_progress; // the engine's last, emitted by m_progressTimer
    QTimer m_progressTimer;
};

} // namespace Batchsmith
