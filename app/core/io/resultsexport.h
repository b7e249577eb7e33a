// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/result.h"

namespace Batchsmith {

class RecordTableModel;

/**
 * The grid as a results file, the one `batchsmith-cli --results` writes: the data columns by key (property
 * internal names, assoc:… columns), then `__status`, `__id` and `__error`. It goes through ResultsWriter, so the
 * two cannot drift apart, and BatchInput::read (the CLI's `--input`) reads it back. Row by row from the model's
 * store, without a copy of the grid. GUI thread (reads the model).
 *
 *     if (auto written = ResultsExport::write(path, *model); !written)
 *         show(written.error().message);
 */
class ResultsExport final
{
public:
    static Result<void> write(const QString &path, const RecordTableModel &model);
};

} // namespace Batchsmith
