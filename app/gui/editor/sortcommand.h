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
 * Sorts the grid's rows by one data column, as a spreadsheet's Sort does: the records themselves move (keys,
 * values and outcomes together), so what is sent follows what is seen; undo puts every row back where it was.
 * Numbers sort as numbers, dates and text as text ignoring case; empty cells go last in both orders; equal
 * values keep their order.
 */
class SortRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::SortRecordsCommand)

public:
    SortRecordsCommand(RecordTableModel *model, int dataIndex, Qt::SortOrder order, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The new order: order()[i] is the row, before sorting, of the row that ends at i.
    const QList<int> &order() const { return m_order; }

    /// Whether sorting changes anything (a sorted column gives no command worth keeping).
    bool changesOrder() const;

    static QList<int> sortedOrder(const RecordTableModel &model, int dataIndex, Qt::SortOrder order);

private:
    QPointer<RecordTableModel> m_model;
    QList<int> m_order;
    QList<int> m_inverse;
};

} // namespace Batchsmith
