// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/outcomestore.h"

#include <limits>

namespace Batchsmith {

namespace {

/// The id as a number when QString::number() gives it back exactly (no sign, no leading zero), else 0.
qint64 plainNumber(const QString &id)
{
    if (id.isEmpty() || id.size() > 18 || id.at(0) == u'0')
        return 0;
    qint64 n = 0;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return 0;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

} // namespace

void OutcomeStore::reset(int rows)
{
    m_status.reset(rows);
    m_id.reset(rows);
    m_httpStatus.reset(rows);
    m_correlation.reset(rows);
    m_correlationIds = QStringList { QString() };
    m_extra.clear();
}

RowOutcome OutcomeStore::at(int index) const
{
    if (index < 0 || index >= size())
        return {};
    if (const auto it = m_extra.constFind(index); it != m_extra.cend())
        return *it;
    RowOutcome o;
    o.status = RowStatus(m_status.at(index));
    if (m_id.at(index) != 0)
        o.id = QString::number(m_id.at(index));
    o.httpStatus = m_httpStatus.at(index);
    o.correlationId = m_correlationIds.at(m_correlation.at(index));
    return o;
}

void OutcomeStore::set(int index, const RowOutcome &o)
{
    if (index < 0 || index >= size())
        return;
    const qsizetype i = index;
    m_status[i] = quint8(o.status);
    m_extra.remove(index);
    m_id[i] = plainNumber(o.id);
    const bool compact = o.category.isEmpty() && o.code.isEmpty() && o.message.isEmpty() && o.property.isEmpty()
        && (o.id.isEmpty() || m_id[i] != 0) && o.httpStatus >= 0 && o.httpStatus <= std::numeric_limits<quint16>::max();
    if (!compact) {
        m_id[i] = 0;
        m_httpStatus[i] = 0;
        m_correlation[i] = 0;
        m_extra.insert(index, o);
        return;
    }
    m_httpStatus[i] = quint16(o.httpStatus);
    // The rows of one answer share its correlation id, and answers come in order: look at the last one first.
    qsizetype at = 0;
    if (!o.correlationId.isEmpty()) {
        at = m_correlationIds.last() == o.correlationId ? m_correlationIds.size() - 1 : -1;
        if (at < 0) {
            m_correlationIds.append(o.correlationId);
            at = m_correlationIds.size() - 1;
        }
    }
    m_correlation[i] = quint32(at);
}

QList<RowOutcome> OutcomeStore::toList() const
{
    QList<RowOutcome> list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list.append(at(i));
    return list;
}

} // namespace Batchsmith
