// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

class JournalDb;
class RowSource;

/**
 * The input rows of a journal, stored once. Format 2 keeps them in the `plan` table, in zlib-compressed blocks of
 * BlockRows rows: each row's properties (values aligned to the meta key property_names, so no name is repeated),
 * its associations, and of its cells only those that differ from the property named like their column (a grid's
 * cells are its properties: usually none). The `rows` table holds only keys, batches and outcomes. Format 1 journals
 * kept cells, properties and associations as JSON in every row; entry() reads both. Internal to the journal
 * library; one per JournalDb, used on its thread.
 *
 *     JournalPlan plan(db);
 *     while (q.next()) {
 *         const JournalPlan::Entry e = plan.entry(q.value(0).toInt(), q.value(1), q.value(2), q.value(3));
 *     }
 */
class JournalPlan final
{
public:
    static constexpr int BlockRows = 512;

    struct Entry
    {
        QMap<QString, QString> properties;
        QList<RowAssociation> associations;
        QStringList cells;
    };

    explicit JournalPlan(JournalDb &db);

    /// Row @p idx: from the row's own @p cells, @p properties and @p associations columns when they hold it
    /// (format 1), else from its plan block.
    Entry entry(int idx, const QVariant &cells, const QVariant &properties, const QVariant &associations);

    /// Writes the plan blocks of @p rows and their cells (input order, idx = position; @p cellsOf may be empty: no
    /// cells) into @p db (format 2), and the property names to its meta. In the caller's transaction. Reads each row
    /// once, a block at a time; @p keepGoing(rows done), if given, is asked before each block: false stops with
    /// Error::Kind::Cancelled.
    static Result<void> write(JournalDb &db, const QStringList &columns, const RowSource &rows,
        const std::function<QStringList(int)> &cellsOf, const std::function<bool(qint64 done)> &keepGoing = {});

private:
    bool load(int idx);

    JournalDb &m_db;
    QStringList m_columns;
    QStringList m_names;
    int m_first = -1; // idx of the first row of the block in m_block; -1 when none
    QList<QByteArray> m_block; // its rows, each still packed
};

} // namespace Batchsmith
