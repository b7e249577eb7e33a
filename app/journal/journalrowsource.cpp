// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalrowsource.h"

#include <algorithm>

#include <QVariant>

#include "journal/journaldb.h"
#include "journal/journalplan.h"
#include "journal/logging.h"

namespace Batchsmith {

namespace {

/// Rows read from the `rows` table at a time: the engine asks for rows in order, a batch or two at a time.
constexpr int StretchRows = JournalPlan::BlockRows;

} // namespace

struct JournalRowSource::Stretch
{
    int first = -1; // position (in m_indexes) of the first row held; -1: none
    QStringList keys;
    QList<int> lines;
    QVariantList properties; // format 1: the row's own JSON; format 2: null (the plan block has them)
    QVariantList associations;

    bool holds(int index) const { return first >= 0 && index >= first && index < first + keys.size(); }
};

JournalRowSource::JournalRowSource() = default;

JournalRowSource::~JournalRowSource() = default;

Result<std::shared_ptr<JournalRowSource>> JournalRowSource::open(const QString &path, std::vector<int> indexes)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    std::shared_ptr<JournalRowSource> source(new JournalRowSource());
    source->m_db = std::move(db).value();
    source->m_plan = std::make_unique<JournalPlan>(*source->m_db);
    source->m_indexes = std::move(indexes);
    source->m_stretch = std::make_unique<Stretch>();
    return source;
}

const JournalRowSource::Stretch &JournalRowSource::stretchOf(int index) const
{
    Stretch &s = *m_stretch;
    if (s.holds(index))
        return s;
    s = Stretch();
    const int last = std::min(rowCount(), index + StretchRows) - 1;
    auto q = m_db->exec(QStringLiteral("SELECT idx, row_key, source_line, properties, associations FROM rows WHERE "
                                       "idx >= ? AND idx <= ? ORDER BY idx"),
        { journalIndex(index), journalIndex(last) });
    if (!q) {
        qCWarning(lcJournal) << "cannot read the rows of" << m_db->path() << ":" << q.error().message;
        return s;
    }
    s.first = index;
    int at = index; // the rows between are not in this source: skipped
    while (q->next() && at <= last) {
        if (q->value(0).toInt() != journalIndex(at))
            continue;
        s.keys.append(q->value(1).toString());
        s.lines.append(q->value(2).toInt());
        s.properties.append(q->value(3));
        s.associations.append(q->value(4));
        ++at;
    }
    return s;
}

QString JournalRowSource::key(int index) const
{
    const Stretch &s = stretchOf(index);
    return s.holds(index) ? s.keys.at(index - s.first) : QString();
}

int JournalRowSource::sourceLine(int index) const
{
    const Stretch &s = stretchOf(index);
    return s.holds(index) ? s.lines.at(index - s.first) : 0;
}

Row JournalRowSource::row(int index) const
{
    Row row;
    const Stretch &s = stretchOf(index);
    if (!s.holds(index))
        return row;
    const int at = index - s.first;
    row.key = s.keys.at(at);
    row.sourceLine = s.lines.at(at);
    JournalPlan::Entry planned
        = m_plan->entry(journalIndex(index), QVariant(), s.properties.at(at), s.associations.at(at));
    row.properties = std::move(planned.properties);
    row.associations = std::move(planned.associations);
    return row;
}

int JournalRowSource::indexOfKey(const QString &key) const
{
    auto q = m_db->exec(QStringLiteral("SELECT idx FROM rows WHERE row_key = ?"), { key });
    if (!q || !q->next())
        return -1;
    const int idx = q->value(0).toInt();
    const auto it = std::lower_bound(m_indexes.cbegin(), m_indexes.cend(), idx);
    return it != m_indexes.cend() && *it == idx ? int(it - m_indexes.cbegin()) : -1;
}

bool JournalRowSource::holdsJournalIndex(int idx) const
{
    return std::binary_search(m_indexes.cbegin(), m_indexes.cend(), idx);
}

} // namespace Batchsmith
