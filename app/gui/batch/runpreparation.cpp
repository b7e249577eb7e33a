// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/runpreparation.h"

#include <QDateTime>

#include "core/batch/batchplanner.h"
#include "core/batch/rowsource.h"

namespace Batchsmith {

RunPreparation::RunPreparation(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const qint64 total = m_total;
        if (total > 0)
            Q_EMIT progressChanged(int(qMin<qint64>(100, m_done * 100 / total)));
    });
}

RunPreparation::~RunPreparation()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    // Finished but not handed over: a journal whose run never started holds only its plan, so it goes.
    const std::lock_guard lock(m_resultMutex);
    if (m_result && *m_result && !(*m_result)->path.isEmpty()) {
        const QString path = (*m_result)->path;
        m_result.reset(); // releases the journal's lock first
        RunJournal::removeUnstarted(path);
    }
}

Result<PreparedJournal> RunPreparation::prepare(const QString &journalPath, const RunSetup &setup,
    const JournalInput &input, const std::function<bool(qint64, qint64)> &progress)
{
    if (!journalPath.isEmpty())
        return RunJournal::prepare(journalPath, setup, input, QDateTime::currentMSecsSinceEpoch(), progress);
    // No journal: the plan alone, which checks the rows (duplicate upsert ids, keys) as the engine would.
    const std::shared_ptr<const RowSource> rows
        = input.rows ? input.rows : std::make_shared<const ListRowSource>(QList<Row>());
    auto plan = BatchPlanner::plan(setup.spec, *rows, setup.spec.runId);
    if (!plan)
        return plan.error();
    PreparedJournal prepared;
    prepared.plan = std::move(plan).value();
    return prepared;
}

void RunPreparation::start(const QString &journalPath, const RunSetup &setup, const JournalInput &input, Done done)
{
    Q_ASSERT(!m_thread.joinable());
    m_cancel = false;
    const int rows = input.rows ? input.rows->rowCount() : 0;
    if (rows < m_workerFromRows) {
        done(prepare(journalPath, setup, input, {}));
        return;
    }
    m_done = 0;
    m_total = 0;
    m_progressTimer.start();
    Q_EMIT progressChanged(0);
    m_thread = std::thread([this, journalPath, setup, input, done = std::move(done)] {
        auto result = prepare(journalPath, setup, input, [this](qint64 doneRows, qint64 total) {
            m_done = doneRows;
            m_total = total;
            return !m_cancel;
        });
        {
            const std::lock_guard lock(m_resultMutex);
            m_result = std::move(result);
        }
        // Back on the owner's thread; dropped if the preparation is destroyed first (its destructor joins this).
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_thread.join();
                m_progressTimer.stop();
                std::optional<Result<PreparedJournal>> result;
                {
                    const std::lock_guard lock(m_resultMutex);
                    result = std::exchange(m_result, std::nullopt);
                }
                if (result)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace Batchsmith
