// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/runhistorymodel.h"

#include <memory>

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

#include "gui/logging.h"
#include "journal/journalreader.h"

namespace Batchsmith {

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunHistoryModel::~RunHistoryModel() = default;

void RunHistoryModel::reload(const QString &directory)
{
    const int generation = ++m_generation;
    m_loading = true;
    // The worker fills a shared list; the thread's finished() reaches this model in the GUI thread, or nowhere
    // once the model is gone (the connection dies with it). The thread deletes itself.
    auto result = std::make_shared<QList<JournalSummary>>();
    auto elapsed = std::make_shared<qint64>(0);
    QThread *thread = QThread::create([directory, result, elapsed] {
        QElapsedTimer timer;
        timer.start();
        *result = JournalReader::list(directory);
        *elapsed = timer.elapsed();
    });
    connect(thread, &QThread::finished, this, [this, result, elapsed, generation] {
        if (generation != m_generation)
            return;
        qCDebug(lcGui) << "run history: read" << result->size() << "journals in" << *elapsed << "ms";
        m_loading = false;
        setRuns(*result);
        Q_EMIT loaded();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RunHistoryModel::setRuns(const QList<JournalSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RunHistoryModel::setObjectTypeLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, ObjectColumn), index(rowCount() - 1, ObjectColumn));
}

int RunHistoryModel::rowOfPath(const QString &path) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).path == path)
            return int(i);
    }
    return -1;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 10000) {
        //: A short duration in seconds with one decimal, e.g. "4.2 s"
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 3600) {
        //: A duration: %1 minutes, %2 seconds (two digits), e.g. "3 min 05 s"
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    //: A long duration: %1 hours, %2 minutes (two digits), e.g. "1 h 02 min"
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString RunHistoryModel::stateText(const JournalSummary &run)
{
    if (run.complete())
        //: State of a past run: every row has an outcome
        return tr("Finished");
    if (run.finished)
        //: State of a past run: it was cancelled or the window closed with rows not sent
        return tr("Stopped");
    //: State of a past run: the app stopped during the run (crash, power loss); it can be resumed
    return tr("Interrupted");
}

QString RunHistoryModel::stateToolTip(const JournalSummary &run)
{
    if (run.complete())
        return tr("Every row of this run has an outcome.");
    if (run.finished)
        return tr("%Ln row(s) were not sent. Resume sends them.", nullptr, run.pending);
    return tr("The app stopped during this run with %Ln row(s) not sent. Resume sends them; rows sent without an "
              "answer are checked first.",
        nullptr, run.pending);
}

QVariant RunHistoryModel::display(const JournalSummary &run, int column) const
{
    const QLocale locale;
    switch (column) {
    case StartedColumn:
        return locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case PortalColumn:
        return run.portalId.isEmpty() ? run.baseUrl : run.portalId;
    case ObjectColumn: {
        const QString label = m_labels.value(run.objectType);
        return label.isEmpty() ? run.objectType : label;
    }
    case ModeColumn:
        if (run.kind == RunKind::Revert)
            //: Mode of a past run that undid another run
            return tr("revert");
        //: Mode of a past run
        return run.mode == u"upsert" ? tr("upsert") : tr("create");
    case CreatedColumn:
        return locale.toString(run.created);
    case UpdatedColumn:
        return locale.toString(run.updated);
    case FailedColumn:
        return locale.toString(run.failed + run.unknown);
    case NotSentColumn:
        return locale.toString(run.pending);
    case DurationColumn:
        return durationText(run.durationMs);
    case StateColumn:
        return stateText(run);
    default:
        return {};
    }
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const JournalSummary &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return stateToolTip(run);
        if (index.column() == FailedColumn && run.unknown > 0)
            //: %n rows were sent but their answer was lost
            return tr("Includes %Ln row(s) sent without a known outcome.", nullptr, run.unknown);
        if (index.column() == PortalColumn)
            return run.baseUrl;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CreatedColumn && index.column() <= DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return run.path;
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        //: Column header: when a run started
        return tr("Started");
    case PortalColumn:
        //: Column header: the HubSpot account (portal id)
        return tr("Portal");
    case ObjectColumn:
        //: Column header: the object type written (Contacts, Companies, …)
        return tr("Object");
    case ModeColumn:
        //: Column header: create, upsert or revert
        return tr("Mode");
    case CreatedColumn:
        //: Column header: number of records created
        return tr("Created");
    case UpdatedColumn:
        //: Column header: number of records updated
        return tr("Updated");
    case FailedColumn:
        //: Column header: number of rows that failed
        return tr("Failed");
    case NotSentColumn:
        //: Column header: number of rows not sent
        return tr("Not Sent");
    case DurationColumn:
        //: Column header: how long the run took
        return tr("Duration");
    case StateColumn:
        //: Column header: finished, stopped or interrupted
        return tr("State");
    default:
        return {};
    }
}

} // namespace Batchsmith
