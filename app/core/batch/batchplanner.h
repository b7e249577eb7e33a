// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

class RowSource;

struct PlannedBatch
{
    int number = 0; // 1-based
    QList<int> rowIndexes; // positions in the row list
};

struct Plan
{
    QString runId;
    /// objectWriteTraceId per row position: `<runId>-<row key>`, unique within the run. Filled by the QList<Row>
    /// overload only; a plan of a RowSource leaves it empty (BatchPlanner::traceId() makes one when needed).
    QStringList traceIds;
    QList<PlannedBatch> batches;
};

/**
 * Cuts a run into batches and refuses, before anything is sent, what HubSpot would refuse for the whole batch:
 * upsert rows without an id, and two rows that upsert the same id (emails compared case-insensitively, values
 * trimmed); and what would lose a row's outcome: a row without a key, or two with the same key. Pure.
 */
class BatchPlanner final
{
public:
    /// A random run id when @p runId is empty.
    static Result<Plan> plan(const BatchSpec &spec, const QList<Row> &rows, const QString &runId = {});
    /// The same checks on a RowSource, reading single values (never whole rows) and using its own key index; no
    /// trace ids (traceId()). For a million rows it holds about 16 bytes a row while it checks upsert ids.
    static Result<Plan> plan(const BatchSpec &spec, const RowSource &rows, const QString &runId = {});

    /// `<runId>-<row key>`: the objectWriteTraceId of a row.
    static QString traceId(const QString &runId, const QString &key) { return runId + u'-' + key; }

    /// The value an upsert id or a unique property is compared by: trimmed, and lower-cased for emails.
    static QString normalizedKey(const QString &property, const QString &value);

    /// An upsert whose id repeats is refused with every repeat in one message: this many pairs named, the rest
    /// counted.
    static constexpr int MaxDuplicatesNamed = 20;

private:
    static Result<void> checkSpec(const BatchSpec &spec);
    static Result<void> checkUpsertIds(const BatchSpec &spec, const RowSource &rows);
    static Result<void> checkKeys(const RowSource &rows);
};

} // namespace Batchsmith
