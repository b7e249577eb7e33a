// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/table/rowblock.h"

namespace Batchsmith {

struct TableRecord;

/**
 * RecordTableModel's rows, packed: a million rows of twelve cells take about the file's size plus 16 bytes a row,
 * where a QList<TableRecord> took about 2 GB. Each row is its cells' UTF-8 bytes, each followed by
 * RowBlock::CellEnd, in large shared chunks (a chunk may be a RowBlock's buffer, adopted without a copy); a row is
 * {chunk, offset, size, key id}. Keys are numbers (RowKey::make(id) on demand). A key given by a caller in another
 * format, kept as opaque text in a side table, has an id too: run journals of earlier versions keyed their rows
 * `row-000001`, and a grid loaded from such a journal keeps those keys, so a resume's outcomes find their rows.
 * Outcomes are kept only for rows that have one. Edits write the new row at the end of the current chunk; the old bytes
 * are reclaimed by a compaction once garbage outweighs live data.
 *
 * Owned by RecordTableModel::Private; GUI thread only.
 */
class RowStore final
{
public:
    /// Where a row's bytes are (a chunk, an offset, a size) and its key's id.
    struct Ref
    {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 size = 0;
        quint32 key = 0;
    };

    /**
     * Some rows as they were when freeze() was called, readable on any thread while the store goes on changing: it
     * shares the store's chunks (an edit copies the chunk it writes to, never the rows frozen here) and takes 16
     * bytes a row. GridRowSource reads a run's rows from one.
     */
    class Frozen
    {
    public:
        int size() const { return int(m_rows.size()); }

        int columnCount() const { return m_columns; }

        quint32 keyId(int index) const { return m_rows.at(index).key; }

        QString key(int index) const;
        /// The id of @p key (RowKey or a custom key of these rows); 0 when none has it.
        quint32 idOfKey(const QString &key) const;
        QByteArrayView rowBytes(int index) const;
        /// Exactly columnCount() views into the row's cells (UTF-8).
        void cells(int index, QList<QByteArrayView> *cells) const;

    private:
        friend class RowStore;
        int m_columns = 0;
        QList<QByteArray> m_chunks;
        QList<Ref> m_rows;
        QHash<quint32, QString> m_customKeys;
        QHash<QString, quint32> m_customIds;
    };

    /// @p rows (row numbers of this store), in that order.
    Frozen freeze(const QList<int> &rows) const;

    int size() const { return int(m_rows.size()); }

    int columnCount() const { return m_columns; }

    /// Sets the cells per row for an empty store (a store with rows changes it only with insertColumn/removeColumn).
    void setColumnCount(int columns) { m_columns = columns; }

    QByteArrayView rowBytes(int row) const;
    QByteArrayView cell(int row, int column) const;

    QString text(int row, int column) const { return QString::fromUtf8(cell(row, column)); }

    QStringList values(int row) const;
    void setCell(int row, int column, const QString &value);

    QString key(int row) const;
    /// A key no row of this store has had: RowKey::make() of the next free id.
    QString newKey();
    /// Row of @p key, or -1. Built lazily after changes in the middle.
    int rowOfKey(const QString &key) const;

    RowOutcome outcome(int row) const;
    /// True if it changed.
    bool setOutcome(int row, const RowOutcome &outcome);

    bool hasOutcomes() const { return !m_outcomes.isEmpty(); }

    /// How many rows have each status: kept as outcomes change, so a status bar can ask after every answer.
    RowStatusCounts statusCounts() const;

    /// Rows whose outcome is not Pending-and-empty, in order.
    QList<int> rowsWithOutcome() const;

    void clearOutcomes()
    {
        m_outcomes.clear();
        m_outcomeCounts = {};
    }

    TableRecord record(int row) const;
    void insert(int row, const QList<TableRecord> &records);
    QList<TableRecord> take(int row, int count);
    /// Reorders the rows: row i becomes the one at @p order[i] (a permutation of 0..size()-1). Keys, cells and
    /// outcomes move together; nothing is copied but the 16-byte row index.
    void permute(const QList<int> &order);
    /// Appends @p block's rows with new keys; see RecordTableModel::appendRows().
    void append(const RowBlock &block, const QList<int> &fileToColumn);
    void clear();

    void insertColumn(int column, const QStringList &values);
    QStringList removeColumn(int column);

private:
    quint32 keyId(const QString &key);
    Ref store(QByteArrayView packed);
    void pack(QByteArray *out, const QStringList &values) const;
    void forget(const Ref &ref);
    void compactIfWasteful();
    void rewrite(const std::function<void(int row, QByteArrayView bytes, QByteArray *out)> &make);
    void keysChanged(bool atEnd);
    /// Rows from @p first on were added at the end.
    void keysAppended(qsizetype first);
    void indexKeys() const;
    /// Every change to m_outcomes goes through these two, which keep m_outcomeCounts.
    void putOutcome(quint32 key, const RowOutcome &outcome);
    void dropOutcome(quint32 key);

    int m_columns = 0;
    QList<QByteArray> m_chunks;
    int m_writeChunk = -1; // a chunk of our own with room left, -1 when none
    QList<Ref> m_rows;
    qint64 m_garbage = 0;
    qint64 m_live = 0;
    quint32 m_nextKey = 1;
    QHash<quint32, QString> m_customKeys; // key id -> a given key that is not RowKey::make(id)
    QHash<QString, quint32> m_customIds;
    QHash<quint32, RowOutcome> m_outcomes;
    RowStatusCounts m_outcomeCounts {}; // of m_outcomes, by status
    enum class KeyIndex { Stale, Ascending, Hashed }; // how rowOfKey() finds a key: rebuilt lazily when Stale
    mutable QHash<quint32, int> m_rowOfKey; // Hashed only
    mutable KeyIndex m_keyIndex = KeyIndex::Stale;
};

} // namespace Batchsmith
