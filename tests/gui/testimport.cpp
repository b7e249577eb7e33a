// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/batch/batchengine.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/recordtableview.h"
#include "gui/embeddedsandbox.h"
#include "gui/import/columnmappingdialog.h"
#include "gui/import/importcontroller.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : MainWindowFixture
{

    ImportController *import() const { return window->importController(); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QStringList keys() const
    {
        QStringList keys;
        for (const TableColumn &column : model()->dataColumns())
            keys.append(column.key());
        return keys;
    }

    QString value(int row, const QString &key) const
    {
        return model()->record(row).values.value(model()->findDataColumn(key));
    }

    /// The mapping dialog of the import under way; null until it shows (wait for it with QTRY_VERIFY).
    ColumnMappingDialog *mappingDialog() const
    {
        return window->findChild<ColumnMappingDialog *>(u"columnMappingDialog"_s);
    }

    bool waitForRunEnd() const
    {
        SendController *send = window->sendController();
        if (!send->isRunning())
            return true;
        QSignalSpy finished(send, &SendController::finished);
        return finished.wait(20000);
    }
};

QList<TableRecord> snapshot(const RecordTableModel *model)
{
    QList<TableRecord> records;
    for (int row = 0; row < model->rowCount(); ++row)
        records.append(model->record(row));
    return records;
}

void accept(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

const QByteArray ContactsCsv = "Email,First Name,Nom,Lifecycle Stage,Notes\n"
                               "ada@analytical.example,Ada,Lovelace,lead,met at the expo\n"
                               "grace@navy.example,Grace,Hopper,customer,\n"
                               "katherine@nasa.example,Katherine,Johnson,lead,call back\n";

QByteArray manyRows(int count, const QByteArray &tail = {})
{
    QByteArray csv = "email,firstname\n";
    for (int i = 1; i <= count; ++i)
        csv += "person" + QByteArray::number(i) + "@example.com,Person " + QByteArray::number(i) + '\n';
    return csv + tail;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testImportThroughTheFileDialog()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QStringList startingColumns = f.keys();
        const QString path = f.write(u"leads.csv"_s, ContactsCsv);

        f.action(u"importAction"_s)->trigger();
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = f.window->findChild<QFileDialog *>(u"importFileDialog"_s)));
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected; it reads the file name

        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QVERIFY(mapping->isVisible());
        QCOMPARE(mapping->unmatchedCount(), 2); // Nom, Notes
        auto *nom = mapping->findChild<QComboBox *>(u"targetComboBox2"_s);
        const int lastname = nom->findText(u"Last Name (lastname)"_s);
        QVERIFY(lastname >= 0);
        nom->setCurrentIndex(lastname);
        Q_EMIT nom->activated(lastname);
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 3);

        // The blank starting grid gave way to the file's columns; "Notes" was left unmatched, so not imported.
        QCOMPARE(f.keys(), (QStringList { u"email"_s, u"firstname"_s, u"lastname"_s, u"lifecyclestage"_s }));
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.value(1, u"lastname"_s), u"Hopper"_s);
        QCOMPARE(f.value(2, u"lifecyclestage"_s), u"lead"_s);
        QCOMPARE(f.model()->problemCount(), 0);
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"Imported 3 row(s) from “leads.csv”"_s));
        // Remembered for contacts: Nom is the last name next time.
        QCOMPARE(f.settings->columnMapping(u"0-1"_s).value(u"nom"_s), u"lastname"_s);

        // One undo step takes the import out and brings the starting grid back.
        f.action(u"undoAction"_s)->trigger();
        QCOMPARE(f.keys(), startingColumns);
        QCOMPARE(snapshot(f.model()), before);
        f.action(u"redoAction"_s)->trigger();
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.value(0, u"email"_s), u"ada@analytical.example"_s);
    }

    void testImportAppendsToRowsAlreadyThere()
    {
        Fixture f;
        QVERIFY(f.start());
        f.view()->setCurrentIndex(f.view()->model()->index(0, RecordTableModel::FirstDataColumn));
        f.view()->pasteCells({ { u"first@example.com"_s, u"First"_s } });
        const QList<TableRecord> before = snapshot(f.model());
        f.settings->setColumnMapping(u"0-1"_s, { { u"nom"_s, u"lastname"_s } });

        QMetaObject::invokeMethod(
            f.import(), [&] { f.import()->importFile(f.write(u"leads.csv"_s, ContactsCsv)); }, Qt::QueuedConnection);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        // The choice made last time for "Nom" is proposed again.
        QCOMPARE(mapping->choices().at(2).target.key(), u"lastname"_s);
        QCOMPARE(int(mapping->choices().at(2).reason), int(ColumnMatch::Reason::Remembered));
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));

        QCOMPARE(f.model()->rowCount(), 4);
        // The row already there keeps its values; it gains an empty cell in the column the import added.
        QCOMPARE(f.model()->record(0).key, before.first().key);
        QCOMPARE(f.model()->record(0).values.mid(0, 3), before.first().values);
        QCOMPARE(f.value(3, u"email"_s), u"katherine@nasa.example"_s);
        QCOMPARE(f.keys().mid(0, 3), (QStringList { u"email"_s, u"firstname"_s, u"lastname"_s }));
        QVERIFY(f.keys().contains(u"lifecyclestage"_s));
        f.action(u"undoAction"_s)->trigger();
        QCOMPARE(snapshot(f.model()), before);
    }

    void testDropAFile()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path
            = f.write(u"dropped.tsv"_s, "email\tfirstname\nann@example.com\tAnn\nbob@example.com\tBob\n");
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        const QPoint at = f.window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window.get(), &drop);
        QVERIFY(drop.isAccepted());

        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QCOMPARE(mapping->unmatchedCount(), 0);
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(f.value(1, u"firstname"_s), u"Bob"_s);
    }

    void testOtherDropsAreLeftAlone()
    {
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(f.dir.filePath(u"draft.batchsmith"_s)) });
        QVERIFY(!ImportController::canImport(mime.urls().first()));
        QVERIFY(ImportController::canImport(QUrl::fromLocalFile(u"/data/LEADS.CSV"_s)));
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.window.get(), &drop);
        QCoreApplication::processEvents();
        QVERIFY(!f.import()->isImporting());
        QVERIFY(!f.window->findChild<ColumnMappingDialog *>());
    }

    void testPasteIntoAnEmptyGrid()
    {
        Fixture f;
        QVERIFY(f.start());
        while (f.model()->dataColumnCount() > 0)
            f.window->undoStack()->push(new RemoveColumnCommand(f.model(), 0));
        const QList<QStringList> cells {
            { u"Email"_s, u"First Name"_s, u"Last Name"_s },
            { u"ann@example.com"_s, u"Ann"_s, u"Lee"_s },
            { u"bob@example.com"_s, u"Bob"_s, u"Ray"_s },
        };
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        f.view()->pasteCells(cells);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QVERIFY(mapping->firstRowIsHeader());
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(f.keys(), (QStringList { u"email"_s, u"firstname"_s, u"lastname"_s }));
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(f.value(0, u"email"_s), u"ann@example.com"_s);
        QCOMPARE(f.value(1, u"lastname"_s), u"Ray"_s);
        f.action(u"undoAction"_s)->trigger();
        QCOMPARE(f.model()->dataColumnCount(), 0);
    }

    void testPasteWithHeaderIntoANewGrid()
    {
        // A new grid has its default columns and a blank row: a block whose first row names properties is mapped.
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.model()->dataColumnCount() > 0);
        const QList<QStringList> cells {
            { u"Email"_s, u"First Name"_s },
            { u"ann@example.com"_s, u"Ann"_s },
        };
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        f.view()->setCurrentIndex(f.view()->model()->index(0, RecordTableModel::FirstDataColumn));
        f.view()->pasteCells(cells);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QVERIFY(mapping->firstRowIsHeader());
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.value(0, u"email"_s), u"ann@example.com"_s);
        QCOMPARE(f.value(0, u"firstname"_s), u"Ann"_s);
    }

    void testPasteWithoutHeaderIntoANewGridFillsCells()
    {
        // Rows of plain values are data: they go into the cells from the current one, no mapping step.
        Fixture f;
        QVERIFY(f.start());
        QSignalSpy opened(f.import(), &ImportController::mappingDialogOpened);
        const int emailColumn = RecordTableModel::modelColumn(f.model()->findDataColumn(u"email"_s));
        f.view()->setCurrentIndex(f.view()->model()->index(0, emailColumn));
        f.view()->pasteCells({ { u"ann@example.com"_s }, { u"bob@example.com"_s } });
        QCOMPARE(opened.size(), 0);
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(f.value(1, u"email"_s), u"bob@example.com"_s);
    }

    void testErrorTakesTheRowsOutAgain()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QStringList columns = f.keys();
        // The first rows reach the grid before the reader meets the ragged line at the end.
        const QString path = f.write(u"broken.csv"_s, manyRows(60000, "last@example.com,Last,extra\n"));
        connect(f.import(), &ImportController::mappingDialogOpened, f.window.get(),
            [](ColumnMappingDialog *dialog) { dialog->accept(); });
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.import()->importFile(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 0);
        const QString text = MessageBox::lastText();
        QVERIFY2(text.contains(u"“broken.csv” could not be imported: line 60,002, column"_s)
                || text.contains(u"“broken.csv” could not be imported: line 60002, column"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"Nothing was imported"_s));
        QCOMPARE(f.keys(), columns);
        QCOMPARE(snapshot(f.model()), before);
        QVERIFY(!f.import()->isImporting());
        QVERIFY(!f.window->findChild<QProgressBar *>(u"importProgressBar"_s)->isVisible());
    }

    void testCancelTakesTheRowsOutAgain()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QString path = f.write(u"big.csv"_s, manyRows(100000));
        int rowsWhenCancelled = 0;
        QPointer<TableLoader> loader;
        std::optional<QSignalSpy> chunksAfterCancel;
        std::optional<QSignalSpy> rowsAddedAfterCancel;
        connect(f.import(), &ImportController::mappingDialogOpened, f.window.get(), [&](ColumnMappingDialog *dialog) {
            dialog->accept();
            rowsWhenCancelled = f.model()->rowCount();
            auto *cancel = f.window->findChild<QPushButton *>(u"cancelImportButton"_s);
            QVERIFY(cancel->isVisible());
            QVERIFY(f.window->findChild<QProgressBar *>(u"importProgressBar"_s)->isVisible());
            QVERIFY(!f.action(u"sendAction"_s)->isEnabled());
            loader = f.import()->findChild<TableLoader *>();
            QVERIFY(loader);
            QTest::mouseClick(cancel, Qt::LeftButton);
            chunksAfterCancel.emplace(loader.get(), &TableLoader::rowsRead);
            rowsAddedAfterCancel.emplace(f.model(), &QAbstractItemModel::rowsInserted);
        });
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        f.import()->importFile(path);
        QVERIFY(finished.wait(20000));
        QVERIFY(rowsWhenCancelled > 0); // the first rows were in the grid when Cancel was clicked
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(snapshot(f.model()), before);
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"Import cancelled"_s));
        QVERIFY(f.action(u"sendAction"_s)->isEnabled());
        // A late chunk of the cancelled load must not arrive. Deleting the loader waits for its reading thread, so
        // once it is gone no chunk can come any more: then nothing may have come since the click.
        QVERIFY(chunksAfterCancel && rowsAddedAfterCancel);
        QTRY_VERIFY(loader.isNull());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(chunksAfterCancel->size(), 0);
        QCOMPARE(rowsAddedAfterCancel->size(), 0);
        QCOMPARE(snapshot(f.model()), before);
    }

    void testLargeImportIsNotUndoable()
    {
        Fixture f;
        QVERIFY(f.start());
        connect(f.import(), &ImportController::mappingDialogOpened, f.window.get(),
            [](ColumnMappingDialog *dialog) { dialog->accept(); });
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        f.import()->importFile(f.write(u"large.csv"_s, manyRows(ImportController::UndoableRows + 1)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(f.model()->rowCount(), ImportController::UndoableRows + 1);
        QCOMPARE(f.window->undoStack()->count(), 0);
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"cannot be undone"_s));
    }

    void testWindows1252NoticeIsShown()
    {
        Fixture f;
        QVERIFY(f.start());
        // "Prénom" and "Zoé" in Windows-1252: é is the single byte E9.
        const QString path = f.write(u"legacy.csv"_s, "email,Pr\xe9nom\nzoe@example.com,Zo\xe9\n");
        f.import()->importFile(path);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        auto *notice = mapping->findChild<QLabel *>(u"noticeLabel"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"1252"_s), qPrintable(notice->text()));
        QCOMPARE(mapping->header().value(1), u"Prénom"_s);
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        mapping->choose(1, u"firstname"_s);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(f.value(0, u"firstname"_s), u"Zoé"_s);
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"1252"_s));
    }

    void testMixedEncodingIsRefusedBeforeTheGrid()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QStringList columns = f.keys();
        // UTF-8 ("Zoë") and then a Windows-1252 byte (ã = E3) after "bad@example.com,Jo": line 3, column 19.
        const QString path
            = f.write(u"mixed.csv"_s, "email,firstname\nzoe@example.com,Zo\xc3\xab\nbad@example.com,Jo\xe3o\n");
        bool mappingShown = false;
        connect(f.import(), &ImportController::mappingDialogOpened, f.window.get(), [&] { mappingShown = true; });
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        MessageBox::setNextAnswer(QMessageBox::No); // do not read it as Windows-1252
        f.import()->importFile(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 0);
        const QString text = MessageBox::lastText();
        QVERIFY2(text.contains(u"“mixed.csv” could not be imported: line 3, column 19: this text is not valid UTF-8"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"Nothing was imported"_s));
        QVERIFY(!mappingShown);
        QCOMPARE(f.keys(), columns);
        QCOMPARE(snapshot(f.model()), before);
        QVERIFY(!f.import()->isImporting());

        // Asked again, and read as Windows-1252 this time: the mapping step says so, and the rows come in.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        f.import()->importFile(path);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((mapping = f.mappingDialog()), 20000);
        QCOMPARE(mapping->findChild<QComboBox *>(u"encodingComboBox"_s)->currentText(), u"Windows-1252"_s);
        QCOMPARE(mapping->encoding(), TextDecoder::Choice::Windows1252);
        QSignalSpy imported(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(imported.size() == 1 || imported.wait(10000));
        QCOMPARE(imported.first().first().toInt(), 2);
        QCOMPARE(f.value(0, u"firstname"_s), u"Zo\u00c3\u00ab"_s);
        QCOMPARE(f.value(1, u"firstname"_s), u"Jo\u00e3o"_s);
    }

    void testEncodingChosenInTheMappingStepReadsTheFileAgain()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path = f.write(u"utf8.csv"_s, "email,firstname\nzoe@example.com,Zo\xc3\xab\n");
        f.import()->importFile(path);
        QPointer<ColumnMappingDialog> first;
        QTRY_VERIFY_WITH_TIMEOUT((first = f.mappingDialog()), 20000);
        auto *encoding = first->findChild<QComboBox *>(u"encodingComboBox"_s);
        QVERIFY(encoding->isVisible());
        QCOMPARE(encoding->currentIndex(), 0); // Automatic
        encoding->setCurrentIndex(2);
        Q_EMIT encoding->activated(2); // Windows-1252
        QTRY_VERIFY(first.isNull());
        ColumnMappingDialog *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((again = f.mappingDialog()), 20000);
        QCOMPARE(again->encoding(), TextDecoder::Choice::Windows1252);
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(again);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.last().first().toInt(), 1);
        QCOMPARE(f.value(0, u"firstname"_s), u"Zo\u00c3\u00ab"_s);
    }

    void testHeaderOnlyFileHasNoRows()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QString path = f.write(u"header.csv"_s, "email,firstname\n");
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.import()->importFile(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY2(MessageBox::lastText().contains(u"“header.csv” has column names but no rows"_s),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(snapshot(f.model()), before);
    }

    void testResultsFileThenRetryFailedRows()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path = f.write(u"results.csv"_s,
            "email,firstname,lifecyclestage,__status,__id,__error\n"
            "done@example.com,Done,lead,created,9001,\n"
            "retry.one@example.com,One,lead,failed,,VALIDATION_ERROR/INVALID_OPTION: \"partner\" is not a valid "
            "option (property lifecyclestage)\n"
            "retry.two@example.com,Two,customer,failed,,RATE_LIMITS: too many requests\n"
            "later@example.com,Later,lead,skipped,,\n");
        f.import()->importFile(path);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QCOMPARE(mapping->unmatchedCount(), 0);
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));

        // The outcome columns are outcomes, not properties.
        QCOMPARE(f.keys(), (QStringList { u"email"_s, u"firstname"_s, u"lifecyclestage"_s }));
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(0).outcome.id, u"9001"_s);
        const RowOutcome failed = f.model()->record(1).outcome;
        QCOMPARE(failed.status, RowStatus::Failed);
        QCOMPARE(failed.category, u"VALIDATION_ERROR"_s);
        QCOMPARE(failed.code, u"INVALID_OPTION"_s);
        QCOMPARE(failed.property, u"lifecyclestage"_s);
        QCOMPARE(f.model()->record(2).outcome.status, RowStatus::Failed);
        QCOMPARE(f.model()->record(3).outcome.status, RowStatus::Pending); // skipped: never sent
        QTRY_VERIFY(f.action(u"retryFailedAction"_s)->isEnabled());

        const int createdBefore = f.context->sandbox()->stats().value(u"recordsCreated"_s).toInt();
        f.action(u"retryFailedAction"_s)->trigger();
        QVERIFY(f.window->sendController()->isRunning());
        QVERIFY(f.waitForRunEnd());
        // Only the two failed rows were sent.
        QCOMPARE(f.context->sandbox()->stats().value(u"recordsCreated"_s).toInt(), createdBefore + 2);
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(2).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(0).outcome.id, u"9001"_s);
        QCOMPARE(f.model()->record(3).outcome.status, RowStatus::Pending);
    }

    void testRetryLooksUpUnknownRowsAndNeverResendsThemBlindly()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path = f.write(u"unknown.csv"_s,
            "email,firstname,__status,__id,__error\n"
            "lost@example.com,Lost,unknown,,UNKNOWN: the answer was lost\n"
            ",Nameless,unknown,,UNKNOWN: the answer was lost\n"
            "retry@example.com,Retry,failed,,RATE_LIMITS: too many requests\n"
            ",Nameless,,,\n");
        f.import()->importFile(path);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Unknown);
        QTRY_VERIFY(f.action(u"retryFailedAction"_s)->isEnabled());
        QVERIFY(f.action(u"resendUnknownAction"_s)->isEnabled());
        // The unknown Nameless row was written after all: the pending row of the same values is the record.
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.model()->record(3).outcome.status, RowStatus::Created);

        // Retry Failed Rows: the failed row is sent; an unknown one is looked up by email, and sent only because
        // HubSpot certainly does not have it; the one without an email is looked up by what it sent (or cannot be
        // looked up at all), cannot be proven this run's, and is not sent.
        const int createdBefore = f.stat(u"recordsCreated"_s);
        f.action(u"retryFailedAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.stat(u"recordsCreated"_s), createdBefore + 2);
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(2).outcome.status, RowStatus::Created);
        const RowOutcome nameless = f.model()->record(1).outcome;
        QCOMPARE(nameless.status, RowStatus::Unknown);
        QVERIFY2(nameless.message.contains(u"before sending it again"_s), qPrintable(nameless.message));

        // Send Unknown Rows Again asks first, with the count and the risk; declined, nothing is sent.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        f.action(u"resendUnknownAction"_s)->trigger();
        QVERIFY2(MessageBox::lastText().contains(u"twice"_s), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(u"Create 1 row"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(!f.window->sendController()->isRunning());
        QCOMPARE(f.stat(u"recordsCreated"_s), createdBefore + 2);
        // Confirmed: created again, without a lookup.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        f.action(u"resendUnknownAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.stat(u"recordsCreated"_s), createdBefore + 3);
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Created);
        QVERIFY(!f.action(u"resendUnknownAction"_s)->isEnabled());
    }

    /// Rows this window sent whose answers were lost, the run stopped before they were settled: Retry Failed Rows
    /// looks them up, and claims the records the first send created, since it knows when that was.
    void testRetryClaimsWhatThisWindowsLostSendCreated()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString path = f.write(u"lost.csv"_s, "email,firstname\nwon@example.com,Won\nlate@example.com,Late\n");
        f.import()->importFile(path);
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QSignalSpy imported(f.import(), &ImportController::importFinished);
        accept(mapping);
        QVERIFY(imported.size() == 1 || imported.wait(10000));
        QString error;
        const QJsonObject lose { { u"kind"_s, u"status-after-commit"_s }, { u"status"_s, 502 },
            { u"pathContains"_s, u"batch/create"_s }, { u"every"_s, 1 } };
        QVERIFY2(f.context->sandbox()->applyScenario({ { u"periodicFaults"_s, QJsonArray { lose } } }, &error),
            qPrintable(error));
        // The run stops on the lost answer, before its lookup: both rows end unknown, their records written.
        connect(f.window->sendController(), &SendController::engineStarted, this, [](BatchEngine *engine) {
            connect(engine, &BatchEngine::batchAnswered, engine, [engine] { engine->cancel(); });
        });
        const int createdBefore = f.stat(u"recordsCreated"_s);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Unknown);
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Unknown);
        QCOMPARE(f.stat(u"recordsCreated"_s), createdBefore + 2);

        QVERIFY(f.context->sandbox()->applyScenario({ { u"periodicFaults"_s, QJsonArray() } }, &error));
        disconnect(f.window->sendController(), &SendController::engineStarted, this, nullptr);
        f.action(u"retryFailedAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        for (int row : { 0, 1 }) {
            const RowOutcome o = f.model()->record(row).outcome;
            QCOMPARE(o.status, RowStatus::Created);
            QVERIFY2(o.message.contains(u"found by email"_s), qPrintable(o.message));
        }
        QCOMPARE(f.stat(u"recordsCreated"_s), createdBefore + 2); // looked up, never sent again
    }

    void testBadStatusInAResultsFileRefusesTheImport()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        const QString path = f.write(u"typo.csv"_s, "email,__status\na@example.com,created\nb@example.com,craeted\n");
        connect(f.import(), &ImportController::mappingDialogOpened, f.window.get(),
            [](ColumnMappingDialog *dialog) { dialog->accept(); });
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.import()->importFile(path);
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY2(MessageBox::lastText().contains(u"line 3, column 2"_s), qPrintable(MessageBox::lastText()));
        QCOMPARE(snapshot(f.model()), before);
    }

    void testCancelInTheMappingStepChangesNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> before = snapshot(f.model());
        f.import()->importFile(f.write(u"leads.csv"_s, ContactsCsv));
        ColumnMappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = f.mappingDialog()));
        QSignalSpy finished(f.import(), &ImportController::importFinished);
        mapping->reject();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(snapshot(f.model()), before);
        QVERIFY(!f.import()->isImporting());
        QVERIFY(f.settings->columnMapping(u"0-1"_s).isEmpty());
    }
};

QTEST_MAIN(TestImport)
#include "testimport.moc"
