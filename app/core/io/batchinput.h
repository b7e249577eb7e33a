// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/io/textdecoder.h"
#include "core/result.h"

namespace Batchsmith {

/**
 * The rows of a run as read from a CSV file (ResultsWriter writes the results file after it). Columns:
 * - a property's internal name: its value, sent as it is; an empty cell is not sent (the value is left alone);
 * - `assoc:<toObjectType>:<typeId>` (HUBSPOT_DEFINED) or `assoc:<toObjectType>:<CATEGORY>:<typeId>`: one or more
 *   target record ids separated by `;`;
 * - `__status`, `__id`, `__error`: the outcome columns of a results file; rows already created or updated are
 *   kept as they are and not sent again; `unknown` rows were sent before and their answer was lost, so toSend()
 *   hands a create's unknown rows to the engine as "maybe sent", to be looked up before anything is resent.
 * Row keys are RowKey::make() of the data-line index (`r1`, `r2`, …), so they stay the same when a results file is
 * read back.
 * Upsert takes each row's id from the column named by BatchSpec::idProperty; upsert inputs carry no associations.
 */
struct BatchInput
{
    QString file;
    QStringList columns; // the input's own columns, in order, without __status/__id/__error
    QList<QStringList> cells; // per row, one cell per column
    QList<Row> rows; // what would be sent, one per data row
    QList<RowOutcome> previous; // per row: created/updated from a results file, else Pending
    QList<bool> unknownBefore; // per row: a results file says `unknown` (sent, answer lost)
    QString notice; // how the file was read when not UTF-8 (DelimitedTextReader::notice()), empty for UTF-8

    /// Reads and checks @p path for @p spec, in @p encoding (see TextDecoder). Errors name the file, line and
    /// column; a file without rows (empty, or a header only) is an error that says "no rows".
    static Result<BatchInput> read(
        const QString &path, const BatchSpec &spec, TextDecoder::Choice encoding = TextDecoder::Choice::Auto);

    /// What goes to BatchEngine::start(): every row not already final in previous, and among them the keys of the
    /// rows an earlier run may have written (maybeSent).
    struct Sending
    {
        QList<Row> rows;
        QStringList maybeSent;
        int resentUnknown = 0; // unknown rows sent as fresh creates because @p resendUnknown said so
    };

    /// Routes the rows for @p mode. An unknown create is looked up before it is resent, never sent blindly, unless
    /// @p resendUnknown (the CLI's --resend-unknown, the app's confirmed action) asks to create it again anyway.
    Sending toSend(WriteMode mode, bool resendUnknown = false) const;
    /// Whether a row whose last outcome was @p earlier goes to the engine as "maybe sent" (see toSend()).
    static bool looksUpFirst(RowStatus earlier, WriteMode mode, bool resendUnknown);

    static Result<BatchInput> fromTable(const QString &file, const QStringList &header,
        const QList<QStringList> &records, const QList<int> &lines, const BatchSpec &spec);
};

} // namespace Batchsmith
