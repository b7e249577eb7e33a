// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/draft/draftdocument.h"
#include "core/draft/draftsnapshot.h"

class QMenu;
class QMimeData;
class QThread;
class QUndoStack;
class QWidget;

namespace Batchsmith {

class Autosaver;
class Settings;

/**
 * The draft behind the main window as a file: its path, whether it has unsaved changes (the undo stack's clean
 * state, plus changes made outside it such as the batch's choices and the rows' outcomes), the window title,
 * New/Open/Save/Save As/Recent Files, the results export, and the autosave with its recovery at the next start.
 * Questions and file names go through MessageBox and FileDialog, so tests can answer them.
 *
 * Owned by the main window; GUI thread. The window hands it two functions: one that captures the current draft,
 * one that replaces the window's draft with another (the controller then marks the undo stack clean); and, for the
 * saves and autosaves written on a thread of their own, one that takes a snapshot of the grid.
 *
 *     auto *document = new DocumentController(this, m_model, m_undo, settings, autosaveDir,
 *         [this] { return captureDraft(); }, [this](const DraftDocument &doc) { applyDraft(doc); }, this);
 *     document->setSnapshotCapture([this] { return captureSnapshot(); });
 *     document->offerRecovery();
 */
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    using Capture = std::function<DraftDocument()>;
    using Apply = std::function<void(const DraftDocument &)>;
    using SnapshotCapture = std::function<DraftSnapshot()>;

    DocumentController(QWidget *window, RecordTableModel *model, QUndoStack *undo, Settings &settings,
        const QString &autosaveDir, Capture capture, Apply apply, QObject *parent = nullptr);
    ~DocumentController() override;

    QString filePath() const { return m_path; }

    bool isDirty() const;
    /// "clients.batchsmith", or "Untitled" before the first save.
    QString displayName() const;

    /// True while exportResults() is writing a file.
    bool isExporting() const { return m_exporter != nullptr; }

    /// True while save() or saveAs() is writing the draft.
    bool isSaving() const { return m_saver != nullptr; }

    /// Where saves and autosaves take the grid from: a snapshot that copies no cell, written on another thread.
    /// Without one, they write what the Capture function gives.
    void setSnapshotCapture(SnapshotCapture capture);

    Autosaver *autosaver() const { return m_autosaver; }

    /// Fills @p menu with the recent files now and whenever they change.
    void setRecentFilesMenu(QMenu *menu);

public Q_SLOTS:
    /// Opens @p path, or asks for one when empty. Asks to save unsaved changes first. False when nothing opened.
    bool open(const QString &path = {});
    /// Saves to the current file, or asks for one the first time. The grid as it is now is written on a thread of
    /// its own, so a million rows do not hold the window; an edit made meanwhile is not in the file and leaves the
    /// draft modified. True when the save started; saveFinished() follows. One save at a time (false meanwhile).
    bool save();
    /// Asks for a file (unless @p path is given) and saves there, as save() does.
    bool saveAs(const QString &path = {});
    /// Waits for the save being written, if any, with a progress dialog when it lasts; input to the windows waits
    /// too. True when the draft's last save succeeded (or there was none to wait for).
    bool waitForSave();
    /// Writes the grid as a results CSV (the CLI's --results format); asks for the file unless @p path is given.
    /// The grid as it is now is written on a thread of its own, so a million rows do not hold the window: edits
    /// made meanwhile do not reach the file. True when the export started; resultsExportFinished() follows. One
    /// export at a time (false while one is being written).
    bool exportResults(const QString &path = {});
    /// When there are unsaved changes: asks Save, Discard or Cancel, and waits for the save. True when the caller may
    /// go on. A save already being written is waited for first.
    bool maybeSave();
    /// The window now shows a new, empty draft: no file, nothing unsaved.
    void startUntitled();
    /// A change the undo stack does not see (the batch's choices, the outcomes of a run).
    void markDirty();
    /// The window closes normally: the autosaved copy is not needed any more.
    void closeCleanly();
    /// When sessions before this one did not close cleanly, offers their autosaved drafts in a RecoveryDialog: one
    /// may be recovered into this window; the others are kept for the next window unless discarded there, and one
    /// that cannot be read is named with the reason and never deleted. True when a draft was recovered.
    bool offerRecovery();

protected:
    /// Opens a .batchsmith file dropped on the window; other drops (CSV…) go on to the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The file, its name or its unsaved state changed (the window title has been updated).
    void documentChanged();
    /// A save started (isSaving() is true), or finished.
    void savingChanged(bool saving);
    /// @p written of the @p total rows of the draft being saved to @p path are written, after each MiB.
    void saveProgress(const QString &path, qsizetype written, qsizetype total);
    /// The save to @p path of @p rows rows is complete (@p ok: the title now names it), or failed and was reported
    /// (the file that was there before, if any, is unchanged).
    void saveFinished(const QString &path, qsizetype rows, bool ok);
    /// An export started (isExporting() is true), or finished.
    void exportingChanged(bool exporting);
    /// @p written of the @p total rows of the export to @p path are written, every few thousand rows.
    void resultsExportProgress(const QString &path, int written, int total);
    /// The export to @p path of @p rows rows is complete (@p ok), or failed and was reported (the file that was
    /// there before, if any, is unchanged).
    void resultsExportFinished(const QString &path, int rows, bool ok);

private:
    void updateTitle();
    void rebuildRecentMenu();
    void load(const DraftDocument &doc);
    bool writeTo(const QString &path);
    void saveWritten(const QString &path, qsizetype rows, const QString &error);
    QString startDir() const;
    static QString droppedDraft(const QMimeData *mime);

    QWidget *m_window;
    RecordTableModel *m_model;
    QUndoStack *m_undo;
    Settings &m_settings;
    Capture m_capture;
    SnapshotCapture m_snapshot;
    Apply m_apply;
    Autosaver *m_autosaver;
    QThread *m_exporter = nullptr; // writing a results file
    QThread *m_saver = nullptr; // writing the draft (save(), saveAs())
    QString m_savingTo; // the file m_saver writes
    quint64 m_changes = 0; // every change to the draft counts one: the save knows whether any came meanwhile
    quint64 m_changesAtSave = 0; // m_changes when the save being written took its snapshot
    bool m_lastSaveOk = true;
    QPointer<QMenu> m_recentMenu;
    QString m_path;
    bool m_extraDirty = false; // changed outside the undo stack since the last save
    bool m_loading = false; // inside load(): the changes it makes are not the person's
};

} // namespace Batchsmith
