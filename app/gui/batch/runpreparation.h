// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <QObject>
#include <QTimer>

#include "core/result.h"
#include "journal/runjournal.h"

namespace Batchsmith {

/**
 * What Send does before its first request: checks and plans the rows (BatchPlanner) and writes the run journal's
 * plan (RunJournal::prepare()). For a million rows that takes seconds, so it runs on a worker thread and the window
 * stays responsive (issue #12: no event-loop stall over 50 ms); a small run (under 1,000 rows) is prepared at once, on
 * the caller's thread, so that it starts before start() returns.
 *
 * The rows are read through the JournalInput's RowSource, which must be readable from another thread
 * (GridRowSource is). done() is called on the owner's thread, once, unless the preparation is destroyed first.
 *
 *     auto *prep = new RunPreparation(this);
 *     connect(prep, &RunPreparation::progressChanged, this, [](int percent) { … });
 *     prep->start(journalPath, setup, input, [](Result<PreparedJournal> prepared) { … });
 *     prep->cancel(); // done() comes with Error::Kind::Cancelled, nothing left on disk
 */
class RunPreparation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPreparation)

public:
    using Done = std::function<void(Result<PreparedJournal> prepared)>;

    explicit RunPreparation(QObject *parent = nullptr);
    /// Stops a preparation still going (its journal file is removed) and waits for its thread.
    ~RunPreparation() override;

    /// From this many rows on, start() prepares on a worker thread (default 1,000, about 20 ms of work on the caller's
    /// thread). Tests set 0 to take that path.
    void setWorkerFromRows(int rows) { m_workerFromRows = rows; }

    /// Plans @p input's rows for @p setup and, when @p journalPath is not empty, writes their journal there
    /// (RunJournal::prepare()); without a journal PreparedJournal::path is empty and only the plan is made.
    void start(const QString &journalPath, const RunSetup &setup, const JournalInput &input, Done done);

    void cancel() { m_cancel = true; }

Q_SIGNALS:
    /// How far a preparation on the worker thread is, 0 to 100, at most every 100 ms.
    void progressChanged(int percent);

private:
    static Result<PreparedJournal> prepare(const QString &journalPath, const RunSetup &setup, const JournalInput &input,
        const std::function<bool(qint64, qint64)> &progress);

    int m_workerFromRows = 1000;
    std::thread m_thread;
    std::atomic_bool m_cancel = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::mutex m_resultMutex;
    std::optional<Result<PreparedJournal>> m_result; // the worker's, until the owner's thread takes it
    QTimer m_progressTimer;
};

} // namespace Batchsmith
