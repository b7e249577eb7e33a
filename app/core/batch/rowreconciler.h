// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QString>

#include "core/api/batchresponseparser.h"
#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * Gives each row of one answered batch its outcome (docs/hubspot-behaviour.md §4.6): errors by objectWriteTraceId;
 * results by objectWriteTraceId, then by the upsert id, then by a unique property the rows set, then by elimination
 * when exactly one row and one result are left. Never by position. What cannot be matched is left unmatched, with a
 * note when the counts did not add up. Pure.
 */
class RowReconciler final
{
public:
    struct Context
    {
        const BatchSpec *spec = nullptr;
        std::function<QString(int index)> traceId; // the objectWriteTraceId of a row
        /// One value of a row (Row::properties.value()): the upsert id or the lookup property.
        std::function<QString(int index, const QString &property)> value;
        QString lookupProperty; // create: the unique property results can be matched by ("" = none)
        int httpStatus = 0;
        QString correlationId;
    };

    struct Reconciled
    {
        QHash<int, RowOutcome> decided; // row index -> outcome
        QList<int> unmatched; // rows the answer said nothing certain about
        QString mismatch; // set when inputs != results + errors
    };

    static Reconciled reconcile(const Context &context, const QList<int> &rowIndexes, const ParsedBody &body);

    /// The outcome for a row that an error names.
    static RowOutcome failure(const ParsedError &error, int httpStatus, const QString &correlationId);
};

} // namespace Batchsmith
