// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/sendcontroller.h"

#include <QSet>

#include "core/api/objecttypes.h"
#include "core/logging.h"
#include "core/net/clock.h"

namespace Batchsmith {

SendController::SendController(RecordTableModel *model, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_network(network)
{
}

SendController::~SendController() = default;

QList<RecordTableModel::Problem> SendController::blockingProblems(const BatchSpec &spec, const QList<int> &rows) const
{
    QList<RecordTableModel::Problem> problems;
    if (auto valid = ObjectTypes::validateForBatchWrite(spec.objectType); !valid) {
        //: %1 is what was typed as the object type
        problems.append({ -1, -1, tr("“%1” is not an object type that takes batch writes.").arg(spec.objectType) });
    }
    if (m_model->dataColumnCount() == 0)
        problems.append({ -1, -1, tr("The grid has no columns: add the properties to send.") });
    int idColumn = -1;
    if (spec.mode == WriteMode::Upsert) {
        idColumn = spec.idProperty.isEmpty() ? -1 : m_model->findDataColumn(spec.idProperty);
        if (spec.idProperty.isEmpty()) {
            problems.append({ -1, -1, tr("Choose the unique property that upsert matches records on.") });
        } else if (idColumn < 0) {
            //: %1 is a property's internal name such as email
            problems.append(
                { -1, -1, tr("Upsert matches on “%1”, but the grid has no such column.").arg(spec.idProperty) });
        }
    }
    const QSet<int> sending(rows.cbegin(), rows.cend());
    for (const RecordTableModel::Problem &problem : m_model->problems()) {
        if (sending.contains(problem.row))
            problems.append(problem);
    }
    if (idColumn >= 0) {
        for (const int row : rows) {
            if (m_model->record(row).values.value(idColumn).trimmed().isEmpty()) {
                //: %1 is a property's internal name such as email
                problems.append(
                    { row, idColumn, tr("Upsert needs a value in “%1” to find the record.").arg(spec.idProperty) });
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const auto &a, const auto &b) { return a.row != b.row ? a.row < b.row : a.dataIndex < b.dataIndex; });
    return problems;
}

Result<void> SendController::start(const BatchSpec &spec, const QString &token, const QList<int> &rows)
{
    if (m_running)
        return Error::make(Error::Kind::InvalidInput, tr("A batch is already being sent."));
    if (rows.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("There is no row to send."));

    QList<Row> engineRows;
    engineRows.reserve(rows.size());
    m_keys.clear();
    for (const int row : rows) {
        engineRows.append(m_model->toRow(row));
        m_keys.append(m_model->record(row).key);
    }
    if (m_engine)
        m_engine->deleteLater();
    m_engine = new BatchEngine(m_network, SystemClock::instance(), this);
    m_engine->setToken(token);
    connect(m_engine, &BatchEngine::rowFinished, this, &SendController::onRowFinished);
    connect(m_engine, &BatchEngine::progressChanged, this, &SendController::progressChanged);
    connect(m_engine, &BatchEngine::runFinished, this, &SendController::onRunFinished);
    connect(m_engine, &BatchEngine::stateChanged, this,
        [this](BatchEngine::State state) { Q_EMIT pausedChanged(state == BatchEngine::State::Paused); });
    Q_EMIT engineStarted(m_engine);

    // Back to Pending before the engine can report anything; the old outcomes return if it refuses to start.
    QList<RowOutcome> before;
    before.reserve(rows.size());
    for (const int row : rows) {
        before.append(m_model->record(row).outcome);
        m_model->setOutcome(row, RowOutcome {});
    }
    m_running = true;
    if (auto started = m_engine->start(spec, engineRows); !started) {
        m_running = false;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            m_model->setOutcomeByKey(m_keys.at(i), before.at(i));
        m_engine->deleteLater();
        return started.error();
    }
    Q_EMIT runningChanged(true);
    qCInfo(lcGui) << "sending" << rows.size() << "rows of" << spec.objectType << wireName(spec.mode);
    return {};
}

void SendController::pause()
{
    if (m_engine && m_running)
        m_engine->pause();
}

void SendController::resume()
{
    if (m_engine && m_running)
        m_engine->resume();
}

void SendController::cancel()
{
    if (m_engine && m_running)
        m_engine->cancel();
}

bool SendController::isRunning() const
{
    return m_running;
}

bool SendController::isPaused() const
{
    return m_engine && m_engine->state() == BatchEngine::State::Paused;
}

void SendController::onRowFinished(int index, const RowOutcome &outcome)
{
    if (index >= 0 && index < m_keys.size())
        m_model->setOutcomeByKey(m_keys.at(index), outcome);
}

void SendController::onRunFinished(const RunSummary &summary)
{
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(summary);
}

} // namespace Batchsmith
