// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/runhistorydialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

#include "core/io/privatefiles.h"
#include "gui/common/messagebox.h"
#include "gui/document/filedialog.h"
#include "gui/history/runhistorymodel.h"
#include "gui/history/runrowsmodel.h"
#include "journal/journalreader.h"
#include "ui_runhistorydialog.h"

namespace Batchsmith {

RunHistoryDialog::RunHistoryDialog(const QString &journalDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RunHistoryDialog>())
    , m_directory(journalDirectory)
    , m_runs(new RunHistoryModel(this))
    , m_rows(new RunRowsModel(this))
{
    m_ui->setupUi(this);
    m_ui->runHistoryTableView->setModel(m_runs);
    m_ui->runRowsTableView->setModel(m_rows);
    m_ui->runHistoryTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->runRowsTableView->horizontalHeader()->setStretchLastSection(true);
    // Rows of one line each, of a fixed height: a run may hold a million rows, and the view then needs no
    // measuring to scroll.
    for (QTableView *view : { m_ui->runHistoryTableView, m_ui->runRowsTableView }) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }
    m_ui->runHistorySplitter->setStretchFactor(0, 1);
    m_ui->runHistorySplitter->setStretchFactor(1, 2);
    m_ui->revertProgressBar->hide();

    connect(m_runs, &RunHistoryModel::loaded, this, &RunHistoryDialog::onRunsLoaded);
    connect(m_ui->runHistoryTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RunHistoryDialog::onSelectionChanged);
    connect(m_ui->exportRunResultsButton, &QPushButton::clicked, this, &RunHistoryDialog::exportResults);
    connect(m_ui->resumeRunButton, &QPushButton::clicked, this, &RunHistoryDialog::resume);
    connect(m_ui->revertRunButton, &QPushButton::clicked, this, &RunHistoryDialog::revert);
    connect(m_ui->openRunFolderButton, &QPushButton::clicked, this, &RunHistoryDialog::openFolder);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    reload();
}

RunHistoryDialog::~RunHistoryDialog() = default;

void RunHistoryDialog::setObjectTypeLabels(const QHash<QString, QString> &labels)
{
    m_runs->setObjectTypeLabels(labels);
}

void RunHistoryDialog::setResumeAllowed(bool allowed)
{
    m_resumeAllowed = allowed;
    updateButtons();
}

void RunHistoryDialog::reload()
{
    if (const auto run = selectedRun(); run && m_pendingSelection.isEmpty())
        m_pendingSelection = run->path;
    m_ui->runStatusLabel->setText(tr("Reading the run journals…"));
    m_runs->reload(m_directory);
}

void RunHistoryDialog::selectRun(const QString &journalPath)
{
    const int row = m_runs->rowOfPath(journalPath);
    if (row < 0) {
        m_pendingSelection = journalPath; // selected once the list is read
        return;
    }
    m_ui->runHistoryTableView->selectRow(row);
}

void RunHistoryDialog::onRunsLoaded()
{
    if (m_ui->runStatusLabel->text() == tr("Reading the run journals…")) {
        //: %n is the number of past runs listed
        m_ui->runStatusLabel->setText(m_runs->rowCount() == 0
                ? tr("No run yet: every batch sent from now on is listed here.")
                : tr("%Ln run(s).", nullptr, m_runs->rowCount()));
    }
    if (!m_fittedColumns && m_runs->rowCount() > 0) {
        m_ui->runHistoryTableView->resizeColumnsToContents();
        m_fittedColumns = true;
    }
    const QString wanted = std::exchange(m_pendingSelection, QString());
    const int row = wanted.isEmpty() ? 0 : qMax(0, m_runs->rowOfPath(wanted));
    if (m_runs->rowCount() > 0)
        m_ui->runHistoryTableView->selectRow(row);
    else
        m_rows->setJournal({});
    updateButtons();
}

std::optional<JournalSummary> RunHistoryDialog::selectedRun() const
{
    const QModelIndexList rows = m_ui->runHistoryTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_runs->run(rows.first().row());
}

void RunHistoryDialog::onSelectionChanged()
{
    const auto run = selectedRun();
    m_rows->setJournal(run ? run->path : QString());
    QTableView *rows = m_ui->runRowsTableView;
    rows->resizeColumnsToContents();
    const int widest = rows->fontMetrics().averageCharWidth() * 48; // a long message stays readable in its tooltip
    for (int column = 0; column < m_rows->columnCount(); ++column)
        rows->setColumnWidth(column, qMin(rows->columnWidth(column), widest));
    updateButtons();
}

void RunHistoryDialog::updateButtons()
{
    const auto run = selectedRun();
    const bool busy = m_reverting;
    m_ui->exportRunResultsButton->setEnabled(run.has_value());
    m_ui->resumeRunButton->setEnabled(
        run && run->resumable() && !busy && (m_resumeAllowed || run->kind == RunKind::Revert));
    bool reverted = false;
    if (run) {
        for (int i = 0; i < m_runs->rowCount(); ++i) {
            const JournalSummary other = m_runs->run(i);
            reverted = reverted || (other.kind == RunKind::Revert && other.revertsRunId == run->runId);
        }
    }
    const bool revertible = run && run->kind == RunKind::Write && (run->beforeValues > 0 || run->created > 0);
    m_ui->revertRunButton->setEnabled(revertible && !reverted && !busy);
    m_ui->revertRunButton->setToolTip(reverted
            ? tr("This run has been reverted already: see the revert run in the list.")
            : tr("Put back the values the run overwrote and archive the records it created."));
}

void RunHistoryDialog::exportResults()
{
    const auto run = selectedRun();
    if (!run)
        return;
    const QString suggested = QDir::home().filePath(QFileInfo(run->path).completeBaseName() + u"-results.csv");
    const QString file = FileDialog::getSaveFileName(
        this, tr("Export Run Results"), suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (file.isEmpty())
        return;
    if (auto written = JournalReader::exportResults(run->path, file); !written) {
        //: %1 is why the file could not be written
        MessageBox::warning(this, tr("Export Run Results"),
            tr("The results file could not be written: %1").arg(written.error().message));
        return;
    }
    //: %1 is the file written
    m_ui->runStatusLabel->setText(tr("Results written to %1.").arg(QDir::toNativeSeparators(file)));
}

void RunHistoryDialog::resume()
{
    const auto run = selectedRun();
    if (!run || !run->resumable())
        return;
    // A revert resumes here, not in the grid: its operations are idempotent and need no grid.
    if (run->kind == RunKind::Write)
        Q_EMIT resumeRequested(run->path);
    else
        Q_EMIT revertResumeRequested(run->path);
}

void RunHistoryDialog::revert()
{
    const auto run = selectedRun();
    if (!run || m_reverting)
        return;
    Q_EMIT revertRequested(run->path);
}

void RunHistoryDialog::showRevertStarted(const QString &revertJournalPath)
{
    m_reverting = true;
    m_pendingSelection = revertJournalPath; // selected once listed
    m_ui->revertProgressBar->setRange(0, 0);
    m_ui->revertProgressBar->show();
    m_ui->runStatusLabel->setText(tr("Reverting…"));
    updateButtons();
}

void RunHistoryDialog::showRevertProgress(const Progress &progress)
{
    m_ui->revertProgressBar->setRange(0, qMax(1, progress.total));
    m_ui->revertProgressBar->setValue(progress.done);
}

void RunHistoryDialog::showRevertFinished(const RunSummary &summary, const QString &revertJournalPath)
{
    m_reverting = false;
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = revertJournalPath;
    m_ui->revertProgressBar->hide();
    QString text = tr("Revert finished: %Ln record(s) restored or archived.", nullptr, summary.updated);
    if (const int failed = summary.failed + summary.unknown; failed > 0)
        text += u' ' + tr("%Ln record(s) could not be reverted: see the revert run's rows.", nullptr, failed);
    m_ui->runStatusLabel->setText(text);
    if (summary.fatal) {
        //: %1 is why HubSpot stopped the revert, in its words
        MessageBox::warning(this, tr("Revert Run"), tr("The revert stopped: %1").arg(summary.fatal->message));
    }
    m_runs->reload(m_directory);
    Q_EMIT revertFinished(summary);
}

void RunHistoryDialog::openFolder()
{
    PrivateFiles::makeFolder(m_directory);
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_directory));
}

void RunHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateButtons();
        // Headers and words in the cells (modes, states, outcomes) are translated when they are read.
        for (QAbstractItemModel *model :
            { static_cast<QAbstractItemModel *>(m_runs), static_cast<QAbstractItemModel *>(m_rows) }) {
            const int columns = model->columnCount();
            if (columns == 0)
                continue;
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
            if (model->rowCount() > 0)
                Q_EMIT model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, columns - 1));
        }
    }
    QDialog::changeEvent(event);
}

} // namespace Batchsmith
