// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/gridfiltermodel.h"

#include "core/table/recordtablemodel.h"

namespace Batchsmith {

namespace {

bool rowHasProblem(const RecordTableModel &records, int row)
{
    for (int data = 0; data < records.dataColumnCount(); ++data) {
        const QModelIndex cell = records.index(row, RecordTableModel::modelColumn(data));
        if (!cell.data(RecordTableModel::ProblemRole).toString().isEmpty())
            return true;
    }
    return false;
}

bool rowContains(const RecordTableModel &records, int row, const QString &text)
{
    const auto has = [&](int column, int role) {
        return records.index(row, column).data(role).toString().contains(text, Qt::CaseInsensitive);
    };
    for (int data = 0; data < records.dataColumnCount(); ++data) {
        if (has(RecordTableModel::modelColumn(data), RecordTableModel::ValueRole))
            return true;
    }
    return has(RecordTableModel::RecordIdColumn, RecordTableModel::RecordIdRole)
        || has(RecordTableModel::StatusColumn, RecordTableModel::ErrorRole);
}

} // namespace

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
    invalidateFilter();
}

void GridFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void GridFilterModel::setRowKind(RowKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
    Q_EMIT filterChanged();
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
        return rowHasProblem(*m_records, row);
    }
    return true;
}

bool GridFilterModel::matchesText(int row) const
{
    return m_text.isEmpty() || rowContains(*m_records, row, m_text);
}

} // namespace Batchsmith
