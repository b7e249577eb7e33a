// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/draft/draftdocument.h"
#include "core/result.h"

namespace Batchsmith {

/**
 * A run's journal as a grid, to resume it in the main window: the run's object type, mode, id property and API
 * version, its input columns, and one row per journal row with its outcome so far and its key in the journal
 * (DraftRow::key), which DraftDocument::applyTo gives the grid's row. A plain value.
 *
 *     auto draft = JournalDraft::read(path);
 *     draft->document.applyTo(model);
 *     sendController->resumeRun(path, token); // outcomes land on the rows with the journal's keys
 */
struct JournalDraft
{
    DraftDocument document;

    static Result<JournalDraft> read(const QString &journalPath);
    /// The grid column for a journal's input column: a property's internal name or an `assoc:` key
    /// (TableColumn::key()). Property columns get the portal's definitions when the catalogue answers.
    static TableColumn columnFromKey(const QString &key);
};

} // namespace Batchsmith
