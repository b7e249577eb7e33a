// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "core/catalog/catalogtypes.h"
#include "core/draft/draftdocument.h"
#include "core/draft/draftsnapshot.h"
#include "core/table/recordtablemodel.h"

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Batchsmith {

class AppContext;
class ImportController;
class DocumentController;
class PortalSession;
class RunHistoryController;
class SandboxMenu;
class SendController;
class SendPresenter;

/**
 * The main window. It wires things together: the setup bar, the grid (model in core, view and undo in
 * gui/editor), the response view, the send controller, the run panel (sending and the status bar) and the portal
 * session; what each does lives in them.
 * Owned by main() (or a test); GUI thread. The AppContext must outlive it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordTableModel *recordModel() const { return m_model; }

    SendController *sendController() const { return m_send; }

    PortalSession *session() const { return m_session; }

    QUndoStack *undoStack() const { return m_undo; }

    ImportController *importController() const { return m_import; }

    /// The draft as a file: open, save, recent files, autosave.
    DocumentController *document() const { return m_document; }

    /// Opens the draft @p file once the window has started: after its first paint and the offer to recover an
    /// autosaved draft (main() passes the file named on the command line).
    void openWhenStarted(const QString &file) { m_fileToOpen = file; }

    /// Whether the window has started what it puts off until its first paint: the active profile (the embedded
    /// sandbox, the catalogue reads), then the offers to recover a draft and resume a run.
    bool isStarted() const { return m_started; }

    /// Run journals: the resume offer at start, the run history window, resuming a run into the grid.
    RunHistoryController *runHistory() const { return m_history; }

    /// The Sandbox menu (demo scenarios, reset, counters), shown while the profile talks to a sandbox.
    SandboxMenu *sandboxMenu() const { return m_sandboxMenu; }

    /// The properties of the current object type, once fetched.
    const QList<PropertyInfo> &properties() const { return m_properties; }

    /// The object types the picker offers, once fetched.
    const QList<ObjectTypeEntry> &objectTypes() const { return m_objectTypes; }

Q_SIGNALS:
    /// The current object type's properties arrived (and the grid's columns were checked against them).
    /// Emitted again when the pipelines and owners they refer to arrive (ReferenceOptions).
    void propertiesLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpSendPresenter();
    void setUpActions();
    void setUpImport();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();

    void reloadProfiles();
    void activateProfile(const QString &profileId);
    void showConnection();
    void loadObjectTypes();
    void changeObjectType(const QString &objectType);
    void loadProperties();
    void applyProperties(const QList<PropertyInfo> &properties);
    void addDefaultColumns();

    void addRow();
    void duplicateRows();
    void removeRows();
    void addColumns();
    void removeColumn();

    void updateActions();
    QList<int> selectedRows() const;

    DraftDocument captureDraft() const;
    /// The same, with the rows as the grid packs them: for the autosave, written off the GUI thread.
    DraftSnapshot captureSnapshot() const;
    void applyDraft(const DraftDocument &doc);
    void showPreview();

    void manageProfiles();
    void openSettings();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext &m_context;
    RecordTableModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    PortalSession *m_session = nullptr;
    SendController *m_send = nullptr;
    ImportController *m_import = nullptr;
    DocumentController *m_document = nullptr;
    RunHistoryController *m_history = nullptr;
    QString m_fileToOpen; // openWhenStarted()
    bool m_started = false; // isStarted()
    SendPresenter *m_sendPresenter = nullptr;
    SandboxMenu *m_sandboxMenu = nullptr;
    QList<ObjectTypeEntry> m_objectTypes;
    QList<PropertyInfo> m_properties;
    QString m_propertiesType; // the object type m_properties belong to
    QString m_portalId; // of the active profile, once its account details answered
    QString m_connectionError; // why its account details did not answer
};

} // namespace Batchsmith
