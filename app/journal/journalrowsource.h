// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "core/batch/rowsource.h"
#include "core/result.h"

namespace Batchsmith {

class JournalDb;
class JournalPlan;

/**
 * Some rows of a journal's plan (those a resume sends), read from the journal as they are asked for: the engine
 * holds no copy of every row. Keys and source lines come from the `rows` table a stretch at a time, properties and
 * associations from the plan blocks (format 2) or the rows themselves (format 1) through JournalPlan, which keeps
 * one block decoded. In memory: the journal index of each row (4 bytes a row) and the stretch last read.
 *
 * Opens its own read connection to the journal, so it may outlive the RunJournal that made it; used on the thread
 * that opened it (the journal's). The rows it reads (keys, plan) never change once the journal exists.
 *
 *     auto rows = JournalRowSource::open(path, indexes);     // indexes: journal idx, ascending
 *     engine.start(spec, *rows, maybeSent);
 */
class JournalRowSource final : public RowSource
{
public:
    static Result<std::shared_ptr<JournalRowSource>> open(const QString &path, std::vector<int> indexes);
    ~JournalRowSource() override;

    int rowCount() const override { return int(m_indexes.size()); }

    QString key(int index) const override;
    Row row(int index) const override;
    int indexOfKey(const QString &key) const override;
    int sourceLine(int index) const override;

    /// The journal index (`rows.idx`, the row's position in the run's input) of row @p index.
    int journalIndex(int index) const { return m_indexes.at(size_t(index)); }

    /// Whether the row at journal index @p idx is one of these rows.
    bool holdsJournalIndex(int idx) const;

private:
    JournalRowSource();

    struct Stretch; // rows read from the `rows` table around the last one asked for
    const Stretch &stretchOf(int index) const;

    std::unique_ptr<JournalDb> m_db;
    std::unique_ptr<JournalPlan> m_plan;
    std::vector<int> m_indexes;
    mutable std::unique_ptr<Stretch> m_stretch;
};

} // namespace Batchsmith
