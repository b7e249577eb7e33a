// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <QUndoStack>

namespace Batchsmith {

class RecordTableModel;
struct TableColumn;

/**
 * Edits the grid's data cells with an editor that fits the column's property kind: a line edit for text, numbers
 * (HubSpot's "1234.5" form only) and association ids; Yes/No for booleans; a date or UTC date-time editor with a
 * calendar; the option labels of an enumeration (the value is stored); a checkable list for multi-checkboxes
 * (values joined by ';'). Read-only and unsupported properties get no editor. Enter commits, Escape cancels.
 *
 * Commits go through the undo stack as one SetCellsCommand (setData only when no stack is set). The view's model
 * may be a proxy over RecordTableModel with the same rows and columns (GridPresentationModel).
 * Owned by the view; GUI thread.
 */
class CellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellDelegate)

public:
    explicit CellDelegate(QObject *parent = nullptr);
    ~CellDelegate() override;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    QUndoStack *undoStack() const { return m_undoStack; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The RecordTableModel under @p index's model (through proxies), with the index mapped to it.
    static QModelIndex recordIndex(const QModelIndex &index, RecordTableModel **model);

    /// The wire value an editor made by this delegate holds for @p column.
    static QString editorValue(const QWidget *editor, const TableColumn &column);

private:
    QPointer<QUndoStack> m_undoStack;
};

} // namespace Batchsmith
