// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/importcommand.h"

#include <utility>

namespace Batchsmith {

ImportCommand::ImportCommand(
    RecordTableModel *model, int keptColumns, int keptRows, Part before, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_keptColumns(keptColumns)
    , m_keptRows(keptRows)
    , m_held(std::move(before))
{
}

ImportCommand::Part ImportCommand::swap(RecordTableModel *model, int keptColumns, int keptRows, Part other)
{
    Part taken;
    // Rows first: their values line up with the columns as they are now.
    if (model->rowCount() > keptRows)
        taken.records = model->takeRecords(keptRows, model->rowCount() - keptRows);
    while (model->dataColumnCount() > keptColumns) {
        const int last = model->dataColumnCount() - 1;
        taken.columns.prepend(model->dataColumn(last));
        model->removeDataColumn(last); // the kept rows hold nothing in the swapped columns
    }
    for (const TableColumn &column : std::as_const(other.columns))
        model->insertDataColumn(model->dataColumnCount(), column);
    model->insertRecords(model->rowCount(), other.records);
    return taken;
}

void ImportCommand::redo()
{
    if (std::exchange(m_firstRedo, false) || !m_model)
        return;
    m_held = swap(m_model, m_keptColumns, m_keptRows, std::move(m_held));
}

void ImportCommand::undo()
{
    if (m_model)
        m_held = swap(m_model, m_keptColumns, m_keptRows, std::move(m_held));
}

} // namespace Batchsmith
