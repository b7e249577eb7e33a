// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"

// The values a run journal holds and gives back: what a run is (RunSetup), what the history lists
// (JournalSummary), one row with its outcome (JournalRow), what a resume sends (ResumeWork) and the values records
// had before a run changed them (BeforeValues). Plain values, copyable.
namespace Batchsmith {

class RowSource;

/// A journal records either a write run (batch create or upsert) or the revert of one.
enum class RunKind { Write, Revert };

QString wireName(RunKind kind); // "write" / "revert"

/// What a new journal is told about its run. Never holds a token: BatchSpec has none.
struct RunSetup
{
    BatchSpec spec; // spec.runId: empty gives a new random id
    QString portalId; // HubSpot portal (hub) id when known, e.g. from the token profile
    QString inputFile; // where the rows came from, for the history ("" for a table edited in the app)
    RunKind kind = RunKind::Write;
    QString revertsRunId; // a revert run: the run it undoes
    QString revertsJournal; // a revert run: that run's journal file
    bool readBefore = false; // upsert: read what the run overwrites before sending (BeforeValuesReader), for revert
};

/// One journal, summed up for the run history. Counts are over every row of the run.
struct JournalSummary
{
    QString path;
    QString runId;
    RunKind kind = RunKind::Write;
    QString revertsRunId;
    QDateTime startedAt; // UTC, when the journal was created
    QDateTime lastActivityAt; // UTC, the last thing recorded
    qint64 durationMs = 0; // time spent sending, over every session (first run and resumes)
    QString portalId;
    QString baseUrl;
    QString objectType;
    QString mode; // "create", "upsert" or "revert"
    QString inputFile;
    int total = 0;
    int created = 0;
    int updated = 0;
    int failed = 0;
    int unknown = 0;
    int pending = 0; // no final outcome yet: what a resume sends
    int sessions = 0; // the first run and each resume
    int beforeValues = 0; // records whose values were read before the run wrote them (revert)
    bool finished = false; // the last session ended normally; false: the process died (offer to resume)

    bool complete() const { return pending == 0; } // every row has a final outcome

    /// Rows without an outcome are sent; unknown rows of a write run are looked up first (RunJournal::resumeWork).
    bool resumable() const { return !complete() || (kind == RunKind::Write && unknown > 0); }
};

/// One row of a journal: what was planned, the input cells it came from, and its outcome so far.
struct JournalRow
{
    int index = 0; // 0-based position in the run's input
    Row row;
    QStringList cells; // one per input column (JournalReader::columns)
    int batch = 0; // planned batch number, 1-based
    QString traceId; // objectWriteTraceId sent for it
    RowOutcome outcome; // Pending when none yet
    int sends = 0; // write requests that carried it (journaled before they left)
    bool fromPrevious = false; // final already in the input (a results file); never sent by this run
};

/// What a resume hands BatchEngine::start(): the rows without a final outcome or with an unknown one, in input order,
/// and which of them an earlier process sent without a settled answer (their keys), with when each was first sent.
///
///     engine.setFirstSent(work->firstSentMs);
///     engine.start(work->spec, work->source, work->maybeSent);
struct ResumeWork
{
    /// How RunJournal::resumeWork() gives the rows: read from the journal as they are asked for (`source` only, a
    /// JournalRowSource; `rows` stays empty), or also all in memory in `rows`.
    enum class Rows { OnDemand, InMemory };

    BatchSpec spec; // the run's spec with its run id; set the token on the engine, never here
    std::shared_ptr<const RowSource> source; // the rows to send, with the keys the journal holds, whatever their
                                             // format (earlier versions: "row-000001")
    QList<Row> rows; // Rows::InMemory: the same rows, in memory
    int runRows = 0; // every row of the run, those with a final outcome included
    QStringList columns; // the run's input columns (a results file's, before __status)
    QStringList maybeSent; // every row to send that a write request carried, unknown rows included
    QHash<QString, qint64>
        firstSentMs; // row key -> wall time of its first write request (ms since the epoch), when known
};

/// The values a record had, read just before a run wrote it (for revert). Keyed by the run's id property value.
struct BeforeValues
{
    QString key; // normalised id property value (BatchPlanner::normalizedKey)
    QString recordId; // empty when no record had that id: the run created it
    QMap<QString, QString> properties; // property -> value before; a property missing here was empty

    bool found() const { return !recordId.isEmpty(); }
};

} // namespace Batchsmith
