// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/editcommands.h"

#include <algorithm>

namespace Batchsmith {

SetCellsCommand::SetCellsCommand(
    RecordTableModel *model, QList<CellChange> changes, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_changes(std::move(changes))
{
}

void SetCellsCommand::redo()
{
    apply(true);
}

void SetCellsCommand::undo()
{
    apply(false);
}

void SetCellsCommand::apply(bool forward)
{
    if (!m_model)
        return;
    for (const CellChange &change : std::as_const(m_changes)) {
        const int row = m_model->rowOfKey(change.rowKey);
        if (row < 0 || change.dataIndex < 0 || change.dataIndex >= m_model->dataColumnCount())
            continue;
        const QModelIndex index = m_model->index(row, RecordTableModel::modelColumn(change.dataIndex));
        m_model->setData(index, forward ? change.after : change.before, RecordTableModel::ValueRole);
    }
}

QString SetCellsCommand::pasteText(int cells)
{
    //: Undo/redo menu entry, e.g. "Undo Paste 12 cells"
    return tr("Paste %Ln cell(s)", nullptr, cells);
}

QString SetCellsCommand::clearText(int cells)
{
    //: Undo/redo menu entry after Delete in the grid, e.g. "Undo Clear 3 cells"
    return tr("Clear %Ln cell(s)", nullptr, cells);
}

QString SetCellsCommand::editText(const QString &columnTitle)
{
    //: Undo/redo menu entry after editing one cell; %1 is the column title, e.g. "Undo Edit “First name”"
    return tr("Edit “%1”").arg(columnTitle);
}

InsertRecordsCommand::InsertRecordsCommand(
    RecordTableModel *model, int row, QList<TableRecord> records, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_records(std::move(records))
{
    //: Undo/redo menu entry, e.g. "Undo Insert 2 rows"
    setText(tr("Insert %Ln row(s)", nullptr, int(m_records.size())));
}

void InsertRecordsCommand::redo()
{
    if (m_model && !m_records.isEmpty())
        m_model->insertRecords(m_row, m_records);
}

void InsertRecordsCommand::undo()
{
    if (m_model && !m_records.isEmpty())
        m_records = m_model->takeRecords(m_row, int(m_records.size()));
}

RemoveRecordsCommand::RemoveRecordsCommand(RecordTableModel *model, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (!m_blocks.isEmpty() && m_blocks.last().row + m_blocks.last().count == row)
            ++m_blocks.last().count;
        else
            m_blocks.append(Block { row, 1, {} });
    }
    //: Undo/redo menu entry, e.g. "Undo Remove 2 rows"
    setText(tr("Remove %Ln row(s)", nullptr, int(rows.size())));
}

void RemoveRecordsCommand::redo()
{
    if (!m_model)
        return;
    // Bottom up, so the rows of the blocks above keep their positions.
    for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it)
        it->records = m_model->takeRecords(it->row, it->count);
}

void RemoveRecordsCommand::undo()
{
    if (!m_model)
        return;
    for (Block &block : m_blocks) {
        m_model->insertRecords(block.row, block.records);
        block.records.clear();
    }
}

DuplicateRecordsCommand::DuplicateRecordsCommand(RecordTableModel *model, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= model->rowCount())
            continue;
        TableRecord copy = model->newRecord();
        copy.values = model->record(row).values;
        copy.outcome = RowOutcome {};
        m_records.append(copy);
        m_row = row + 1;
    }
    //: Undo/redo menu entry, e.g. "Undo Duplicate 2 rows"
    setText(tr("Duplicate %Ln row(s)", nullptr, int(m_records.size())));
}

void DuplicateRecordsCommand::redo()
{
    if (m_model && !m_records.isEmpty())
        m_model->insertRecords(m_row, m_records);
}

void DuplicateRecordsCommand::undo()
{
    if (m_model && !m_records.isEmpty())
        m_records = m_model->takeRecords(m_row, int(m_records.size()));
}

InsertColumnsCommand::InsertColumnsCommand(
    RecordTableModel *model, int dataIndex, QList<TableColumn> columns, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_dataIndex(dataIndex)
    , m_columns(std::move(columns))
{
    //: Undo/redo menu entry, e.g. "Undo Add 3 columns"
    setText(tr("Add %Ln column(s)", nullptr, int(m_columns.size())));
}

void InsertColumnsCommand::redo()
{
    if (!m_model)
        return;
    for (int i = 0; i < m_columns.size(); ++i)
        m_model->insertDataColumn(m_dataIndex + i, m_columns.at(i), m_values.value(i));
}

void InsertColumnsCommand::undo()
{
    if (!m_model)
        return;
    m_values.resize(m_columns.size());
    for (qsizetype i = m_columns.size() - 1; i >= 0; --i)
        m_values[i] = m_model->removeDataColumn(m_dataIndex + int(i));
}

RemoveColumnCommand::RemoveColumnCommand(RecordTableModel *model, int dataIndex, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_dataIndex(dataIndex)
    , m_column(model->dataColumn(dataIndex))
{
    //: Undo/redo menu entry; %1 is the column title, e.g. "Undo Remove column “Email”"
    setText(tr("Remove column “%1”").arg(m_column.title()));
}

void RemoveColumnCommand::redo()
{
    if (m_model)
        m_values = m_model->removeDataColumn(m_dataIndex);
}

void RemoveColumnCommand::undo()
{
    if (m_model)
        m_model->insertDataColumn(m_dataIndex, m_column, m_values);
}

} // namespace Batchsmith
