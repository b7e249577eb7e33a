// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QString>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * The rows of a run, as the engine reads them: by index (0 … rowCount() - 1, the plan's order), one at a time.
 * The engine holds no copy of every row; it asks for a row (row()) only to build a request or a lookup and drops it
 * after, and reads single values (value()) to plan, to check upsert ids and to find a lookup property.
 *
 * Implementations: ListRowSource (a QList<Row>, for tests and small callers), the CLI's file-backed source
 * (BatchInputSource, which decodes a record from the input file on demand) and the app's RowStore-backed source.
 * Read from the thread that runs the engine; a source must not change while a run reads it. Shared with the
 * engine through std::shared_ptr<const RowSource>, so the caller may keep reading it (a results file, the grid).
 */
class RowSource
{
public:
    RowSource() = default;
    virtual ~RowSource();
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    virtual int rowCount() const = 0;
    /// Row::key of the row at @p index: non-empty and unique within the source (the planner checks).
    virtual QString key(int index) const = 0;
    /// The whole row, made on demand: the caller keeps it only as long as it needs it.
    virtual Row row(int index) const = 0;
    /// One property of one row, without materialising the row: Row::properties.value(property). The default
    /// builds the row; sources that can do better override it.
    virtual QString value(int index, const QString &property) const;
    /// The index of the row with this key, -1 when absent.
    virtual int indexOfKey(const QString &key) const = 0;
    /// Row::sourceLine (for messages); the default builds the row.
    virtual int sourceLine(int index) const;
};

/// A RowSource over rows held in memory. Builds one key -> index table (its rows have no other index).
class ListRowSource final : public RowSource
{
public:
    explicit ListRowSource(QList<Row> rows);

    int rowCount() const override { return static_cast<int>(m_rows.size()); }

    QString key(int index) const override { return m_rows.at(index).key; }

    Row row(int index) const override { return m_rows.at(index); }

    QString value(int index, const QString &property) const override
    {
        return m_rows.at(index).properties.value(property);
    }

    /// The first row with @p key, -1 when none has it.
    int indexOfKey(const QString &key) const override { return m_indexOfKey.value(key, -1); }

    int sourceLine(int index) const override { return m_rows.at(index).sourceLine; }

    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    QHash<QString, int> m_indexOfKey;
};

/// Some rows of another source, in its order: @p indexes (ascending) are the rows of @p base it holds. The rows a
/// run sends when a results file given back as input already settled some of them.
class SubsetRowSource final : public RowSource
{
public:
    SubsetRowSource(std::shared_ptr<const RowSource> base, QList<int> indexes);

    int rowCount() const override { return int(m_indexes.size()); }

    QString key(int index) const override { return m_base->key(m_indexes.at(index)); }

    Row row(int index) const override { return m_base->row(m_indexes.at(index)); }

    QString value(int index, const QString &property) const override
    {
        return m_base->value(m_indexes.at(index), property);
    }

    int indexOfKey(const QString &key) const override;

    int sourceLine(int index) const override { return m_base->sourceLine(m_indexes.at(index)); }

    /// The base source's index of row @p index.
    int baseIndex(int index) const { return m_indexes.at(index); }

private:
    std::shared_ptr<const RowSource> m_base;
    QList<int> m_indexes;
};

} // namespace Batchsmith
