// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The one format of the row keys Batchsmith makes: "r" and a number from 1 ("r1", "r2", …). A row keeps its key
// from the grid (RowStore) or the input file (BatchInput: the data-line index) through the engine, which reports
// each outcome by it, the trace id (`<runId>-<key>`) and the run journal, and back.
//
// Everything else treats a key as opaque text: keys kept in journals of earlier versions (`row-000001`), the
// revert's `restore-<id>`, or a test's own. So never parse a key for anything but RowStore's compact numeric ids.
namespace Batchsmith::RowKey {

/// "r<number>"; @p number is at least 1.
QString make(quint32 number);

/// The number of a key make() wrote ("r12" -> 12); 0 for any other text ("r012", "r+1", "r0", "row-000001", "").
quint32 number(QStringView key);

} // namespace Batchsmith::RowKey
