// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalplan.h"

#include <algorithm>

#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include "core/batch/rowsource.h"
#include "journal/journaldb.h"

namespace Batchsmith {

namespace {

// A packed row: its property values in property_names order, each as UTF-8 followed by ValueEnd, Absent standing
// for a property the row has none of (bytes that never occur in UTF-8); then a QDataStream of the cells' JSON
// (null when every cell is its property) and the associations' JSON (null when none).
constexpr char ValueEnd = '\xFF';
constexpr char Absent = '\xFE';

QByteArray packRow(const Row &row, const QStringList &names, const QString &cells)
{
    QByteArray values;
    int last = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (row.properties.contains(names.at(i)))
            last = i;
    }
    for (int i = 0; i <= last; ++i) {
        const auto it = row.properties.constFind(names.at(i));
        if (it == row.properties.cend())
            values.append(Absent);
        else
            values.append(it->toUtf8());
        values.append(ValueEnd);
    }
    QByteArray packed;
    QDataStream out(&packed, QIODevice::WriteOnly);
    const QString associations = JournalCodec::associations(row.associations);
    out << values << (cells.isNull() ? QByteArray() : cells.toUtf8())
        << (associations.isNull() ? QByteArray() : associations.toUtf8());
    return packed;
}

} // namespace

JournalPlan::JournalPlan(JournalDb &db)
    : m_db(db)
    , m_columns(JournalCodec::strings(db.meta(QStringLiteral("columns"))))
    , m_names(JournalCodec::strings(db.meta(QStringLiteral("property_names"))))
{
}

Result<void> JournalPlan::write(JournalDb &db, const QStringList &columns, const RowSource &rows,
    const std::function<QStringList(int)> &cellsOf, const std::function<bool(qint64 done)> &keepGoing)
{
    // The property names grow as rows bring new ones: a row packs its values aligned to the names known when it is
    // written, which are a prefix of the final list (entry() reads a shorter list as "the rest absent").
    QStringList names;
    QSet<QString> seen;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO plan (first_idx, data) VALUES (?, ?)"));
    const int count = rows.rowCount();
    for (int first = 0; first < count; first += BlockRows) {
        if (keepGoing && !keepGoing(first))
            return Error::make(Error::Kind::Cancelled, QStringLiteral("the plan was not written"));
        const int end = std::min(count, first + BlockRows);
        QByteArray block;
        QDataStream out(&block, QIODevice::WriteOnly);
        out << quint32(end - first);
        for (int i = first; i < end; ++i) {
            const Row row = rows.row(i);
            for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    names.append(it.key());
                }
            }
            const QString cells = cellsOf ? JournalCodec::cells(cellsOf(i), columns, row.properties) : QString();
            out << packRow(row, names, cells);
        }
        q.addBindValue(first);
        q.addBindValue(qCompress(block));
        if (!q.exec())
            return db.sqlError(q);
    }
    return db.setMeta(QStringLiteral("property_names"), JournalCodec::strings(names));
}

bool JournalPlan::load(int idx)
{
    if (m_first >= 0 && idx >= m_first && idx < m_first + m_block.size())
        return true;
    auto q = m_db.exec(
        QStringLiteral("SELECT first_idx, data FROM plan WHERE first_idx <= ? ORDER BY first_idx DESC LIMIT 1"),
        { idx });
    if (!q || !q->next())
        return false;
    m_first = q->value(0).toInt();
    m_block.clear();
    const QByteArray block = qUncompress(q->value(1).toByteArray());
    QDataStream in(block);
    quint32 count = 0;
    in >> count;
    m_block.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray row;
        in >> row;
        m_block.append(row);
    }
    return idx < m_first + m_block.size();
}

JournalPlan::Entry JournalPlan::entry(
    int idx, const QVariant &cells, const QVariant &properties, const QVariant &associations)
{
    Entry e;
    if (!properties.isNull()) { // format 1: in the row itself
        e.properties = JournalCodec::properties(properties.toString());
        e.associations = JournalCodec::associations(associations.toString());
        e.cells = JournalCodec::cells(cells.toString(), m_columns, e.properties);
        return e;
    }
    if (!load(idx))
        return e;
    QDataStream in(m_block.at(idx - m_first));
    QByteArray values;
    QByteArray cellsJson;
    QByteArray associationsJson;
    in >> values >> cellsJson >> associationsJson;
    QByteArrayView rest(values);
    for (int i = 0; !rest.isEmpty() && i < m_names.size(); ++i) {
        const qsizetype end = rest.indexOf(ValueEnd);
        if (end < 0)
            break;
        const QByteArrayView value = rest.first(end);
        if (value != QByteArrayView(&Absent, 1))
            e.properties.insert(m_names.at(i), QString::fromUtf8(value));
        rest = rest.sliced(end + 1);
    }
    e.associations = JournalCodec::associations(QString::fromUtf8(associationsJson));
    e.cells
        = JournalCodec::cells(cellsJson.isEmpty() ? QString() : QString::fromUtf8(cellsJson), m_columns, e.properties);
    return e;
}

} // namespace Batchsmith
