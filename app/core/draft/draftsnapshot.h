// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/draft/draftdocument.h"
#include "core/table/rowstore.h"

namespace Batchsmith {

class RecordTableModel;

/**
 * A draft as the grid holds it: the batch's choices and columns (in `document`, whose `rows` stay empty) and a copy
 * of the model's packed RowStore. Taking it copies no cell: the store's buffers are implicitly shared, and the model
 * detaches its own when it next changes. DraftFile::write() of a snapshot gives the same file as of the document,
 * so the autosave can take one on the GUI thread and write it on another.
 *
 *     DraftSnapshot snapshot = DraftSnapshot::fromModel(model);
 *     snapshot.document.objectType = u"contacts"_s;
 *     QThread::create([snapshot, path] { DraftFile::write(path, snapshot); })->start();
 */
struct DraftSnapshot
{
    DraftDocument document;
    RowStore rows;

    static DraftSnapshot fromModel(const RecordTableModel &model);
};

} // namespace Batchsmith
