// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

/**
 * One import as one undo step. The grid is a kept part (the first keptColumns data columns and keptRows rows,
 * untouched by the import) followed by a swapped part: before the import, some columns and rows (the blank
 * starting grid an import replaces, or nothing); after it, the added columns and the imported rows. Undo and redo
 * swap the two parts with the model's exact inverses (takeRecords/insertRecords, removeDataColumn/
 * insertDataColumn); the part that is not in the model is held here, so nothing is held while the import is in.
 *
 * Pushed after the import is already in the model: the first redo() does nothing. The model is not owned; a
 * command whose model is gone does nothing. GUI thread.
 */
class ImportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::ImportCommand)

public:
    struct Part
    {
        QList<TableColumn> columns;
        QList<TableRecord> records;
    };

    /// @p before: the swapped part as it was before the import (no longer in the model).
    ImportCommand(RecordTableModel *model, int keptColumns, int keptRows, Part before, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Takes the swapped part out of the model and puts @p other in its place; returns what was taken.
    static Part swap(RecordTableModel *model, int keptColumns, int keptRows, Part other);

private:
    QPointer<RecordTableModel> m_model;
    int m_keptColumns;
    int m_keptRows;
    Part m_held;
    bool m_firstRedo = true;
};

} // namespace Batchsmith
