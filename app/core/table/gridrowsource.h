// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>
#include <utility>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/rowsource.h"
#include "core/table/rowstore.h"
#include "core/table/tablecolumn.h"

namespace Batchsmith {

/// The ids typed in an association cell, separated by ';', ',' or spaces.
QStringList splitAssociationIds(const QString &value);

/**
 * The grid's rows as a run reads them (RowSource): a RowStore::Frozen of the rows to send, so the engine, the
 * planner and the run journal read the grid's packed bytes and build a Row only when a request needs it, with no
 * second, expanded copy of every row. The grid's columns map cells to properties and associations as
 * RecordTableModel::toRow() does (the two share rowFromCells()).
 *
 * Made on the GUI thread by RecordTableModel::rowSource(); immutable after, so it may be read from any thread (the
 * Send preparation plans and journals it on a worker thread, the engine reads it on the GUI thread). Later edits of
 * the grid do not reach it.
 */
class GridRowSource final : public RowSource
{
public:
    /// @p gridRows: each frozen row's row number in the grid when it was frozen (for messages: "row N").
    GridRowSource(RowStore::Frozen rows, QList<TableColumn> columns, QList<int> gridRows);

    int rowCount() const override { return m_rows.size(); }

    QString key(int index) const override { return m_rows.key(index); }

    Row row(int index) const override;
    QString value(int index, const QString &property) const override;
    int indexOfKey(const QString &key) const override;

    int sourceLine(int index) const override { return m_gridRows.at(index) + 1; }

    /// The row's cells, one per column (the grid's values, for the run journal).
    QStringList cells(int index) const;

    const QList<TableColumn> &columns() const { return m_columns; }

    /// A Row of @p values (one per column of @p columns): non-empty property cells become properties, association
    /// cells one association per id.
    static Row rowFromCells(
        const QString &key, int sourceLine, const QStringList &values, const QList<TableColumn> &columns);

private:
    void buildKeyIndex() const;

    RowStore::Frozen m_rows;
    QList<TableColumn> m_columns;
    QList<int> m_gridRows;
    QHash<QString, int> m_columnOfProperty;
    mutable std::once_flag m_keyIndexOnce;
    mutable bool m_keysAscending = false;
    mutable std::vector<std::pair<quint32, int>> m_byKey; // (key id, index), sorted; only when not ascending
};

} // namespace Batchsmith
