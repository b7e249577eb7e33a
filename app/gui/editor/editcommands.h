// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

/// One cell change: the row by its record key (stable across undo and redo), the data column, both values.
struct CellChange
{
    QString rowKey;
    int dataIndex = 0;
    QString before;
    QString after;

    friend bool operator==(const CellChange &, const CellChange &) = default;
};

/**
 * The grid's undo commands. Each one drives RecordTableModel through its exact inverses (setData(ValueRole),
 * insertRecords/takeRecords, insertDataColumn/removeDataColumn), so undo restores the model as it was. The model is
 * not owned; a command whose model is gone does nothing. GUI thread.
 *
 *     stack->push(new SetCellsCommand(model, changes, SetCellsCommand::pasteText(changes.size())));
 */
class SetCellsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::SetCellsCommand)

public:
    SetCellsCommand(
        RecordTableModel *model, QList<CellChange> changes, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QList<CellChange> &changes() const { return m_changes; }

    static QString pasteText(int cells);
    static QString clearText(int cells);
    static QString editText(const QString &columnTitle);

private:
    void apply(bool forward);

    QPointer<RecordTableModel> m_model;
    QList<CellChange> m_changes;
};

/// Inserts records (made with RecordTableModel::newRecord()) at a row; undo takes them out again.
class InsertRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::InsertRecordsCommand)

public:
    InsertRecordsCommand(RecordTableModel *model, int row, QList<TableRecord> records, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<RecordTableModel> m_model;
    int m_row;
    QList<TableRecord> m_records;
};

/// Removes rows, contiguous or not, keeping the records (values, keys and outcomes) for undo.
class RemoveRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::RemoveRecordsCommand)

public:
    RemoveRecordsCommand(RecordTableModel *model, QList<int> rows, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Block
    {
        int row = 0;
        int count = 0;
        QList<TableRecord> records;
    };

    QPointer<RecordTableModel> m_model;
    QList<Block> m_blocks; // ascending rows
};

/// Copies rows into new records (new keys, same values, outcome Pending) inserted below the last copied row.
class DuplicateRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::DuplicateRecordsCommand)

public:
    DuplicateRecordsCommand(RecordTableModel *model, QList<int> rows, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// Where the copies go.
    int insertRow() const { return m_row; }

    int count() const { return int(m_records.size()); }

private:
    QPointer<RecordTableModel> m_model;
    int m_row = 0;
    QList<TableRecord> m_records;
};

/// Inserts data columns at a data index, in order; undo removes them (and keeps what was typed in them).
class InsertColumnsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::InsertColumnsCommand)

public:
    InsertColumnsCommand(
        RecordTableModel *model, int dataIndex, QList<TableColumn> columns, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<RecordTableModel> m_model;
    int m_dataIndex;
    QList<TableColumn> m_columns;
    QList<QStringList> m_values; // per column, filled by undo
};

/// Removes one data column; undo puts it back with its values.
class RemoveColumnCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::RemoveColumnCommand)

public:
    RemoveColumnCommand(RecordTableModel *model, int dataIndex, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<RecordTableModel> m_model;
    int m_dataIndex;
    TableColumn m_column;
    QStringList m_values;
};

} // namespace Batchsmith
