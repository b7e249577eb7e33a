// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include "buildinfo.h"
#include "core/api/objecttypes.h"
#include "core/catalog/portalcatalog.h"
#include "core/catalog/referenceoptions.h"
#include "core/io/requestpreview.h"
#include "core/settings/settings.h"
#include "core/table/gridrowsource.h"
#include "gui/appcontext.h"
#include "gui/batch/portalsession.h"
#include "gui/batch/sendcontroller.h"
#include "gui/batch/sendpresenter.h"
#include "gui/common/afterfirstpaint.h"
#include "gui/common/messagebox.h"
#include "gui/document/autosaver.h"
#include "gui/document/documentcontroller.h"
#include "gui/document/previewdialog.h"
#include "gui/editor/columnpickerdialog.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/editoricons.h"
#include "gui/editor/recordtableview.h"
#include "gui/history/runhistorycontroller.h"
#include "gui/import/importcontroller.h"
#include "gui/logging.h"
#include "gui/response/responseview.h"
#include "gui/sandbox/sandboxmenu.h"
#include "gui/settings/settingsdialog.h"
#include "gui/tokens/tokenmanagerdialog.h"
#include "ui_mainwindow.h"

namespace Batchsmith {

namespace {

/// The columns a new grid starts with, when the portal has them: what people fill first in HubSpot's own forms.
QStringList defaultColumns(const QString &objectType)
{
    const QString id = ObjectTypes::canonicalId(objectType);
    if (id == u"0-1")
        return { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname") };
    if (id == u"0-2")
        return { QStringLiteral("name"), QStringLiteral("domain") };
    if (id == u"0-3")
        return { QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("dealstage") };
    if (id == u"0-5")
        return { QStringLiteral("subject"), QStringLiteral("hs_pipeline"), QStringLiteral("hs_pipeline_stage") };
    return {};
}

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_model(new RecordTableModel(this))
    , m_undo(new QUndoStack(this))
    , m_session(new PortalSession(context, this))
    , m_send(new SendController(m_model, context.network(), context.rateLimiters(), this))
{
    m_ui->setupUi(this);
    m_ui->rowsTableView->setRecordModel(m_model);
    m_ui->gridFilterBar->setView(m_ui->rowsTableView);
    m_ui->rowsTableView->setFocus(); // typing starts in the grid, not in the filter bar above it
    m_ui->rowsTableView->setUndoStack(m_undo);
    m_ui->responseView->setTokenProvider([this] { return m_session->token(); });
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->problemsDockWidget->hide();
    setUpSendPresenter();
    setUpActions();
    setUpImport();
    m_sandboxMenu = new SandboxMenu(menuBar(), m_ui->helpMenu->menuAction(), m_context.network(), this);
    connect(m_sandboxMenu, &SandboxMenu::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    connect(m_ui->batchSetupWidget, &BatchSetupWidget::profileChosen, this, &MainWindow::activateProfile);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::manageProfilesRequested, this, &MainWindow::manageProfiles);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::objectTypeChosen, this, &MainWindow::changeObjectType);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::apiVersionChanged, this, [this] { updateActions(); });
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::modeChanged, this, [this] { updateActions(); });
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_ui->rowsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);

    connect(m_send, &SendController::engineStarted, m_ui->responseView,
        [this](BatchEngine *engine) { m_ui->responseView->attach(engine, m_send->journalPath()); });
    connect(m_send, &SendController::pausedChanged, this, [this] { updateActions(); });

    const Settings &settings = m_context.settings();
    m_ui->batchSetupWidget->setMode(settings.lastWriteMode());
    m_ui->batchSetupWidget->setApiVersion(settings.lastApiVersion());
    m_ui->batchSetupWidget->setObjectType(settings.lastObjectType());
    restoreWindowState();
    reloadProfiles();
    m_sendPresenter->updateCounts();
    updateActions();

    // Drafts. An explicit ini file (tests, portable use) keeps its autosaves beside it, else the app's data folder.
    const QFileInfo ini(m_context.settings().fileName());
    const QString dataDir = ini.suffix() == u"ini" ? ini.absolutePath()
                                                   : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_document = new DocumentController(
        this, m_model, m_undo, m_context.settings(), dataDir + u"/autosave", [this] { return captureDraft(); },
        [this](const DraftDocument &doc) { applyDraft(doc); }, this);
    m_document->setRecentFilesMenu(m_ui->recentFilesMenu);
    m_document->setSnapshotCapture([this] { return captureSnapshot(); });
    // During a run only outcomes change, and the run's journal keeps each one: no copy of the grid meanwhile.
    connect(m_send, &SendController::runningChanged, m_document->autosaver(), &Autosaver::setHeld);
    connect(m_ui->openAction, &QAction::triggered, m_document, [this] { m_document->open(); });
    connect(m_ui->saveAction, &QAction::triggered, m_document, &DocumentController::save);
    connect(m_ui->saveAsAction, &QAction::triggered, m_document, [this] { m_document->saveAs(); });
    connect(m_ui->exportResultsAction, &QAction::triggered, m_document, [this] { m_document->exportResults(); });
    connect(m_document, &DocumentController::exportingChanged, this, &MainWindow::updateActions);
    connect(m_document, &DocumentController::savingChanged, this, &MainWindow::updateActions);
    connect(m_document, &DocumentController::saveProgress, this,
        [this](const QString &path, qsizetype written, qsizetype total) {
            //: The status bar while a draft is saved; %1 is its file name, %2 the percentage written so far
            statusBar()->showMessage(tr("Saving %1… %2%")
                                         .arg(QFileInfo(path).fileName(),
                                             QLocale().toString(total > 0 ? 100 * qint64(written) / total : 100)));
        });
    connect(m_document, &DocumentController::saveFinished, this, [this](const QString &path, qsizetype rows, bool ok) {
        if (ok)
            statusBar()->showMessage(
                tr("Saved %Ln row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)), 8000);
        else
            statusBar()->clearMessage(); // the reason was shown in a message box
    });
    connect(m_document, &DocumentController::resultsExportProgress, this,
        [this](const QString &path, int written, int total) {
            //: The status bar while a results file is written; %1 is its name, %2 the percentage written so far
            statusBar()->showMessage(tr("Exporting results to %1… %2%")
                                         .arg(QFileInfo(path).fileName(),
                                             QLocale().toString(total > 0 ? 100 * qint64(written) / total : 100)));
        });
    connect(
        m_document, &DocumentController::resultsExportFinished, this, [this](const QString &path, int rows, bool ok) {
            if (ok)
                statusBar()->showMessage(
                    tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
            else
                statusBar()->clearMessage(); // the reason was shown in a message box
        });
    connect(m_ui->previewAction, &QAction::triggered, this, &MainWindow::showPreview);
    connect(m_model, &RecordTableModel::outcomesChanged, m_document, &DocumentController::markDirty);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::modeChanged, m_document, &DocumentController::markDirty);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::apiVersionChanged, m_document, &DocumentController::markDirty);
    connect(m_ui->batchSetupWidget, &BatchSetupWidget::idPropertyChanged, m_document, &DocumentController::markDirty);

    // Run journals (issue #6): beside an explicit ini file as the drafts are, else <AppDataLocation>/runs.
    m_send->setJournalDirectory(dataDir + u"/runs");
    m_history = new RunHistoryController(this, m_send, m_session, m_context.network(), m_context.rateLimiters(), this);
    m_history->setObjectTypesProvider([this] { return m_objectTypes; });
    m_history->setGridLoader([this](const DraftDocument &doc) {
        if (m_document->isDirty() && !m_document->maybeSave())
            return false;
        applyDraft(doc);
        m_document->startUntitled();
        return true;
    });
    connect(m_ui->runHistoryAction, &QAction::triggered, m_history, &RunHistoryController::showHistory);

    // What the first frame does not need waits until it is painted (bench/startup): reading the token (the OS
    // keychain), starting the embedded sandbox (its SQLite portal), the catalogue reads, then the offers to recover a
    // draft and to resume a run, in that order.
    runAfterFirstPaint(this, [this] {
        m_started = true;
        activateProfile(m_context.tokens().activeProfileId());
        updateActions();
        QTimer::singleShot(0, m_document, &DocumentController::offerRecovery);
        QTimer::singleShot(0, m_document, [this] {
            if (!m_fileToOpen.isEmpty())
                m_document->open(std::exchange(m_fileToOpen, {}));
        });
        QTimer::singleShot(0, m_history, &RunHistoryController::offerResume);
    });
}

MainWindow::~MainWindow()
{
    // Children outlive this body: their last signals (the undo stack clearing itself) must not reach a
    // half-destroyed window.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_send, nullptr, this, nullptr);
    disconnect(m_send, nullptr, m_sendPresenter, nullptr);
    disconnect(m_sendPresenter, nullptr, this, nullptr);
}

void MainWindow::setUpSendPresenter()
{
    SendPresenter::Widgets widgets;
    widgets.window = this;
    widgets.setup = m_ui->batchSetupWidget;
    widgets.grid = m_ui->rowsTableView;
    widgets.responseView = m_ui->responseView;
    widgets.problemsDock = m_ui->problemsDockWidget;
    widgets.problemsList = m_ui->problemsListWidget;
    widgets.statusBar = statusBar();
    m_sendPresenter = new SendPresenter(widgets, m_send, m_undo, m_session, m_context.settings(), this);
    m_sendPresenter->setPortalIdProvider([this] { return m_portalId; });
    connect(m_sendPresenter, &SendPresenter::actionStateChanged, this, &MainWindow::updateActions);
}

void MainWindow::setUpActions()
{
    const auto icon = [](const char *name) { return appIcon(QLatin1String(name)); };
    m_ui->sendAction->setIcon(icon("send"));
    m_ui->pauseAction->setIcon(icon("pause"));
    m_ui->cancelAction->setIcon(icon("cancel"));
    m_ui->retryFailedAction->setIcon(icon("retry"));
    m_ui->addRowAction->setIcon(icon("add-row"));
    m_ui->duplicateRowsAction->setIcon(icon("duplicate-row"));
    m_ui->removeRowsAction->setIcon(icon("remove-row"));
    m_ui->addColumnsAction->setIcon(icon("add-column"));
    m_ui->removeColumnAction->setIcon(icon("remove-column"));
    m_ui->undoAction->setIcon(icon("undo"));
    m_ui->redoAction->setIcon(icon("redo"));
    m_ui->manageProfilesAction->setIcon(icon("token"));
    m_ui->settingsAction->setIcon(icon("settings"));

    m_ui->newBatchAction->setShortcut(QKeySequence::New);
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->saveAction->setShortcut(QKeySequence::Save);
    m_ui->saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->undoAction->setShortcut(QKeySequence::Undo);
    m_ui->redoAction->setShortcut(QKeySequence::Redo);
    m_ui->copyAction->setShortcut(QKeySequence::Copy);
    m_ui->pasteAction->setShortcut(QKeySequence::Paste);
    m_ui->clearCellsAction->setShortcut(QKeySequence::Delete);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->settingsAction->setMenuRole(QAction::PreferencesRole);
    // The view handles its own copy, paste and delete keys; the menu entries are for mouse users.
    for (QAction *action : { m_ui->copyAction, m_ui->pasteAction, m_ui->clearCellsAction })
        action->setShortcutContext(Qt::WidgetShortcut);

    // The run's actions and "Add Columns…" keep their words; the row and undo buttons are icons with tooltips, so
    // the toolbar fits in every language.
    for (QAction *action :
        { m_ui->addRowAction, m_ui->duplicateRowsAction, m_ui->removeRowsAction, m_ui->undoAction, m_ui->redoAction }) {
        if (auto *button = qobject_cast<QToolButton *>(m_ui->mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());
    m_ui->viewMenu->addAction(m_ui->problemsDockWidget->toggleViewAction());

    connect(m_ui->newBatchAction, &QAction::triggered, this, [this] {
        if (m_document->isDirty()) {
            if (!m_document->maybeSave())
                return;
        } else if (m_model->rowCount() > 0
            && MessageBox::question(this, tr("New Batch"),
                   tr("Start an empty batch? The rows in the grid are removed; you can undo this."))
                != QMessageBox::Yes)
            return;
        m_undo->beginMacro(tr("New batch"));
        QList<int> all;
        for (int row = 0; row < m_model->rowCount(); ++row)
            all.append(row);
        if (!all.isEmpty())
            m_undo->push(new RemoveRecordsCommand(m_model, all));
        m_undo->push(new InsertRecordsCommand(m_model, 0, { m_model->newRecord() }));
        m_undo->endMacro();
        m_ui->responseView->clear();
        m_document->startUntitled();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_ui->redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_ui->copyAction, &QAction::triggered, m_ui->rowsTableView, &RecordTableView::copySelection);
    connect(m_ui->pasteAction, &QAction::triggered, m_ui->rowsTableView, &RecordTableView::paste);
    connect(m_ui->clearCellsAction, &QAction::triggered, m_ui->rowsTableView, &RecordTableView::clearSelectedCells);
    connect(m_ui->addRowAction, &QAction::triggered, this, &MainWindow::addRow);
    connect(m_ui->duplicateRowsAction, &QAction::triggered, this, &MainWindow::duplicateRows);
    connect(m_ui->removeRowsAction, &QAction::triggered, this, &MainWindow::removeRows);
    connect(m_ui->addColumnsAction, &QAction::triggered, this, &MainWindow::addColumns);
    connect(m_ui->removeColumnAction, &QAction::triggered, this, &MainWindow::removeColumn);
    connect(m_ui->validateAction, &QAction::triggered, m_sendPresenter, &SendPresenter::validate);
    connect(m_ui->sendAction, &QAction::triggered, m_sendPresenter, &SendPresenter::send);
    connect(m_ui->pauseAction, &QAction::triggered, m_sendPresenter, &SendPresenter::togglePause);
    connect(m_ui->cancelAction, &QAction::triggered, m_send, &SendController::cancel);
    connect(m_ui->retryFailedAction, &QAction::triggered, m_sendPresenter, &SendPresenter::retryFailed);
    connect(m_ui->resendUnknownAction, &QAction::triggered, m_sendPresenter, &SendPresenter::resendUnknown);
    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    showConnection();
    m_objectTypes = PortalCatalog::relabelled(m_objectTypes);
    m_ui->batchSetupWidget->setObjectTypes(m_objectTypes);
    m_sendPresenter->retranslate();
    m_sandboxMenu->retranslate();
    updateActions();
}

void MainWindow::restoreWindowState()
{
    const Settings &settings = m_context.settings();
    if (const QByteArray geometry = settings.uiState(QStringLiteral("mainWindow/geometry")); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.uiState(QStringLiteral("mainWindow/state")); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = settings.uiState(QStringLiteral("mainWindow/splitter")); !splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    if (auto *splitter = m_ui->responseView->findChild<QSplitter *>(); splitter)
        splitter->restoreState(settings.uiState(QStringLiteral("responseView/splitter")));
    if (auto *batches = m_ui->responseView->findChild<QTableView *>(QStringLiteral("batchesTableView")); batches)
        batches->horizontalHeader()->restoreState(settings.uiState(QStringLiteral("responseView/batchesHeader")));
}

void MainWindow::saveWindowState()
{
    Settings &settings = m_context.settings();
    settings.setUiState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setUiState(QStringLiteral("mainWindow/state"), saveState());
    settings.setUiState(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
    if (auto *splitter = m_ui->responseView->findChild<QSplitter *>(); splitter)
        settings.setUiState(QStringLiteral("responseView/splitter"), splitter->saveState());
    if (auto *batches = m_ui->responseView->findChild<QTableView *>(QStringLiteral("batchesTableView")); batches)
        settings.setUiState(QStringLiteral("responseView/batchesHeader"), batches->horizontalHeader()->saveState());
    settings.setLastObjectType(m_ui->batchSetupWidget->objectType());
    settings.setLastWriteMode(m_ui->batchSetupWidget->mode());
    settings.setLastIdProperty(m_ui->batchSetupWidget->idProperty());
    settings.setLastApiVersion(m_ui->batchSetupWidget->apiVersion());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_send->isRunning()) {
        const auto answer = MessageBox::question(this, tr("Quit Batchsmith"),
            tr("A batch is being sent. If you quit now, the rows not sent yet stay unsent and the batches in flight "
               "may still be written by HubSpot without Batchsmith seeing the answer. Quit anyway?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_send->cancel();
    }
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_document->closeCleanly();
    saveWindowState();
    event->accept();
}

// Profiles and the portal's catalogue

void MainWindow::reloadProfiles()
{
    m_ui->batchSetupWidget->setProfiles(m_context.tokens().profiles(), m_context.tokens().activeProfileId());
}

void MainWindow::activateProfile(const QString &profileId)
{
    const std::optional<TokenProfile> profile = m_context.tokens().profile(profileId);
    if (!profile)
        return;
    if (auto ok = m_session->activate(*profile); !ok) {
        //: %1 is the name of an account profile, %2 why it cannot be used
        m_ui->batchSetupWidget->setConnectionText(
            tr("Cannot use “%1”: %2").arg(profile->name, ok.error().message), true);
        return;
    }
    m_ui->batchSetupWidget->setApiVersion(profile->apiVersion);
    m_sandboxMenu->setProfile(*profile, m_session->endpoint(), m_session->token());
    m_portalId.clear();
    m_connectionError.clear();
    showConnection();
    if (!profile->embeddedSandbox) {
        m_session->catalog()->account(this, [this](const Result<AccountInfo> &account) {
            if (account)
                m_portalId = account.value().portalId;
            else
                m_connectionError = account.error().message;
            showConnection();
        });
    }
    loadObjectTypes();
    loadProperties();
}

void MainWindow::showConnection()
{
    if (!m_session->isActive())
        return;
    const TokenProfile &profile = m_session->profile();
    if (profile.embeddedSandbox) {
        //: %1 is the local address of the built-in sandbox, such as http://127.0.0.1:53211
        m_ui->batchSetupWidget->setConnectionText(tr("Built-in sandbox at %1: nothing reaches a real HubSpot account.")
                                                      .arg(m_session->endpoint().toString()));
    } else if (!m_connectionError.isEmpty()) {
        m_ui->batchSetupWidget->setConnectionText(m_connectionError, true);
    } else if (!m_portalId.isEmpty()) {
        //: %1 is a profile name, %2 a HubSpot portal (account) id
        m_ui->batchSetupWidget->setConnectionText(tr("%1: portal %2").arg(profile.name, m_portalId));
    } else {
        //: %1 is a host name such as api.hubapi.com
        m_ui->batchSetupWidget->setConnectionText(tr("Connecting to %1…").arg(m_session->endpoint().host()));
    }
}

void MainWindow::loadObjectTypes()
{
    m_session->catalog()->objectTypes(this, [this](const Result<QList<ObjectTypeEntry>> &types) {
        if (!types) {
            qCWarning(lcGui) << "object types not loaded:" << types.error().message;
            return;
        }
        m_objectTypes = types.value();
        m_ui->batchSetupWidget->setObjectTypes(m_objectTypes);
    });
}

void MainWindow::changeObjectType(const QString &objectType)
{
    if (objectType == m_propertiesType)
        return;
    if (m_model->dataColumnCount() > 0) {
        //: Title of the question asked before the grid switches to another object type
        const QString title = tr("Change Object Type");
        //: %1 is the object type chosen, such as Company
        const auto answer = MessageBox::question(this, title,
            tr("The grid’s columns are properties of another object type. Switch to %1 and start a new grid? "
               "You can undo this.")
                .arg(m_ui->batchSetupWidget->objectTypeLabel()));
        if (answer != QMessageBox::Yes) {
            m_ui->batchSetupWidget->setObjectType(m_propertiesType);
            return;
        }
        m_undo->beginMacro(tr("Change object type"));
        while (m_model->dataColumnCount() > 0)
            m_undo->push(new RemoveColumnCommand(m_model, m_model->dataColumnCount() - 1));
        m_undo->endMacro();
    }
    loadProperties();
}

void MainWindow::loadProperties()
{
    if (!m_session->isActive())
        return;
    const QString type = m_ui->batchSetupWidget->objectType();
    if (type.isEmpty() || !ObjectTypes::validateForBatchWrite(type))
        return;
    m_session->catalog()->properties(type, this, [this, type](const Result<QList<PropertyInfo>> &properties) {
        if (type != m_ui->batchSetupWidget->objectType())
            return; // the user moved on
        if (!properties) {
            //: %1 is an object type, %2 HubSpot's error message
            statusBar()->showMessage(
                tr("The properties of %1 could not be read: %2").arg(type, properties.error().message));
            return;
        }
        // The grid is ready at once; pipelines and owners then turn their properties into dropdowns (a slow or
        // refused read leaves plain cells meanwhile, and says why when it fails).
        m_propertiesType = type;
        applyProperties(ReferenceOptions::apply(properties.value(), {}));
        m_session->catalog()->referenceData(
            type, properties.value(), this, [this, type, list = properties.value()](const ReferenceData &reference) {
                if (type != m_propertiesType || type != m_ui->batchSetupWidget->objectType())
                    return;
                if (!reference.notices.isEmpty())
                    statusBar()->showMessage(reference.notices.join(u' '));
                if (reference.pipelinesRead || reference.ownersRead)
                    applyProperties(ReferenceOptions::apply(list, reference));
            });
    });
}

void MainWindow::applyProperties(const QList<PropertyInfo> &properties)
{
    m_properties = properties;
    QList<PropertyInfo> unique;
    for (const PropertyInfo &property : properties) {
        if (property.hasUniqueValue || (property.name == u"email" && ObjectTypes::isContacts(m_propertiesType)))
            unique.append(property);
    }
    m_ui->batchSetupWidget->setIdPropertyCandidates(unique);
    const QString lastId = m_context.settings().lastIdProperty();
    m_ui->batchSetupWidget->setIdProperty(lastId.isEmpty() ? QStringLiteral("email") : lastId);
    // Columns already in the grid take the portal's current definitions, so validation follows the portal.
    for (int i = 0; i < m_model->dataColumnCount(); ++i) {
        const TableColumn &column = m_model->dataColumn(i);
        if (column.kind != TableColumn::Kind::Property)
            continue;
        for (const PropertyInfo &property : properties) {
            if (property.name == column.property.name && !(property == column.property))
                m_model->updateDataColumn(i, TableColumn::forProperty(property));
        }
    }
    if (m_model->dataColumnCount() == 0)
        addDefaultColumns();
    updateActions();
    Q_EMIT propertiesLoaded();
}

void MainWindow::addDefaultColumns()
{
    QList<TableColumn> columns;
    for (const QString &name : defaultColumns(m_propertiesType)) {
        for (const PropertyInfo &property : std::as_const(m_properties)) {
            if (property.name == name && property.isWritable())
                columns.append(TableColumn::forProperty(property));
        }
    }
    // The starting point of a new grid, not an edit: it is not on the undo stack.
    for (int i = 0; i < columns.size(); ++i)
        m_model->insertDataColumn(i, columns.at(i));
    if (m_model->rowCount() == 0)
        m_model->insertRecords(0, { m_model->newRecord() });
    m_ui->rowsTableView->fitColumnsToContents();
}

// Editing

QList<int> MainWindow::selectedRows() const
{
    return m_ui->rowsTableView->selectedRows();
}

void MainWindow::addRow()
{
    if (m_model->rowCount() == 0)
        m_ui->rowsTableView->appendRows(1);
    else
        m_ui->rowsTableView->insertRows(true);
}

void MainWindow::duplicateRows()
{
    m_ui->rowsTableView->duplicateSelectedRows();
}

void MainWindow::removeRows()
{
    m_ui->rowsTableView->removeSelectedRows();
}

void MainWindow::addColumns()
{
    QStringList existing;
    for (const TableColumn &column : m_model->dataColumns())
        existing.append(column.key());
    const QString fromType = m_propertiesType;
    auto fetcher
        = [this, fromType](const QString &toType, std::function<void(const QList<AssociationLabelInfo> &)> done) {
              m_session->catalog()->associationLabels(
                  fromType, toType, this, [done = std::move(done)](const Result<QList<AssociationLabelInfo>> &labels) {
                      done(labels ? labels.value() : QList<AssociationLabelInfo> {});
                  });
          };
    ColumnPickerDialog picker(m_properties, m_objectTypes, fetcher, existing, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const QList<TableColumn> columns = picker.chosenColumns();
    if (columns.isEmpty())
        return;
    m_undo->push(new InsertColumnsCommand(m_model, m_model->dataColumnCount(), columns));
    if (m_model->rowCount() == 0)
        m_undo->push(new InsertRecordsCommand(m_model, 0, { m_model->newRecord() }));
    m_ui->rowsTableView->fitColumnsToContents();
}

void MainWindow::removeColumn()
{
    const int dataIndex = m_model->dataIndex(m_ui->rowsTableView->currentIndex().column());
    if (dataIndex >= 0)
        m_undo->push(new RemoveColumnCommand(m_model, dataIndex));
}

void MainWindow::updateActions()
{
    const bool running = m_send->isRunning();
    const bool hasColumns = m_model->dataColumnCount() > 0;
    const bool hasSelection = !selectedRows().isEmpty();
    const bool catalogue = !m_properties.isEmpty();
    m_ui->sendAction->setEnabled(!running && m_session->isActive() && m_model->rowCount() > 0 && hasColumns);
    m_ui->validateAction->setEnabled(!running && hasColumns);
    m_ui->pauseAction->setEnabled(running && !m_send->isPreparing());
    m_ui->pauseAction->setText(m_send->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_ui->cancelAction->setEnabled(running);
    m_ui->retryFailedAction->setEnabled(!running && m_sendPresenter->failedRows() > 0);
    m_ui->resendUnknownAction->setEnabled(!running && m_sendPresenter->unknownRows() > 0);
    m_ui->undoAction->setEnabled(!running && m_undo->canUndo());
    m_ui->redoAction->setEnabled(!running && m_undo->canRedo());
    m_ui->undoAction->setToolTip(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
    m_ui->redoAction->setToolTip(m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : tr("Redo"));
    m_ui->addRowAction->setEnabled(!running);
    m_ui->duplicateRowsAction->setEnabled(!running && hasSelection);
    m_ui->removeRowsAction->setEnabled(!running && hasSelection);
    m_ui->addColumnsAction->setEnabled(!running && catalogue);
    m_ui->removeColumnAction->setEnabled(
        !running && m_model->dataIndex(m_ui->rowsTableView->currentIndex().column()) >= 0);
    m_ui->pasteAction->setEnabled(!running);
    m_ui->clearCellsAction->setEnabled(!running);
    const bool saving = m_document && m_document->isSaving();
    m_ui->newBatchAction->setEnabled(!running && !saving);
    // While a file is imported the grid takes no edit and no run starts.
    const bool importing = m_import && m_import->isImporting();
    m_ui->importAction->setEnabled(!running && !importing);
    m_ui->exportResultsAction->setEnabled(!m_document || !m_document->isExporting()); // one export at a time
    // Opening or saving a draft mid-import would read or replace a grid that is still filling up; while a draft is
    // saved, another save waits for it, and so do a new batch and another draft (they would take its file).
    for (QAction *action :
        { m_ui->openAction, m_ui->saveAction, m_ui->saveAsAction, m_ui->recentFilesMenu->menuAction() })
        action->setEnabled(!importing && !saving);
    if (importing) {
        for (QAction *action : { m_ui->sendAction, m_ui->validateAction, m_ui->retryFailedAction,
                 m_ui->resendUnknownAction, m_ui->undoAction, m_ui->redoAction, m_ui->addRowAction,
                 m_ui->duplicateRowsAction, m_ui->removeRowsAction, m_ui->addColumnsAction, m_ui->removeColumnAction,
                 m_ui->pasteAction, m_ui->clearCellsAction, m_ui->newBatchAction })
            action->setEnabled(false);
    }
}

// Drafts

DraftSnapshot MainWindow::captureSnapshot() const
{
    DraftSnapshot snapshot = DraftSnapshot::fromModel(*m_model);
    DraftDocument &doc = snapshot.document;
    doc.objectType = m_ui->batchSetupWidget->objectType();
    doc.mode = m_ui->batchSetupWidget->mode();
    doc.idProperty = m_ui->batchSetupWidget->idProperty();
    doc.apiVersion = m_ui->batchSetupWidget->apiVersion();
    return snapshot;
}

DraftDocument MainWindow::captureDraft() const
{
    DraftDocument doc = DraftDocument::fromModel(*m_model);
    doc.objectType = m_ui->batchSetupWidget->objectType();
    doc.mode = m_ui->batchSetupWidget->mode();
    doc.idProperty = m_ui->batchSetupWidget->idProperty();
    doc.apiVersion = m_ui->batchSetupWidget->apiVersion();
    return doc;
}

void MainWindow::applyDraft(const DraftDocument &doc)
{
    m_ui->responseView->clear();
    m_ui->problemsDockWidget->hide();
    // The upsert picker is filled when the properties arrive; it then picks the last id property.
    m_context.settings().setLastIdProperty(doc.idProperty);
    doc.applyTo(*m_model);
    m_ui->batchSetupWidget->setMode(doc.mode);
    m_ui->batchSetupWidget->setApiVersion(doc.apiVersion);
    m_ui->batchSetupWidget->setObjectType(doc.objectType);
    m_ui->batchSetupWidget->setIdProperty(doc.idProperty);
    m_ui->rowsTableView->fitColumnsToContents();
    if (doc.objectType != m_propertiesType) {
        m_properties.clear();
        loadProperties(); // the columns take the portal's current definitions when they come
    }
    m_sendPresenter->updateCounts();
}

void MainWindow::showPreview()
{
    if (QWidget *focus = QApplication::focusWidget(); focus && m_ui->rowsTableView->isAncestorOf(focus))
        m_ui->rowsTableView->setFocus(); // commit the cell being typed in, as Send does
    const QList<int> pending = m_model->rowsWithStatus(RowStatus::Pending);
    if (pending.isEmpty()) {
        statusBar()->showMessage(tr("Every row has been sent: there is nothing to preview."), 8000);
        return;
    }
    // The rows as Send reads them (a frozen view of the grid's bytes), not an expanded copy of each.
    const BatchSpec spec = m_sendPresenter->currentSpec();
    Result<RequestPreview> preview = RequestPreview::create(spec, m_model->rowSource(pending));
    if (!preview) {
        MessageBox::warning(this, tr("Preview Requests"), preview.error().message);
        return;
    }
    auto *dialog = new PreviewDialog(std::move(preview).value(), spec.baseUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// Import

void MainWindow::setUpImport()
{
    m_import = new ImportController(m_model, m_undo, m_context.settings(), this);
    m_import->setStatusBar(statusBar());
    m_import->acceptDrops(this); // CSV, TSV and text files; other drops go on to this window's handlers
    m_import->setCatalogueProvider([this] {
        ImportController::Catalogue catalogue;
        catalogue.objectType = m_propertiesType;
        catalogue.objectTypeLabel = m_ui->batchSetupWidget->objectTypeLabel();
        catalogue.properties = m_properties;
        catalogue.objectTypes = m_objectTypes;
        if (m_send->isRunning())
            catalogue.refusal = tr("Rows are being sent: wait for the run to end.");
        return catalogue;
    });
    m_ui->importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_ui->importAction, &QAction::triggered, m_import, &ImportController::chooseFile);
    connect(m_ui->rowsTableView, &RecordTableView::emptyGridPasted, m_import, &ImportController::importCells);
    m_ui->rowsTableView->setBlankGridPasteFilter(
        [this](const QList<QStringList> &cells) { return m_import->hasHeaderRow(cells); });
    connect(m_import, &ImportController::importingChanged, this, [this](bool importing) {
        m_ui->batchSetupWidget->setChoicesEnabled(!importing);
        m_ui->rowsTableView->setUndoStack(importing ? nullptr : m_undo);
        updateActions();
    });
    connect(m_import, &ImportController::importFinished, this, [this](int rows) {
        if (rows > 0)
            m_ui->rowsTableView->fitColumnsToContents();
    });
}

// Dialogs

void MainWindow::manageProfiles()
{
    const Result<QUrl> sandbox = m_context.sandboxEndpoint();
    TokenManagerDialog dialog(m_context.tokens(), m_context.network(), sandbox ? sandbox.value() : QUrl(), this);
    dialog.setRateLimiters(m_context.rateLimiters());
    dialog.exec();
    reloadProfiles();
    const QString active = m_context.tokens().activeProfileId();
    if (active != m_session->profile().id || m_context.tokens().profile(active) != m_session->profile())
        activateProfile(active);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context.settings(), *m_context.languages(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    //: Title of the About box
    const QString title = tr("About Batchsmith");
    //: %1 is the version of Batchsmith, %2 the version of Qt it runs on
    QMessageBox::about(this, title,
        tr("<p><b>Batchsmith %1</b></p><p>Builds and sends batches of HubSpot CRM records.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p><p>Built with Qt %2.</p>")
            .arg(BuildInfo::version(), QString::fromLatin1(qVersion())));
}

} // namespace Batchsmith
