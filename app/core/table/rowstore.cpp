// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/rowstore.h"

#include <algorithm>

#include "core/batch/rowkey.h"
#include "core/table/tablerecord.h"

namespace Batchsmith {

namespace {

constexpr qsizetype ChunkBytes = 1 << 20;

/// The cells of a packed row; @p cells receives exactly @p columns views (missing ones empty).
void splitCells(QByteArrayView row, int columns, QList<QByteArrayView> *cells)
{
    cells->resize(columns);
    int c = 0;
    while (!row.isEmpty() && c < columns) {
        const qsizetype end = row.indexOf(RowBlock::CellEnd);
        (*cells)[c++] = row.first(end);
        row = row.sliced(end + 1);
    }
    for (; c < columns; ++c)
        (*cells)[c] = QByteArrayView();
}

/// The key of id @p id: a custom key kept as given, else RowKey::make(id).
QString keyOf(quint32 id, const QHash<quint32, QString> &customKeys)
{
    if (!customKeys.isEmpty()) {
        if (auto it = customKeys.constFind(id); it != customKeys.cend())
            return *it;
    }
    return RowKey::make(id);
}

void appendCells(QByteArray *out, const QList<QByteArrayView> &cells)
{
    for (const QByteArrayView cell : cells)
        out->append(cell).append(RowBlock::CellEnd);
}

} // namespace

RowStore::Frozen RowStore::freeze(const QList<int> &rows) const
{
    Frozen frozen;
    frozen.m_columns = m_columns;
    frozen.m_chunks = m_chunks; // shared, not copied
    frozen.m_customKeys = m_customKeys;
    frozen.m_customIds = m_customIds;
    // Every row in grid order, as a run of the whole grid sends them: the row table is shared too, and copied (by
    // Qt's copy on write) only if the grid changes while the run goes on.
    bool everyRow = rows.size() == m_rows.size();
    for (qsizetype i = 0; everyRow && i < rows.size(); ++i)
        everyRow = rows.at(i) == i;
    if (everyRow) {
        frozen.m_rows = m_rows;
        return frozen;
    }
    frozen.m_rows.resize(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        frozen.m_rows[i] = m_rows.at(rows.at(i));
    return frozen;
}

QString RowStore::Frozen::key(int index) const
{
    return keyOf(m_rows.at(index).key, m_customKeys);
}

quint32 RowStore::Frozen::idOfKey(const QString &key) const
{
    if (const quint32 custom = m_customIds.value(key, 0); custom != 0)
        return custom;
    const quint32 id = RowKey::number(key);
    return id == 0 || m_customKeys.contains(id) ? 0 : id;
}

QByteArrayView RowStore::Frozen::rowBytes(int index) const
{
    const Ref &ref = m_rows.at(index);
    return QByteArrayView(m_chunks.at(ref.chunk).constData() + ref.offset, ref.size);
}

void RowStore::Frozen::cells(int index, QList<QByteArrayView> *cells) const
{
    splitCells(rowBytes(index), m_columns, cells);
}

QByteArrayView RowStore::rowBytes(int row) const
{
    const Ref &ref = m_rows.at(row);
    return QByteArrayView(m_chunks.at(ref.chunk).constData() + ref.offset, ref.size);
}

QByteArrayView RowStore::cell(int row, int column) const
{
    QByteArrayView rest = rowBytes(row);
    for (int c = 0; c < column; ++c) {
        const qsizetype end = rest.indexOf(RowBlock::CellEnd);
        if (end < 0)
            return {};
        rest = rest.sliced(end + 1);
    }
    const qsizetype end = rest.indexOf(RowBlock::CellEnd);
    return end < 0 ? QByteArrayView() : rest.first(end);
}

QStringList RowStore::values(int row) const
{
    QList<QByteArrayView> cells;
    splitCells(rowBytes(row), m_columns, &cells);
    QStringList values;
    values.reserve(m_columns);
    for (const QByteArrayView cell : std::as_const(cells))
        values.append(QString::fromUtf8(cell));
    return values;
}

void RowStore::pack(QByteArray *out, const QStringList &values) const
{
    for (int c = 0; c < m_columns; ++c)
        out->append(values.value(c).toUtf8()).append(RowBlock::CellEnd);
}

RowStore::Ref RowStore::store(QByteArrayView packed)
{
    if (m_writeChunk < 0 || m_chunks.at(m_writeChunk).size() + packed.size() > ChunkBytes) {
        QByteArray chunk;
        chunk.reserve(qMax(ChunkBytes, packed.size()));
        m_chunks.append(chunk);
        m_writeChunk = int(m_chunks.size()) - 1;
    }
    QByteArray &chunk = m_chunks[m_writeChunk];
    Ref ref;
    ref.chunk = quint32(m_writeChunk);
    ref.offset = quint32(chunk.size());
    ref.size = quint32(packed.size());
    chunk.append(packed);
    m_live += packed.size();
    return ref;
}

void RowStore::forget(const Ref &ref)
{
    m_garbage += ref.size;
    m_live -= ref.size;
}

void RowStore::compactIfWasteful()
{
    if (m_garbage > 4 * ChunkBytes && m_garbage > m_live)
        rewrite([](int, QByteArrayView bytes, QByteArray *out) { out->append(bytes); });
}

void RowStore::rewrite(const std::function<void(int row, QByteArrayView bytes, QByteArray *out)> &make)
{
    // The old chunks stay alive until every row has moved, so the views into them stay valid.
    const QList<QByteArray> old = std::exchange(m_chunks, {});
    m_writeChunk = -1;
    m_live = 0;
    m_garbage = 0;
    QByteArray packed;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        Ref &ref = m_rows[r];
        packed.clear();
        make(int(r), QByteArrayView(old.at(ref.chunk).constData() + ref.offset, ref.size), &packed);
        const quint32 key = ref.key;
        ref = store(packed);
        ref.key = key;
    }
}

void RowStore::setCell(int row, int column, const QString &value)
{
    QList<QByteArrayView> cells;
    splitCells(rowBytes(row), m_columns, &cells);
    const QByteArray utf8 = value.toUtf8();
    cells[column] = utf8;
    QByteArray packed;
    appendCells(&packed, cells);
    Ref &ref = m_rows[row];
    forget(ref);
    const quint32 key = ref.key;
    ref = store(packed);
    ref.key = key;
    compactIfWasteful();
}

QString RowStore::key(int row) const
{
    return keyOf(m_rows.at(row).key, m_customKeys);
}

QString RowStore::newKey()
{
    return RowKey::make(m_nextKey++);
}

quint32 RowStore::keyId(const QString &key)
{
    if (key.isEmpty())
        return m_nextKey++;
    if (const quint32 n = RowKey::number(key); n != 0 && !m_customKeys.contains(n)) {
        m_nextKey = qMax(m_nextKey, n + 1); // never hand out a key that came back through insert()
        return n;
    }
    if (auto it = m_customIds.constFind(key); it != m_customIds.cend())
        return *it;
    const quint32 id = m_nextKey++;
    m_customKeys.insert(id, key);
    m_customIds.insert(key, id);
    return id;
}

int RowStore::rowOfKey(const QString &key) const
{
    quint32 id = m_customIds.value(key, 0);
    if (id == 0)
        id = RowKey::number(key);
    if (id == 0 || (m_customKeys.contains(id) && m_customKeys.value(id) != key))
        return -1;
    if (m_keyIndex == KeyIndex::Stale)
        indexKeys();
    if (m_keyIndex == KeyIndex::Hashed)
        return m_rowOfKey.value(id, -1);
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), id, [](const Ref &ref, quint32 wanted) { return ref.key < wanted; });
    return it != m_rows.cend() && it->key == id ? int(it - m_rows.cbegin()) : -1;
}

void RowStore::indexKeys() const
{
    // Rows imported or typed in keep their keys in ascending order (each new row takes the next id): a binary search
    // finds them, with no table of a million entries to build on the GUI thread. Sorting or moving rows needs one.
    const bool ascending = std::adjacent_find(m_rows.cbegin(), m_rows.cend(), [](const Ref &a, const Ref &b) {
        return a.key >= b.key;
    }) == m_rows.cend();
    m_rowOfKey.clear();
    if (ascending) {
        m_keyIndex = KeyIndex::Ascending;
        return;
    }
    m_rowOfKey.reserve(m_rows.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        m_rowOfKey.insert(m_rows.at(r).key, int(r));
    m_keyIndex = KeyIndex::Hashed;
}

void RowStore::keysAppended(qsizetype first)
{
    // The index stays exact when rows are added at the end: ascending keys stay ascending when they continue
    // upwards, and a table takes the new rows.
    switch (m_keyIndex) {
    case KeyIndex::Stale:
        return;
    case KeyIndex::Ascending:
        for (qsizetype r = qMax<qsizetype>(first, 1); r < m_rows.size(); ++r) {
            if (m_rows.at(r - 1).key >= m_rows.at(r).key)
                return void(m_keyIndex = KeyIndex::Stale);
        }
        return;
    case KeyIndex::Hashed:
        for (qsizetype r = first; r < m_rows.size(); ++r)
            m_rowOfKey.insert(m_rows.at(r).key, int(r));
        return;
    }
}

void RowStore::keysChanged(bool atEnd)
{
    // Removing at the end keeps the index exact; anything else rebuilds it at the next lookup, so a run of edits in
    // the middle costs one rebuild, not one per edit.
    if (!atEnd) {
        m_keyIndex = KeyIndex::Stale;
        m_rowOfKey.clear();
    }
}

void RowStore::putOutcome(quint32 key, const RowOutcome &outcome)
{
    auto it = m_outcomes.find(key);
    if (it != m_outcomes.end()) {
        --m_outcomeCounts[std::size_t(it->status)];
        *it = outcome;
    } else {
        m_outcomes.insert(key, outcome);
    }
    ++m_outcomeCounts[std::size_t(outcome.status)];
}

void RowStore::dropOutcome(quint32 key)
{
    const auto it = m_outcomes.find(key);
    if (it == m_outcomes.end())
        return;
    --m_outcomeCounts[std::size_t(it->status)];
    m_outcomes.erase(it);
}

RowOutcome RowStore::outcome(int row) const
{
    if (m_outcomes.isEmpty())
        return {};
    return m_outcomes.value(m_rows.at(row).key);
}

bool RowStore::setOutcome(int row, const RowOutcome &outcome)
{
    const quint32 key = m_rows.at(row).key;
    const auto it = m_outcomes.constFind(key);
    if (it == m_outcomes.cend()) {
        if (outcome == RowOutcome())
            return false;
        putOutcome(key, outcome);
        return true;
    }
    if (*it == outcome)
        return false;
    if (outcome == RowOutcome())
        dropOutcome(key);
    else
        putOutcome(key, outcome);
    return true;
}

RowStatusCounts RowStore::statusCounts() const
{
    RowStatusCounts counts = m_outcomeCounts;
    // A row without a stored outcome is pending.
    counts[std::size_t(RowStatus::Pending)] += int(m_rows.size() - m_outcomes.size());
    return counts;
}

QList<int> RowStore::rowsWithOutcome() const
{
    QList<int> rows;
    if (m_outcomes.isEmpty())
        return rows;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_outcomes.contains(m_rows.at(r).key))
            rows.append(int(r));
    }
    return rows;
}

TableRecord RowStore::record(int row) const
{
    TableRecord record;
    record.key = key(row);
    record.values = values(row);
    record.outcome = outcome(row);
    return record;
}

void RowStore::insert(int row, const QList<TableRecord> &records)
{
    QList<Ref> refs;
    refs.reserve(records.size());
    QByteArray packed;
    for (const TableRecord &record : records) {
        packed.clear();
        pack(&packed, record.values);
        Ref ref = store(packed);
        ref.key = keyId(record.key);
        if (record.outcome == RowOutcome())
            dropOutcome(ref.key);
        else
            putOutcome(ref.key, record.outcome);
        refs.append(ref);
    }
    const bool atEnd = row == m_rows.size();
    m_rows.insert(row, refs.size(), Ref());
    std::copy(refs.cbegin(), refs.cend(), m_rows.begin() + row);
    if (atEnd)
        keysAppended(row);
    else
        keysChanged(false);
}

void RowStore::permute(const QList<int> &order)
{
    Q_ASSERT(order.size() == m_rows.size());
    QList<Ref> reordered;
    reordered.reserve(m_rows.size());
    for (const int from : order)
        reordered.append(m_rows.at(from));
    m_rows = std::move(reordered);
    keysChanged(false);
}

QList<TableRecord> RowStore::take(int row, int count)
{
    QList<TableRecord> taken;
    taken.reserve(count);
    for (int r = row; r < row + count; ++r) {
        taken.append(record(r));
        const Ref &ref = m_rows.at(r);
        dropOutcome(ref.key);
        if (m_keyIndex == KeyIndex::Hashed)
            m_rowOfKey.remove(ref.key);
        forget(ref);
    }
    m_rows.remove(row, count);
    keysChanged(row == m_rows.size());
    compactIfWasteful();
    return taken;
}

void RowStore::append(const RowBlock &block, const QList<int> &fileToColumn)
{
    if (block.isEmpty())
        return;
    bool identity = block.columnCount == m_columns && fileToColumn.size() >= block.columnCount;
    for (int f = 0; identity && f < block.columnCount; ++f)
        identity = fileToColumn.at(f) == f;
    const qsizetype first = m_rows.size();
    if (identity) {
        // The block's buffer becomes a chunk as it is: no copy of a single cell.
        m_chunks.append(block.bytes);
        const auto chunk = quint32(m_chunks.size() - 1);
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            const qsizetype start = block.rowStart(r);
            m_rows.append(Ref { chunk, quint32(start), quint32(block.rowEnds.at(r) - start), m_nextKey++ });
        }
        m_live += block.bytes.size();
    } else {
        QList<QByteArrayView> fileCells;
        QList<QByteArrayView> cells(m_columns);
        QByteArray packed;
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            splitCells(block.rowBytes(r), block.columnCount, &fileCells);
            std::fill(cells.begin(), cells.end(), QByteArrayView());
            for (int f = 0; f < block.columnCount && f < fileToColumn.size(); ++f) {
                const int to = fileToColumn.at(f);
                if (to >= 0 && to < m_columns)
                    cells[to] = fileCells.at(f);
            }
            packed.clear();
            appendCells(&packed, cells);
            Ref ref = store(packed);
            ref.key = m_nextKey++;
            m_rows.append(ref);
        }
    }
    keysAppended(first);
}

void RowStore::clear()
{
    m_chunks.clear();
    m_writeChunk = -1;
    m_rows.clear();
    m_garbage = m_live = 0;
    clearOutcomes();
    m_rowOfKey.clear();
    m_keyIndex = KeyIndex::Stale;
    m_columns = 0;
}

void RowStore::insertColumn(int column, const QStringList &values)
{
    const int columns = m_columns;
    QList<QByteArrayView> cells;
    rewrite([&](int row, QByteArrayView bytes, QByteArray *out) {
        splitCells(bytes, columns, &cells);
        const QByteArray value = values.value(row).toUtf8();
        cells.insert(column, value);
        appendCells(out, cells);
    });
    m_columns = columns + 1;
}

QStringList RowStore::removeColumn(int column)
{
    QStringList removed;
    removed.reserve(m_rows.size());
    const int columns = m_columns;
    QList<QByteArrayView> cells;
    rewrite([&](int, QByteArrayView bytes, QByteArray *out) {
        splitCells(bytes, columns, &cells);
        removed.append(QString::fromUtf8(cells.at(column)));
        cells.removeAt(column);
        appendCells(out, cells);
    });
    m_columns = columns - 1;
    return removed;
}

} // namespace Batchsmith
