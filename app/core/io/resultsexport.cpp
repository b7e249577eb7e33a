// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultsexport.h"

#include "core/io/resultswriter.h"
#include "core/table/recordtablemodel.h"
#include "core/table/rowstore.h"

namespace Batchsmith {

QStringList ResultsExport::columnKeys(const RecordTableModel &model)
{
    QStringList columns;
    for (const TableColumn &column : model.dataColumns())
        columns.append(column.key());
    return columns;
}

Result<void> ResultsExport::write(
    const QString &path, const QStringList &columns, const RowStore &rows, const std::function<void(int)> &written)
{
    constexpr int ReportEvery = 4096;
    return ResultsWriter::write(path, columns, [&](const ResultsWriter::RowLine &line) -> Result<void> {
        const int count = rows.size();
        for (int row = 0; row < count; ++row) {
            line(rows.values(row), RowOutcome(), rows.outcome(row));
            if (written && (row + 1) % ReportEvery == 0)
                written(row + 1);
        }
        if (written)
            written(count);
        return {};
    });
}

Result<void> ResultsExport::write(const QString &path, const RecordTableModel &model)
{
    return write(path, columnKeys(model), model.rowStore());
}

} // namespace Batchsmith
