// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/recordtablemodel.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QTimer>

#include "core/catalog/referenceoptions.h"
#include "core/catalog/valuevalidator.h"
#include "core/table/gridrowsource.h"
#include "core/table/rowstore.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

/// A data column with what data() needs on every call worked out once: PropertyInfo::kind() and
/// TableColumn::key() build strings, and a grid paints thousands of cells.
struct ColumnData
{
    TableColumn column;
    PropertyKind kind = PropertyKind::Text;
    QString key;

    explicit ColumnData(const TableColumn &c)
        : column(c)
        , kind(c.kind == TableColumn::Kind::Property ? c.property.kind() : PropertyKind::Text)
        , key(c.key())
    {
    }

    bool isAssociation() const { return column.kind == TableColumn::Kind::Association; }

    /// True when only a very long value can be refused (plain text: not an email, archived or read-only column).
    /// Asked of ValueValidator itself, so its rules stay in one place; lets the count skip a million plain cells.
    bool onlyLengthMatters() const
    {
        return !isAssociation() && kind == PropertyKind::Text
            && ValueValidator::problem(column.property, QStringLiteral("x")).isEmpty()
            && ValueValidator::problem(column.property, QString(LengthProbe, u'x')).isEmpty();
    }

    static constexpr qsizetype LengthProbe = 65536;
    bool lengthOnly = onlyLengthMatters();
    /// A stage column: the data index of the pipeline column whose value in the same row picks its valid options
    /// (PropertyInfo::optionGroupProperty), or -1 when that column is not in the grid (the default pipeline's).
    int groupColumn = -1;

    bool isGrouped() const { return !isAssociation() && !column.property.optionGroupProperty.isEmpty(); }
};

bool isRecordId(const QString &id)
{
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString normalisedCell(const ColumnData &column, const QString &value, const QString &group)
{
    if (column.isAssociation())
        return splitAssociationIds(value).join(u';');
    if (column.isGrouped())
        return ReferenceOptions::normalisedInGroup(column.column.property, value, group);
    return ValueValidator::normalised(column.column.property, value);
}

} // namespace

class RecordTableModel::Private
{
public:
    explicit Private(RecordTableModel *model)
        : q(model)
    {
    }

    RecordTableModel *q;
    RowStore rows; // packed cells, keys and outcomes: see RowStore
    QList<ColumnData> columns;
    int problemCount = 0;
    // Rows from countedUpTo on came in through appendRows() and are not in problemCount yet: they are counted in
    // slices from the event loop, so loading a million rows never freezes the grid. Any other change of rows or
    // columns finishes the count first, so the arithmetic below only ever sees counted rows.
    int countedUpTo = 0;
    bool countScheduled = false;

    /// The value of @p column's group column (a stage column's pipeline) in @p row; empty without one.
    QString groupOf(int row, const ColumnData &column) const
    {
        return column.groupColumn >= 0 ? rows.text(row, column.groupColumn) : QString();
    }

    /// Points each stage column at its pipeline column; true when the grid has stage columns, whose problems then
    /// depend on another column and must be counted again after any change of columns.
    bool relink()
    {
        bool grouped = false;
        for (ColumnData &column : columns) {
            column.groupColumn = -1;
            if (!column.isGrouped())
                continue;
            grouped = true;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const ColumnData &other = columns.at(c);
                if (!other.isAssociation() && other.column.property.name == column.column.property.optionGroupProperty)
                    column.groupColumn = int(c);
            }
        }
        return grouped;
    }

    /// Whether a change of @p dataIndex can change another cell's problem in the same row.
    bool isGroupColumn(int dataIndex) const
    {
        return std::any_of(columns.cbegin(), columns.cend(),
            [dataIndex](const ColumnData &column) { return column.groupColumn == dataIndex; });
    }

    /// Counts every counted row again (after a change of columns in a grid with stage columns).
    void recount()
    {
        int total = 0;
        for (int r = 0; r < countedUpTo; ++r)
            total += countRow(r);
        addProblems(total - problemCount);
    }

    QString problem(const ColumnData &column, const QString &value, const QString &group = {}) const
    {
        if (value.isEmpty())
            return {};
        if (!column.isAssociation()) {
            QString found = ValueValidator::problem(column.column.property, value);
            if (found.isEmpty() && column.isGrouped())
                found = ReferenceOptions::groupProblem(column.column.property, value, group);
            return found;
        }
        const QStringList ids = splitAssociationIds(value);
        for (const QString &id : ids) {
            if (!isRecordId(id)) {
                //: Problem of an association cell: %1 is what was typed instead of a record ID.
                return RecordTableModel::tr("“%1” is not a HubSpot record ID: record IDs are whole numbers, "
                                            "such as 51234.")
                    .arg(id);
            }
        }
        return {};
    }

    bool hasProblem(const ColumnData &column, const QString &value, const QString &group = {}) const
    {
        return !value.isEmpty() && !problem(column, value, group).isEmpty();
    }

    bool cellHasProblem(int row, int dataIndex) const
    {
        return bytesHaveProblem(rows.cell(row, dataIndex), dataIndex, row);
    }

    bool bytesHaveProblem(QByteArrayView cell, int dataIndex, int row) const
    {
        const ColumnData &column = columns.at(dataIndex);
        if (cell.isEmpty() || (column.lengthOnly && cell.size() <= ColumnData::LengthProbe))
            return false; // UTF-8 bytes >= characters: no longer than the probe that passed
        return hasProblem(column, QString::fromUtf8(cell), groupOf(row, column));
    }

    int countValues(const QStringList &values) const
    {
        int count = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const ColumnData &column = columns.at(c);
            const QString group = column.groupColumn >= 0 ? values.value(column.groupColumn) : QString();
            count += hasProblem(column, values.value(c), group) ? 1 : 0;
        }
        return count;
    }

    /// Walks the row's packed cells once: asking for each cell by column would scan the row again from its start.
    int countRow(int row) const
    {
        int count = 0;
        QByteArrayView rest = rows.rowBytes(row);
        for (int c = 0; c < int(columns.size()); ++c) {
            const qsizetype end = rest.indexOf(RowBlock::CellEnd);
            const QByteArrayView cell = end < 0 ? QByteArrayView() : rest.first(end);
            count += bytesHaveProblem(cell, c, row) ? 1 : 0;
            rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        }
        return count;
    }

    int countColumnProblems(int dataIndex) const
    {
        int count = 0;
        for (int r = 0; r < countedUpTo; ++r)
            count += cellHasProblem(r, dataIndex) ? 1 : 0;
        return count;
    }

    void addProblems(int delta)
    {
        if (delta == 0)
            return;
        problemCount += delta;
        Q_EMIT q->problemCountChanged(problemCount);
    }

    /// Counts rows from countedUpTo for at most @p budgetMs (all of them when negative).
    void countSlice(qint64 budgetMs)
    {
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        while (countedUpTo < rows.size()) {
            found += countRow(countedUpTo++);
            if (budgetMs >= 0 && (countedUpTo & 255) == 0 && timer.elapsed() >= budgetMs)
                break;
        }
        addProblems(found);
    }

    void finishCounting() { countSlice(-1); }

    void scheduleCounting()
    {
        if (countScheduled)
            return;
        countScheduled = true;
        QTimer::singleShot(0, q, [this] {
            countScheduled = false;
            countSlice(8);
            if (countedUpTo < rows.size())
                scheduleCounting();
        });
    }
};

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this))
{
}

RecordTableModel::~RecordTableModel() = default;

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->rows.size();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : errorColumn() + 1;
}

static QString statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Pending:
        //: Status of a row that was not sent yet
        return RecordTableModel::tr("Pending", "row status");
    case RowStatus::Created:
        //: Status of a row: HubSpot created the record
        return RecordTableModel::tr("Created", "row status");
    case RowStatus::Updated:
        //: Status of a row: HubSpot updated an existing record
        return RecordTableModel::tr("Updated", "row status");
    case RowStatus::Failed:
        //: Status of a row: HubSpot refused it
        return RecordTableModel::tr("Failed", "row status");
    case RowStatus::Unknown:
        //: Status of a row whose answer was lost: it may or may not have been written
        return RecordTableModel::tr("Unknown", "row status");
    case RowStatus::Skipped:
        //: Status of a row that was not sent (e.g. the run was cancelled)
        return RecordTableModel::tr("Skipped", "row status");
    }
    return {};
}

static QString displayText(const ColumnData &column, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (column.kind) {
    case PropertyKind::Bool:
        if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            //: A yes/no property's value in a grid cell
            return RecordTableModel::tr("Yes");
        if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            //: A yes/no property's value in a grid cell
            return RecordTableModel::tr("No");
        return value;
    case PropertyKind::Enumeration:
        return column.column.property.labelForValue(value);
    case PropertyKind::MultiEnumeration: {
        QStringList labels;
        for (const QString &part : value.split(u';', Qt::SkipEmptyParts))
            labels.append(column.column.property.labelForValue(part.trimmed()));
        return labels.join(u"; "_s);
    }
    default:
        return value;
    }
}

static bool isErrorCell(const RowOutcome &outcome, const ColumnData &column)
{
    if (outcome.status != RowStatus::Failed || outcome.property.isEmpty())
        return false;
    return outcome.property == column.key
        || (!column.isAssociation() && outcome.property == column.column.property.name);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= d->rows.size() || index.column() > errorColumn())
        return {};
    const int dataIndex = this->dataIndex(index.column());
    const ColumnData *column = dataIndex >= 0 ? &d->columns.at(dataIndex) : nullptr;
    const RowOutcome outcome = d->rows.outcome(index.row());
    switch (role) {
    case StatusRole:
        return int(outcome.status);
    case RecordIdRole:
        return outcome.id;
    case ErrorRole:
        return outcome.message;
    case ErrorCellRole:
        return column && isErrorCell(outcome, *column);
    case ColumnKindRole:
        return column ? int(column->column.kind) : -1;
    case PropertyNameRole:
        return column ? column->key : QString();
    default:
        break;
    }
    if (!column) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (index.column() == StatusColumn)
            return statusText(outcome.status);
        if (index.column() == RecordIdColumn)
            return outcome.id;
        return outcome.message;
    }
    const QString value = d->rows.text(index.row(), dataIndex);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*column, value);
    case Qt::EditRole:
    case ValueRole:
        return value;
    case ProblemRole:
        return d->problem(*column, value, d->groupOf(index.row(), *column));
    case Qt::ToolTipRole: {
        const QString problem = d->problem(*column, value, d->groupOf(index.row(), *column));
        if (!problem.isEmpty())
            return problem;
        return isErrorCell(outcome, *column) ? QVariant(outcome.message) : QVariant();
    }
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != ValueRole) || !index.isValid() || index.model() != this
        || index.row() >= d->rows.size())
        return false;
    const int dataIndex = this->dataIndex(index.column());
    if (dataIndex < 0)
        return false;
    const ColumnData &column = d->columns.at(dataIndex);
    const QString group = d->groupOf(index.row(), column);
    const QString stored = normalisedCell(column, value.toString(), group);
    const QString cell = d->rows.text(index.row(), dataIndex);
    if (cell == stored)
        return true;
    const bool counted = index.row() < d->countedUpTo;
    if (d->isGroupColumn(dataIndex)) {
        // A pipeline: the row's stage cells may become right or wrong with it.
        const int before = counted ? d->countRow(index.row()) : 0;
        d->rows.setCell(index.row(), dataIndex, stored);
        const int after = counted ? d->countRow(index.row()) : 0;
        Q_EMIT dataChanged(this->index(index.row(), FirstDataColumn), this->index(index.row(), errorColumn()));
        d->addProblems(after - before);
        return true;
    }
    const int before = counted && d->hasProblem(column, cell, group) ? 1 : 0;
    d->rows.setCell(index.row(), dataIndex, stored);
    const int after = counted && d->hasProblem(column, stored, group) ? 1 : 0;
    Q_EMIT dataChanged(index, index);
    d->addProblems(after - before);
    return true;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < d->rows.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section > errorColumn())
        return {};
    const int dataIndex = this->dataIndex(section);
    if (dataIndex >= 0) {
        const ColumnData &column = d->columns.at(dataIndex);
        switch (role) {
        case Qt::DisplayRole:
            return column.column.title();
        case Qt::ToolTipRole:
            return column.key; // the internal name, as files and HubSpot's errors spell it
        case ColumnKindRole:
            return int(column.column.kind);
        case PropertyNameRole:
            return column.key;
        default:
            return {};
        }
    }
    if (role == ColumnKindRole)
        return -1;
    if (role != Qt::DisplayRole)
        return {};
    if (section == StatusColumn)
        //: Header of the grid's first column: each row's outcome (Pending, Created, Failed…)
        return tr("Status");
    if (section == RecordIdColumn)
        //: Header of the column showing the HubSpot ID of the created or updated record
        return tr("Record ID");
    //: Header of the grid's last column: HubSpot's error message for the row
    return tr("Error");
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (dataIndex(index.column()) >= 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

int RecordTableModel::dataColumnCount() const
{
    return int(d->columns.size());
}

const TableColumn &RecordTableModel::dataColumn(int dataIndex) const
{
    return d->columns.at(dataIndex).column;
}

QList<TableColumn> RecordTableModel::dataColumns() const
{
    QList<TableColumn> columns;
    columns.reserve(d->columns.size());
    for (const ColumnData &column : std::as_const(d->columns))
        columns.append(column.column);
    return columns;
}

int RecordTableModel::findDataColumn(const QString &key) const
{
    for (qsizetype c = 0; c < d->columns.size(); ++c) {
        if (d->columns.at(c).key == key)
            return int(c);
    }
    return -1;
}

int RecordTableModel::dataIndex(int modelColumn) const
{
    const int index = modelColumn - FirstDataColumn;
    return index >= 0 && index < d->columns.size() ? index : -1;
}

void RecordTableModel::insertDataColumn(int dataIndex, const TableColumn &column, const QStringList &values)
{
    d->finishCounting();
    dataIndex = std::clamp(dataIndex, 0, dataColumnCount());
    beginInsertColumns({}, modelColumn(dataIndex), modelColumn(dataIndex));
    d->columns.insert(dataIndex, ColumnData(column));
    d->rows.insertColumn(dataIndex, values);
    const bool grouped = d->relink();
    const int added = grouped ? 0 : d->countColumnProblems(dataIndex);
    endInsertColumns();
    if (grouped)
        d->recount();
    else
        d->addProblems(added);
}

QStringList RecordTableModel::removeDataColumn(int dataIndex)
{
    if (dataIndex < 0 || dataIndex >= dataColumnCount())
        return {};
    d->finishCounting();
    const int removed = d->countColumnProblems(dataIndex);
    beginRemoveColumns({}, modelColumn(dataIndex), modelColumn(dataIndex));
    const QStringList values = d->rows.removeColumn(dataIndex);
    d->columns.removeAt(dataIndex);
    const bool grouped = d->relink();
    endRemoveColumns();
    if (grouped)
        d->recount();
    else
        d->addProblems(-removed);
    return values;
}

void RecordTableModel::updateDataColumn(int dataIndex, const TableColumn &column)
{
    if (dataIndex < 0 || dataIndex >= dataColumnCount())
        return;
    d->finishCounting();
    const int before = d->countColumnProblems(dataIndex);
    d->columns[dataIndex] = ColumnData(column);
    const bool grouped = d->relink();
    const int after = grouped ? before : d->countColumnProblems(dataIndex);
    if (grouped)
        d->recount();
    const int section = modelColumn(dataIndex);
    Q_EMIT headerDataChanged(Qt::Horizontal, section, section);
    if (rowCount() > 0 && grouped) // a pipeline's options or a stage's: other columns' problems may change
        Q_EMIT dataChanged(index(0, FirstDataColumn), index(rowCount() - 1, errorColumn()));
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, section), index(rowCount() - 1, section));
    d->addProblems(after - before);
}

TableRecord RecordTableModel::newRecord()
{
    TableRecord record;
    record.key = d->rows.newKey();
    record.values.resize(d->columns.size());
    return record;
}

void RecordTableModel::insertRecords(int row, const QList<TableRecord> &records)
{
    if (records.isEmpty())
        return;
    d->finishCounting();
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row + int(records.size()) - 1);
    d->rows.insert(row, records);
    d->countedUpTo = d->rows.size();
    int added = 0;
    bool outcomes = false;
    for (const TableRecord &record : records) {
        added += d->countValues(record.values);
        outcomes = outcomes || record.outcome.isFinal();
    }
    endInsertRows();
    d->addProblems(added);
    if (outcomes)
        Q_EMIT outcomesChanged();
}

QString RecordTableModel::cellValue(int row, int dataIndex) const
{
    if (row < 0 || row >= rowCount() || dataIndex < 0 || dataIndex >= dataColumnCount())
        return {};
    return d->rows.text(row, dataIndex);
}

QByteArrayView RecordTableModel::cellBytes(int row, int dataIndex) const
{
    if (row < 0 || row >= rowCount() || dataIndex < 0 || dataIndex >= dataColumnCount())
        return {};
    return d->rows.cell(row, dataIndex);
}

void RecordTableModel::permuteRecords(const QList<int> &order)
{
    if (order.size() != rowCount())
        return;
    d->finishCounting();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> newRowOf(order.size());
    for (int to = 0; to < order.size(); ++to)
        newRowOf[order.at(to)] = to;
    d->rows.permute(order);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? this->index(newRowOf.at(index.row()), index.column()) : QModelIndex());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool RecordTableModel::rowContains(int row, const QString &text) const
{
    if (row < 0 || row >= rowCount() || text.isEmpty())
        return false;
    const RowOutcome outcome = d->rows.outcome(row);
    if (outcome.id.contains(text, Qt::CaseInsensitive) || outcome.message.contains(text, Qt::CaseInsensitive))
        return true;
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        for (int c = 0; c < dataColumnCount(); ++c) {
            if (d->rows.text(row, c).contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    // ASCII letters compare case-insensitively byte by byte; a multi-byte UTF-8 sequence never equals an ASCII
    // byte, and the needle holds no 0xFF, so no match straddles two cells.
    const QByteArray needle = text.toLatin1().toLower();
    const QByteArrayView bytes = d->rows.rowBytes(row);
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    const qsizetype last = bytes.size() - needle.size();
    for (qsizetype at = 0; at <= last; ++at) {
        if (lower(bytes[at]) != needle[0])
            continue;
        qsizetype k = 1;
        while (k < needle.size() && lower(bytes[at + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

bool RecordTableModel::rowHasProblem(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    for (int c = 0; c < dataColumnCount(); ++c) {
        if (d->cellHasProblem(row, c))
            return true;
    }
    return false;
}

QList<TableRecord> RecordTableModel::takeRecords(int row, int count)
{
    if (row < 0 || row >= rowCount() || count <= 0)
        return {};
    d->finishCounting();
    count = std::min(count, rowCount() - row);
    beginRemoveRows({}, row, row + count - 1);
    QList<TableRecord> taken = d->rows.take(row, count);
    d->countedUpTo = d->rows.size();
    int removed = 0;
    bool outcomes = false;
    for (const TableRecord &record : std::as_const(taken)) {
        removed += d->countValues(record.values);
        outcomes = outcomes || record.outcome.isFinal();
    }
    endRemoveRows();
    d->addProblems(-removed);
    if (outcomes)
        Q_EMIT outcomesChanged();
    return taken;
}

const RowStore &RecordTableModel::rowStore() const
{
    return d->rows;
}

TableRecord RecordTableModel::record(int row) const
{
    return d->rows.record(row);
}

void RecordTableModel::appendRows(const RowBlock &block, const QList<int> &fileToDataColumn)
{
    if (block.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(block.rowCount()) - 1);
    d->rows.append(block, fileToDataColumn);
    endInsertRows();
    d->scheduleCounting();
}

bool RecordTableModel::isCountingProblems() const
{
    return d->countedUpTo < d->rows.size();
}

int RecordTableModel::rowOfKey(const QString &key) const
{
    return d->rows.rowOfKey(key);
}

void RecordTableModel::clear()
{
    const bool outcomes = d->rows.hasOutcomes();
    const bool problems = d->problemCount != 0;
    beginResetModel();
    d->rows.clear();
    d->columns.clear();
    d->problemCount = 0;
    d->countedUpTo = 0;
    endResetModel();
    if (problems)
        Q_EMIT problemCountChanged(0);
    if (outcomes)
        Q_EMIT outcomesChanged();
}

void RecordTableModel::setOutcome(int row, const RowOutcome &outcome)
{
    if (row < 0 || row >= rowCount())
        return;
    if (!d->rows.setOutcome(row, outcome))
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, errorColumn()));
    Q_EMIT outcomesChanged();
}

void RecordTableModel::setOutcomeByKey(const QString &key, const RowOutcome &outcome)
{
    setOutcome(rowOfKey(key), outcome);
}

void RecordTableModel::clearOutcomes()
{
    const QList<int> rows = d->rows.rowsWithOutcome();
    if (rows.isEmpty())
        return;
    d->rows.clearOutcomes();
    Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), errorColumn()));
    Q_EMIT outcomesChanged();
}

RowStatusCounts RecordTableModel::statusCounts() const
{
    return d->rows.statusCounts();
}

QList<int> RecordTableModel::rowsWithStatus(RowStatus status) const
{
    QList<int> rows;
    if (status != RowStatus::Pending) { // only rows with a stored outcome can have another status
        for (const int r : d->rows.rowsWithOutcome()) {
            if (d->rows.outcome(r).status == status)
                rows.append(r);
        }
        return rows;
    }
    for (int r = 0; r < d->rows.size(); ++r) {
        if (d->rows.outcome(r).status == status)
            rows.append(r);
    }
    return rows;
}

Row RecordTableModel::toRow(int row) const
{
    return GridRowSource::rowFromCells(d->rows.key(row), row + 1, d->rows.values(row), dataColumns());
}

std::shared_ptr<const GridRowSource> RecordTableModel::rowSource(const QList<int> &rows) const
{
    return std::make_shared<const GridRowSource>(d->rows.freeze(rows), dataColumns(), rows);
}

QList<RecordTableModel::Problem> RecordTableModel::problems(int limit) const
{
    QList<Problem> found;
    if (limit == 0)
        return found;
    for (int r = 0; r < d->rows.size(); ++r) {
        for (int c = 0; c < int(d->columns.size()); ++c) {
            const QByteArrayView cell = d->rows.cell(r, c);
            if (cell.isEmpty())
                continue;
            const ColumnData &column = d->columns.at(c);
            QString message = d->problem(column, QString::fromUtf8(cell), d->groupOf(r, column));
            if (message.isEmpty())
                continue;
            found.append(Problem { int(r), int(c), std::move(message) });
            if (limit > 0 && found.size() >= limit)
                return found;
        }
    }
    return found;
}

int RecordTableModel::problemCount() const
{
    return d->problemCount;
}

} // namespace Batchsmith
