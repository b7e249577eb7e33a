// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QHash>

#include "core/batch/batchtypes.h"

namespace Ui {
class RunHistoryDialog;
}

namespace Batchsmith {

class RunHistoryModel;
class RunRowsModel;
struct JournalSummary;

/**
 * The run history (Tools › Run History): the journals of past runs, newest first, with their counts and state;
 * the selected run's rows and outcomes below (read a page at a time); and what can be done with a run: export
 * its results file, resume it in the main window (resumeRequested()), revert it or resume its revert
 * (revertRequested(), revertResumeRequested()), or open the folder of the journals. Sending is not its business:
 * RunHistoryController answers those signals, runs the revert and shows its course here (showRevertStarted(),
 * showRevertProgress(), showRevertFinished()). Owned by the main window (non-modal); GUI thread.
 */
class RunHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryDialog)

public:
    explicit RunHistoryDialog(const QString &journalDirectory, QWidget *parent = nullptr);
    ~RunHistoryDialog() override;

    /// Labels for object type ids, from the portal's catalogue.
    void setObjectTypeLabels(const QHash<QString, QString> &labels);
    /// Whether resume is possible now (no run going in the main window).
    void setResumeAllowed(bool allowed);

    /// Reads the journals again (off the GUI thread); RunHistoryModel::loaded() follows.
    void reload();
    /// Selects the run of @p journalPath once listed.
    void selectRun(const QString &journalPath);

    RunHistoryModel *runsModel() const { return m_runs; }

    RunRowsModel *rowsModel() const { return m_rows; }

    /// A revert is going (between showRevertStarted() and showRevertFinished()): no other revert or resume starts.
    bool isReverting() const { return m_reverting; }

    /// A revert, whose journal is @p revertJournalPath, started or resumed: the progress bar shows, the buttons wait.
    void showRevertStarted(const QString &revertJournalPath);
    void showRevertProgress(const Batchsmith::Progress &progress);
    /// The revert ended: says how it went, lists its journal (selected) and emits revertFinished().
    void showRevertFinished(const Batchsmith::RunSummary &summary, const QString &revertJournalPath);

Q_SIGNALS:
    /// The person asked to resume the run of @p journalPath in the main window.
    void resumeRequested(const QString &journalPath);
    /// The person asked to revert the run of @p journalPath (nothing asked or checked yet).
    void revertRequested(const QString &journalPath);
    /// The person asked to resume the unfinished revert of @p journalPath.
    void revertResumeRequested(const QString &journalPath);
    /// A revert ended (its journal is in the list).
    void revertFinished(const Batchsmith::RunSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRunsLoaded();
    void onSelectionChanged();
    void updateButtons();
    std::optional<JournalSummary> selectedRun() const;
    void exportResults();
    void resume();
    void revert();
    void openFolder();

    std::unique_ptr<Ui::RunHistoryDialog> m_ui;
    QString m_directory;
    RunHistoryModel *m_runs;
    RunRowsModel *m_rows;
    bool m_reverting = false;
    QString m_pendingSelection;
    bool m_resumeAllowed = true;
    bool m_fittedColumns = false;
};

} // namespace Batchsmith
