// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultsexport.h"

#include "core/io/resultswriter.h"
#include "core/table/recordtablemodel.h"

namespace Batchsmith {

Result<void> ResultsExport::write(const QString &path, const RecordTableModel &model)
{
    // One row at a time, straight from the grid's store: a million-row grid is written without a second copy of it.
    QStringList columns;
    for (const TableColumn &column : model.dataColumns())
        columns.append(column.key());
    return ResultsWriter::write(path, columns, [&model](const ResultsWriter::RowLine &line) -> Result<void> {
        for (int row = 0; row < model.rowCount(); ++row) {
            const TableRecord record = model.record(row);
            line(record.values, RowOutcome(), record.outcome);
        }
        return {};
    });
}

} // namespace Batchsmith
