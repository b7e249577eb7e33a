// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/table/tablecolumn.h"

namespace Batchsmith {

class RecordTableModel;

/// One row of a draft: a value per column, in the grid's wire format, and the row's last outcome.
struct DraftRow
{
    QStringList values;
    RowOutcome outcome;
    /// The key the row must keep in the grid: a run journal's (JournalDraft), so a resumed run's outcomes find their
    /// rows by it. Empty: applyTo() gives the row a new key. Never in `.batchsmith` files, never set by fromModel().
    QString key = {}; // "= {}": `{ values, outcome }` still initialises every member (-Wmissing-field-initializers)

    friend bool operator==(const DraftRow &, const DraftRow &) = default;
};

/**
 * Everything a `.batchsmith` file holds: the batch's choices, the grid's columns, its rows and their outcomes.
 * A plain value; DraftFile reads and writes it (the format is in app/core/draft/FORMAT.md).
 *
 *     DraftDocument doc = DraftDocument::fromModel(model);
 *     doc.objectType = u"contacts"_s;
 *     …
 *     doc.applyTo(otherModel); // the same columns, values and outcomes
 */
struct DraftDocument
{
    QString objectType; // "contacts", "0-1", "2-3508482"
    WriteMode mode = WriteMode::Create;
    QString idProperty; // upsert: the unique property matched on; may be kept for create too
    ApiVersion apiVersion = ApiVersion::V2026_03;
    QList<TableColumn> columns;
    QList<DraftRow> rows;

    /// The columns, values and outcomes of @p model; the batch's choices are left as they are.
    static DraftDocument fromModel(const RecordTableModel &model);
    /// Empties @p model and fills it with the columns and rows (each row's key, or a new one; the outcomes kept).
    void applyTo(RecordTableModel &model) const;

    friend bool operator==(const DraftDocument &, const DraftDocument &) = default;
};

} // namespace Batchsmith
