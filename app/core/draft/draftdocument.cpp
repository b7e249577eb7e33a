// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/draft/draftdocument.h"

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

DraftDocument DraftDocument::fromModel(const RecordTableModel &model)
{
    DraftDocument doc;
    doc.columns = model.dataColumns();
    const int count = model.rowCount();
    doc.rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        // record() may return a reference or a value: copy the two fields either way.
        const auto &record = model.record(row);
        doc.rows.append({ record.values, record.outcome });
    }
    return doc;
}

void DraftDocument::applyTo(RecordTableModel &model) const
{
    model.clear();
    for (qsizetype i = 0; i < columns.size(); ++i)
        model.insertDataColumn(int(i), columns.at(i));
    QList<TableRecord> records;
    records.reserve(rows.size());
    for (const DraftRow &row : rows) {
        TableRecord record = row.key.isEmpty() ? model.newRecord() : TableRecord { row.key, {}, {} };
        record.values = row.values;
        // Rows written by hand may be short or long: the model keeps one value per column.
        record.values.resize(columns.size());
        record.outcome = row.outcome;
        records.append(std::move(record));
    }
    model.insertRecords(0, records);
}

} // namespace Batchsmith
