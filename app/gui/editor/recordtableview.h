// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTableView>
#include <QUndoStack>

class QAction;

namespace Batchsmith {

class CellDelegate;
class GridFilterModel;
class GridPresentationModel;
class RecordTableModel;

/**
 * The grid: a spreadsheet-like view of a RecordTableModel through a GridPresentationModel, with CellDelegate
 * editors. Copy puts the selected cells on the clipboard as TSV (and an HTML table); paste writes a TSV block at
 * the current cell as one undo step, adding rows when it runs past the end; Delete clears the selected cells.
 * Only data columns are written. Enter moves down, like a spreadsheet. Every change goes through the undo stack
 * given with setUndoStack(); without one, nothing is written.
 *
 * The owner sets the object name, the model and the stack; the view owns the proxy, the delegate and its actions
 * (offered in the context menu; the main window may put them in its menus and toolbars too). GUI thread.
 */
class RecordTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableView)

public:
    explicit RecordTableView(QWidget *parent = nullptr);
    ~RecordTableView() override;

    void setRecordModel(RecordTableModel *model);

    RecordTableModel *recordModel() const { return m_records; }

    GridPresentationModel *presentationModel() const { return m_presentation; }

    /// The rows the filter bar lets through; the view's model.
    GridFilterModel *filterModel() const { return m_filter; }

    /// The record row (RecordTableModel) of an index of the view's model, or -1.
    int recordRow(const QModelIndex &index) const;
    /// The view's index of a record row's cell; invalid when the filter hides the row.
    QModelIndex viewIndex(int recordRow, int column) const;

    CellDelegate *cellDelegate() const { return m_delegate; }

    void setUndoStack(QUndoStack *stack);

    /// Decides whether a block pasted into a grid with columns but no values yet goes to emptyGridPasted() (say,
    /// when its first row names columns) instead of into the cells. Without one, such a block goes into the cells.
    void setBlankGridPasteFilter(std::function<bool(const QList<QStringList> &)> filter)
    {
        m_blankPasteFilter = std::move(filter);
    }

    QUndoStack *undoStack() const { return m_undoStack; }

    QAction *copyAction() const { return m_copyAction; }

    QAction *pasteAction() const { return m_pasteAction; }

    QAction *clearAction() const { return m_clearAction; }

    QAction *insertRowAboveAction() const { return m_insertAboveAction; }

    QAction *insertRowBelowAction() const { return m_insertBelowAction; }

    QAction *duplicateRowsAction() const { return m_duplicateAction; }

    QAction *removeRowsAction() const { return m_removeAction; }

    QAction *sortAscendingAction() const { return m_sortAscendingAction; }

    QAction *sortDescendingAction() const { return m_sortDescendingAction; }

    /// The selected record rows, ascending (rows with at least one selected cell; the current row when none).
    QList<int> selectedRows() const;
    /// The selected cells as text, the rows and columns that have a selected cell; data cells give their values.
    QList<QStringList> selectedCells() const;

public Q_SLOTS:
    void copySelection();
    /// Pastes the clipboard's text.
    void paste();
    /// Writes @p cells at the current cell (or fills the selection with a single value) as one undo step.
    void pasteCells(const QList<QStringList> &cells);
    void clearSelectedCells();
    /// Inserts as many empty rows as are selected (at least one) above or below the selection.
    void insertRows(bool below = false);
    void appendRows(int count = 1);
    void duplicateSelectedRows();
    void removeSelectedRows();
    /// Sizes every column to what it holds now (between a readable minimum and a maximum).
    void fitColumnsToContents();
    /// Sorts the records by a data column as one undo step (SortRecordsCommand); the header shows the order.
    void sortByColumn(int dataIndex, Qt::SortOrder order);
    /// Shows every row again (no filter text, all row kinds).
    void clearFilter();

Q_SIGNALS:
    /// A TSV block was pasted while the grid has no data columns, or has columns but no value in any cell yet (a
    /// new grid) and the blank-grid paste filter took it: nothing was written; the owner may offer to map the
    /// block to properties.
    void emptyGridPasted(const QList<QStringList> &cells);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void moveCurrent(int rows);
    void fitColumns(int first, int last);
    void onRowsInserted();
    void sortCurrentColumn(Qt::SortOrder order);
    void showHeaderMenu(const QPoint &position);

    QPointer<RecordTableModel> m_records;
    GridPresentationModel *m_presentation;
    GridFilterModel *m_filter;
    CellDelegate *m_delegate;
    QPointer<QUndoStack> m_undoStack;
    bool m_fitted = false;
    std::function<bool(const QList<QStringList> &)> m_blankPasteFilter;

    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_insertAboveAction = nullptr;
    QAction *m_insertBelowAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_sortAscendingAction = nullptr;
    QAction *m_sortDescendingAction = nullptr;
};

} // namespace Batchsmith
