// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/// One row of the grid as a value, for undo, redo and the clipboard (the model stores rows packed, see RowStore):
/// its key, which is the engine's row key, the trace id's suffix and the run journal's row key, and its last outcome.
struct TableRecord
{
    QString key; // RowKey::make() ("r1", "r2", …), or the key a run journal gave the row; unique in the model
    QStringList values; // one per data column, in the wire format (enumeration values, "true", "2024-05-01", ids)
    RowOutcome outcome; // Pending until a run settles the row

    friend bool operator==(const TableRecord &, const TableRecord &) = default;
};

} // namespace Batchsmith
