// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace Batchsmith {

class RecordTableModel;

/**
 * Hides the grid's rows that don't match the filter bar: a text found in any cell (value, record id or error,
 * case-insensitive), and a row kind (failed, with a problem cell, not sent yet, created or updated). Rows keep
 * the source's order: sorting is done on the records themselves (SortRecordsCommand), as in a spreadsheet, so
 * it can be undone and what is sent follows what is seen.
 *
 * Sits between the GridPresentationModel and the view; the source's rows are the RecordTableModel's rows.
 * Owned by the view; GUI thread.
 */
class GridFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridFilterModel)

public:
    enum class RowKind { All, Failed, Problems, NotSent, Done };
    Q_ENUM(RowKind)

    explicit GridFilterModel(QObject *parent = nullptr);
    ~GridFilterModel() override;

    /// The model whose rows are filtered (the presentation model's source).
    void setRecordModel(RecordTableModel *records);

    void setText(const QString &text);

    QString text() const { return m_text; }

    void setRowKind(RowKind kind);

    RowKind rowKind() const { return m_kind; }

    bool isFiltering() const { return !m_text.isEmpty() || m_kind != RowKind::All; }

Q_SIGNALS:
    /// The text or the row kind changed (the rows shown have been filtered again).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    bool matchesKind(int row) const;
    bool matchesText(int row) const;

    RecordTableModel *m_records = nullptr;
    QString m_text;
    RowKind m_kind = RowKind::All;
};

} // namespace Batchsmith
