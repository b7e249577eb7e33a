// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "core/draft/draftdocument.h"
#include "core/result.h"

namespace Batchsmith {

/**
 * A run's journal as a grid, to resume it in the main window: the run's object type, mode, id property and API
 * version, its input columns, and one row per journal row with its outcome so far. rowKeys gives each row's key in
 * the journal (DraftDocument::applyTo gives the grid rows keys of their own, in the same order). A plain value.
 *
 *     auto draft = JournalDraft::read(path);
 *     draft->document.applyTo(model);
 *     // model row i is journal row draft->rowKeys.at(i)
 */
struct JournalDraft
{
    DraftDocument document;
    QStringList rowKeys;

    static Result<JournalDraft> read(const QString &journalPath);
    /// The grid column for a journal's input column: a property's internal name or an `assoc:` key
    /// (TableColumn::key()). Property columns get the portal's definitions when the catalogue answers.
    static TableColumn columnFromKey(const QString &key);
};

} // namespace Batchsmith
