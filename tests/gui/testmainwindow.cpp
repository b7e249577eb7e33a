// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/catalog/portalcatalog.h"
#include "core/net/ratelimiter.h"
#include "core/net/ratelimiterpool.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/portalsession.h"
#include "gui/batch/sendcontroller.h"
#include "gui/batch/sendpresenter.h"
#include "gui/editor/columnpickerdialog.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/recordtableview.h"
#include "gui/embeddedsandbox.h"
#include "gui/mainwindow.h"
#include "gui/response/batchlistmodel.h"
#include "gui/response/responseview.h"
#include "gui/settings/languagemanager.h"
#include "gui/tokens/tokenmanagerdialog.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// What every test needs: settings in a temporary folder, the first-launch Sandbox profile, a window on it.
struct Fixture : MainWindowFixture
{

    /// Types @p text into a cell through the view's editor, as a person would.
    void type(int row, const QString &key, const QString &text) const
    {
        RecordTableView *grid = view();
        const QModelIndex index = grid->model()->index(row, column(key));
        grid->setCurrentIndex(index);
        grid->edit(index);
        QWidget *editor = grid->indexWidget(index);
        QVERIFY(editor);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model()->record(row).values.value(model()->findDataColumn(key)), text);
    }

    bool waitForRunEnd() const
    {
        SendController *send = window->sendController();
        if (!send->isRunning())
            return true;
        QSignalSpy finished(send, &SendController::finished);
        return finished.wait(20000);
    }

    void screenshot(const QString &name) const
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Let a language switch or a finished run settle its layout before the picture.
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        QVERIFY(window->grab().save(QDir(shots).filePath(name)));
    }
};

QList<TableRecord> snapshot(const RecordTableModel *model)
{
    QList<TableRecord> records;
    for (int row = 0; row < model->rowCount(); ++row)
        records.append(model->record(row));
    return records;
}

/// Three contacts, the second with an option the portal no longer has ("partner": the catalogue was read before
/// the portal changed), sent: HubSpot answers 207 and the second row fails on lifecyclestage.
void sendWithOnePartialFailure(Fixture &f)
{
    // The portal's options changed after the catalogue was read: "partner" is offered here, refused there.
    PropertyInfo stage;
    for (const PropertyInfo &property : f.window->properties()) {
        if (property.name == u"lifecyclestage")
            stage = property;
    }
    QVERIFY(!stage.name.isEmpty());
    stage.options.append({ u"Partner"_s, u"partner"_s, false });
    f.window->undoStack()->push(
        new InsertColumnsCommand(f.model(), f.model()->dataColumnCount(), { TableColumn::forProperty(stage) }));
    const QList<QStringList> cells {
        { u"grace.hopper@navy.example"_s, u"Grace"_s, u"Hopper"_s, u"customer"_s },
        { u"alan.turing@bletchley.example"_s, u"Alan"_s, u"Turing"_s, u"partner"_s },
        { u"katherine.johnson@nasa.example"_s, u"Katherine"_s, u"Johnson"_s, u"lead"_s },
    };
    f.view()->setCurrentIndex(f.view()->model()->index(0, RecordTableModel::FirstDataColumn));
    f.view()->pasteCells(cells);
    QCOMPARE(f.model()->rowCount(), 3);
    QCOMPARE(f.model()->problemCount(), 0);

    f.action(u"sendAction"_s)->trigger();
    QVERIFY(f.waitForRunEnd());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testFirstLaunchIsReadyToSend()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *profile = f.window->findChild<QComboBox *>(u"profileComboBox"_s);
        QCOMPARE(profile->currentText(), u"Sandbox"_s);
        QVERIFY(f.window->session()->endpoint().host() == u"127.0.0.1");
        auto *type = f.window->findChild<QComboBox *>(u"objectTypeComboBox"_s);
        QTRY_VERIFY(type->count() > 5); // standard types and the sandbox's custom object
        QVERIFY(type->findData(u"2-3508482"_s) >= 0);
        QCOMPARE(f.model()->rowCount(), 1);
        QStringList keys;
        for (const TableColumn &column : f.model()->dataColumns())
            keys.append(column.key());
        QCOMPARE(keys, (QStringList { u"email"_s, u"firstname"_s, u"lastname"_s }));
        QVERIFY(f.action(u"sendAction"_s)->isEnabled());
        QVERIFY(!f.action(u"retryFailedAction"_s)->isEnabled());
        f.screenshot(u"mainwindow-empty.png"_s);
    }

    /// The window paints before it starts the embedded sandbox and reads the portal (bench/startup), and those
    /// reads wait for the token's one limiter, the app's (AppContext::rateLimiters()), which the sends, the
    /// before-values reads and the reverts of that token use too.
    void testStartsAfterItsFirstPaintAndReadsThroughTheTokensLimiter()
    {
        Fixture f;
        f.prepare();
        f.window = std::make_unique<MainWindow>(*f.context);
        QVERIFY(!f.window->isStarted());
        QVERIFY(!f.context->sandbox()); // not before the window shows
        QVERIFY(f.openWindow());
        QVERIFY(f.window->isStarted());
        QVERIFY(f.context->sandbox());
        RateLimiter *limiter = f.context->rateLimiters()->limiterFor(f.window->session()->token());
        // Schemas, properties and owners read at start, counted in the limiter the app's other senders share.
        QVERIFY2(limiter->remainingInWindow() <= limiter->maxPerWindow() - 3,
            qPrintable(u"%1 left of %2"_s.arg(limiter->remainingInWindow()).arg(limiter->maxPerWindow())));
    }

    void testSendCreatesEveryRow()
    {
        Fixture f;
        QVERIFY(f.start());
        f.type(0, u"email"_s, u"ada.lovelace@analytical.example"_s);
        f.type(0, u"firstname"_s, u"Ada"_s);
        f.action(u"addRowAction"_s)->trigger();
        QCOMPARE(f.model()->rowCount(), 2);
        f.type(1, u"email"_s, u"charles.babbage@analytical.example"_s);
        QCOMPARE(f.model()->record(0).values.first(), u"ada.lovelace@analytical.example"_s);

        f.action(u"sendAction"_s)->trigger();
        QVERIFY(f.window->sendController()->isRunning());
        QVERIFY(!f.action(u"sendAction"_s)->isEnabled());
        QVERIFY(f.action(u"cancelAction"_s)->isEnabled());
        QVERIFY(f.waitForRunEnd());
        for (int row = 0; row < 2; ++row) {
            const RowOutcome outcome = f.model()->record(row).outcome;
            QCOMPARE(outcome.status, RowStatus::Created);
            QVERIFY(!outcome.id.isEmpty());
            QCOMPARE(f.view()->model()->index(row, RecordTableModel::RecordIdColumn).data().toString(), outcome.id);
        }
        QCOMPARE(f.context->sandbox()->stats().value(u"recordsCreated"_s).toInt(), 2);
        auto *batches = f.window->findChild<ResponseView *>(u"responseView"_s)->batchModel();
        QCOMPARE(batches->rowCount(), 1);
        // Sending again sends nothing: every row is done.
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(!f.window->sendController()->isRunning());
    }

    void testCancelSaysHowManyRowsWereNotSent()
    {
        Fixture f;
        QVERIFY(f.start());
        f.settings->setBatchSize(1); // one row per request, one request at a time: a run of many steps
        f.settings->setConcurrency(1);
        QList<QStringList> cells;
        for (int i = 1; i <= 20; ++i)
            cells.append({ u"person%1@example.com"_s.arg(i), u"Person"_s, QString::number(i) });
        f.view()->setCurrentIndex(f.view()->model()->index(0, RecordTableModel::FirstDataColumn));
        f.view()->pasteCells(cells);
        QCOMPARE(f.model()->rowCount(), 20);
        SendController *send = f.window->sendController();
        bool cancelled = false;
        connect(send, &SendController::progressChanged, f.window.get(), [&](const Progress &progress) {
            if (progress.done >= 1 && !cancelled) {
                cancelled = true;
                f.action(u"cancelAction"_s)->trigger();
            }
        });

        f.action(u"sendAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());

        QVERIFY(cancelled);
        int notSent = 0;
        for (int row = 0; row < f.model()->rowCount(); ++row) {
            const RowStatus status = f.model()->record(row).outcome.status;
            notSent += status == RowStatus::Pending || status == RowStatus::Skipped ? 1 : 0;
        }
        QVERIFY(notSent > 0);
        QCOMPARE(f.window->statusBar()->currentMessage(),
            SendPresenter::tr("Cancelled: %Ln row(s) were not sent.", nullptr, notSent));
    }

    void testPartialFailureMarksTheCellAndRetryFixesIt()
    {
        Fixture f;
        QVERIFY(f.start());
        sendWithOnePartialFailure(f);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        QCOMPARE(f.model()->record(2).outcome.status, RowStatus::Created);
        const RowOutcome failed = f.model()->record(1).outcome;
        QCOMPARE(failed.status, RowStatus::Failed);
        QCOMPARE(failed.property, u"lifecyclestage"_s);
        const QModelIndex badCell = f.view()->model()->index(1, f.column(u"lifecyclestage"_s));
        QVERIFY(badCell.data(RecordTableModel::ErrorCellRole).toBool());
        QVERIFY(badCell.data(Qt::BackgroundRole).isValid());
        QVERIFY(!f.view()->model()->index(1, f.column(u"email"_s)).data(RecordTableModel::ErrorCellRole).toBool());
        QVERIFY(f.view()->model()->index(1, f.model()->errorColumn()).data().toString().contains(u"partner"_s));
        auto *batches = f.window->findChild<ResponseView *>(u"responseView"_s)->batchModel();
        QCOMPARE(batches->rowCount(), 1);
        QVERIFY(f.action(u"retryFailedAction"_s)->isEnabled());
        // The batch that needs attention is shown, with the failed input in HubSpot's words.
        auto *response = f.window->findChild<QPlainTextEdit *>(u"responseTextEdit"_s);
        QVERIFY(response->toPlainText().contains(u"INVALID_OPTION"_s));
        f.view()->selectionModel()->clear();
        f.screenshot(u"mainwindow-partial-failure.png"_s);

        // Fix the cell and retry: only the failed row is sent.
        f.view()->setCurrentIndex(badCell);
        f.view()->pasteCells({ { u"other"_s } });
        f.action(u"retryFailedAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Created);
        QCOMPARE(f.context->sandbox()->stats().value(u"recordsCreated"_s).toInt(), 3);
        QVERIFY(!f.action(u"retryFailedAction"_s)->isEnabled());
    }

    void testProblemsBlockSendingAndJumpToTheCell()
    {
        Fixture f;
        QVERIFY(f.start());
        f.type(0, u"email"_s, u"not an email"_s);
        QCOMPARE(f.model()->record(0).values.value(0), u"not an email"_s);
        QCOMPARE(f.model()->problemCount(), 1);
        const int requestsBefore = f.context->sandbox()->stats().value(u"requests"_s).toInt();
        f.view()->setCurrentIndex(f.view()->model()->index(0, RecordTableModel::StatusColumn));
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(!f.window->sendController()->isRunning());
        auto *problems = f.window->findChild<QListWidget *>(u"problemsListWidget"_s);
        QCOMPARE(problems->count(), 1);
        QVERIFY(problems->item(0)->text().contains(u"not an email"_s));
        QCOMPARE(f.view()->currentIndex().column(), f.column(u"email"_s));
        QCOMPARE(f.context->sandbox()->stats().value(u"requests"_s).toInt(), requestsBefore);
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Pending);
    }

    void testUpsertNeedsTheMatchingColumn()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *mode = f.window->findChild<QComboBox *>(u"modeComboBox"_s);
        mode->setCurrentIndex(1);
        Q_EMIT mode->activated(1);
        auto *id = f.window->findChild<QComboBox *>(u"idPropertyComboBox"_s);
        QVERIFY(id->isEnabled());
        QVERIFY(id->findData(u"email"_s) >= 0);
        QVERIFY(id->findData(u"external_id"_s) >= 0); // a unique-value property
        QVERIFY(id->findData(u"firstname"_s) < 0);
        id->setCurrentIndex(id->findData(u"email"_s));
        f.type(0, u"firstname"_s, u"Nobody"_s);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(!f.window->sendController()->isRunning());
        auto *problems = f.window->findChild<QListWidget *>(u"problemsListWidget"_s);
        QCOMPARE(problems->count(), 1);
        QVERIFY(problems->item(0)->text().contains(u"email"_s));
    }

    void testUndoRedoEveryEdit()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<TableRecord> start = snapshot(f.model());
        f.type(0, u"email"_s, u"x@example.com"_s);
        const QList<TableRecord> typed = snapshot(f.model());
        QCOMPARE(f.window->undoStack()->count(), 1);
        f.action(u"addRowAction"_s)->trigger();
        QCOMPARE(f.model()->rowCount(), 2);
        f.action(u"duplicateRowsAction"_s)->trigger();
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.window->undoStack()->count(), 3);
        f.action(u"undoAction"_s)->trigger();
        f.action(u"undoAction"_s)->trigger();
        QCOMPARE(snapshot(f.model()), typed);
        f.action(u"undoAction"_s)->trigger();
        QCOMPARE(snapshot(f.model()), start);
        f.action(u"redoAction"_s)->trigger();
        QCOMPARE(snapshot(f.model()), typed);
    }

    void testLanguageSwitchesAtRuntime()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *fileMenu = f.window->findChild<QMenu *>(u"fileMenu"_s);
        QCOMPARE(fileMenu->title(), u"&File"_s);
        f.languages->setLanguage(u"fr"_s);
        QTRY_COMPARE(fileMenu->title(), u"&Fichier"_s);
        f.screenshot(u"mainwindow-fr.png"_s);
        f.languages->setLanguage(u"ja"_s);
        QTRY_COMPARE(fileMenu->title(), u"ファイル(&F)"_s);
        f.screenshot(u"mainwindow-ja.png"_s);
        f.languages->setLanguage(u"en"_s);
        QTRY_COMPARE(fileMenu->title(), u"&File"_s);
    }

    void testScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "fr", "ja", "pt" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    /// Pictures of the main window after a partial failure, the token manager and the column picker, for the
    /// README and for looking at each language (BATCHSMITH_SCREENSHOT_DIR).
    void testScreenshots()
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set BATCHSMITH_SCREENSHOT_DIR to save pictures of the windows");
        QFETCH(QString, language);
        Fixture f;
        QVERIFY(f.start());
        f.languages->setLanguage(language);
        sendWithOnePartialFailure(f);
        if (QTest::currentTestFailed())
            return;
        f.view()->selectionModel()->clear();
        f.screenshot(u"mainwindow-%1.png"_s.arg(language));

        const auto grab = [&](QWidget &dialog, const QString &name) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(name)));
        };
        TokenManagerDialog tokens(*f.tokens, f.context->network(), f.window->session()->endpoint());
        tokens.resize(760, 460);
        grab(tokens, u"tokenmanager-%1.png"_s.arg(language));
        QStringList existing;
        for (const TableColumn &column : f.model()->dataColumns())
            existing.append(column.key());
        ColumnPickerDialog picker(
            f.window->properties(), f.window->objectTypes(), [](const QString &, auto) {}, existing);
        picker.resize(720, 480);
        grab(picker, u"columnpicker-%1.png"_s.arg(language));
        f.languages->setLanguage(u"en"_s);
    }

    void testWindowStateIsRestored()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->show();
        f.window->resize(1000, 700);
        f.window->close();
        MainWindow again(*f.context);
        QCOMPARE(again.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
