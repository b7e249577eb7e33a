// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/revertplanner.h"

#include <QHash>

#include "core/batch/batchplanner.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"

namespace Batchsmith {

QString RevertPlan::confirmationText() const
{
    QStringList lines;
    //: First sentence of the revert confirmation; %1 is the run id, e.g. "3f2a9c0d1b7e".
    lines << RevertPlanner::tr("Reverting run %1:").arg(runId);
    //: In the revert confirmation.
    lines << RevertPlanner::tr(
        "%Ln record(s) will get back the values they had before the run.", nullptr, int(restores.size()));
    //: In the revert confirmation.
    lines << RevertPlanner::tr("%Ln record(s) that the run created will be archived.", nullptr, int(archiveIds.size()));
    if (updatedWithoutBefore > 0) {
        //: In the revert confirmation.
        lines << RevertPlanner::tr("%Ln updated record(s) will be left as they are: their values were not read before "
                                   "the run.",
            nullptr, updatedWithoutBefore);
    }
    if (createdWithoutId > 0) {
        //: In the revert confirmation.
        lines << RevertPlanner::tr("%Ln created record(s) cannot be archived: HubSpot's answer did not give their id.",
            nullptr, createdWithoutId);
    }
    if (notCreatedByRun > 0) {
        //: In the revert confirmation.
        lines << RevertPlanner::tr("%Ln record(s) marked created were not sent by this run and will be left as they "
                                   "are.",
            nullptr, notCreatedByRun);
    }
    return lines.join(u'\n');
}

RevertPlan RevertPlanner::build(const QList<JournalRow> &rows, const QList<BeforeValues> &before, const BatchSpec &spec)
{
    RevertPlan plan;
    plan.spec = spec;
    plan.runId = spec.runId;
    QHash<QString, BeforeValues> byKey;
    for (const BeforeValues &v : before)
        byKey.insert(v.key, v);
    for (const JournalRow &r : rows) {
        if (r.fromPrevious)
            continue; // done by an earlier run, not this one
        const RowOutcome &o = r.outcome;
        if (o.status == RowStatus::Created) {
            // Defensive: only a record this run sent can be this run's. A row never sent (or marked as a conflict)
            // that says "created" came from somewhere else, and archiving it would delete someone's record.
            if (r.sends == 0 || o.category == u"CONFLICT") {
                ++plan.notCreatedByRun;
                continue;
            }
            if (o.id.isEmpty())
                ++plan.createdWithoutId;
            else
                plan.archiveIds.append(o.id);
            continue;
        }
        if (o.status != RowStatus::Updated)
            continue;
        const QString key = BatchPlanner::normalizedKey(spec.idProperty, r.row.properties.value(spec.idProperty));
        const auto it = byKey.constFind(key);
        if (spec.mode != WriteMode::Upsert || it == byKey.cend() || !it->found()) {
            ++plan.updatedWithoutBefore;
            continue;
        }
        RecordRestore restore;
        restore.recordId = o.id.isEmpty() ? it->recordId : o.id;
        restore.rowKey = r.row.key;
        for (auto p = r.row.properties.cbegin(); p != r.row.properties.cend(); ++p) {
            if (p.key() != spec.idProperty) // the id the record was found by did not change
                restore.properties.insert(p.key(), it->properties.value(p.key()));
        }
        if (!restore.properties.isEmpty())
            plan.restores.append(restore);
    }
    return plan;
}

Result<RevertPlan> RevertPlanner::build(const QString &journalPath)
{
    auto journal = RunJournal::open(journalPath);
    if (!journal)
        return journal.error();
    const RunSetup setup = (*journal)->setup();
    journal->reset();
    if (setup.kind == RunKind::Revert)
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("%1 is the journal of a revert; a revert is not "
                           "reverted.")
                .arg(journalPath));
    auto rows = JournalReader::rows(journalPath);
    if (!rows)
        return rows.error();
    auto before = JournalReader::beforeValues(journalPath);
    if (!before)
        return before.error();
    RevertPlan plan = build(*rows, *before, setup.spec);
    plan.journalPath = journalPath;
    plan.portalId = setup.portalId;
    return plan;
}

} // namespace Batchsmith
