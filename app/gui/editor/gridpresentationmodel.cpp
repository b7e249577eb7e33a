// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/gridpresentationmodel.h"

#include <QBrush>
#include <QGuiApplication>

#include "core/table/recordtablemodel.h"
#include "gui/editor/editoricons.h"

namespace Batchsmith {

namespace {

QColor mixed(const QColor &base, const QColor &tint, qreal amount)
{
    const auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

GridPresentationModel::GridPresentationModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_palette(QGuiApplication::palette())
{
    for (std::size_t i = 0; i < m_statusIcons.size(); ++i)
        m_statusIcons[i] = statusIcon(static_cast<RowStatus>(i));
}

GridPresentationModel::~GridPresentationModel() = default;

void GridPresentationModel::setPalette(const QPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

// Amber for "would be refused", red for "HubSpot refused it": a light tint on a light base, a deep one on a dark
// base, so the palette's own text colour stays readable on both.
QColor GridPresentationModel::problemBackground() const
{
    const QColor base = m_palette.color(QPalette::Base);
    return isDark(m_palette) ? mixed(base, QColor(0xe0, 0xa1, 0x00), 0.30)
                             : mixed(base, QColor(0xff, 0xc8, 0x3d), 0.35);
}

QColor GridPresentationModel::errorBackground() const
{
    const QColor base = m_palette.color(QPalette::Base);
    return isDark(m_palette) ? mixed(base, QColor(0xd6, 0x45, 0x45), 0.38)
                             : mixed(base, QColor(0xf2, 0x6b, 0x6b), 0.30);
}

QVariant GridPresentationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == RecordTableModel::StatusColumn) {
            const QVariant status = QIdentityProxyModel::data(index, RecordTableModel::StatusRole);
            if (status.isValid() && status.toInt() >= 0 && std::size_t(status.toInt()) < m_statusIcons.size())
                return m_statusIcons.at(status.toInt());
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::BackgroundRole:
        return background(index);
    case Qt::ForegroundRole: {
        const auto status
            = static_cast<RowStatus>(QIdentityProxyModel::data(index, RecordTableModel::StatusRole).toInt());
        if (status == RowStatus::Skipped)
            return QBrush(m_palette.color(QPalette::Disabled, QPalette::Text));
        if (background(index).isValid())
            return QBrush(m_palette.color(QPalette::Text));
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant GridPresentationModel::toolTip(const QModelIndex &index) const
{
    const QString problem = QIdentityProxyModel::data(index, RecordTableModel::ProblemRole).toString();
    if (!problem.isEmpty())
        return problem;
    const bool errorCell = QIdentityProxyModel::data(index, RecordTableModel::ErrorCellRole).toBool();
    const bool fixedColumn = QIdentityProxyModel::data(index, RecordTableModel::ColumnKindRole).toInt() < 0;
    if (errorCell || fixedColumn) {
        const QString error = QIdentityProxyModel::data(index, RecordTableModel::ErrorRole).toString();
        if (!error.isEmpty())
            return error;
    }
    return QIdentityProxyModel::data(index, Qt::ToolTipRole);
}

QVariant GridPresentationModel::background(const QModelIndex &index) const
{
    if (QIdentityProxyModel::data(index, RecordTableModel::ErrorCellRole).toBool())
        return QBrush(errorBackground());
    if (!QIdentityProxyModel::data(index, RecordTableModel::ProblemRole).toString().isEmpty())
        return QBrush(problemBackground());
    return QIdentityProxyModel::data(index, Qt::BackgroundRole);
}

} // namespace Batchsmith
