// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/recordtablemodel.h"

#include <algorithm>

#include <QHash>

#include "core/catalog/valuevalidator.h"

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
};

bool isIdSeparator(QChar c)
{
    return c == u';' || c == u',' || c.isSpace();
}

/// The ids of an association cell, typed with ';', ',' or spaces between them.
QStringList splitIds(const QString &value)
{
    QStringList ids;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool separator = i == value.size() || isIdSeparator(value.at(i));
        if (separator && start >= 0) {
            ids.append(value.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return ids;
}

bool isRecordId(const QString &id)
{
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString normalisedCell(const ColumnData &column, const QString &value)
{
    if (column.isAssociation())
        return splitIds(value).join(u';');
    return ValueValidator::normalised(column.column.property, value);
}

} // namespace

class RecordTableModel::Private
{
public:
    QList<TableRecord> records;
    QList<ColumnData> columns;
    int problemCount = 0;
    quint64 nextKey = 1;
    // Row of each key. Appending and removing at the end keep it exact; anything else marks it stale and the next
    // lookup rebuilds it, so a run of edits in the middle costs one rebuild, not one per edit.
    mutable QHash<QString, int> rowOfKey;
    mutable bool keysStale = false;

    QString problem(const ColumnData &column, const QString &value) const
    {
        if (value.isEmpty())
            return {};
        if (!column.isAssociation())
            return ValueValidator::problem(column.column.property, value);
        const QStringList ids = splitIds(value);
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

    bool hasProblem(const ColumnData &column, const QString &value) const
    {
        return !value.isEmpty() && !problem(column, value).isEmpty();
    }

    int countProblems(const TableRecord &record) const
    {
        int count = 0;
        for (qsizetype c = 0; c < columns.size(); ++c)
            count += hasProblem(columns.at(c), record.values.at(c)) ? 1 : 0;
        return count;
    }

    int countColumnProblems(qsizetype dataIndex) const
    {
        int count = 0;
        const ColumnData &column = columns.at(dataIndex);
        for (const TableRecord &record : records)
            count += hasProblem(column, record.values.at(dataIndex)) ? 1 : 0;
        return count;
    }

    void noteKey(const QString &key)
    {
        // Keys made by newRecord() are "r<n>": never hand out one that came back through insertRecords().
        if (key.size() < 2 || key.at(0) != u'r')
            return;
        bool ok = false;
        const quint64 n = QStringView(key).mid(1).toULongLong(&ok);
        if (ok && n >= nextKey)
            nextKey = n + 1;
    }

    void rebuildKeys() const
    {
        rowOfKey.clear();
        rowOfKey.reserve(records.size());
        for (qsizetype r = 0; r < records.size(); ++r)
            rowOfKey.insert(records.at(r).key, int(r));
        keysStale = false;
    }
};

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
}

RecordTableModel::~RecordTableModel() = default;

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->records.size());
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
    if (!index.isValid() || index.model() != this || index.row() >= d->records.size() || index.column() > errorColumn())
        return {};
    const TableRecord &record = d->records.at(index.row());
    const int dataIndex = this->dataIndex(index.column());
    const ColumnData *column = dataIndex >= 0 ? &d->columns.at(dataIndex) : nullptr;
    switch (role) {
    case StatusRole:
        return int(record.outcome.status);
    case RecordIdRole:
        return record.outcome.id;
    case ErrorRole:
        return record.outcome.message;
    case ErrorCellRole:
        return column && isErrorCell(record.outcome, *column);
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
            return statusText(record.outcome.status);
        if (index.column() == RecordIdColumn)
            return record.outcome.id;
        return record.outcome.message;
    }
    const QString &value = record.values.at(dataIndex);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*column, value);
    case Qt::EditRole:
    case ValueRole:
        return value;
    case ProblemRole:
        return d->problem(*column, value);
    case Qt::ToolTipRole: {
        const QString problem = d->problem(*column, value);
        if (!problem.isEmpty())
            return problem;
        return isErrorCell(record.outcome, *column) ? QVariant(record.outcome.message) : QVariant();
    }
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != ValueRole) || !index.isValid() || index.model() != this
        || index.row() >= d->records.size())
        return false;
    const int dataIndex = this->dataIndex(index.column());
    if (dataIndex < 0)
        return false;
    const ColumnData &column = d->columns.at(dataIndex);
    const QString stored = normalisedCell(column, value.toString());
    QString &cell = d->records[index.row()].values[dataIndex];
    if (cell == stored)
        return true;
    const int before = d->hasProblem(column, cell) ? 1 : 0;
    cell = stored;
    const int after = d->hasProblem(column, cell) ? 1 : 0;
    Q_EMIT dataChanged(index, index);
    if (after != before) {
        d->problemCount += after - before;
        Q_EMIT problemCountChanged(d->problemCount);
    }
    return true;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < d->records.size())
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
    dataIndex = std::clamp(dataIndex, 0, dataColumnCount());
    beginInsertColumns({}, modelColumn(dataIndex), modelColumn(dataIndex));
    d->columns.insert(dataIndex, ColumnData(column));
    for (qsizetype r = 0; r < d->records.size(); ++r)
        d->records[r].values.insert(dataIndex, values.value(r));
    const int added = d->countColumnProblems(dataIndex);
    endInsertColumns();
    if (added != 0) {
        d->problemCount += added;
        Q_EMIT problemCountChanged(d->problemCount);
    }
}

QStringList RecordTableModel::removeDataColumn(int dataIndex)
{
    if (dataIndex < 0 || dataIndex >= dataColumnCount())
        return {};
    const int removed = d->countColumnProblems(dataIndex);
    beginRemoveColumns({}, modelColumn(dataIndex), modelColumn(dataIndex));
    QStringList values;
    values.reserve(d->records.size());
    for (TableRecord &record : d->records)
        values.append(record.values.takeAt(dataIndex));
    d->columns.removeAt(dataIndex);
    endRemoveColumns();
    if (removed != 0) {
        d->problemCount -= removed;
        Q_EMIT problemCountChanged(d->problemCount);
    }
    return values;
}

void RecordTableModel::updateDataColumn(int dataIndex, const TableColumn &column)
{
    if (dataIndex < 0 || dataIndex >= dataColumnCount())
        return;
    const int before = d->countColumnProblems(dataIndex);
    d->columns[dataIndex] = ColumnData(column);
    const int after = d->countColumnProblems(dataIndex);
    const int section = modelColumn(dataIndex);
    Q_EMIT headerDataChanged(Qt::Horizontal, section, section);
    if (!d->records.isEmpty())
        Q_EMIT dataChanged(index(0, section), index(rowCount() - 1, section));
    if (after != before) {
        d->problemCount += after - before;
        Q_EMIT problemCountChanged(d->problemCount);
    }
}

TableRecord RecordTableModel::newRecord()
{
    TableRecord record;
    record.key = u"r"_s + QString::number(d->nextKey++);
    record.values.resize(d->columns.size());
    return record;
}

void RecordTableModel::insertRecords(int row, const QList<TableRecord> &records)
{
    if (records.isEmpty())
        return;
    row = std::clamp(row, 0, rowCount());
    const qsizetype oldSize = d->records.size();
    const bool appending = row == oldSize && !d->keysStale;
    beginInsertRows({}, row, row + int(records.size()) - 1);
    int added = 0;
    bool outcomes = false;
    d->records.reserve(oldSize + records.size());
    for (const TableRecord &source : records) {
        TableRecord record = source;
        if (record.key.isEmpty())
            record.key = u"r"_s + QString::number(d->nextKey++);
        else
            d->noteKey(record.key);
        if (record.values.size() != d->columns.size()) // resizing would copy the list even at the same size
            record.values.resize(d->columns.size());
        added += d->countProblems(record);
        outcomes = outcomes || record.outcome.isFinal();
        if (appending)
            d->rowOfKey.insert(record.key, int(d->records.size()));
        d->records.append(std::move(record));
    }
    if (!appending) {
        std::rotate(d->records.begin() + row, d->records.begin() + oldSize, d->records.end());
        d->keysStale = true;
    }
    endInsertRows();
    if (added != 0) {
        d->problemCount += added;
        Q_EMIT problemCountChanged(d->problemCount);
    }
    if (outcomes)
        Q_EMIT outcomesChanged();
}

QList<TableRecord> RecordTableModel::takeRecords(int row, int count)
{
    if (row < 0 || row >= rowCount() || count <= 0)
        return {};
    count = std::min(count, rowCount() - row);
    beginRemoveRows({}, row, row + count - 1);
    QList<TableRecord> taken = d->records.mid(row, count);
    d->records.remove(row, count);
    int removed = 0;
    bool outcomes = false;
    const bool atEnd = row == d->records.size() && !d->keysStale;
    for (const TableRecord &record : std::as_const(taken)) {
        removed += d->countProblems(record);
        outcomes = outcomes || record.outcome.isFinal();
        if (atEnd)
            d->rowOfKey.remove(record.key);
    }
    if (!atEnd)
        d->keysStale = true;
    endRemoveRows();
    if (removed != 0) {
        d->problemCount -= removed;
        Q_EMIT problemCountChanged(d->problemCount);
    }
    if (outcomes)
        Q_EMIT outcomesChanged();
    return taken;
}

const TableRecord &RecordTableModel::record(int row) const
{
    return d->records.at(row);
}

int RecordTableModel::rowOfKey(const QString &key) const
{
    if (d->keysStale)
        d->rebuildKeys();
    return d->rowOfKey.value(key, -1);
}

void RecordTableModel::clear()
{
    const bool outcomes = std::any_of(
        d->records.cbegin(), d->records.cend(), [](const TableRecord &record) { return record.outcome.isFinal(); });
    const bool problems = d->problemCount != 0;
    beginResetModel();
    d->records.clear();
    d->columns.clear();
    d->rowOfKey.clear();
    d->keysStale = false;
    d->problemCount = 0;
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
    RowOutcome &current = d->records[row].outcome;
    if (current == outcome)
        return;
    current = outcome;
    Q_EMIT dataChanged(index(row, 0), index(row, errorColumn()));
    Q_EMIT outcomesChanged();
}

void RecordTableModel::setOutcomeByKey(const QString &key, const RowOutcome &outcome)
{
    setOutcome(rowOfKey(key), outcome);
}

void RecordTableModel::clearOutcomes()
{
    int first = -1;
    int last = -1;
    for (qsizetype r = 0; r < d->records.size(); ++r) {
        if (d->records.at(r).outcome == RowOutcome())
            continue;
        d->records[r].outcome = RowOutcome();
        first = first < 0 ? int(r) : first;
        last = int(r);
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, errorColumn()));
    Q_EMIT outcomesChanged();
}

QList<int> RecordTableModel::rowsWithStatus(RowStatus status) const
{
    QList<int> rows;
    for (qsizetype r = 0; r < d->records.size(); ++r) {
        if (d->records.at(r).outcome.status == status)
            rows.append(int(r));
    }
    return rows;
}

Row RecordTableModel::toRow(int row) const
{
    const TableRecord &record = d->records.at(row);
    Row result;
    result.key = record.key;
    result.sourceLine = row + 1;
    for (qsizetype c = 0; c < d->columns.size(); ++c) {
        const QString &value = record.values.at(c);
        if (value.isEmpty())
            continue;
        const TableColumn &column = d->columns.at(c).column;
        if (column.kind == TableColumn::Kind::Property) {
            result.properties.insert(column.property.name, value);
            continue;
        }
        for (const QString &id : splitIds(value)) {
            RowAssociation association;
            association.toObjectType = column.toObjectType;
            association.toId = id;
            if (!column.association.category.isEmpty())
                association.category = column.association.category;
            association.typeId = column.association.typeId;
            result.associations.append(association);
        }
    }
    return result;
}

QList<RecordTableModel::Problem> RecordTableModel::problems(int limit) const
{
    QList<Problem> found;
    if (limit == 0)
        return found;
    for (qsizetype r = 0; r < d->records.size(); ++r) {
        const TableRecord &record = d->records.at(r);
        for (qsizetype c = 0; c < d->columns.size(); ++c) {
            QString message = d->problem(d->columns.at(c), record.values.at(c));
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
