// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/gridrowsource.h"

#include <algorithm>

namespace Batchsmith {

namespace {

bool isIdSeparator(QChar c)
{
    return c == u';' || c == u',' || c.isSpace();
}

} // namespace

QStringList splitAssociationIds(const QString &value)
{
    QStringList ids;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool separator = i == value.size() || isIdSeparator(value.at(i));
        if (separator && start >= 0) {
            ids.append(value.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return ids;
}

GridRowSource::GridRowSource(RowStore::Frozen rows, QList<TableColumn> columns, QList<int> gridRows)
    : m_rows(std::move(rows))
    , m_columns(std::move(columns))
    , m_gridRows(std::move(gridRows))
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const TableColumn &column = m_columns.at(c);
        if (column.kind == TableColumn::Kind::Property && !m_columnOfProperty.contains(column.property.name))
            m_columnOfProperty.insert(column.property.name, int(c));
    }
}

Row GridRowSource::rowFromCells(
    const QString &key, int sourceLine, const QStringList &values, const QList<TableColumn> &columns)
{
    Row result;
    result.key = key;
    result.sourceLine = sourceLine;
    for (qsizetype c = 0; c < columns.size() && c < values.size(); ++c) {
        const QString &value = values.at(c);
        if (value.isEmpty())
            continue;
        const TableColumn &column = columns.at(c);
        if (column.kind == TableColumn::Kind::Property) {
            result.properties.insert(column.property.name, value);
            continue;
        }
        for (const QString &id : splitAssociationIds(value)) {
            RowAssociation association;
            association.toObjectType = column.toObjectType;
            association.toId = id;
            if (!column.association.category.isEmpty())
                association.category = column.association.category;
            association.typeId = column.association.typeId;
            result.associations.append(association);
        }
    }
    return result;
}

QStringList GridRowSource::cells(int index) const
{
    QList<QByteArrayView> views;
    m_rows.cells(index, &views);
    QStringList values;
    values.reserve(views.size());
    for (const QByteArrayView view : std::as_const(views))
        values.append(QString::fromUtf8(view));
    return values;
}

Row GridRowSource::row(int index) const
{
    return rowFromCells(key(index), sourceLine(index), cells(index), m_columns);
}

QString GridRowSource::value(int index, const QString &property) const
{
    const int column = m_columnOfProperty.value(property, -1);
    if (column < 0)
        return {};
    QList<QByteArrayView> views;
    m_rows.cells(index, &views);
    return QString::fromUtf8(views.at(column));
}

void GridRowSource::buildKeyIndex() const
{
    // A grid imported or typed in has its keys in ascending order (each new row takes the next id), and so do the
    // rows sent from it unless it was sorted: then a binary search over the rows finds a key, with no table.
    const int count = m_rows.size();
    m_keysAscending = true;
    for (int i = 1; i < count && m_keysAscending; ++i)
        m_keysAscending = m_rows.keyId(i - 1) < m_rows.keyId(i);
    if (m_keysAscending)
        return;
    m_byKey.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        m_byKey.emplace_back(m_rows.keyId(i), i);
    std::stable_sort(m_byKey.begin(), m_byKey.end(),
        [](const std::pair<quint32, int> &a, const std::pair<quint32, int> &b) { return a.first < b.first; });
}

int GridRowSource::indexOfKey(const QString &key) const
{
    std::call_once(m_keyIndexOnce, [this] { buildKeyIndex(); });
    const quint32 id = m_rows.idOfKey(key);
    if (id == 0)
        return -1;
    if (m_keysAscending) {
        int low = 0;
        int high = m_rows.size();
        while (low < high) {
            const int middle = low + (high - low) / 2;
            if (m_rows.keyId(middle) < id)
                low = middle + 1;
            else
                high = middle;
        }
        return low < m_rows.size() && m_rows.keyId(low) == id ? low : -1;
    }
    const auto it = std::lower_bound(m_byKey.cbegin(), m_byKey.cend(), id,
        [](const std::pair<quint32, int> &entry, quint32 wanted) { return entry.first < wanted; });
    return it != m_byKey.cend() && it->first == id ? it->second : -1;
}

} // namespace Batchsmith
