// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The one format of the row keys Batchsmith makes: "r" and a number from 1 ("r1", "r2", …). A row keeps its key
// from the grid (RowStore) or the input file (BatchInput: the data-line index) through the engine, which reports
// each outcome by it, the trace id (`<runId>-<key>`) and the run journal, and back.
//
// Any other key is opaque text, kept and compared as it is: those in journals of earlier versions (`row-000001`),
// which RowStore keeps in a side table, or a test's own. Only RowStore parses keys (number()), for its compact
// numeric ids. (A revert's operations, which never reach the grid, are keyed `restore-<id>` / `archive-<id>` by
// RevertRunner, which reads the id back from them.)
namespace Batchsmith::RowKey {

/// "r<number>"; @p number is at least 1.
QString make(quint32 number);

/// The number of a key make() wrote ("r12" -> 12); 0 for any other text ("r012", "r+1", "r0", "row-000001", "").
quint32 number(QStringView key);

} // namespace Batchsmith::RowKey
