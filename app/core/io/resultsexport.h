// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "core/result.h"

namespace Batchsmith {

class RecordTableModel;
class RowStore;

/**
 * The grid as a results file, the one `batchsmith-cli --results` writes: the data columns by key (property
 * internal names, assoc:… columns), then `__status`, `__id` and `__error`. It goes through ResultsWriter, so the
 * two cannot drift apart, and BatchInput::read (the CLI's `--input`) reads it back. Written row by row from the
 * grid's packed store, without a copy of the grid; a copy of the store (RowStore shares the grid's bytes) may be
 * written on another thread while the grid goes on changing.
 *
 *     const QStringList columns = ResultsExport::columnKeys(*model);
 *     QThread::create([columns, rows = model->rowStore(), path] { ResultsExport::write(path, columns, rows); });
 */
class ResultsExport final
{
public:
    /// The keys of the model's data columns: the file's first columns. GUI thread (reads the model).
    static QStringList columnKeys(const RecordTableModel &model);
    /// Writes @p rows (cells under @p columns, and outcomes) to @p path atomically; @p written, when given, is told
    /// how many rows are written so far, every few thousand rows and at the end. Any thread.
    static Result<void> write(const QString &path, const QStringList &columns, const RowStore &rows,
        const std::function<void(int written)> &written = {});
    /// The same for the model as it is now, on the GUI thread.
    static Result<void> write(const QString &path, const RecordTableModel &model);
};

} // namespace Batchsmith
