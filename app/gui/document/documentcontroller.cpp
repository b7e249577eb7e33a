// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/documentcontroller.h"

#include <map>

#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include "core/draft/draftfile.h"
#include "core/io/resultsexport.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "gui/common/messagebox.h"
#include "gui/document/autosaver.h"
#include "gui/document/filedialog.h"
#include "gui/document/recoverydialog.h"
#include "gui/logging.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

DocumentController::DocumentController(QWidget *window, RecordTableModel *model, QUndoStack *undo, Settings &settings,
    const QString &autosaveDir, Capture capture, Apply apply, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_undo(undo)
    , m_settings(settings)
    , m_capture(std::move(capture))
    , m_apply(std::move(apply))
    , m_autosaver(new Autosaver(autosaveDir, m_capture, this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &DocumentController::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        ++m_changes;
        if (!m_loading)
            m_autosaver->documentChanged();
    });
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    updateTitle();
}

DocumentController::~DocumentController()
{
    // An export or a save being written is finished, not cut short: the person asked for that file.
    for (QThread *writer : { m_exporter, m_saver }) {
        if (writer) {
            writer->wait();
            delete writer;
        }
    }
}

void DocumentController::setSnapshotCapture(SnapshotCapture capture)
{
    m_snapshot = capture;
    m_autosaver->setSnapshotCapture(std::move(capture));
}

QString DocumentController::droppedDraft(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && QFileInfo(url.toLocalFile()).suffix().compare(DraftFile::Suffix, Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return {};
}

bool DocumentController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (droppedDraft(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedDraft(drop->mimeData());
        if (path.isEmpty())
            break;
        drop->acceptProposedAction();
        // Not inside the drop: opening may ask to save first, and the dragging application waits until we return.
        QTimer::singleShot(0, this, [this, path] { open(path); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool DocumentController::isDirty() const
{
    return m_extraDirty || !m_undo->isClean();
}

QString DocumentController::displayName() const
{
    //: The name of a draft that was never saved, in the window title
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void DocumentController::updateTitle()
{
    //: Window title: %1 is the draft's file name (clients.batchsmith) or "Untitled"; [*] marks unsaved changes
    m_window->setWindowTitle(tr("%1[*] — Batchsmith").arg(displayName()));
    m_window->setWindowFilePath(m_path);
    m_window->setWindowModified(isDirty());
    Q_EMIT documentChanged();
}

void DocumentController::markDirty()
{
    if (m_loading)
        return;
    ++m_changes;
    m_autosaver->documentChanged();
    if (m_extraDirty)
        return;
    m_extraDirty = true;
    updateTitle();
}

void DocumentController::startUntitled()
{
    if (m_saver)
        waitForSave(); // the file being written must not become the new draft's
    m_path.clear();
    m_extraDirty = false;
    m_undo->setClean();
    m_autosaver->discard();
    updateTitle();
}

QString DocumentController::startDir() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    const QStringList recent = m_settings.recentFiles();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).absolutePath();
}

void DocumentController::load(const DraftDocument &doc)
{
    m_loading = true;
    m_apply(doc);
    m_undo->clear(); // an undo past the load would mix two drafts
    m_loading = false;
}

bool DocumentController::open(const QString &requested)
{
    if (!maybeSave())
        return false;
    QString path = requested;
    if (path.isEmpty()) {
        //: File dialog filter; keep "(*.batchsmith)" as it is
        path = FileDialog::getOpenFileName(
            m_window, tr("Open Draft"), startDir(), tr("Batchsmith drafts (*.batchsmith);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const Result<DraftDocument> doc = DraftFile::read(path);
    if (!doc) {
        MessageBox::warning(m_window, tr("Open Draft"), doc.error().message);
        if (doc.error().kind == Error::Kind::Io)
            m_settings.removeRecentFile(path); // gone or unreadable: no use offering it again
        rebuildRecentMenu();
        return false;
    }
    load(*doc);
    m_path = QFileInfo(path).absoluteFilePath();
    m_extraDirty = false;
    m_autosaver->discard();
    m_settings.addRecentFile(m_path);
    rebuildRecentMenu();
    updateTitle();
    qCInfo(lcGui) << "opened draft" << m_path << "with" << doc->rows.size() << "rows";
    return true;
}

bool DocumentController::writeTo(const QString &path)
{
    // The draft as it is now: a snapshot shares the grid's bytes (the grid detaches its own when next edited), so
    // the GUI thread copies no cell, and the writer thread reads it while the person goes on working.
    std::function<Result<void>(const DraftFile::Progress &)> write;
    qsizetype rows = 0;
    if (m_snapshot) {
        DraftSnapshot snapshot = m_snapshot();
        rows = snapshot.rows.size();
        write = [path, snapshot = std::move(snapshot)](const DraftFile::Progress &progress) {
            return DraftFile::write(path, snapshot, DraftFile::Access::Default, progress);
        };
    } else {
        DraftDocument doc = m_capture();
        rows = doc.rows.size();
        write = [path, doc = std::move(doc)](const DraftFile::Progress &) { return DraftFile::write(path, doc); };
    }
    m_changesAtSave = m_changes;
    m_savingTo = path;
    m_autosaver->setHeldBySave(true);
    auto error = std::make_shared<QString>();
    m_saver = QThread::create([this, path, rows, write = std::move(write), error] {
        const Result<void> written = write([this, path, rows](qsizetype done) {
            QMetaObject::invokeMethod(
                this, [this, path, done, rows] { Q_EMIT saveProgress(path, done, rows); }, Qt::QueuedConnection);
        });
        if (!written)
            *error = written.error().message;
    });
    connect(m_saver, &QThread::finished, this, [this, path, rows, error] { saveWritten(path, rows, *error); });
    qCInfo(lcGui) << "saving draft of" << rows << "rows";
    m_saver->start();
    Q_EMIT savingChanged(true);
    return true;
}

void DocumentController::saveWritten(const QString &path, qsizetype rows, const QString &error)
{
    m_saver->deleteLater();
    m_saver = nullptr;
    m_lastSaveOk = error.isEmpty();
    if (m_lastSaveOk) {
        m_path = QFileInfo(path).absoluteFilePath();
        // Written now (the settings file is synced to disk), before the autosaved copy is deleted: the deletion of a
        // large file keeps the disk busy for a while, and would hold this write on the GUI thread.
        m_settings.addRecentFile(m_path);
        m_settings.sync();
        if (m_changes == m_changesAtSave) {
            // The file holds the draft as it is: nothing left unsaved, and no autosaved copy needed.
            m_extraDirty = false;
            m_undo->setClean();
            m_autosaver->discard();
        } else {
            // Edited while it was written: the file holds the draft as it was when Save was pressed. Modified until
            // the next save, whatever undo reaches; the autosave keeps the newer edits.
            m_extraDirty = true;
        }
        rebuildRecentMenu();
        updateTitle();
    }
    m_autosaver->setHeldBySave(false); // an edit made while saving is autosaved now
    Q_EMIT savingChanged(false);
    if (!m_lastSaveOk)
        MessageBox::warning(m_window, tr("Save Draft"), error);
    Q_EMIT saveFinished(path, rows, m_lastSaveOk);
}

bool DocumentController::waitForSave()
{
    if (!m_saver)
        return m_lastSaveOk;
    QEventLoop loop;
    connect(this, &DocumentController::saveFinished, &loop, &QEventLoop::quit);
    // Shown only when the save lasts (a large draft): its name and how much is written. Nothing to cancel: the
    // file is either the old one or the new one, whole (QSaveFile).
    QProgressDialog progress(m_window);
    progress.setObjectName(u"saveProgressDialog"_s);
    progress.setWindowTitle(tr("Save Draft"));
    progress.setCancelButton(nullptr);
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 48);
    progress.setMinimumDuration(500);
    progress.setRange(0, 100);
    //: A progress dialog while a large draft is saved, before the window closes or another draft opens; %1 is the
    //: file's name
    progress.setLabelText(tr("Saving %1…").arg(QFileInfo(m_savingTo).fileName()));
    progress.setValue(0);
    connect(this, &DocumentController::saveProgress, &progress,
        [&progress](const QString &, qsizetype written, qsizetype total) {
            progress.setValue(total > 0 ? int(100 * written / total) : 100);
        });
    // Timers, the network and painting go on; clicks and keys wait until the file is written.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_lastSaveOk;
}

bool DocumentController::save()
{
    if (m_saver)
        return false; // one at a time: the actions are disabled meanwhile
    return m_path.isEmpty() ? saveAs() : writeTo(m_path);
}

bool DocumentController::saveAs(const QString &requested)
{
    if (m_saver)
        return false;
    QString path = requested;
    if (path.isEmpty()) {
        const QString suggested
            = m_path.isEmpty() ? QDir(startDir()).filePath(tr("Untitled") + u".batchsmith"_s) : m_path;
        //: File dialog filter; keep "(*.batchsmith)" as it is
        path = FileDialog::getSaveFileName(
            m_window, tr("Save Draft As"), suggested, tr("Batchsmith drafts (*.batchsmith)"), DraftFile::Suffix);
        if (path.isEmpty())
            return false;
    }
    return writeTo(path);
}

bool DocumentController::exportResults(const QString &requested)
{
    if (m_exporter)
        return false; // one at a time: the action is disabled meanwhile
    QString path = requested;
    if (path.isEmpty()) {
        const QString base = m_path.isEmpty() ? tr("results") : QFileInfo(m_path).completeBaseName() + tr("-results");
        //: File dialog filter; keep "(*.csv)" as it is
        path = FileDialog::getSaveFileName(m_window, tr("Export Results"), QDir(startDir()).filePath(base + u".csv"_s),
            tr("CSV files (*.csv)"), u"csv"_s);
        if (path.isEmpty())
            return false;
    }
    // The grid as it is now: the store's copy shares its bytes, and the grid detaches its own when next edited.
    const QStringList columns = ResultsExport::columnKeys(*m_model);
    const RowStore rows = m_model->rowStore();
    const int total = rows.size();
    auto result = std::make_shared<Result<void>>();
    m_exporter = QThread::create([this, path, columns, rows, total, result] {
        *result = ResultsExport::write(path, columns, rows, [this, path, total](int written) {
            QMetaObject::invokeMethod(
                this, [this, path, written, total] { Q_EMIT resultsExportProgress(path, written, total); },
                Qt::QueuedConnection);
        });
    });
    connect(m_exporter, &QThread::finished, this, [this, path, total, result] {
        m_exporter->deleteLater();
        m_exporter = nullptr;
        Q_EMIT exportingChanged(false);
        if (!*result) {
            //: %1 is a file path, %2 the reason it could not be written
            MessageBox::warning(m_window, tr("Export Results"),
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), result->error().message));
        }
        Q_EMIT resultsExportFinished(path, total, bool(*result));
    });
    qCInfo(lcGui) << "exporting" << total << "rows of results";
    m_exporter->start();
    Q_EMIT exportingChanged(true);
    return true;
}

bool DocumentController::maybeSave()
{
    if (m_saver)
        waitForSave(); // a failure has been said; the draft is then still modified, and asked about below
    if (!isDirty())
        return true;
    //: %1 is the draft's file name or "Untitled"
    const auto answer = MessageBox::question(m_window, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save() && waitForSave();
    return answer == QMessageBox::Discard;
}

void DocumentController::closeCleanly()
{
    m_autosaver->discard();
}

bool DocumentController::offerRecovery()
{
    // Every copy left by a session that did not close cleanly (two windows crashed: two copies) is offered; one is
    // recovered into this window, the others stay for the next window. A copy that cannot be read is said and kept.
    const QStringList orphans = m_autosaver->orphans();
    if (orphans.isEmpty())
        return false;
    QList<RecoveryDialog::Draft> drafts;
    std::map<QString, DraftDocument> readable;
    for (const QString &copy : orphans) {
        RecoveryDialog::Draft draft;
        draft.path = copy;
        draft.savedAt = QFileInfo(copy).lastModified();
        Result<DraftDocument> doc = DraftFile::read(copy);
        if (doc) {
            draft.rows = int(doc->rows.size());
            readable.emplace(copy, std::move(doc).value());
        } else {
            draft.error = doc.error().message;
            qCWarning(lcGui) << "autosaved draft not readable, left in place:" << copy << draft.error;
        }
        drafts.append(draft);
    }
    RecoveryDialog dialog(drafts, m_window);
    dialog.exec();
    for (const QString &copy : dialog.discardedPaths())
        m_autosaver->releaseOrphan(copy);
    bool recovered = false;
    if (const auto it = readable.find(dialog.recoverPath()); it != readable.end()) {
        load(it->second);
        m_path.clear();
        m_extraDirty = true; // recovered, not saved: closing asks
        m_autosaver->saveNow(); // this session's own copy, before the old one goes
        updateTitle();
        m_autosaver->releaseOrphan(it->first);
        recovered = true;
        qCInfo(lcGui) << "recovered autosaved draft" << it->first;
    }
    for (const QString &copy : orphans) {
        if (copy != dialog.recoverPath() && !dialog.discardedPaths().contains(copy))
            m_autosaver->keepOrphan(copy); // never deleted unasked
    }
    return recovered;
}

void DocumentController::setRecentFilesMenu(QMenu *menu)
{
    m_recentMenu = menu;
    rebuildRecentMenu();
}

void DocumentController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        //: An entry of the Recent Files menu: %1 its number (1-9 get a keyboard accelerator), %2 the file name
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(QString::number(i + 1), QFileInfo(path).fileName()), this, [this, path] { open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Recent Files"), this, [this] {
        m_settings.setRecentFiles({});
        rebuildRecentMenu();
    });
    clear->setObjectName(u"clearRecentFilesAction"_s);
    clear->setEnabled(!files.isEmpty());
}

} // namespace Batchsmith
