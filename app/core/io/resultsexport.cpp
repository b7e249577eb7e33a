// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultsexport.h"

#include "core/io/resultswriter.h"
#include "core/table/recordtablemodel.h"

namespace Batchsmith {

BatchInput ResultsExport::toBatchInput(const RecordTableModel &model)
{
    BatchInput input;
    for (const TableColumn &column : model.dataColumns())
        input.columns.append(column.key());
    const int count = model.rowCount();
    input.cells.reserve(count);
    input.rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        input.cells.append(model.record(row).values);
        input.rows.append(model.toRow(row));
    }
    input.previous.resize(count);
    return input;
}

QList<RowOutcome> ResultsExport::outcomes(const RecordTableModel &model)
{
    QList<RowOutcome> outcomes;
    outcomes.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        outcomes.append(model.record(row).outcome);
    return outcomes;
}

QByteArray ResultsExport::toCsv(const RecordTableModel &model)
{
    return ResultsWriter::toCsv(toBatchInput(model), outcomes(model));
}

Result<void> ResultsExport::write(const QString &path, const RecordTableModel &model)
{
    return ResultsWriter::write(path, toBatchInput(model), outcomes(model));
}

} // namespace Batchsmith
