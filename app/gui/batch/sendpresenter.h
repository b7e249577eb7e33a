// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QTimer>

#include "core/batch/batchtypes.h"
#include "core/table/recordtablemodel.h"

class QDockWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QStatusBar;
class QUndoStack;
class QWidget;

namespace Batchsmith {

class BatchSetupWidget;
class PortalSession;
class RecordTableView;
class ResponseView;
class SendController;
class Settings;

/**
 * Presents a SendController's runs in the main window. The controller sends (engine, journal, outcomes into the
 * model) and knows nothing of widgets; this presenter decides which rows a window action sends (the pending ones,
 * the failed ones), builds the BatchSpec from the setup bar and the settings, shows what blocks a run in the
 * problems dock, locks the setup bar and the grid while rows are sent, and keeps the status bar up to date (row and
 * outcome counts, progress bar, rate, how a run ended). It owns the status bar's counts label, rate label and
 * progress bar (created as children of the window) and nothing else: the widgets and services are the window's,
 * the model is the controller's. The window connects its actions to validate(), send(), retryFailed() and
 * togglePause(), and refreshes them on actionStateChanged().
 * Owned by the main window; GUI thread.
 */
class SendPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPresenter)

public:
    /// The main window's widgets a run is shown in; all must outlive the presenter.
    struct Widgets
    {
        QWidget *window = nullptr; // parent of the status bar widgets and of the message boxes
        BatchSetupWidget *setup = nullptr;
        RecordTableView *grid = nullptr;
        ResponseView *responseView = nullptr;
        QDockWidget *problemsDock = nullptr;
        QListWidget *problemsList = nullptr;
        QStatusBar *statusBar = nullptr;
    };

    /// Shows the runs of @p send, over its model; @p undo is the grid's, taken from the grid while rows are sent.
    SendPresenter(const Widgets &widgets, SendController *send, QUndoStack *undo, PortalSession *session,
        const Settings &settings, QObject *parent = nullptr);
    ~SendPresenter() override;

    /// Where the active profile's runs go, once its account details answered (empty until then).
    void setPortalIdProvider(std::function<QString()> provider) { m_portalId = std::move(provider); }

    /// What a run started now would send, as the setup bar and the settings say.
    BatchSpec currentSpec() const;

    /// Rows Retry Failed Rows sends (failed or unknown), as of the last updateCounts().
    int failedRows() const { return m_failedRows; }

    /// Rows whose outcome is unknown, as of the last updateCounts().
    int unknownRows() const { return m_unknownRows; }

    void validate();
    void send();
    /// Sends the failed rows again, and the unknown ones: an unknown create is looked up first and sent only when
    /// HubSpot certainly does not have it; one still in doubt stays unknown (BatchInput::looksUpFirst()).
    void retryFailed();
    /// After a confirmation that says how many rows and the risk of duplicates: creates the unknown rows again
    /// without looking them up.
    void resendUnknown();
    void togglePause();

    /// Recounts the rows and their outcomes into the status bar.
    void updateCounts();

    /// The texts set in code, after a language change.
    void retranslate();

Q_SIGNALS:
    /// A run started or ended, or the counts changed: the window's actions may need enabling or disabling.
    void actionStateChanged();

private:
    void setUpStatusBar();
    bool checkBeforeSending(const BatchSpec &spec, const QList<int> &rows);
    void showProblems(const QList<RecordTableModel::Problem> &problems);
    void jumpToProblem(QListWidgetItem *item);
    void startSending(const QList<int> &rows, bool resendUnknown = false);
    void onRunningChanged(bool running);
    void onProgress(const Progress &progress);
    void onPreparing(int percent);
    void onRunFinished(const RunSummary &summary);
    void showJournalProblem(const QString &message);
    void showBatchNeedingAttention();

    Widgets m_widgets;
    SendController *m_send = nullptr;
    RecordTableModel *m_model = nullptr; // the controller's
    QUndoStack *m_undo = nullptr;
    PortalSession *m_session = nullptr;
    const Settings &m_settings;
    std::function<QString()> m_portalId;
    QTimer m_countsTimer; // gathers recounts asked for by the model into one per event-loop pass
    int m_failedRows = 0; // failed or unknown, as of the last updateCounts()
    int m_unknownRows = 0; // as of the last updateCounts()
    QLabel *m_countsLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_journalLabel = nullptr; // why the journal paused the run (SendController::journalProblemChanged())
    QProgressBar *m_progressBar = nullptr;
};

} // namespace Batchsmith
