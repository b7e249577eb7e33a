// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/table/rowblock.h"
#include "core/table/tablecolumn.h"
#include "core/table/tablerecord.h"

namespace Batchsmith {

class GridRowSource;

/**
 * The grid's data: rows of property values and association target ids, each row's outcome, and each cell's
 * validation against the portal's catalogue. Semantic roles only (no colours or icons: the gui maps StatusRole,
 * ProblemRole and ErrorCellRole to them), so it stays in Qt Core.
 *
 * Model columns: StatusColumn, RecordIdColumn, then the data columns from FirstDataColumn, then errorColumn().
 * Only data cells are editable. Association cells hold target record ids separated by ';' (or spaces/commas
 * when typed; stored normalised with ';').
 *
 * Owned by the main window (or a test); GUI thread. The undo commands in app/gui/editor drive it through
 * setData(ValueRole), insertRecords/takeRecords and insertDataColumn/removeDataColumn, which are exact inverses.
 */
class RowStore;

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // QString: the stored wire value of a data cell (EditRole is the same)
        StatusRole, // int (RowStatus) of the row, on every column
        RecordIdRole, // QString: HubSpot id after created/updated
        ErrorRole, // QString: the row's error message (HubSpot's words), empty when none
        ProblemRole, // QString: why this data cell would be refused (ValueValidator), empty when fine
        ErrorCellRole, // bool: the row failed and its error names this cell's property
        ColumnKindRole, // int (TableColumn::Kind) of a data column, -1 for fixed columns
        PropertyNameRole, // QString: the column key (TableColumn::key())
    };
    Q_ENUM(Role)

    static constexpr int StatusColumn = 0;
    static constexpr int RecordIdColumn = 1;
    static constexpr int FirstDataColumn = 2;

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Columns
    int errorColumn() const { return FirstDataColumn + dataColumnCount(); }

    int dataColumnCount() const;
    const TableColumn &dataColumn(int dataIndex) const;
    QList<TableColumn> dataColumns() const;
    /// Data index of the column with this key, or -1.
    int findDataColumn(const QString &key) const;

    static int modelColumn(int dataIndex) { return FirstDataColumn + dataIndex; }

    /// -1 for the fixed columns.
    int dataIndex(int modelColumn) const;
    /// Inserts a data column; @p values gives one value per row (missing ones are empty).
    void insertDataColumn(int dataIndex, const TableColumn &column, const QStringList &values = {});
    /// Removes a data column and returns its values, row by row (for undo).
    QStringList removeDataColumn(int dataIndex);
    /// Replaces a column's definition (e.g. after the catalogue is refetched); keeps the values and revalidates.
    void updateDataColumn(int dataIndex, const TableColumn &column);

    // Rows
    /// A fresh empty row with a new key, not yet inserted.
    TableRecord newRecord();
    void insertRecords(int row, const QList<TableRecord> &records);
    QList<TableRecord> takeRecords(int row, int count);
    /// A copy of the row (rows are stored packed, not as TableRecord).
    TableRecord record(int row) const;
    /// The packed rows, keys and outcomes, in model order. Copying it is cheap (implicitly shared buffers) and the
    /// copy may be read on another thread while the model goes on changing (DraftSnapshot).
    const RowStore &rowStore() const;
    /// One data cell's stored value, without building the whole record.
    QString cellValue(int row, int dataIndex) const;
    /// The same as UTF-8 bytes, read in place: valid until the model next changes (for sorting and searching).
    QByteArrayView cellBytes(int row, int dataIndex) const;
    /// Reorders every row: row i becomes the one that was at @p order[i] (a permutation of 0..rowCount()-1).
    /// Records move whole (key, values, outcome); views keep their selection on the same records (layoutChanged).
    void permuteRecords(const QList<int> &order);
    /// Whether @p text (case-insensitive) is in one of the row's values, its record id or its error message.
    /// Reads the packed bytes directly when @p text is ASCII, so a million rows are searched in well under a second.
    bool rowContains(int row, const QString &text) const;
    /// Whether any data cell of the row would be refused (ProblemRole non-empty).
    bool rowHasProblem(int row) const;
    /// Appends every row of @p block at the end, with new keys and Pending outcomes: file column f goes to data
    /// column fileToDataColumn[f] (-1 or missing: skipped); data columns no file column maps to stay empty. The
    /// bulk path for TableLoader: no per-cell validation now (problems are counted in the background, see
    /// isCountingProblems()) and, with the identity map, no copy of the cells.
    void appendRows(const RowBlock &block, const QList<int> &fileToDataColumn);
    /// Row of the record with this key, or -1.
    int rowOfKey(const QString &key) const;
    /// Empties the model: no rows, no columns.
    void clear();

    // Outcomes
    void setOutcome(int row, const RowOutcome &outcome);
    void setOutcomeByKey(const QString &key, const RowOutcome &outcome);
    /// Every row back to Pending.
    void clearOutcomes();
    QList<int> rowsWithStatus(RowStatus status) const;
    /// How many rows have each status, in O(rows with an outcome): cheap enough for every status bar update.
    RowStatusCounts statusCounts() const;
    /// What the engine sends for a row: non-empty property values, and one RowAssociation per target id in each
    /// association cell; sourceLine is the row's 1-based position.
    Row toRow(int row) const;
    /// @p rows (row numbers, in the order to send) as a run reads them: a frozen view of the grid's bytes that
    /// later edits do not change, readable from any thread (gridrowsource.h).
    std::shared_ptr<const GridRowSource> rowSource(const QList<int> &rows) const;

    // Validation
    struct Problem
    {
        int row = 0;
        int dataIndex = 0;
        QString message;
    };

    /// Cells that would be refused, in row then column order; at most @p limit (-1: all).
    QList<Problem> problems(int limit = -1) const;
    /// Kept up to date on every change, in O(1) per edited cell. Rows added by appendRows() are counted in the
    /// background in slices (problemCountChanged() when the count moves); until then they are not included.
    int problemCount() const;
    /// True while rows added by appendRows() are still being counted.
    bool isCountingProblems() const;

    // Clipboard
    /// Cells as a TSV block for the clipboard, as spreadsheets write it: fields with tabs, quotes or newlines are
    /// quoted. DelimitedTextReader::readPastedTsv() reads it back.
    static QString toTsv(const QList<QStringList> &cells);

Q_SIGNALS:
    /// The number of problem cells changed.
    void problemCountChanged(int count);
    /// Any row's outcome changed.
    void outcomesChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Batchsmith
