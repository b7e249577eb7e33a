// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/result.h"
#include "journal/journaltypes.h"

namespace Batchsmith {

/// One record to put back as it was: batch/update by record id with the values read before the run.
struct RecordRestore
{
    QString recordId;
    QMap<QString, QString> properties; // "" clears a property that was empty before
    QString rowKey; // the row of the reverted run that changed it
};

/// What reverting a run does: restore what it updated, archive what it created. Built by RevertPlanner.
struct RevertPlan
{
    QString journalPath; // the reverted run's journal
    QString runId; // the reverted run
    QString portalId;
    BatchSpec spec; // object type, API version, base URL, limits of the reverted run
    QList<RecordRestore> restores;
    QStringList archiveIds; // records the run created
    int updatedWithoutBefore = 0; // updated rows whose values were not read before: left as they are
    int createdWithoutId = 0; // created rows whose record id the answer did not give: cannot be archived
    int notCreatedByRun = 0; // "created" rows this run cannot have created (never sent, or a conflict): left alone

    bool isEmpty() const { return restores.isEmpty() && archiveIds.isEmpty(); }

    /// The counts, in sentences, for the confirmation asked before reverting.
    QString confirmationText() const;
};

/**
 * Builds the revert of a run from its journal: each record the run updated gets back the values recorded before
 * the run wrote it (only the properties the run wrote), each record it created is archived. Rows that failed,
 * are unknown or were never sent are left alone, as are rows that were already done in the run's input. A failed row
 * may carry an id (a record that already existed, docs/hubspot-behaviour.md §5.7): it is never archived. Pure
 * (reads the journal file).
 */
class RevertPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(RevertPlanner)

public:
    static Result<RevertPlan> build(const QString &journalPath);
    /// The same from rows and before-values already read (what build() uses; tests call it directly).
    static RevertPlan build(const QList<JournalRow> &rows, const QList<BeforeValues> &before, const BatchSpec &spec);
};

} // namespace Batchsmith
