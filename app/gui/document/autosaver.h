// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>

#include <QObject>
#include <QTimer>

#include "core/draft/draftdocument.h"
#include "core/draft/draftsnapshot.h"

class QLockFile;
class QThread;

namespace Batchsmith {

/**
 * Keeps a copy of the current draft in `<dir>/<session>.batchsmith`, a few seconds after each edit (at most one
 * write per interval), so a crash or a power cut costs at most those seconds. Each session holds a lock file
 * beside its copy; a copy whose lock is free at the next start belongs to a session that did not close cleanly,
 * and orphans() finds it. A clean close calls discard(). Owned by the DocumentController; GUI thread.
 *
 * Given a snapshot capture (setSnapshotCapture()), the copies the interval brings are written on a thread of their
 * own: the GUI thread only takes the snapshot, which copies no cell (a million-row grid makes a 100 MB draft, whose
 * writing would stall the window for seconds). While held (setHeld(), during a run, whose journal keeps every
 * outcome) no copy is written; the last change is saved once released.
 *
 *     Autosaver saver(dir, [this] { return captureDraft(); });
 *     saver.setSnapshotCapture([this] { return captureSnapshot(); });
 *     connect(undoStack, &QUndoStack::indexChanged, &saver, &Autosaver::documentChanged);
 */
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    static constexpr int DefaultIntervalMs = 3000;

    Autosaver(const QString &dir, std::function<DraftDocument()> capture, QObject *parent = nullptr);
    ~Autosaver() override;

    /// This session's copy (it may not exist yet).
    QString path() const { return m_path; }

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

    /// Where the copies written in the background come from; taken on the GUI thread, written on another.
    void setSnapshotCapture(std::function<DraftSnapshot()> capture) { m_snapshot = std::move(capture); }

    /// Holds the copies back while @p held (a run is going); a change made meanwhile is saved once released.
    void setHeld(bool held);
    /// The same while the draft itself is being saved: a copy written meanwhile would only compete with the save for
    /// the disk and the cores, and be discarded when the save is done (unless an edit came meanwhile).
    void setHeldBySave(bool held);

    /// Whether a copy is being written in the background.
    bool isWriting() const { return m_writer != nullptr; }

    /// Copies left by sessions that did not close cleanly, newest first. Each is locked for this session until
    /// releaseOrphan() or this object's end, so a second Batchsmith does not offer the same copy.
    QStringList orphans();
    /// Deletes an orphan copy (recovered or discarded) and its lock.
    void releaseOrphan(const QString &path);
    /// Leaves an orphan copy where it is and unlocks it, so the next window to start offers it again.
    void keepOrphan(const QString &path);

public Q_SLOTS:
    /// The draft changed: a copy is written when the interval has passed.
    void documentChanged();
    /// Writes the copy now; false when it could not be written (logged).
    bool saveNow();
    /// The draft was saved or closed cleanly: no copy is needed any more. It goes at once, or, while a copy is being
    /// written, once that is done (nothing waits for it); the file itself is deleted on another thread.
    void discard();

Q_SIGNALS:
    /// A copy written in the background is on disk (@p ok), or could not be written (logged).
    void saved(bool ok);

private:
    QString m_dir;
    QString m_path;
    std::function<DraftDocument()> m_capture;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QLockFile>> m_orphanLocks; // by the copy's absolute path
    void onInterval();
    void waitForWriter();
    void removeCopy();

    std::function<DraftSnapshot()> m_snapshot;
    QThread *m_writer = nullptr;
    int m_writers = 0; // numbers each writer, so a late "finished" of one waited for is told apart

    enum : int { HeldByRun = 1, HeldBySave = 2 };

    void hold(int reason, bool held);
    int m_holds = 0; // HeldByRun | HeldBySave
    bool m_pending = false; // a change came while held or while writing
    bool m_discardWhenWritten = false; // discard() came while a copy was being written
    int m_discards = 0; // numbers the copies set aside for deletion
    QTimer m_timer;
};

} // namespace Batchsmith
