// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/sendpresenter.h"

#include <algorithm>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

#include "core/settings/settings.h"
#include "gui/batch/batchsetupwidget.h"
#include "gui/batch/portalsession.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/editor/editoricons.h"
#include "gui/editor/recordtableview.h"
#include "gui/response/batchlistmodel.h"
#include "gui/response/responseview.h"

namespace Batchsmith {

namespace {

constexpr int ProblemRowRole = Qt::UserRole + 1;
constexpr int ProblemColumnRole = Qt::UserRole + 2;
constexpr int MaxProblemsListed = 500;

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return SendPresenter::tr("%Ln second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return SendPresenter::tr("%Ln minute(s)", nullptr, int((seconds + 59) / 60));
    return SendPresenter::tr("%Ln hour(s)", nullptr, int((seconds + 3599) / 3600));
}

} // namespace

SendPresenter::SendPresenter(const Widgets &widgets, SendController *send, QUndoStack *undo, PortalSession *session,
    const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_send(send)
    , m_model(send->model())
    , m_undo(undo)
    , m_session(session)
    , m_settings(settings)
{
    setUpStatusBar();
    connect(m_widgets.problemsList, &QListWidget::itemActivated, this, &SendPresenter::jumpToProblem);
    connect(m_widgets.problemsList, &QListWidget::itemClicked, this, &SendPresenter::jumpToProblem);

    // Counting walks every stored outcome: during a run each row's outcome arrives on its own, so the recounts
    // they ask for are gathered into one per event-loop pass instead of one per row.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(0);
    connect(&m_countsTimer, &QTimer::timeout, this, &SendPresenter::updateCounts);
    connect(m_model, &RecordTableModel::problemCountChanged, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &RecordTableModel::outcomesChanged, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, &m_countsTimer, qOverload<>(&QTimer::start));

    connect(m_send, &SendController::runningChanged, this, &SendPresenter::onRunningChanged);
    connect(m_send, &SendController::progressChanged, this, &SendPresenter::onProgress);
    connect(m_send, &SendController::finished, this, &SendPresenter::onRunFinished);
    connect(m_send, &SendController::journalProblemChanged, this, &SendPresenter::showJournalProblem);
    connect(m_send, &SendController::preparing, this, &SendPresenter::onPreparing);
    connect(m_send, &SendController::startFailed, this, [this](const Error &error) {
        showProblems({ { -1, -1, error.message } });
    });
}

SendPresenter::~SendPresenter() = default;

void SendPresenter::setUpStatusBar()
{
    m_countsLabel = new QLabel(m_widgets.window);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_rateLabel = new QLabel(m_widgets.window);
    m_rateLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(m_widgets.window);
    m_progressBar->setObjectName(QStringLiteral("sendProgressBar"));
    m_progressBar->setAccessibleName(tr("Rows sent"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_progressBar->hide();
    m_rateLabel->hide();
    m_journalLabel = new QLabel(m_widgets.window);
    m_journalLabel->setObjectName(QStringLiteral("journalProblemLabel"));
    m_journalLabel->setWordWrap(true);
    m_journalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path, to copy
    m_journalLabel->hide();
    m_widgets.statusBar->addWidget(m_countsLabel, 1);
    m_widgets.statusBar->addWidget(m_journalLabel, 2);
    m_widgets.statusBar->addPermanentWidget(m_rateLabel);
    m_widgets.statusBar->addPermanentWidget(m_progressBar);
}

void SendPresenter::retranslate()
{
    m_progressBar->setAccessibleName(tr("Rows sent"));
    updateCounts();
}

BatchSpec SendPresenter::currentSpec() const
{
    BatchSpec spec;
    spec.objectType = m_widgets.setup->objectType();
    spec.mode = m_widgets.setup->mode();
    spec.idProperty = spec.mode == WriteMode::Upsert ? m_widgets.setup->idProperty() : QString();
    spec.apiVersion = m_widgets.setup->apiVersion();
    spec.baseUrl = m_session->endpoint();
    spec.batchSize = m_settings.batchSize();
    spec.concurrency = m_settings.concurrency();
    spec.requestTimeoutMs = m_settings.requestTimeoutMs();
    return spec;
}

void SendPresenter::showProblems(const QList<RecordTableModel::Problem> &problems)
{
    QListWidget *list = m_widgets.problemsList;
    list->clear();
    for (qsizetype i = 0; i < problems.size() && i < MaxProblemsListed; ++i) {
        const RecordTableModel::Problem &problem = problems.at(i);
        QString text = problem.message;
        if (problem.row >= 0 && problem.dataIndex >= 0) {
            //: A problem in the list: %1 row number, %2 column title, %3 what is wrong
            text = tr("Row %1, %2: %3")
                       .arg(QLocale().toString(problem.row + 1), m_model->dataColumn(problem.dataIndex).title(),
                           problem.message);
        } else if (problem.row >= 0) {
            //: A problem in the list: %1 row number, %2 what is wrong
            text = tr("Row %1: %2").arg(QLocale().toString(problem.row + 1), problem.message);
        }
        auto *item = new QListWidgetItem(statusIcon(RowStatus::Failed), text, list);
        item->setData(ProblemRowRole, problem.row);
        item->setData(ProblemColumnRole, problem.dataIndex);
    }
    if (problems.size() > MaxProblemsListed) {
        //: %n is how many more problems are not listed
        new QListWidgetItem(tr("… and %Ln more.", nullptr, int(problems.size() - MaxProblemsListed)), list);
    }
    m_widgets.problemsDock->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        list->setCurrentRow(0);
        jumpToProblem(list->item(0));
    }
}

void SendPresenter::jumpToProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    const int row = item->data(ProblemRowRole).toInt();
    const int dataIndex = item->data(ProblemColumnRole).toInt();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = dataIndex >= 0 ? RecordTableModel::modelColumn(dataIndex) : RecordTableModel::StatusColumn;
    QModelIndex index = m_widgets.grid->viewIndex(row, column);
    if (!index.isValid()) { // hidden by the filter bar: show every row again
        m_widgets.grid->clearFilter();
        index = m_widgets.grid->viewIndex(row, column);
    }
    m_widgets.grid->setCurrentIndex(index);
    m_widgets.grid->scrollTo(index);
    m_widgets.grid->setFocus();
}

bool SendPresenter::checkBeforeSending(const BatchSpec &spec, const QList<int> &rows)
{
    const QList<RecordTableModel::Problem> problems = m_send->blockingProblems(spec, rows);
    showProblems(problems);
    if (!problems.isEmpty()) {
        //: %n is the number of problems found before sending
        m_widgets.statusBar->showMessage(
            tr("Nothing was sent: %Ln problem(s) to fix first.", nullptr, int(problems.size())));
    }
    return problems.isEmpty();
}

void SendPresenter::validate()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows.append(row);
    if (checkBeforeSending(currentSpec(), rows))
        m_widgets.statusBar->showMessage(tr("Every cell can be sent."), 5000);
}

void SendPresenter::send()
{
    QList<int> rows = m_model->rowsWithStatus(RowStatus::Pending);
    if (rows.isEmpty()) {
        m_widgets.statusBar->showMessage(
            tr("Every row has been sent. Add rows, or use Retry Failed Rows for the ones that failed."), 8000);
        return;
    }
    startSending(rows);
}

void SendPresenter::retryFailed()
{
    QList<int> rows = m_model->rowsWithStatus(RowStatus::Failed);
    // Unknown rows go too, but never blindly: SendController has the engine look a create up before any resend.
    rows.append(m_model->rowsWithStatus(RowStatus::Unknown));
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        m_widgets.statusBar->showMessage(tr("No row has failed."), 5000);
        return;
    }
    startSending(rows);
}

void SendPresenter::resendUnknown()
{
    const QList<int> rows = m_model->rowsWithStatus(RowStatus::Unknown);
    if (rows.isEmpty()) {
        m_widgets.statusBar->showMessage(tr("No row has an unknown outcome."), 5000);
        return;
    }
    //: Confirmation before creating rows again without looking them up; %n is the number of rows
    const QString text
        = tr("Create %Ln row(s) with an unknown outcome again as new records, without looking them up?"
             "\n\nTheir earlier answers were lost, and looking them up could not prove whether their "
             "earlier send wrote them. Every one HubSpot did write will exist twice. Check them in HubSpot first; "
             "Retry Failed Rows looks them up instead.",
            nullptr, int(rows.size()));
    const auto answer = MessageBox::question(m_widgets.window, tr("Send Unknown Rows Again"), text,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        //: Button of the confirmation before creating unknown rows again
        { { QMessageBox::Yes, tr("Create Again") } });
    if (answer != QMessageBox::Yes)
        return;
    startSending(rows, true);
}

void SendPresenter::startSending(const QList<int> &rows, bool resendUnknown)
{
    // A cell still being typed in is part of what the person means to send: moving the focus commits it.
    if (QWidget *focus = QApplication::focusWidget(); focus && m_widgets.grid->isAncestorOf(focus))
        m_widgets.grid->setFocus();
    const BatchSpec spec = currentSpec();
    if (!checkBeforeSending(spec, rows))
        return;
    m_send->setReadBeforeValues(m_settings.keepRevertValues());
    m_send->setPortalId(m_portalId ? m_portalId() : QString());
    if (auto started = m_send->start(spec, m_session->token(), rows, resendUnknown); !started) {
        showProblems({ { -1, -1, started.error().message } });
        return;
    }
    m_widgets.problemsDock->hide();
}

void SendPresenter::togglePause()
{
    if (m_send->isPaused())
        m_send->resume();
    else
        m_send->pause();
}

void SendPresenter::onRunningChanged(bool running)
{
    m_widgets.setup->setChoicesEnabled(!running);
    // While rows are being sent the grid shows their outcomes as they come, but takes no edit.
    m_widgets.grid->setUndoStack(running ? nullptr : m_undo);
    m_widgets.grid->setEditTriggers(running
            ? QAbstractItemView::NoEditTriggers
            : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_progressBar->setVisible(running);
    m_rateLabel->setVisible(running);
    if (running) {
        m_progressBar->setRange(0, 0);
        m_rateLabel->setText(tr("Starting…"));
    }
    Q_EMIT actionStateChanged();
}

void SendPresenter::onProgress(const Progress &progress)
{
    m_progressBar->setRange(0, qMax(1, progress.total));
    m_progressBar->setValue(progress.done);
    //: Progress bar text: %1 rows done, %2 rows in all
    m_progressBar->setFormat(tr("%1 of %2").arg(QLocale().toString(progress.done), QLocale().toString(progress.total)));
    const QString rate = QLocale().toString(progress.rowsPerSecond, 'f', progress.rowsPerSecond < 10 ? 1 : 0);
    if (progress.etaMs >= 0 && progress.done < progress.total) {
        //: %1 rows per second, %2 a duration such as "3 minutes"
        m_rateLabel->setText(tr("%1 rows/s, about %2 left").arg(rate, durationText(progress.etaMs)));
    } else {
        m_rateLabel->setText(tr("%1 rows/s").arg(rate));
    }
}

void SendPresenter::onPreparing(int percent)
{
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(percent);
    //: Progress bar text while a big run is checked and written to its run journal, before its first request; %1 is
    //: a percentage such as 42
    m_progressBar->setFormat(tr("%1 %").arg(QLocale().toString(percent)));
    //: Shown while a big run is checked and written to its run journal, before its first request
    m_rateLabel->setText(tr("Preparing the run…"));
}

void SendPresenter::showJournalProblem(const QString &message)
{
    m_journalLabel->setText(message);
    m_journalLabel->setToolTip(message);
    m_journalLabel->setVisible(!message.isEmpty());
}

void SendPresenter::onRunFinished(const RunSummary &summary)
{
    m_widgets.grid->fitColumnsToContents();
    showBatchNeedingAttention();
    if (summary.cancelled) {
        //: %n rows that were not sent because the run was cancelled
        m_widgets.statusBar->showMessage(tr("Cancelled: %Ln row(s) were not sent.", nullptr, summary.skipped), 15000);
    } else if (summary.unknown > 0) {
        //: %n rows whose answer was lost and that could not be looked up
        m_widgets.statusBar->showMessage(tr("%Ln row(s) are unknown: HubSpot may have them, so they were not sent "
                                            "again. Check them in HubSpot, or use Send Unknown Rows Again.",
                                             nullptr, summary.unknown),
            15000);
    }
    if (summary.fatal && summary.fatal->kind == Error::Kind::Io) { // the run journal: nothing HubSpot said
        MessageBox::warning(m_widgets.window, tr("Sending Stopped"), summary.fatal->message);
    } else if (summary.fatal) {
        //: Title of the message shown when HubSpot stopped a run (expired token, daily limit…)
        const QString title = tr("Sending Stopped");
        //: %1 is why the run stopped, in HubSpot's words
        MessageBox::warning(m_widgets.window, title,
            tr("HubSpot refused to go on: %1\nThe rows not sent yet are still in the grid; fix the cause and send "
               "again.")
                .arg(summary.fatal->message));
    }
    updateCounts();
}

void SendPresenter::showBatchNeedingAttention()
{
    auto *table = m_widgets.responseView->findChild<QTableView *>(QStringLiteral("batchesTableView"));
    const BatchListModel *batches = m_widgets.responseView->batchModel();
    if (!table || !batches)
        return;
    // The first batch that did not simply succeed, else the last one: what a person wants to look at next.
    int row = batches->rowCount() - 1;
    for (int i = 0; i < batches->rowCount(); ++i) {
        const auto outcome = batches->index(i, 0).data(BatchListModel::OutcomeRole).value<BatchListModel::Outcome>();
        if (outcome != BatchListModel::Outcome::Succeeded) {
            row = i;
            break;
        }
    }
    if (row >= 0)
        table->selectRow(row);
}

void SendPresenter::updateCounts()
{
    m_countsTimer.stop();
    const int rows = m_model->rowCount();
    QStringList parts;
    //: Status bar: number of rows in the grid
    parts.append(tr("%Ln row(s)", nullptr, rows));
    if (const int problems = m_model->problemCount(); problems > 0)
        //: Status bar: number of cells that would be refused
        parts.append(tr("%Ln cell(s) to fix", nullptr, problems));
    const RowStatusCounts counts = m_model->statusCounts();
    const int created = counts[std::size_t(RowStatus::Created)];
    const int updated = counts[std::size_t(RowStatus::Updated)];
    const int failed = counts[std::size_t(RowStatus::Failed)];
    const int unknown = counts[std::size_t(RowStatus::Unknown)];
    if (created)
        parts.append(tr("%Ln created", nullptr, created));
    if (updated)
        parts.append(tr("%Ln updated", nullptr, updated));
    m_failedRows = failed + unknown;
    m_unknownRows = unknown;
    if (failed)
        parts.append(tr("%Ln failed", nullptr, failed));
    if (unknown)
        //: Rows sent whose outcome is not known (the answer was lost)
        parts.append(tr("%Ln unknown", nullptr, unknown));
    //: Separator between the parts of the status bar summary
    m_countsLabel->setText(parts.join(tr(" · ")));
    Q_EMIT actionStateChanged();
}

} // namespace Batchsmith
