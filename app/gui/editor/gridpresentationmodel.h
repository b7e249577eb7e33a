// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

namespace Batchsmith {

/**
 * Shows RecordTableModel's meanings: a status icon on the status column, the problem or the row's error as a
 * tooltip, a tinted background on cells that would be refused (ProblemRole) and on the cells a failed row's error
 * names (ErrorCellRole), dimmed text on skipped rows. Colours are mixed from the palette given with setPalette()
 * (the view's), so they read in light and dark themes alike. Rows and columns are the source's.
 *
 * Owned by the view; GUI thread. The source must be a RecordTableModel (or answer its roles).
 */
class GridPresentationModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridPresentationModel)

public:
    explicit GridPresentationModel(QObject *parent = nullptr);
    ~GridPresentationModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The palette the colours are mixed from; repaints every cell.
    void setPalette(const QPalette &palette);

    QPalette palette() const { return m_palette; }

    /// The tints, exposed for tests and for a legend.
    QColor problemBackground() const;
    QColor errorBackground() const;

private:
    QVariant toolTip(const QModelIndex &index) const;
    QVariant background(const QModelIndex &index) const;

    QPalette m_palette;
    std::array<QIcon, 6> m_statusIcons; // by RowStatus
};

} // namespace Batchsmith
