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

char folded(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
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
        m_model->permuteRecords(m_order);
}

void SortRecordsCommand::undo()
{
    if (m_model && m_model->rowCount() == m_inverse.size())
        m_model->permuteRecords(m_inverse);
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
            const double number = model.cellBytes(row, dataIndex).trimmed().toDouble(&ok);
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

    // Text: bytes compared in place, ASCII letters folded to lower case (UTF-8 keeps code point order). The first
    // eight folded bytes, packed into an integer, settle most comparisons without touching the cells.
    struct Key
    {
        quint64 prefix = 0;
        QByteArrayView bytes;
    };

    std::vector<Key> keys(rows);
    for (int row = 0; row < rows; ++row) {
        Key &key = keys[row];
        key.bytes = model.cellBytes(row, dataIndex);
        for (qsizetype i = 0; i < 8; ++i)
            key.prefix = (key.prefix << 8) | (i < key.bytes.size() ? quint8(folded(key.bytes[i])) : 0);
    }
    const auto less = [](const Key &x, const Key &y) {
        if (x.prefix != y.prefix)
            return x.prefix < y.prefix;
        const qsizetype common = std::min(x.bytes.size(), y.bytes.size());
        for (qsizetype i = 8; i < common; ++i) {
            const auto a = quint8(folded(x.bytes[i]));
            const auto b = quint8(folded(y.bytes[i]));
            if (a != b)
                return a < b;
        }
        return x.bytes.size() < y.bytes.size();
    };
    std::stable_sort(result.begin(), result.end(), [&keys, &less, descending](int a, int b) {
        const Key &x = keys[a];
        const Key &y = keys[b];
        if (x.bytes.isEmpty() || y.bytes.isEmpty())
            return !x.bytes.isEmpty() && y.bytes.isEmpty(); // empty cells last
        return descending ? less(y, x) : less(x, y);
    });
    return result;
}

} // namespace Batchsmith
