// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "core/io/batchinput.h"
#include "core/result.h"
#include "journal/journaltypes.h"

namespace Batchsmith {

/**
 * Reads run journals for the run history: lists the journals of a folder with their summaries, gives a run's rows
 * and outcomes, and exports its results file. Opens each file for the time of one call, so it can read a journal
 * that a running run is writing. Pure functions over files; call from one thread at a time per file.
 *
 *     for (const JournalSummary &run : JournalReader::list(JournalReader::defaultDirectory()))
 *         if (!run.finished) offerResume(run.path);
 *     JournalReader::exportResults(run.path, u"results.csv"_s);
 */
class JournalReader final
{
public:
    /// Where the app keeps its journals: <AppDataLocation>/runs.
    static QString defaultDirectory();

    /// Every readable journal (*.bsjournal) in @p directory, newest first. Unreadable files are skipped.
    static QList<JournalSummary> list(const QString &directory);
    /// The journals of @p directory whose last session did not end: a process died during the run.
    static QList<JournalSummary> unfinished(const QString &directory);

    static Result<JournalSummary> summary(const QString &path);
    /// Every row of the run in input order, with its outcome so far.
    static Result<QList<JournalRow>> rows(const QString &path);
    /// What forEachRow() reads of each row: everything, or no properties, associations and cells (no plan block is
    /// read: keys, batches and outcomes only).
    enum class RowParts { All, Outcomes };
    /// rows() one at a time, in input order, without holding them: a plan block decoded at a time.
    static Result<void> forEachRow(
        const QString &path, const std::function<void(const JournalRow &)> &visit, RowParts parts = RowParts::All);
    /// The values read before the run wrote existing records (upsert runs that asked for them), by id key.
    static Result<QList<BeforeValues>> beforeValues(const QString &path);

    /// One journaled request with its answer, headers and bodies included: the one of batch @p batchNumber with
    /// @p kind and @p attempt that left at @p sentAtMs (BatchExchange::sentAtMs), the newest when several match.
    /// An error when the journal has none. The response view reads bodies this way, when a batch is selected.
    static Result<BatchExchange> exchange(
        const QString &path, int batchNumber, BatchExchange::Kind kind, int attempt, qint64 sentAtMs);

    /// The run as its input and one outcome per row (Pending where none): what ResultsWriter takes.
    struct Results
    {
        BatchInput input;
        QList<RowOutcome> outcomes;
    };

    static Result<Results> results(const QString &path);
    /// Writes the run's results file (ResultsWriter's format: every row, in input order; no outcome = skipped).
    static Result<void> exportResults(const QString &path, const QString &resultsFile);
};

} // namespace Batchsmith
