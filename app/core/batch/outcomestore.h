// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/batch/zeroedarray.h"

namespace Batchsmith {

/**
 * The outcome of every row of a run, kept compactly: a status byte, the record id as a number, the HTTP status and
 * an index into the run's few distinct correlation ids, about 16 bytes a row. Whatever else an outcome says (an
 * error's category, code, message and property; an id that is not a plain number) goes to a side table, which
 * holds only the rows that have it: mostly failures. at() builds the RowOutcome back, equal to the one set(). The
 * arrays are ZeroedArrays: a row takes memory once its outcome is set.
 * Owned by EngineRun; one thread.
 */
class OutcomeStore final
{
public:
    /// @p rows outcomes, all Pending.
    void reset(int rows);

    int size() const { return static_cast<int>(m_status.size()); }

    RowStatus status(int index) const { return RowStatus(m_status.at(index)); }

    bool isFinal(int index) const { return status(index) != RowStatus::Pending; }

    /// Pending outside 0 … size() - 1.
    RowOutcome at(int index) const;
    void set(int index, const RowOutcome &outcome);
    QList<RowOutcome> toList() const;

    /// Rows kept in the side table, for tests and the benchmark's notes.
    int sideTableSize() const { return static_cast<int>(m_extra.size()); }

private:
    static_assert(int(RowStatus::Pending) == 0, "a fresh ZeroedArray reads as Pending");
    ZeroedArray<quint8> m_status;
    ZeroedArray<qint64> m_id; // the record id when it is a plain number, else 0 (then in m_extra, or none)
    ZeroedArray<quint16> m_httpStatus;
    ZeroedArray<quint32> m_correlation; // index into m_correlationIds; 0 = none
    QStringList m_correlationIds; // distinct correlation ids, one per answer; [0] is ""
    QHash<int, RowOutcome> m_extra; // rows whose outcome has more than the compact fields hold
};

/// A small count per row (create attempts), a byte each: reads as QHash<int, int>::value() did, 0 by default.
class RowCounter final
{
public:
    void reset(int rows) { m_counts.reset(rows); }

    void clear() { m_counts.clear(); }

    int value(int index) const { return m_counts.value(index); }

    quint8 &operator[](int index) { return m_counts[index]; }

private:
    ZeroedArray<quint8> m_counts;
};

} // namespace Batchsmith
