// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

#include "cli/clioptions.h"
#include "core/batch/batchengine.h"
#include "core/io/batchinput.h"
#include "core/io/batchinputsource.h"
#include "core/net/ratelimiterpool.h"
#include "journal/journalrowsource.h"
#include "journal/runjournal.h"

namespace Batchsmith::Cli {

/**
 * Runs one `batchsmith-cli send`: reads the input, sends it through the engine (or writes the requests for a dry
 * run), reports progress on stderr, writes the results file and ends with the exit code. The engine and the reads
 * of the values an upsert overwrites wait for the token's one RateLimiter, from the runner's RateLimiterPool.
 * Owned by main().
 */
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(SendOptions options, QObject *parent = nullptr);

    /// Starts the work; finished() follows, also for errors found before anything was sent.
    void start();
    /// Ctrl-C: the first stops sending (in-flight batches finish and are recorded), the second exits at once.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    Result<QString> resolveToken();
    void startResume();
    Result<void> createJournal();
    /// Reads the input: streamed from the file (BatchInputSource) without a journal, else whole (BatchInput), as
    /// the journal records it. Sets m_rows.
    Result<void> readInput();
    /// Starts the engine on @p rows (the input's rows without an outcome); with a journal, records the run and first
    /// reads the values an upsert overwrites when asked to.
    void startEngine(const QString &token, std::shared_ptr<const RowSource> rows, const QStringList &maybeSent);
    void sendRows(std::shared_ptr<const RowSource> rows, const QStringList &maybeSent);
    void finishWithoutSending(const QString &message);
    int dryRun(const RowSource &rows);
    void onProgress(const Batchsmith::Progress &progress);
    void onRunFinished(const Batchsmith::RunSummary &summary);
    /// The journal could not be written: stops the run (no new batch; batches in flight finish and the journal
    /// tries their outcomes once more when the run ends), which then exits RowsFailed.
    void onJournalFailed(const QString &path, const QString &reason);
    /// The input's unknown rows (a results file given back): maybe sent, looked up first, unless --resend-unknown.
    void routeUnknown(const QStringList &unknownKeys);
    /// One line: how many of the input's unknown rows are still unknown after their lookup, and why not sent.
    void printStillUnknown(const RunSummary &summary) const;
    /// This run's final outcome of the row with @p key (asked of the engine); never sent = skipped, with why.
    RowOutcome outcomeOf(const QString &key, const RunSummary &summary) const;
    /// Every input row's final outcome, in input order (a whole input only): the previous one from a results input
    /// (or the journal), else outcomeOf().
    /// A resume: each row of the journal, in input order, with the outcome it had before this session when that was
    /// final (else Pending) and the outcome it ends with; its cells only when @p withCells (else none are read).
    Result<void> forEachResumedRow(const RunSummary &summary, bool withCells,
        const std::function<void(const QStringList &cells, const RowOutcome &previous, const RowOutcome &outcome)>
            &visit) const;
    /// How many input rows end with each status, those a results input or the journal made final included.
    RowStatusCounts outcomeCounts(const RunSummary &summary) const;
    /// Input rows a results input (or the journal) had already made final.
    int previouslyDone() const;
    void printSummary(const RowStatusCounts &counts) const;
    bool writeResults(const RunSummary &summary);
    void finishWith(int exitCode);
    void failWith(const Error &error, int exitCode);
    Error inInputFile(Error error) const;

    SendOptions m_options;
    std::shared_ptr<BatchInputSource> m_source; // the input file, read as rows are needed (with --journal every row
                                                // of it, which the journal records); none when resuming
    std::shared_ptr<const RowSource> m_rows; // the rows to send: m_source or its rows without a final outcome, or a
                                             // resume's rows, read from the journal
    std::shared_ptr<const JournalRowSource> m_resumeRows; // resuming: m_rows
    int m_runRows = 0; // resuming: every row of the run
    QStringList m_columns; // resuming: the run's input columns
    mutable int m_previouslyDone = 0; // resuming: rows final before this session, counted by outcomeCounts()
    QNetworkAccessManager m_nam;
    RateLimiterPool m_rateLimiters;
    BatchEngine *m_engine = nullptr;
    QElapsedTimer m_sinceProgress;
    bool m_tty = false;
    int m_interrupts = 0;
    std::unique_ptr<RunJournal> m_journal; // --journal / resume
    QString m_portalId; // from the token profile, for the journal
    QString m_journalError; // "<journal file>: <SQLite's text>" once a journal write failed; empty while none did
    QHash<QString, qint64> m_firstSentMs; // a resume's: when its rows were first sent (BatchEngine::setFirstSent)
    QStringList m_maybeSent; // the input's unknown creates, handed to the engine as maybe sent
    int m_resentUnknown = 0; // unknown creates sent as new records (--resend-unknown)
    QSet<QString> m_lookedUp; // keys of m_maybeSent
};

} // namespace Batchsmith::Cli
