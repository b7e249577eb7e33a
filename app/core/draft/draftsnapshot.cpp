// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/draft/draftsnapshot.h"

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

DraftSnapshot DraftSnapshot::fromModel(const RecordTableModel &model)
{
    DraftSnapshot snapshot;
    snapshot.document.columns = model.dataColumns();
    snapshot.rows = model.rowStore();
    return snapshot;
}

} // namespace Batchsmith
