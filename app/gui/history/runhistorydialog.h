// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QDialog>
#include <QHash>
#include <QUrl>

#include "core/batch/batchtypes.h"

class QNetworkAccessManager;

namespace Ui {
class RunHistoryDialog;
}

namespace Batchsmith {

class RevertRunner;
class RunHistoryModel;
class RunRowsModel;
struct JournalSummary;

/**
 * The run history (Tools › Run History): the journals of past runs, newest first, with their counts and state;
 * the selected run's rows and outcomes below (read a page at a time); and what can be done with a run: export
 * its results file, resume it in the main window (resumeRequested()), revert it (a journaled run of its own,
 * sent from here with the current account's token after a confirmation that states the counts), or open the
 * folder of the journals. Owned by the main window (non-modal); GUI thread. The network manager must outlive it.
 */
class RunHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryDialog)

public:
    RunHistoryDialog(const QString &journalDirectory, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~RunHistoryDialog() override;

    /// Labels for object type ids, from the portal's catalogue.
    void setObjectTypeLabels(const QHash<QString, QString> &labels);
    /// The current account's token (never stored) and address, asked for when a revert starts. A journal whose
    /// base URL is loopback (the embedded sandbox, on a new port each start) is sent to the current address.
    void setAccount(
        std::function<QString()> token, std::function<QUrl()> endpoint, std::function<QString()> portalId = {});
    /// Whether resume is possible now (no run going in the main window).
    void setResumeAllowed(bool allowed);

    /// Reads the journals again (off the GUI thread); RunHistoryModel::loaded() follows.
    void reload();
    /// Selects the run of @p journalPath once listed.
    void selectRun(const QString &journalPath);

    RunHistoryModel *runsModel() const { return m_runs; }

    RunRowsModel *rowsModel() const { return m_rows; }

    bool isReverting() const;

Q_SIGNALS:
    /// The person asked to resume the run of @p journalPath in the main window.
    void resumeRequested(const QString &journalPath);
    /// A revert ended (its journal is in the list).
    void revertFinished(const Batchsmith::RunSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRunsLoaded();
    void onSelectionChanged();
    void updateButtons();
    std::optional<JournalSummary> selectedRun() const;
    /// Why the account in use cannot revert or resume @p run (SendController::otherAccountMessage()); empty if it can.
    QString otherAccountMessage(const JournalSummary &run) const;
    void exportResults();
    void resume();
    void revert();
    void onRevertFinished(const RunSummary &summary);
    void openFolder();

    std::unique_ptr<Ui::RunHistoryDialog> m_ui;
    QString m_directory;
    QNetworkAccessManager *m_network;
    RunHistoryModel *m_runs;
    RunRowsModel *m_rows;
    RevertRunner *m_revert = nullptr;
    std::function<QString()> m_token;
    std::function<QUrl()> m_endpoint;
    std::function<QString()> m_portalId;
    QString m_pendingSelection;
    bool m_resumeAllowed = true;
    bool m_fittedColumns = false;
};

} // namespace Batchsmith
