// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

struct PlannedBatch
{
    int number = 0; // 1-based
    QList<int> rowIndexes; // positions in the row list
};

struct Plan
{
    QString runId;
    QStringList traceIds; // objectWriteTraceId per row position: `<runId>-<row key>`, unique within the run
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

    /// The value an upsert id or a unique property is compared by: trimmed, and lower-cased for emails.
    static QString normalizedKey(const QString &property, const QString &value);

    /// An upsert whose id repeats is refused with every repeat in one message: this many pairs named, the rest
    /// counted.
    static constexpr int MaxDuplicatesNamed = 20;

private:
    static Result<void> checkSpec(const BatchSpec &spec);
    static Result<void> checkUpsertIds(const BatchSpec &spec, const QList<Row> &rows);
};

} // namespace Batchsmith
