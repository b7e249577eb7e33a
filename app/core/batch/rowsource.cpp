// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/rowsource.h"

#include <algorithm>

namespace Batchsmith {

RowSource::~RowSource() = default;

QString RowSource::value(int index, const QString &property) const
{
    return row(index).properties.value(property);
}

int RowSource::sourceLine(int index) const
{
    return row(index).sourceLine;
}

ListRowSource::ListRowSource(QList<Row> rows)
    : m_rows(std::move(rows))
{
    m_indexOfKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_indexOfKey.contains(m_rows.at(i).key))
            m_indexOfKey.insert(m_rows.at(i).key, i); // the first keeps the key: the planner finds the repeat
    }
}

SubsetRowSource::SubsetRowSource(std::shared_ptr<const RowSource> base, QList<int> indexes)
    : m_base(std::move(base))
    , m_indexes(std::move(indexes))
{
}

int SubsetRowSource::indexOfKey(const QString &key) const
{
    const int base = m_base->indexOfKey(key);
    const auto it = std::lower_bound(m_indexes.cbegin(), m_indexes.cend(), base);
    return base >= 0 && it != m_indexes.cend() && *it == base ? int(it - m_indexes.cbegin()) : -1;
}

} // namespace Batchsmith
