// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "core/batch/batchengine.h"
#include "core/batch/batchplanner.h"
#include "core/clock.h"
#include "core/result.h"
#include "journal/journaltypes.h"

namespace Batchsmith {

struct BatchInput;
class JournalDb;
class JournalLock;
class RowSource;

/// A new run's rows, as RunJournal::prepare() records them.
struct JournalInput
{
    QStringList columns; // the input's columns: a file's header, or the grid's column keys
    std::shared_ptr<const RowSource> rows; // in input order; read on the thread that prepares the journal
    std::function<QStringList(int)> cellsOf; // row i's cells, one per column; empty: the rows' properties only
    QHash<int, RowOutcome> previous; // rows with an outcome in a results file given as input: final ones are final
    QSet<int> unknownBefore; // rows unknown in that file: sent before, so a resume looks them up first
};

/// A journal prepare() wrote and locked, to be opened by RunJournal::open(PreparedJournal) on the thread that uses it.
struct PreparedJournal
{
    QString path;
    std::shared_ptr<JournalLock> lock;
    Plan plan; // the plan of the rows to send (the rows not final in JournalInput::previous), as the engine makes it
};

/**
 * The journal of one run: an SQLite file that holds the plan (every input row with its trace id and batch), each
 * request before it is sent, each answer, and each row's outcome, committed as they happen, so that a run killed at
 * any moment can be resumed without creating anything twice. It never holds a token: BatchSpec has none and
 * request headers come redacted.
 *
 * Owned by whoever runs the engine (a std::unique_ptr beside it); must outlive the engine's run or be destroyed
 * before it (the destructor removes the hook). GUI or CLI main thread only. The times it records (the run's start,
 * each session's, each answer's, each outcome's) and the stamp in newPath() come from the Clock it is given, which
 * must outlive it: SystemClock by default, a ManualClock in tests, so that they need not sleep to order journals.
 *
 *     auto journal = RunJournal::create(path, setup, input);      // the plan, committed atomically
 *     if (!journal) return report(journal.error());
 *     auto work = (*journal)->resumeWork();                        // here: every row, none sent yet
 *     (*journal)->attach(&engine);
 *     engine.start(work->spec, work->source, work->maybeSent);
 *
 * Resuming is the same with RunJournal::open(path).
 *
 * create() and open() take the journal's JournalLock and keep it until the RunJournal is destroyed, so a journal is
 * written, and its rows sent, by one process at a time: another process's create() or open() of it fails at once
 * with a message naming the file and the PID of the process running it. Destroy the journal once its run is over.
 *
 * A write that fails (a full disk) is rolled back whole and emits writeFailed(); what it was to write (outcomes,
 * answers) is kept and written by the next write that commits, so nothing recorded is forgotten. While writes fail
 * nothing is written on its own: the next recordSend(), flush() or recordFinished() tries again.
 */
class RunJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunJournal)

public:
    ~RunJournal() override;

    /// Creates the journal of a new run at @p path (which must not exist) with every row of @p input, in input
    /// order; rows final in input.previous (a results file given back as input) are recorded as final and never
    /// sent. The file appears only once the whole plan is committed: if it exists, its plan is complete.
    static Result<std::unique_ptr<RunJournal>> create(const QString &path, const RunSetup &setup,
        const BatchInput &input, Clock *clock = SystemClock::instance(), QObject *parent = nullptr);
    /// The same, with row i's cells given by @p cellsOf(i) instead of input.cells (the grid reads them in place, so
    /// no expanded copy of every row's cells is made).
    static Result<std::unique_ptr<RunJournal>> create(const QString &path, const RunSetup &setup,
        const BatchInput &input, const std::function<QStringList(int)> &cellsOf, Clock *clock = SystemClock::instance(),
        QObject *parent = nullptr);
    /// The same, from a JournalInput.
    static Result<std::unique_ptr<RunJournal>> create(const QString &path, const RunSetup &setup,
        const JournalInput &input, Clock *clock = SystemClock::instance(), QObject *parent = nullptr);
    /// What create() does before it opens the journal: takes its lock, checks and plans the rows, writes the plan and
    /// renames the file into place. Uses no QObject and no database connection of the caller's thread, so a big input
    /// is journaled on a worker thread. @p progress(done, total), if given, is called every few thousand rows; it
    /// returns false to stop (then nothing is left on disk and the error is Error::Kind::Cancelled).
    static Result<PreparedJournal> prepare(const QString &path, const RunSetup &setup, const JournalInput &input,
        qint64 createdAtMs, const std::function<bool(qint64 done, qint64 total)> &progress = {});
    /// Opens a journal prepare() wrote, on the thread that will use it.
    static Result<std::unique_ptr<RunJournal>> open(
        PreparedJournal prepared, Clock *clock = SystemClock::instance(), QObject *parent = nullptr);
    /// Opens an existing journal to resume its run. Fails when another process (or RunJournal) holds its lock.
    static Result<std::unique_ptr<RunJournal>> open(
        const QString &path, Clock *clock = SystemClock::instance(), QObject *parent = nullptr);

    /// Removes the journal at @p path and SQLite's files beside it: for a journal whose run never started, which holds
    /// nothing but its plan. Not for a journal that is open.
    static void removeUnstarted(const QString &path);

    /// A name for a new journal in @p directory: run-<UTC time of @p clock>-<run id>.bsjournal.
    static QString newPath(const QString &directory, const QString &runId, Clock *clock = SystemClock::instance());

    static QString fileSuffix() { return QStringLiteral("bsjournal"); }

    QString path() const;
    QString runId() const;
    RunSetup setup() const;

    /// The rows still to send (no final outcome, or unknown), in input order, which of them were already sent by a
    /// process that stopped or died before their answer was settled, and when each was first sent: what
    /// BatchEngine::setFirstSent() and start() take for a resume.
    Result<ResumeWork> resumeWork(ResumeWork::Rows rows = ResumeWork::Rows::InMemory) const;

    /// Journals @p engine's run: installs its pre-send hook (the request is committed before it leaves) and records
    /// its answers, outcomes (by row key, as the engine reports them) and end. Starts a new session.
    Result<void> attach(BatchEngine *engine);

    /// The parts attach() uses, for runs that do not go through BatchEngine (RevertRunner).
    Result<void> beginSession();
    Result<void> recordSend(const BatchExchange &exchange);
    Result<void> recordAnswer(const BatchExchange &exchange);
    /// Buffered, committed with the next send, by flush(), or on the next event-loop pass (not while writes fail).
    /// An outcome lost to a crash is harmless: the row was sent, so a resume settles it (looked up, or resent when
    /// idempotent).
    void recordOutcome(const QString &rowKey, const RowOutcome &outcome);
    /// Commits the outcomes and answers not written yet (those a failed write kept too).
    Result<void> flush();
    Result<void> recordFinished(const RunSummary &summary);
    /// Stores what records held before the run writes them (revert). Keys are normalised id property values.
    Result<void> recordBeforeValues(const QList<BeforeValues> &values);

    /// The id keys whose before-values are already recorded (a resumed run reads only the others).
    QSet<QString> beforeValueKeys() const;

    /// The last write error, "<path>: <SQLite's text>" (the run stops on it when it was a send); empty when none.
    QString lastError() const { return m_lastError; }

    /// The last write failed, and nothing has been written since: the journal is behind the run.
    bool isFailing() const { return m_failing; }

    /// Outcomes recorded but not written yet (a failed write keeps them for the next one).
    int unwrittenOutcomes() const { return int(m_outcomes.size()); }

Q_SIGNALS:
    /// A write failed and was rolled back: @p path is the journal file, @p reason SQLite's text (such as "database or
    /// disk is full"). The engine stops sending when it was a send; what was to be written is kept (see the class).
    void writeFailed(const QString &path, const QString &reason);

private:
    RunJournal(std::shared_ptr<JournalLock> lock, std::unique_ptr<JournalDb> db, Clock *clock, QObject *parent);
    static Result<std::unique_ptr<RunJournal>> openLocked(
        const QString &path, std::shared_ptr<JournalLock> lock, Clock *clock, QObject *parent);
    static Result<Plan> writePlan(JournalDb &db, const RunSetup &setup, const JournalInput &input, qint64 createdAtMs,
        const std::function<bool(qint64 done, qint64 total)> &progress);
    /// Milliseconds since the epoch (UTC), as every time in the journal is stored.
    qint64 nowMs() const;
    /// Writes the outcomes and answers waiting in m_outcomes and m_answers, inside the caller's transaction. Keeps
    /// them: the caller drops them with written() once its transaction has committed.
    Result<void> writePending();
    void written();
    /// When each of @p keys was first carried by a write request (wall time, ms since the epoch), where recorded.
    Result<QHash<QString, qint64>> firstSendTimes(const QSet<QString> &keys) const;
    Result<void> touchSession();
    void scheduleFlush();
    Result<void> failed(const Error &error);

    std::shared_ptr<JournalLock> m_lock; // declared first: released after the database is closed
    std::unique_ptr<JournalDb> m_db;
    Clock *m_clock;
    QPointer<BatchEngine> m_engine;
    QHash<QString, RowOutcome> m_outcomes; // not committed yet

    struct Answer
    {
        qint64 requestId = 0;
        qint64 answeredAtMs = 0;
        BatchExchange exchange;
    };

    QList<Answer> m_answers; // not committed yet (a write failed)
    QHash<QString, qint64> m_requestIds; // exchange signature -> requests.id
    qint64 m_session = 0;
    bool m_flushScheduled = false;
    bool m_failing = false; // the last write failed
    QString m_lastError;
};

} // namespace Batchsmith
