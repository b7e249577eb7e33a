// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/gridfiltermodel.h"

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

GridFilterModel::GridFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows are filtered again when their cells or outcomes change; the order is always the source's.
    setDynamicSortFilter(true);
}

GridFilterModel::~GridFilterModel() = default;

void GridFilterModel::setRecordModel(RecordTableModel *records)
{
    m_records = records;
    refilter();
}

void GridFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
    Q_EMIT filterChanged();
}

void GridFilterModel::setRowKind(RowKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
    Q_EMIT filterChanged();
}

void GridFilterModel::refilter()
{
    // invalidateFilter() would remove and insert the rows that change interval by interval, and every interval costs
    // the proxy and the view a pass over all rows: minutes for a scattered match in a million rows. Dropping the
    // mapping and filtering again from scratch is one pass (persistent indexes, so the selection, are kept).
    invalidate();
}

bool GridFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_records || !isFiltering())
        return true;
    return matchesKind(sourceRow) && matchesText(sourceRow);
}

bool GridFilterModel::matchesKind(int row) const
{
    if (m_kind == RowKind::All)
        return true;
    const auto status = static_cast<RowStatus>(
        m_records->index(row, RecordTableModel::StatusColumn).data(RecordTableModel::StatusRole).toInt());
    switch (m_kind) {
    case RowKind::All:
        return true;
    case RowKind::Failed:
        return status == RowStatus::Failed || status == RowStatus::Unknown;
    case RowKind::NotSent:
        return status == RowStatus::Pending;
    case RowKind::Done:
        return status == RowStatus::Created || status == RowStatus::Updated;
    case RowKind::Problems:
        return m_records->rowHasProblem(row);
    }
    return true;
}

bool GridFilterModel::matchesText(int row) const
{
    return m_text.isEmpty() || m_records->rowContains(row, m_text);
}

} // namespace Batchsmith
