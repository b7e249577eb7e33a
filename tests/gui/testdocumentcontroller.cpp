// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "core/draft/draftfile.h"
#include "core/io/batchinput.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/common/messagebox.h"
#include "gui/document/autosaver.h"
#include "gui/document/documentcontroller.h"
#include "gui/document/filedialog.h"
#include "gui/document/recoverydialog.h"
#include "gui/editor/editcommands.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

RowOutcome createdOutcome(const QString &id)
{
    RowOutcome outcome;
    outcome.status = RowStatus::Created;
    outcome.id = id;
    return outcome;
}

PropertyInfo property(const QString &name, const QString &label)
{
    PropertyInfo p;
    p.name = name;
    p.label = label;
    p.type = u"string"_s;
    p.fieldType = u"text"_s;
    return p;
}

/// A contacts upsert draft with an association column, outcomes and text from several scripts.
DraftDocument sampleDraft()
{
    DraftDocument doc;
    doc.objectType = u"contacts"_s;
    doc.mode = WriteMode::Upsert;
    doc.idProperty = u"email"_s;
    doc.apiVersion = ApiVersion::V3;
    doc.columns = { TableColumn::forProperty(property(u"email"_s, u"Email"_s)),
        TableColumn::forProperty(property(u"firstname"_s, u"First Name"_s)),
        TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 279, {} }) };
    const RowOutcome created = createdOutcome(u"51234567001"_s);
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.category = u"VALIDATION_ERROR"_s;
    failed.message = u"Email address \"x\" is invalid"_s;
    failed.property = u"email"_s;
    failed.httpStatus = 400;
    doc.rows = { { { u"ann@example.com"_s, u"Anne-Sophie Ærø"_s, u"51234567100"_s }, created },
        { { u"kenji@example.jp"_s, u"健司"_s, u""_s }, failed },
        { { u"x"_s, u"Zoë 🚀, \"quoted\"\nnew line"_s, u"1;2"_s }, {} } };
    return doc;
}

QStringList keys(const QList<TableColumn> &columns)
{
    QStringList result;
    for (const TableColumn &column : columns)
        result.append(column.key());
    return result;
}

/// Settings in a temporary folder (autosaves go beside them), the first-launch sandbox profile, a window on it.
struct Fixture : MainWindowFixture
{
    bool start()
    {
        prepare();
        return openWindow();
    }

    bool openWindow() { return MainWindowFixture::openWindow(QSize(1100, 700)); }

    DocumentController *document() const { return window->document(); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    QString autosaveDir() const { return dir.filePath(u"autosave"_s); }

    /// Writes sampleDraft() to small.batchsmith in the folder and opens it in the window.
    bool openSample()
    {
        const QString source = dir.filePath(u"small.batchsmith"_s);
        return DraftFile::write(source, sampleDraft()) && document()->open(source);
    }
};

/// What the recovery dialog showed, and what a test answered in it.
struct RecoverySeen
{
    bool shown = false;
    QString intro;
    QStringList items; // the list's texts, in order
    QList<bool> choosable; // per item: can it be recovered
    bool recoverEnabled = false;
};

/// Answers the recovery dialog, found by its objectName, as soon as it shows (it is modal: the window's start waits
/// for it): @p act gets the dialog after @p seen has been filled in. Watches as long as the returned timer lives.
[[nodiscard]] std::unique_ptr<QTimer> whenRecoveryDialog(RecoverySeen *seen, const std::function<void(QDialog *)> &act)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(10);
    QTimer *t = timer.get();
    QObject::connect(t, &QTimer::timeout, t, [t, seen, act] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (!dialog || dialog->objectName() != u"recoveryDialog" || !dialog->isVisible())
                continue;
            t->stop();
            seen->shown = true;
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            seen->intro = labels.isEmpty() ? QString() : labels.first()->text();
            auto *list = dialog->findChild<QListWidget *>(u"recoveryDraftsListWidget"_s);
            for (int i = 0; list && i < list->count(); ++i) {
                seen->items.append(list->item(i)->text());
                seen->choosable.append(list->item(i)->flags().testFlag(Qt::ItemIsSelectable));
            }
            seen->recoverEnabled = dialog->findChild<QPushButton *>(u"recoverDraftButton"_s)->isEnabled();
            act(dialog);
            return;
        }
    });
    timer->start();
    return timer;
}

void click(QDialog *dialog, const QString &button)
{
    QPushButton *b = dialog->findChild<QPushButton *>(button);
    QVERIFY2(b && b->isEnabled(), qPrintable(button));
    b->click();
}

/// Adds @p count rows after the sample draft's three: "person<i>@example.com", "Name <i>", no company. Enough rows
/// for a save to be written in several pieces, over some milliseconds.
void addRows(RecordTableModel *model, int count)
{
    QList<TableRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        TableRecord record = model->newRecord();
        record.values = { u"person%1@example.com"_s.arg(i), u"Name %1"_s.arg(i), QString() };
        records.append(std::move(record));
    }
    model->insertRecords(model->rowCount(), records);
}

/// Pushes the edit of one cell, as the grid's editor does.
void editCell(Fixture &f, int row, int dataIndex, const QString &value)
{
    const QString before
        = f.model()->index(row, RecordTableModel::modelColumn(dataIndex)).data(RecordTableModel::ValueRole).toString();
    f.window->undoStack()->push(new SetCellsCommand(
        f.model(), { CellChange { f.model()->record(row).key, dataIndex, before, value } }, u"Edit"_s));
}

/// Makes MessageBox::lastText() say @p marker, so a test can tell that no question came after.
void markMessages(const QString &marker)
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::warning(nullptr, {}, marker);
}

} // namespace

class TestDocumentController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testOpenSaveKeepsEveryField()
    {
        Fixture f;
        QVERIFY(f.start());
        const DraftDocument doc = sampleDraft();
        const QString source = f.dir.filePath(u"source.batchsmith"_s);
        QVERIFY(DraftFile::write(source, doc));

        QVERIFY(f.document()->open(source));
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(keys(f.model()->dataColumns()), keys(doc.columns));
        QVERIFY(!f.document()->isDirty());
        QCOMPARE(f.window->windowTitle(), u"source.batchsmith[*] — Batchsmith"_s);
        QVERIFY(!f.window->isWindowModified());

        // Save As through the menu action, the file name given through the dialog seam.
        const QString saved = f.dir.filePath(u"copy"_s); // the suffix is added
        FileDialog::setNextFileName(saved);
        f.window->findChild<QAction *>(u"saveAsAction"_s)->trigger();
        QVERIFY(f.document()->waitForSave());
        QCOMPARE(f.document()->filePath(), saved + u".batchsmith"_s);
        QCOMPARE(f.window->windowTitle(), u"copy.batchsmith[*] — Batchsmith"_s);

        const Result<DraftDocument> read = DraftFile::read(saved + u".batchsmith"_s);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->objectType, doc.objectType);
        QCOMPARE(read->mode, doc.mode);
        QCOMPARE(read->idProperty, doc.idProperty);
        QCOMPARE(read->apiVersion, doc.apiVersion);
        // Property columns take the portal's current definitions; their keys and the association stay.
        QCOMPARE(keys(read->columns), keys(doc.columns));
        QCOMPARE(read->columns.at(2), doc.columns.at(2));
        QCOMPARE(read->rows.size(), doc.rows.size());
        for (qsizetype i = 0; i < doc.rows.size(); ++i) {
            QCOMPARE(read->rows.at(i).values, doc.rows.at(i).values);
            QVERIFY(read->rows.at(i).outcome == doc.rows.at(i).outcome);
        }
        // Both files are in the recent files menu, newest first.
        QMenu *recent = f.window->findChild<QMenu *>(u"recentFilesMenu"_s);
        QVERIFY(recent);
        QVERIFY(recent->actions().at(0)->text().contains(u"copy.batchsmith"_s));
        QVERIFY(recent->actions().at(1)->text().contains(u"source.batchsmith"_s));
        recent->actions().at(1)->trigger();
        QCOMPARE(f.document()->filePath(), source);
    }

    void testEditsMakeTheDraftDirty()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString source = f.dir.filePath(u"a.batchsmith"_s);
        QVERIFY(DraftFile::write(source, sampleDraft()));
        QVERIFY(f.document()->open(source));
        QVERIFY(!f.window->isWindowModified());

        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 3, { f.model()->newRecord() }));
        QVERIFY(f.document()->isDirty());
        QVERIFY(f.window->isWindowModified());
        f.window->undoStack()->undo();
        QVERIFY(!f.window->isWindowModified());

        // An outcome is not on the undo stack, but it is part of the draft.
        f.model()->setOutcome(2, createdOutcome(u"9"_s));
        QVERIFY(f.window->isWindowModified());
        f.window->findChild<QAction *>(u"saveAction"_s)->trigger();
        QVERIFY(f.document()->waitForSave());
        QVERIFY(!f.window->isWindowModified());
        QCOMPARE(DraftFile::read(source)->rows.at(2).outcome.id, u"9"_s);
    }

    void testCloseAsksToSave()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 0, { f.model()->newRecord() }));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!f.window->close());
        QVERIFY(f.window->isVisible());
        QVERIFY(MessageBox::lastText().contains(u"Untitled"_s));

        const QString path = f.dir.filePath(u"closing.batchsmith"_s);
        MessageBox::setNextAnswer(QMessageBox::Save);
        FileDialog::setNextFileName(path);
        QVERIFY(f.window->close());
        QVERIFY(QFile::exists(path));
        QCOMPARE(DraftFile::read(path)->rows.size(), f.model()->rowCount());
    }

    void testAutosaveRecoversAfterCrash()
    {
        Fixture f;
        QVERIFY(f.start());
        f.document()->autosaver()->setIntervalMs(50);
        const QString source = f.dir.filePath(u"crash.batchsmith"_s);
        QVERIFY(DraftFile::write(source, sampleDraft()));
        QVERIFY(f.document()->open(source));
        TableRecord extra = f.model()->newRecord();
        extra.values = { u"late@example.com"_s, u"Łukasz"_s, QString() };
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 3, { extra }));
        const QString autosave = f.document()->autosaver()->path();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave), 5000);
        QCOMPARE(DraftFile::read(autosave)->rows.size(), 4);

        // The window goes away without a close event, as in a crash: the autosaved copy stays.
        f.window.reset();
        QVERIFY(QFile::exists(autosave));

        RecoverySeen seen;
        const auto watchSeen
            = whenRecoveryDialog(&seen, [](QDialog *dialog) { click(dialog, u"recoverDraftButton"_s); });
        QVERIFY(f.openWindow());
        QTRY_COMPARE(f.model()->rowCount(), 4);
        QVERIFY(seen.intro.contains(u"did not close properly"_s));
        QCOMPARE(seen.items.size(), 1);
        QVERIFY2(seen.items.first().contains(u"4 row"_s), qPrintable(seen.items.first()));
        QCOMPARE(f.model()->record(3).values.at(1), u"Łukasz"_s);
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(1).values.at(1), u"健司"_s);
        QVERIFY(f.document()->isDirty()); // recovered, not saved
        QVERIFY(!QFile::exists(autosave)); // the old copy is gone; this session keeps its own
        QVERIFY(QFile::exists(f.document()->autosaver()->path()));

        // A clean close leaves nothing to recover.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(f.window->close());
        QVERIFY(!QFile::exists(f.document()->autosaver()->path()));
        f.window.reset();
        markMessages(u"no question since"_s);
        RecoverySeen again;
        const auto watchAgain = whenRecoveryDialog(&again, [](QDialog *dialog) { dialog->reject(); });
        QVERIFY(f.openWindow());
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(MessageBox::lastText(), u"no question since"_s);
        QVERIFY(!again.shown);
        QCOMPARE(QDir(f.autosaveDir()).entryList({ u"*.batchsmith"_s }, QDir::Files).size(), 0);
    }

    /// The autosave takes a snapshot of the packed rows and writes it on a thread of its own: the same file as a
    /// save of the same grid. Held (during a run), it writes nothing until released.
    void testAutosaveWritesTheSameFileOffTheGuiThread()
    {
        Fixture f;
        QVERIFY(f.start());
        Autosaver *saver = f.document()->autosaver();
        saver->setIntervalMs(10);
        const QString source = f.dir.filePath(u"snapshot.batchsmith"_s);
        QVERIFY(DraftFile::write(source, sampleDraft()));
        QVERIFY(f.document()->open(source));
        QSignalSpy saved(saver, &Autosaver::saved);

        saver->setHeld(true);
        TableRecord extra = f.model()->newRecord();
        extra.values = { u"late@example.com"_s, u"Łukasz"_s, QString() };
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 1, { extra }));
        QTest::qWait(100);
        QVERIFY(!QFile::exists(saver->path()));
        QCOMPARE(saved.size(), 0);
        saver->setHeld(false);
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.at(0).at(0).toBool());

        QFile autosaved(saver->path());
        QVERIFY(autosaved.open(QIODevice::ReadOnly));
        const QByteArray bytes = autosaved.readAll();
        const QString saveAs = f.dir.filePath(u"saved.batchsmith"_s);
        QVERIFY(f.document()->saveAs(saveAs)); // a snapshot too, written on a thread of its own
        QVERIFY(f.document()->waitForSave());
        QFile explicitlySaved(saveAs);
        QVERIFY(explicitlySaved.open(QIODevice::ReadOnly));
        QCOMPARE(bytes, explicitlySaved.readAll());
        const auto read = DraftFile::fromJson(bytes);
        QVERIFY(read);
        // The same bytes as the document form of the same draft (what a save without a snapshot writes).
        const QString fromDocument = f.dir.filePath(u"document.batchsmith"_s);
        QVERIFY(DraftFile::write(fromDocument, *read));
        QFile documentFile(fromDocument);
        QVERIFY(documentFile.open(QIODevice::ReadOnly));
        QCOMPARE(documentFile.readAll(), bytes);
        QCOMPARE(read->rows.size(), 4);
        QCOMPARE(read->rows.at(1).values.at(1), u"Łukasz"_s);
        QCOMPARE(read->rows.at(0).outcome.status, RowStatus::Created);
        QCOMPARE(read->objectType, u"contacts"_s);
    }

    /// File > Save As writes the grid as it was when pressed, on a thread of its own: meanwhile the save actions,
    /// Open and New Batch wait, and an edit made then is not in the file and leaves the draft modified. The next save
    /// writes it.
    void testSaveIsWrittenOffTheGuiThreadFromTheGridAsItWas()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.openSample());
        addRows(f.model(), 30000);
        const int rows = f.model()->rowCount();
        const int last = rows - 1;

        const QString path = f.dir.filePath(u"big.batchsmith"_s);
        FileDialog::setNextFileName(path);
        QSignalSpy finished(f.document(), &DocumentController::saveFinished);
        f.window->findChild<QAction *>(u"saveAsAction"_s)->trigger();
        QVERIFY(f.document()->isSaving());
        for (const QString &name : { u"saveAction"_s, u"saveAsAction"_s, u"openAction"_s, u"newBatchAction"_s })
            QVERIFY2(!f.window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        QVERIFY(!f.document()->save()); // one at a time
        editCell(f, last, 1, u"EDITED-WHILE-SAVING"_s);

        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(rows));
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(!f.document()->isSaving());
        for (const QString &name : { u"saveAction"_s, u"saveAsAction"_s, u"openAction"_s, u"newBatchAction"_s })
            QVERIFY2(f.window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        QCOMPARE(f.document()->filePath(), path);
        QCOMPARE(f.window->windowTitle(), u"big.batchsmith[*] — Batchsmith"_s);
        QVERIFY(f.window->isWindowModified()); // the edit made while saving is not in the file
        QCOMPARE(f.window->statusBar()->currentMessage(),
            MainWindow::tr("Saved %Ln row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->rows.size(), qsizetype(rows));
        QCOMPARE(read->rows.at(3).values.at(0), u"person0@example.com"_s);
        QCOMPARE(read->rows.at(last).values.at(1), u"Name 29999"_s);

        // Undoing the edit does not make the draft look saved: the file's state is not the clean one the undo stack
        // knew. The next save writes what the grid holds.
        f.window->undoStack()->undo();
        QVERIFY(f.window->isWindowModified());
        f.window->undoStack()->redo();
        f.window->findChild<QAction *>(u"saveAction"_s)->trigger();
        QVERIFY(f.document()->waitForSave());
        QVERIFY(!f.window->isWindowModified());
        read = DraftFile::read(path);
        QVERIFY(read);
        QCOMPARE(read->rows.at(last).values.at(1), u"EDITED-WHILE-SAVING"_s);
    }

    /// No autosaved copy is written while the draft is being saved (it would compete for the disk and be discarded);
    /// an edit made meanwhile is autosaved once the save is done.
    void testNoAutosaveIsWrittenDuringASave()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.openSample());
        addRows(f.model(), 30000);
        Autosaver *saver = f.document()->autosaver();
        saver->setIntervalMs(1);
        QSignalSpy autosaved(saver, &Autosaver::saved);

        QVERIFY(f.document()->saveAs(f.dir.filePath(u"held.batchsmith"_s)));
        editCell(f, 5, 1, u"Edited while saving"_s);
        while (f.document()->isSaving()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QVERIFY(!saver->isWriting());
        }
        QCOMPARE(autosaved.size(), 0);
        QVERIFY(autosaved.wait(10000));
        const Result<DraftDocument> copy = DraftFile::read(saver->path());
        QVERIFY(copy);
        QCOMPARE(copy->rows.at(5).values.at(1), u"Edited while saving"_s);
    }

    /// Closing the window while a save is written waits for the file, whole; the draft is then saved, so nothing is
    /// asked.
    void testClosingWaitsForTheSaveBeingWritten()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.openSample());
        addRows(f.model(), 30000);
        const int rows = f.model()->rowCount();
        editCell(f, 0, 1, u"Anne"_s);
        QVERIFY(f.document()->isDirty());

        const QString path = f.dir.filePath(u"closing.batchsmith"_s);
        QVERIFY(f.document()->saveAs(path));
        QVERIFY(f.document()->isSaving());
        markMessages(u"no question"_s);
        QVERIFY(f.window->close());
        QVERIFY(!f.document()->isSaving());
        QCOMPARE(MessageBox::lastText(), u"no question"_s);
        const Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->rows.size(), qsizetype(rows));
        QCOMPARE(read->rows.at(0).values.at(1), u"Anne"_s);
    }

    /// A save that cannot be written names the file and the reason; the draft keeps its name and stays modified.
    void testSaveThatCannotBeWrittenSaysWhereAndWhy()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 0, { f.model()->newRecord() }));
        const QString path = f.dir.filePath(u"no-such-folder/draft.batchsmith"_s);
        QSignalSpy finished(f.document(), &DocumentController::saveFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(f.document()->saveAs(path));
        QVERIFY(!f.document()->waitForSave());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(2).toBool());
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(path)), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(f.document()->filePath().isEmpty());
        QCOMPARE(f.window->windowTitle(), u"Untitled[*] — Batchsmith"_s);
        QVERIFY(f.window->isWindowModified());
        QVERIFY(f.window->findChild<QAction *>(u"saveAction"_s)->isEnabled());
    }

    /// A save or a clean close while an autosaved copy is being written does not wait for it (seconds, for a million
    /// rows): the copy is removed once written, and nothing of it is left in the folder.
    void testDiscardDoesNotWaitForTheCopyBeingWritten()
    {
        Fixture f;
        QVERIFY(f.start());
        addRows(f.model(), 60000);
        Autosaver *saver = f.document()->autosaver();
        saver->setIntervalMs(1);
        QSignalSpy saved(saver, &Autosaver::saved);
        editCell(f, 0, 1, u"Anne"_s);
        QElapsedTimer waited;
        waited.start();
        while (!saver->isWriting() && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QVERIFY(saver->isWriting());

        saver->discard();
        QVERIFY(saver->isWriting()); // not waited for
        QVERIFY(saved.wait(10000));
        QVERIFY(!QFile::exists(saver->path()));
        QTRY_COMPARE(QDir(f.autosaveDir()).entryList(QDir::Files | QDir::NoDotAndDotDot).join(u' '),
            QFileInfo(saver->path()).completeBaseName() + u".lock"_s);

        // A change after the discard is autosaved again.
        editCell(f, 1, 1, u"Kenji"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saver->path()), 10000);
    }

    void testRecoveryCanBeDeclined()
    {
        Fixture f;
        QVERIFY(f.start());
        f.document()->autosaver()->setIntervalMs(10);
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 0, { f.model()->newRecord() }));
        const QString autosave = f.document()->autosaver()->path();
        QTRY_VERIFY(QFile::exists(autosave));
        f.window.reset();
        RecoverySeen seen;
        const auto watchSeen
            = whenRecoveryDialog(&seen, [](QDialog *dialog) { click(dialog, u"discardDraftButton"_s); });
        QVERIFY(f.openWindow());
        QTRY_VERIFY(!QFile::exists(autosave));
        QVERIFY(seen.shown);
        QVERIFY(!f.document()->isDirty());
    }

    void testEveryCrashedWindowsDraftIsOfferedAndNoneIsLostUnasked()
    {
        Fixture f;
        f.prepare();
        // Two windows crashed, and a newer Batchsmith left a copy this one cannot read.
        QVERIFY(QDir().mkpath(f.autosaveDir()));
        DraftDocument one = sampleDraft();
        DraftDocument two = sampleDraft();
        two.rows.removeLast();
        const QString first = QDir(f.autosaveDir()).filePath(u"autosave-first.batchsmith"_s);
        const QString second = QDir(f.autosaveDir()).filePath(u"autosave-second.batchsmith"_s);
        const QString newer = QDir(f.autosaveDir()).filePath(u"autosave-newer.batchsmith"_s);
        QVERIFY(DraftFile::write(first, one));
        QVERIFY(DraftFile::write(second, two));
        QByteArray newerJson = DraftFile::toJson(sampleDraft());
        newerJson.replace("\"version\": 1", "\"version\": 2");
        QFile newerFile(newer);
        QVERIFY(newerFile.open(QIODevice::WriteOnly));
        newerFile.write(newerJson);
        newerFile.close();

        // Every copy is offered; the unreadable one says its name and why, and cannot be chosen.
        RecoverySeen seen;
        const auto watchSeen = whenRecoveryDialog(&seen, [](QDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(u"recoveryDraftsListWidget"_s);
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().contains(u"2 row"_s))
                    list->setCurrentRow(i);
            }
            click(dialog, u"recoverDraftButton"_s);
        });
        QVERIFY(f.openWindow());
        QTRY_COMPARE(f.model()->rowCount(), 2);
        QCOMPARE(seen.items.size(), 3);
        QCOMPARE(seen.choosable.count(true), 2);
        const qsizetype bad = seen.choosable.indexOf(false);
        QVERIFY2(seen.items.at(bad).contains(u"autosave-newer.batchsmith could not be opened"_s),
            qPrintable(seen.items.at(bad)));
        QVERIFY2(seen.items.at(bad).contains(u"newer Batchsmith"_s), qPrintable(seen.items.at(bad)));
        // Recovering one deletes neither the other window's copy nor the unreadable one.
        QVERIFY(!QFile::exists(second));
        QVERIFY(QFile::exists(first));
        QVERIFY(QFile::exists(newer));

        // The next window offers what is left; kept for later, both stay.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(f.window->close());
        f.window.reset();
        RecoverySeen next;
        const auto watchNext = whenRecoveryDialog(&next, [](QDialog *dialog) { click(dialog, u"keepDraftsButton"_s); });
        QVERIFY(f.openWindow());
        QTRY_VERIFY(next.shown);
        QCOMPARE(next.items.size(), 2);
        QCOMPARE(next.choosable.count(true), 1);
        QVERIFY2(next.items.at(next.choosable.indexOf(true)).contains(u"3 row"_s), qPrintable(next.items.join(u'|')));
        QVERIFY(QFile::exists(first));
        QVERIFY(QFile::exists(newer));
        QVERIFY(!f.document()->isDirty());
    }

    void testAnUnreadableDraftAloneIsSaidAndKept()
    {
        Fixture f;
        f.prepare();
        QVERIFY(QDir().mkpath(f.autosaveDir()));
        const QString damaged = QDir(f.autosaveDir()).filePath(u"autosave-damaged.batchsmith"_s);
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "batchsmith-draft", "version": 1, "rows": [)");
        file.close();
        RecoverySeen seen;
        const auto watchSeen = whenRecoveryDialog(&seen, [](QDialog *dialog) { click(dialog, u"keepDraftsButton"_s); });
        QVERIFY(f.openWindow());
        QTRY_VERIFY(seen.shown);
        QVERIFY(!seen.recoverEnabled);
        QCOMPARE(seen.items.size(), 1);
        QVERIFY2(seen.items.first().contains(u"autosave-damaged.batchsmith could not be opened"_s),
            qPrintable(seen.items.first()));
        QVERIFY(QFile::exists(damaged));
        QCOMPARE(f.model()->rowCount(), 1); // the blank starting grid
    }

    void testNewerOrDamagedFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QByteArray newer = DraftFile::toJson(sampleDraft());
        newer.replace("\"version\": 1", "\"version\": 2");
        QTest::newRow("newer") << newer << u"newer Batchsmith"_s;
        QTest::newRow("damaged") << QByteArray(R"({"format": "batchsmith-draft", "version": 1, "rows": [)")
                                 << u"not valid JSON at byte"_s;
    }

    void testNewerOrDamagedFileIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.start());
        const int rows = f.model()->rowCount();
        const QString path = f.write(u"other.batchsmith"_s, json);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!f.document()->open(path));
        QVERIFY2(MessageBox::lastText().contains(expected), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"other.batchsmith"_s));
        QCOMPARE(f.model()->rowCount(), rows); // the grid is untouched
        QVERIFY(f.document()->filePath().isEmpty());
    }

    void testDroppedDraftOpens()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path = f.dir.filePath(u"dropped.batchsmith"_s);
        QVERIFY(DraftFile::write(path, sampleDraft()));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        const QPointF at(100, 100);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(f.document()->filePath(), path);
        QCOMPARE(f.model()->rowCount(), 3);
    }

    void testExportResultsIsReadByTheCli()
    {
        Fixture f;
        QVERIFY(f.start());
        DraftDocument doc = sampleDraft();
        doc.mode = WriteMode::Create; // upsert inputs carry no associations
        const QString source = f.dir.filePath(u"export.batchsmith"_s);
        QVERIFY(DraftFile::write(source, doc));
        QVERIFY(f.document()->open(source));

        const QString csv = f.dir.filePath(u"results.csv"_s);
        FileDialog::setNextFileName(csv);
        QSignalSpy finished(f.document(), &DocumentController::resultsExportFinished);
        auto *exportAction = f.window->findChild<QAction *>(u"exportResultsAction"_s);
        exportAction->trigger();
        // Written on a thread of its own, from the grid as it was: an edit made meanwhile is not in the file, and a
        // second export waits for the first.
        QVERIFY(f.document()->isExporting());
        QVERIFY(!exportAction->isEnabled());
        const QStringList firstRow = doc.rows.at(0).values;
        QVERIFY(f.model()->setData(f.model()->index(0, RecordTableModel::modelColumn(0)), u"EDITED-AFTER-EXPORT"_s,
            RecordTableModel::ValueRole));
        QVERIFY(!f.document()->exportResults(f.dir.filePath(u"second.csv"_s)));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toString(), csv);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(!f.document()->isExporting());
        QVERIFY(exportAction->isEnabled());
        QVERIFY(!QFile::exists(f.dir.filePath(u"second.csv"_s)));
        QCOMPARE(f.window->statusBar()->currentMessage(),
            MainWindow::tr("Exported %Ln row(s) to %1.", nullptr, 3).arg(QDir::toNativeSeparators(csv)));

        BatchSpec spec;
        spec.objectType = doc.objectType;
        const Result<BatchInput> input = BatchInput::read(csv, spec);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QCOMPARE(input->columns, keys(doc.columns));
        QCOMPARE(input->cells.at(0), firstRow);
        for (qsizetype i = 0; i < doc.rows.size(); ++i) {
            QCOMPARE(input->cells.at(i), doc.rows.at(i).values);
            if (i > 0)
                QCOMPARE(input->rows.at(i).properties, f.model()->toRow(int(i)).properties);
            QCOMPARE(input->rows.at(i).associations, f.model()->toRow(int(i)).associations);
        }
        QCOMPARE(input->previous.at(0).status, RowStatus::Created); // not sent again by the CLI
        QCOMPARE(input->previous.at(0).id, u"51234567001"_s);
        QCOMPARE(input->previous.at(1).status, RowStatus::Pending); // failed: the CLI sends it again
        QCOMPARE(input->previous.at(2).status, RowStatus::Pending);
    }

    void testExportThatCannotBeWrittenSaysWhereAndWhy()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString csv = f.dir.filePath(u"no-such-folder/results.csv"_s);
        QSignalSpy finished(f.document(), &DocumentController::resultsExportFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(f.document()->exportResults(csv));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(2).toBool());
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(csv)), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(csv));
        QVERIFY(f.window->findChild<QAction *>(u"exportResultsAction"_s)->isEnabled());
    }

    void testScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    /// The window with its File menu and the request preview, per language (BATCHSMITH_SCREENSHOT_DIR).
    void testScreenshots()
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set BATCHSMITH_SCREENSHOT_DIR to save pictures of the windows");
        QFETCH(QString, language);
        Fixture f;
        QVERIFY(f.start());
        f.languages->setLanguage(language);
        DraftDocument doc = sampleDraft();
        doc.mode = WriteMode::Create;
        doc.rows[1].outcome = {};
        doc.rows[2].values[0] = u"zoe@example.com"_s;
        const QString path = f.dir.filePath(u"clients.batchsmith"_s);
        QVERIFY(DraftFile::write(path, doc));
        QVERIFY(f.document()->open(path));
        f.window->undoStack()->push(new InsertRecordsCommand(f.model(), 3, { f.model()->newRecord() }));
        // The language changed after the window was laid out: its labels and menus take more than one pass of the
        // event loop to get their new sizes (one pass left them cut to their English widths in the pictures).
        QTest::qWait(200);
        QVERIFY(f.window->grab().save(QDir(shots).filePath(u"document-window-%1.png"_s.arg(language))));

        auto *fileMenu = f.window->findChild<QMenu *>(u"fileMenu"_s);
        fileMenu->popup(f.window->mapToGlobal(QPoint(0, 24)));
        QVERIFY(QTest::qWaitForWindowExposed(fileMenu));
        QVERIFY(fileMenu->grab().save(QDir(shots).filePath(u"document-filemenu-%1.png"_s.arg(language))));
        fileMenu->hide();

        f.window->findChild<QAction *>(u"previewAction"_s)->trigger();
        auto *preview = f.window->findChild<QDialog *>(u"PreviewDialog"_s);
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        QCoreApplication::processEvents();
        QVERIFY(preview->grab().save(QDir(shots).filePath(u"document-preview-%1.png"_s.arg(language))));
        preview->close();
        MessageBox::setNextAnswer(QMessageBox::Discard);

        // The recovery offer: two drafts from windows that crashed, and one a newer version wrote.
        const QDateTime at(QDate(2026, 12, 7), QTime(10, 41), Qt::LocalTime);
        RecoveryDialog recovery(
            { { f.dir.filePath(u"autosave/window-1.batchsmith"_s), at, 1250, QString() },
                { f.dir.filePath(u"autosave/window-2.batchsmith"_s), at.addSecs(-300), 12, QString() },
                { f.dir.filePath(u"autosave/window-3.batchsmith"_s), at.addDays(-1), 0,
                    u"format 9 is newer than this version of Batchsmith reads (1)"_s } },
            f.window.get());
        recovery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&recovery));
        QCoreApplication::processEvents();
        QVERIFY(recovery.grab().save(QDir(shots).filePath(u"document-recovery-%1.png"_s.arg(language))));
    }
};

QTEST_MAIN(TestDocumentController)
#include "testdocumentcontroller.moc"
