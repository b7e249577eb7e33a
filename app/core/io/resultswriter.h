// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

struct BatchInput;
class BatchInputSource;

/**
 * Writes the results file of a run: every input column, in input order (assoc: columns included), then `__status`
 * (created, updated, failed, unknown, skipped), `__id` and `__error`; one line per input row, in input order.
 * CSV as CsvWriter writes it (UTF-8, LF). Read back with BatchInput::read, it gives the same rows, and the rows
 * created or updated are not sent again. Pure functions, any thread.
 *
 *     QList<RowOutcome> outcomes = …; // one per input row; Pending is written as skipped
 *     if (auto written = ResultsWriter::write(u"out.csv"_s, input, outcomes); !written)
 *         report(written.error());
 */
class ResultsWriter final
{
public:
    /// @p outcomes holds one outcome per row of @p input; a row already final in @p input.previous keeps that.
    static QByteArray toCsv(const BatchInput &input, const QList<RowOutcome> &outcomes);
    /// Writes toCsv() to @p path atomically: the old file stays whole until the new one is complete.
    static Result<void> write(const QString &path, const BatchInput &input, const QList<RowOutcome> &outcomes);
    /// The same file for an input read from disk as it is needed: reads @p input's file a second time, record by
    /// record, and writes each line as it goes beside @p outcomeOf (this run's outcome of the row with a key; a
    /// row a results input marked final keeps that). The bytes are those write() would write.
    static Result<void> write(const QString &path, const BatchInputSource &input,
        const std::function<RowOutcome(const QString &key)> &outcomeOf);
    /// Gives write(path, columns, rows) one row: its cells, the outcome a results input made final (else Pending) and
    /// this run's outcome.
    using RowLine
        = std::function<void(const QStringList &cells, const RowOutcome &previous, const RowOutcome &outcome)>;
    /// The same file from rows produced one at a time: @p rows calls its argument once per row, in input order (a
    /// resumed run's journal read a block at a time), and may fail. The bytes are those write() would write.
    static Result<void> write(
        const QString &path, const QStringList &columns, const std::function<Result<void>(const RowLine &)> &rows);
    /// The `__error` cell: "CATEGORY[/CODE]: message (property P)" on one line; empty for created and updated rows.
    static QString errorText(const RowOutcome &outcome);
};

} // namespace Batchsmith
