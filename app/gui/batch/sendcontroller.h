// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/batch/batchengine.h"
#include "core/table/recordtablemodel.h"

class QNetworkAccessManager;

namespace Batchsmith {

/**
 * Sends rows of the grid: checks them first (blockingProblems), runs a BatchEngine over them and writes each
 * row's outcome back into the model by row key, so sorting or scrolling never sends an answer to the wrong row.
 * One run at a time; each run gets a fresh engine, announced by engineStarted() so the response view can follow.
 * Owned by the main window; GUI thread. The model and network manager must outlive it.
 */
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    SendController(RecordTableModel *model, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SendController() override;

    /// What stops @p rows from being sent as @p spec says: invalid cells, and for an upsert a missing unique
    /// property column or an empty id. Translated; dataIndex is -1 when no single cell is to blame.
    QList<RecordTableModel::Problem> blockingProblems(const BatchSpec &spec, const QList<int> &rows) const;

    /// Starts sending @p rows (model rows). Their outcomes go back to Pending first. Fails, sending nothing, when
    /// a run is going or the engine refuses the input (duplicate upsert ids name both rows).
    Result<void> start(const BatchSpec &spec, const QString &token, const QList<int> &rows);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const;
    bool isPaused() const;

    BatchEngine *engine() const { return m_engine; }

Q_SIGNALS:
    /// A new engine is about to run: attach views to it now.
    void engineStarted(Batchsmith::BatchEngine *engine);
    void runningChanged(bool running);
    void pausedChanged(bool paused);
    void progressChanged(const Batchsmith::Progress &progress);
    void finished(const Batchsmith::RunSummary &summary);

private:
    void onRowFinished(int index, const RowOutcome &outcome);
    void onRunFinished(const RunSummary &summary);

    RecordTableModel *m_model;
    QNetworkAccessManager *m_network;
    QPointer<BatchEngine> m_engine;
    QStringList m_keys; // the row key of each row given to the engine, by the engine's row index
    bool m_running = false;
};

} // namespace Batchsmith
