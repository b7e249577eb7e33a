// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/runrowsmodel.h"

#include <QLocale>

#include "gui/logging.h"
#include "journal/journaldb.h"
#include "journal/journalplan.h"

namespace Batchsmith {

RunRowsModel::RunRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunRowsModel::~RunRowsModel() = default;

void RunRowsModel::setJournal(const QString &journalPath)
{
    beginResetModel();
    m_path = journalPath;
    m_columns.clear();
    m_rows.clear();
    m_total = 0;
    if (!journalPath.isEmpty()) {
        // JournalReader::rows() reads every row at once; a page at a time keeps a million-row run cheap to open.
        if (auto db = JournalDb::open(journalPath, JournalDb::Mode::Read)) {
            m_columns = JournalCodec::strings((*db)->meta(QStringLiteral("columns")));
            if (auto count = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM rows")); count && count->next())
                m_total = count->value(0).toInt();
        } else {
            qCWarning(lcGui) << "cannot read journal" << journalPath << ":" << db.error().message;
        }
        m_rows = readPage(0);
    }
    endResetModel();
}

QList<RunRowsModel::Entry> RunRowsModel::readPage(int from) const
{
    QList<Entry> page;
    auto db = JournalDb::open(m_path, JournalDb::Mode::Read);
    if (!db)
        return page;
    JournalPlan plan(**db);
    auto q = (*db)->exec(QStringLiteral("SELECT idx, cells, status, record_id, category, code, message, property, "
                                        "http_status, properties, associations FROM rows WHERE idx >= ? ORDER BY idx "
                                        "LIMIT ?"),
        { from, PageSize });
    if (!q)
        return page;
    page.reserve(PageSize);
    while (q->next()) {
        Entry e;
        e.index = q->value(0).toInt();
        e.cells = plan.entry(e.index, q->value(1), q->value(9), q->value(10)).cells;
        e.outcome.status = rowStatusFromString(q->value(2).toString()).value_or(RowStatus::Pending);
        e.outcome.id = q->value(3).toString();
        e.outcome.category = q->value(4).toString();
        e.outcome.code = q->value(5).toString();
        e.outcome.message = q->value(6).toString();
        e.outcome.property = q->value(7).toString();
        e.outcome.httpStatus = q->value(8).toInt();
        page.append(e);
    }
    return page;
}

bool RunRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RunRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int from = m_rows.isEmpty() ? 0 : m_rows.constLast().index + 1;
    const QList<Entry> page = readPage(from);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the file changed under us: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int RunRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_path.isEmpty() ? 0 : FirstInputColumn + int(m_columns.size());
}

QString RunRowsModel::statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Created:
        //: Outcome of a row: a record was created
        return tr("Created");
    case RowStatus::Updated:
        //: Outcome of a row: a record was updated
        return tr("Updated");
    case RowStatus::Failed:
        //: Outcome of a row: HubSpot refused it
        return tr("Failed");
    case RowStatus::Unknown:
        //: Outcome of a row: sent, but the answer was lost
        return tr("Unknown");
    case RowStatus::Skipped:
    case RowStatus::Pending:
        break;
    }
    //: Outcome of a row: not sent (yet)
    return tr("Not sent");
}

QVariant RunRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn && !e.outcome.message.isEmpty())
        return e.outcome.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return QLocale().toString(e.index + 1);
    case OutcomeColumn:
        return statusText(e.outcome.status);
    case RecordIdColumn:
        return e.outcome.id;
    case MessageColumn:
        return e.outcome.message;
    default:
        return e.cells.value(index.column() - FirstInputColumn);
    }
}

QVariant RunRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        //: Column header: the row's number in the run
        return tr("Row");
    case OutcomeColumn:
        //: Column header: created, updated, failed, …
        return tr("Outcome");
    case RecordIdColumn:
        //: Column header: the HubSpot record id
        return tr("Record ID");
    case MessageColumn:
        //: Column header: HubSpot's error message
        return tr("Message");
    default:
        return m_columns.value(section - FirstInputColumn); // property internal names are not translated
    }
}

} // namespace Batchsmith
