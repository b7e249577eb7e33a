// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QLockFile>
#include <QString>

#include "core/result.h"

namespace Batchsmith {

/**
 * The right to write one run journal: a QLockFile at `<journal>.lock`, held by the one process that sends the run
 * (a new run or a resume), so that two processes (two batchsmith-cli, the cli and the app, two app windows) never
 * send the same rows. RunJournal takes it in create() and open() and keeps it until it is destroyed.
 *
 * A lock left behind by a process that died (SIGKILL, a crash) is taken over at once: QLockFile sees that no process
 * with its PID and program name runs any more. It never goes stale by age, since a run may send for hours; a lock
 * on a network share from another machine therefore stays until it is removed by hand. Owned by its RunJournal;
 * one thread.
 *
 *     auto lock = JournalLock::acquire(path);
 *     if (!lock)
 *         return lock.error(); // "the journal … is in use: another Batchsmith process (PID 4242) is running it; …"
 */
class JournalLock final
{
public:
    /// Takes the lock of the journal at @p journalPath without waiting. Fails (Error::Kind::InvalidInput, a message
    /// naming the file and the holder's PID) when a live process holds it, this one included.
    static Result<std::unique_ptr<JournalLock>> acquire(const QString &journalPath);
    /// When a live process holds the lock of @p journalPath: its PID, or 0 when the lock file does not tell.
    /// Takes and releases the lock when nobody holds it, which also removes the lock of a dead process.
    static std::optional<qint64> holder(const QString &journalPath);
    /// `<journalPath>.lock`
    static QString lockPath(const QString &journalPath);

    ~JournalLock();
    JournalLock(const JournalLock &) = delete;
    JournalLock &operator=(const JournalLock &) = delete;

private:
    explicit JournalLock(const QString &journalPath);

    QLockFile m_file; // unlocked, and its file removed, by its destructor
};

} // namespace Batchsmith
