// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/recordtableview.h"

#include <algorithm>
#include <set>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

#include "core/catalog/valuevalidator.h"
#include "core/io/delimitedtextreader.h"
#include "core/table/recordtablemodel.h"
#include "gui/editor/celldelegate.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/editoricons.h"
#include "gui/editor/gridfiltermodel.h"
#include "gui/editor/gridpresentationmodel.h"
#include "gui/editor/sortcommand.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr int MaxFittedColumnWidth = 320;

QString htmlTable(const QList<QStringList> &cells)
{
    QString html = u"<table>"_s;
    for (const QStringList &row : cells) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

bool isWritable(const TableColumn &column)
{
    return column.kind == TableColumn::Kind::Association || column.property.isWritable();
}

QString normalisedFor(const TableColumn &column, const QString &value)
{
    return column.kind == TableColumn::Kind::Property ? ValueValidator::normalised(column.property, value) : value;
}

/// No value in any cell and no outcome: a new grid, or one whose rows were only added.
bool isBlank(const RecordTableModel &records)
{
    for (int row = 0; row < records.rowCount(); ++row) {
        const TableRecord record = records.record(row);
        if (record.outcome.status != RowStatus::Pending)
            return false;
        if (std::any_of(record.values.cbegin(), record.values.cend(), [](const QString &v) { return !v.isEmpty(); }))
            return false;
    }
    return true;
}

} // namespace

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
    , m_presentation(new GridPresentationModel(this))
    , m_filter(new GridFilterModel(this))
    , m_delegate(new CellDelegate(this))
{
    m_filter->setSourceModel(m_presentation);
    m_presentation->setPalette(palette());
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    setCornerButtonEnabled(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setDefaultSectionSize(verticalHeader()->minimumSectionSize() + 6);
    // Fitting a column measures the rows in view, not Qt's default 1,000 rows a column: with a dozen columns that
    // took a quarter of a second on the GUI thread each time a run ended or a file came in.
    horizontalHeader()->setResizeContentsPrecision(0);
    createActions();
    setModel(m_filter);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTableView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordTableView::updateActions);
    updateActions();
}

RecordTableView::~RecordTableView() = default;

void RecordTableView::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!icon.isEmpty())
            action->setIcon(appIcon(icon));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        addAction(action);
    };
    //: Grid context menu
    m_copyAction = make(tr("&Copy"), {}, QKeySequence::Copy, &RecordTableView::copySelection);
    //: Grid context menu
    m_pasteAction = make(tr("&Paste"), {}, QKeySequence::Paste, &RecordTableView::paste);
    //: Grid context menu: empties the selected cells
    m_clearAction = make(tr("C&lear Cells"), {}, QKeySequence::Delete, &RecordTableView::clearSelectedCells);
    separator();
    //: Grid context menu
    m_insertAboveAction = make(tr("Insert Row &Above"), u"add-row"_s, {}, [this] { insertRows(false); });
    //: Grid context menu
    m_insertBelowAction = make(tr("Insert Row &Below"), u"add-row"_s, {}, [this] { insertRows(true); });
    //: Grid context menu
    m_duplicateAction = make(tr("&Duplicate Rows"), u"duplicate-row"_s, QKeySequence(Qt::CTRL | Qt::Key_D),
        &RecordTableView::duplicateSelectedRows);
    //: Grid context menu
    m_removeAction = make(tr("&Remove Rows"), u"remove-row"_s, QKeySequence(Qt::CTRL | Qt::Key_Minus),
        &RecordTableView::removeSelectedRows);
    separator();
    //: Grid context menu: sorts every row by the current cell's column
    m_sortAscendingAction
        = make(tr("&Sort Ascending"), u"sort-ascending"_s, {}, [this] { sortCurrentColumn(Qt::AscendingOrder); });
    //: Grid context menu: sorts every row by the current cell's column
    m_sortDescendingAction
        = make(tr("S&ort Descending"), u"sort-descending"_s, {}, [this] { sortCurrentColumn(Qt::DescendingOrder); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &RecordTableView::showHeaderMenu);
}

void RecordTableView::setRecordModel(RecordTableModel *model)
{
    if (m_records)
        disconnect(m_records, nullptr, this, nullptr);
    m_records = model;
    m_fitted = false;
    m_presentation->setSourceModel(model);
    m_filter->setRecordModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTableView::onRowsInserted);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_fitted = false;
            onRowsInserted();
        });
        connect(model, &QAbstractItemModel::columnsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitColumns(first, last); });
        onRowsInserted();
    }
    updateActions();
}

void RecordTableView::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    m_delegate->setUndoStack(stack);
    updateActions();
}

void RecordTableView::onRowsInserted()
{
    if (m_fitted || !m_records || m_records->rowCount() == 0)
        return;
    m_fitted = true;
    fitColumns(0, m_records->columnCount() - 1);
}

void RecordTableView::fitColumns(int first, int last)
{
    if (!m_records)
        return;
    // Data columns get room for a typical value even while empty (an email address, a name), never a sliver.
    const int minDataWidth = fontMetrics().horizontalAdvance(QStringLiteral("firstname.lastname@example")) / 2 + 24;
    for (int column = first; column <= last && column < m_records->columnCount(); ++column) {
        resizeColumnToContents(column);
        if (columnWidth(column) > MaxFittedColumnWidth)
            setColumnWidth(column, MaxFittedColumnWidth);
        else if (m_records->dataIndex(column) >= 0 && columnWidth(column) < minDataWidth)
            setColumnWidth(column, minDataWidth);
    }
}

void RecordTableView::fitColumnsToContents()
{
    if (m_records)
        fitColumns(0, m_records->columnCount() - 1);
}

void RecordTableView::updateActions()
{
    const bool hasModel = m_records;
    const bool canWrite = hasModel && m_undoStack;
    const bool hasSelection = hasModel && (selectionModel()->hasSelection() || currentIndex().isValid());
    m_copyAction->setEnabled(hasSelection);
    m_pasteAction->setEnabled(canWrite);
    m_clearAction->setEnabled(canWrite && hasSelection);
    m_insertAboveAction->setEnabled(canWrite);
    m_insertBelowAction->setEnabled(canWrite);
    m_duplicateAction->setEnabled(canWrite && hasSelection);
    m_removeAction->setEnabled(canWrite && hasSelection);
    const bool sortable = canWrite && currentIndex().isValid() && m_records->dataIndex(currentIndex().column()) >= 0
        && m_records->rowCount() > 1;
    m_sortAscendingAction->setEnabled(sortable);
    m_sortDescendingAction->setEnabled(sortable);
}

QList<int> RecordTableView::selectedRows() const
{
    std::set<int> rows;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows.insert(recordRow(index));
    if (rows.empty() && currentIndex().isValid())
        rows.insert(recordRow(currentIndex()));
    return QList<int>(rows.begin(), rows.end());
}

QList<QStringList> RecordTableView::selectedCells() const
{
    QList<QStringList> cells;
    if (!m_records)
        return cells;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    std::set<int> rows;
    std::set<int> columns;
    for (const QModelIndex &index : std::as_const(indexes)) {
        rows.insert(index.row());
        if (!isColumnHidden(index.column()))
            columns.insert(index.column());
    }
    const auto selected = [&indexes](int row, int column) {
        return std::any_of(indexes.cbegin(), indexes.cend(),
            [row, column](const QModelIndex &index) { return index.row() == row && index.column() == column; });
    };
    for (const int row : rows) {
        QStringList line;
        for (const int column : columns) {
            if (!selected(row, column)) {
                line.append(QString());
                continue;
            }
            const QModelIndex index = model()->index(row, column);
            const int role
                = m_records->dataIndex(column) >= 0 ? int(RecordTableModel::ValueRole) : int(Qt::DisplayRole);
            line.append(index.data(role).toString());
        }
        cells.append(line);
    }
    return cells;
}

void RecordTableView::copySelection()
{
    const QList<QStringList> cells = selectedCells();
    if (cells.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(RecordTableModel::toTsv(cells));
    mime->setHtml(htmlTable(cells));
    QApplication::clipboard()->setMimeData(mime);
}

void RecordTableView::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.isEmpty())
        pasteCells(DelimitedTextReader::readPastedTsv(text));
}

void RecordTableView::pasteCells(const QList<QStringList> &cells)
{
    if (!m_records || !m_undoStack || cells.isEmpty())
        return;
    // A block pasted into a grid with nothing typed in it yet is a new table: its columns get mapped first.
    const bool block = cells.size() > 1 || cells.first().size() > 1;
    if (m_records->dataColumnCount() == 0
        || (block && m_blankPasteFilter && isBlank(*m_records) && m_blankPasteFilter(cells))) {
        Q_EMIT emptyGridPasted(cells);
        return;
    }
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QList<CellChange> changes;
    int written = 0;

    // One value onto several selected cells fills them all, as spreadsheets do.
    if (cells.size() == 1 && cells.first().size() == 1 && selected.size() > 1) {
        for (const QModelIndex &index : selected) {
            const int dataIndex = m_records->dataIndex(index.column());
            if (dataIndex < 0 || !isWritable(m_records->dataColumn(dataIndex)))
                continue;
            const QString after = normalisedFor(m_records->dataColumn(dataIndex), cells.first().first());
            const TableRecord &record = m_records->record(recordRow(index));
            ++written;
            if (record.values.value(dataIndex) != after)
                changes.append({ record.key, dataIndex, record.values.value(dataIndex), after });
        }
        if (!changes.isEmpty())
            m_undoStack->push(new SetCellsCommand(m_records, changes, SetCellsCommand::pasteText(written)));
        return;
    }

    QModelIndex start = currentIndex();
    if (!selected.isEmpty()) {
        const auto byRow = [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); };
        const auto byColumn = [](const QModelIndex &a, const QModelIndex &b) { return a.column() < b.column(); };
        const int top = std::min_element(selected.cbegin(), selected.cend(), byRow)->row();
        const int left = std::min_element(selected.cbegin(), selected.cend(), byColumn)->column();
        start = model()->index(top, left);
    }
    const int startRow = start.isValid() ? start.row() : 0; // a view row: with a filter, the visible rows
    int startData = start.isValid() ? m_records->dataIndex(start.column()) : 0;
    if (startData < 0) {
        if (start.column() >= m_records->errorColumn())
            return; // nothing writable to the right of the data columns
        startData = 0;
    }

    // Each pasted line goes to the next visible row; lines past the last one become new rows at the end.
    const int existing = m_records->rowCount();
    const int visible = model()->rowCount();
    QList<TableRecord> added;
    for (int row = visible; row < startRow + cells.size(); ++row)
        added.append(m_records->newRecord());

    for (int r = 0; r < cells.size(); ++r) {
        const int viewRow = startRow + r;
        const int row = viewRow < visible ? recordRow(model()->index(viewRow, 0)) : existing + (viewRow - visible);
        const TableRecord &record = row < existing ? m_records->record(row) : added.at(row - existing);
        const QStringList &line = cells.at(r);
        for (int c = 0; c < line.size() && startData + c < m_records->dataColumnCount(); ++c) {
            const int dataIndex = startData + c;
            const TableColumn &column = m_records->dataColumn(dataIndex);
            if (!isWritable(column))
                continue;
            const QString before = row < existing ? record.values.value(dataIndex) : QString();
            const QString after = normalisedFor(column, line.at(c));
            ++written;
            if (before != after)
                changes.append({ record.key, dataIndex, before, after });
        }
    }

    const QString text = SetCellsCommand::pasteText(written);
    if (!added.isEmpty()) {
        // Rows and values in one step: a single undo removes the whole paste.
        auto *paste = new QUndoCommand(text);
        new InsertRecordsCommand(m_records, existing, added, paste);
        new SetCellsCommand(m_records, changes, text, paste);
        m_undoStack->push(paste);
    } else if (!changes.isEmpty()) {
        m_undoStack->push(new SetCellsCommand(m_records, changes, text));
    } else {
        return;
    }
    const int lastColumn = RecordTableModel::modelColumn(
        std::min(m_records->dataColumnCount() - 1, startData + int(cells.first().size()) - 1));
    const int lastRow = std::min(startRow + int(cells.size()), model()->rowCount()) - 1;
    const QModelIndex topLeft = model()->index(startRow, RecordTableModel::modelColumn(startData));
    const QModelIndex bottomRight = model()->index(lastRow, lastColumn);
    selectionModel()->setCurrentIndex(topLeft, QItemSelectionModel::NoUpdate);
    selectionModel()->select(QItemSelection(topLeft, bottomRight), QItemSelectionModel::ClearAndSelect);
}

void RecordTableView::clearSelectedCells()
{
    if (!m_records || !m_undoStack)
        return;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    QList<CellChange> changes;
    for (const QModelIndex &index : std::as_const(indexes)) {
        const int dataIndex = m_records->dataIndex(index.column());
        if (dataIndex < 0 || !isWritable(m_records->dataColumn(dataIndex)))
            continue;
        const TableRecord &record = m_records->record(recordRow(index));
        if (!record.values.value(dataIndex).isEmpty())
            changes.append({ record.key, dataIndex, record.values.value(dataIndex), QString() });
    }
    if (!changes.isEmpty())
        m_undoStack->push(new SetCellsCommand(m_records, changes, SetCellsCommand::clearText(int(changes.size()))));
}

void RecordTableView::insertRows(bool below)
{
    if (!m_records || !m_undoStack)
        return;
    const QList<int> rows = selectedRows();
    const int count = std::max<int>(1, int(rows.size()));
    const int at = rows.isEmpty() ? m_records->rowCount() : (below ? rows.last() + 1 : rows.first());
    QList<TableRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(m_records->newRecord());
    m_undoStack->push(new InsertRecordsCommand(m_records, at, records));
    setCurrentIndex(viewIndex(at, currentIndex().isValid() ? currentIndex().column() : 0));
}

void RecordTableView::appendRows(int count)
{
    if (!m_records || !m_undoStack || count < 1)
        return;
    QList<TableRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(m_records->newRecord());
    const int at = m_records->rowCount();
    m_undoStack->push(new InsertRecordsCommand(m_records, at, records));
    const int column = m_records->dataColumnCount() > 0 ? RecordTableModel::FirstDataColumn : 0;
    setCurrentIndex(viewIndex(at, column));
}

void RecordTableView::duplicateSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (!m_records || !m_undoStack || rows.isEmpty())
        return;
    auto *command = new DuplicateRecordsCommand(m_records, rows);
    const int first = command->insertRow();
    const int count = command->count();
    m_undoStack->push(command);
    const QModelIndex topLeft = viewIndex(first, 0);
    selectionModel()->setCurrentIndex(topLeft, QItemSelectionModel::NoUpdate);
    selectionModel()->select(QItemSelection(topLeft, viewIndex(first + count - 1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordTableView::removeSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (!m_records || !m_undoStack || rows.isEmpty())
        return;
    m_undoStack->push(new RemoveRecordsCommand(m_records, rows));
}

void RecordTableView::sortByColumn(int dataIndex, Qt::SortOrder order)
{
    if (!m_records || !m_undoStack || dataIndex < 0 || dataIndex >= m_records->dataColumnCount())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto command = std::make_unique<SortRecordsCommand>(m_records, dataIndex, order);
    if (command->changesOrder())
        m_undoStack->push(command.release());
    QGuiApplication::restoreOverrideCursor();
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(RecordTableModel::modelColumn(dataIndex), order);
}

void RecordTableView::sortCurrentColumn(Qt::SortOrder order)
{
    if (m_records && currentIndex().isValid())
        sortByColumn(m_records->dataIndex(currentIndex().column()), order);
}

void RecordTableView::showHeaderMenu(const QPoint &position)
{
    const int column = horizontalHeader()->logicalIndexAt(position);
    const int dataIndex = m_records ? m_records->dataIndex(column) : -1;
    if (dataIndex < 0 || !m_undoStack)
        return;
    QMenu menu(this);
    //: Column header menu
    menu.addAction(appIcon(u"sort-ascending"_s), tr("&Sort Ascending"), this,
        [this, dataIndex] { sortByColumn(dataIndex, Qt::AscendingOrder); });
    //: Column header menu
    menu.addAction(appIcon(u"sort-descending"_s), tr("S&ort Descending"), this,
        [this, dataIndex] { sortByColumn(dataIndex, Qt::DescendingOrder); });
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(position));
}

void RecordTableView::clearFilter()
{
    m_filter->setText({});
    m_filter->setRowKind(GridFilterModel::RowKind::All);
}

int RecordTableView::recordRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.model() == m_filter)
        return m_filter->mapToSource(index).row(); // the presentation model keeps the records' rows
    return index.row();
}

QModelIndex RecordTableView::viewIndex(int recordRow, int column) const
{
    return m_filter->mapFromSource(m_presentation->index(recordRow, column));
}

void RecordTableView::moveCurrent(int rows)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const int row = std::clamp(current.row() + rows, 0, model()->rowCount() - 1);
    setCurrentIndex(model()->index(row, current.column()));
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    // The actions' shortcuts answer when the view's window is active; these keep the keys working otherwise.
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    const bool editing = state() == QAbstractItemView::EditingState;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (!editing && modifiers == Qt::NoModifier
        && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        clearSelectedCells();
        return;
    }
    if (!editing && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        moveCurrent(modifiers == Qt::ShiftModifier ? -1 : 1);
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // The delegate ends an edit with SubmitModelCache when Enter was pressed: go on to the cell below.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveCurrent(1);
}

void RecordTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_presentation->setPalette(palette());
}

} // namespace Batchsmith
