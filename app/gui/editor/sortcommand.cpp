// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/sortcommand.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace Batchsmith {

namespace {

bool isNumeric(const TableColumn &column)
{
    return column.kind == TableColumn::Kind::Property && column.property.kind() == PropertyKind::Number;
}

QString cellValue(const RecordTableModel &model, int row, int dataIndex)
{
    return model.index(row, RecordTableModel::modelColumn(dataIndex)).data(RecordTableModel::ValueRole).toString();
}

void permute(RecordTableModel *model, const QList<int> &order)
{
    const QList<TableRecord> records = model->takeRecords(0, model->rowCount());
    QList<TableRecord> sorted;
    sorted.reserve(records.size());
    for (const int from : order)
        sorted.append(records.at(from));
    model->insertRecords(0, sorted);
}

} // namespace

SortRecordsCommand::SortRecordsCommand(
    RecordTableModel *model, int dataIndex, Qt::SortOrder order, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_order(sortedOrder(*model, dataIndex, order))
{
    const QString title = model->dataColumn(dataIndex).title();
    setText(order == Qt::AscendingOrder
            //: Undo history: the rows were sorted by a column, %1 is its title
            ? tr("Sort by %1, ascending").arg(title)
            //: Undo history: the rows were sorted by a column, %1 is its title
            : tr("Sort by %1, descending").arg(title));
    m_inverse.resize(m_order.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_inverse[m_order.at(i)] = i;
}

bool SortRecordsCommand::changesOrder() const
{
    for (int i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) != i)
            return true;
    }
    return false;
}

void SortRecordsCommand::redo()
{
    if (m_model && m_model->rowCount() == m_order.size())
        permute(m_model, m_order);
}

void SortRecordsCommand::undo()
{
    if (m_model && m_model->rowCount() == m_inverse.size())
        permute(m_model, m_inverse);
}

QList<int> SortRecordsCommand::sortedOrder(const RecordTableModel &model, int dataIndex, Qt::SortOrder order)
{
    const int rows = model.rowCount();
    QList<int> result(rows);
    std::iota(result.begin(), result.end(), 0);
    const bool descending = order == Qt::DescendingOrder;
    if (isNumeric(model.dataColumn(dataIndex))) {
        std::vector<std::optional<double>> keys(rows);
        for (int row = 0; row < rows; ++row) {
            bool ok = false;
            const double number = cellValue(model, row, dataIndex).trimmed().toDouble(&ok);
            if (ok)
                keys[row] = number;
        }
        std::stable_sort(result.begin(), result.end(), [&keys, descending](int a, int b) {
            const auto &x = keys[a];
            const auto &y = keys[b];
            if (!x || !y)
                return x.has_value() && !y.has_value(); // empty and non-numbers last
            return descending ? *y < *x : *x < *y;
        });
        return result;
    }
    std::vector<QString> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = cellValue(model, row, dataIndex).toCaseFolded();
    std::stable_sort(result.begin(), result.end(), [&keys, descending](int a, int b) {
        const QString &x = keys[a];
        const QString &y = keys[b];
        if (x.isEmpty() || y.isEmpty())
            return !x.isEmpty() && y.isEmpty(); // empty cells last
        return descending ? y < x : x < y;
    });
    return result;
}

} // namespace Batchsmith
