// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/sendcontroller.h"

#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "core/api/apiclient.h"
#include "core/api/objecttypes.h"
#include "core/batch/rowsource.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "core/io/privatefiles.h"
#include "core/net/ratelimiterpool.h"
#include "core/table/gridrowsource.h"
#include "core/table/rowstore.h"
#include "gui/batch/runpreparation.h"
#include "gui/logging.h"
#include "journal/beforevaluesreader.h"
#include "journal/journallock.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"

namespace Batchsmith {

SendController::SendController(
    RecordTableModel *model, QNetworkAccessManager *network, RateLimiterPool *rateLimiters, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_network(network)
    , m_rateLimiters(rateLimiters)
    , m_journalDirectory(JournalReader::defaultDirectory())
    , m_preparation(new RunPreparation(this))
{
    connect(m_preparation, &RunPreparation::progressChanged, this, &SendController::preparing);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(0);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(m_progress); });
}

SendController::~SendController()
{
    // Closing with a run going ends its journal's session, so the next start does not take it for a crash.
    if (m_running && m_journal) {
        RunSummary summary = m_engine ? m_engine->summary() : RunSummary {};
        summary.cancelled = true;
        [[maybe_unused]] const auto ended = m_journal->recordFinished(summary);
    }
}

void SendController::setPrepareInBackgroundFrom(int rows)
{
    m_preparation->setWorkerFromRows(rows);
}

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
    std::vector<bool> sending(size_t(m_model->rowCount()), false); // a bit a row, not a hash of a million rows
    for (const int row : rows)
        sending[size_t(row)] = true;
    for (const RecordTableModel::Problem &problem : m_model->problems()) {
        if (problem.row >= 0 && size_t(problem.row) < sending.size() && sending[size_t(problem.row)])
            problems.append(problem);
    }
    if (idColumn >= 0) {
        const RowStore &store = m_model->rowStore();
        for (const int row : rows) {
            if (QString::fromUtf8(store.cell(row, idColumn)).trimmed().isEmpty()) {
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

namespace {

QString newRunId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

Result<void> SendController::start(
    const BatchSpec &requested, const QString &token, const QList<int> &rows, bool resendUnknown)
{
    if (m_running)
        return Error::make(Error::Kind::InvalidInput, tr("A batch is already being sent."));
    if (rows.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("There is no row to send."));

    RunSetup setup;
    setup.spec = requested;
    setup.spec.runId = newRunId();
    setup.portalId = m_portalId;
    setup.readBefore = m_readBefore && requested.mode == WriteMode::Upsert && !m_journalDirectory.isEmpty();
    const RowStore &store = m_model->rowStore();
    // The rows as they are now, shared with the grid's bytes: the run reads them, on the worker thread that
    // prepares it and then in the engine, without an expanded copy of every row.
    const std::shared_ptr<const GridRowSource> source = m_model->rowSource(rows);
    JournalInput input;
    for (const TableColumn &column : source->columns())
        input.columns.append(column.key());
    input.rows = source;
    input.cellsOf = [source](int i) { return source->cells(i); };
    QStringList maybeSent; // unknown creates: the engine looks them up before sending anything again
    // Back to Pending before the engine can report anything; the old outcomes (of the rows that have one) return
    // if the run does not start.
    QHash<QString, RowOutcome> before;
    if (store.hasOutcomes()) {
        for (int i = 0; i < rows.size(); ++i) {
            const int row = rows.at(i);
            const RowOutcome outcome = store.outcome(row);
            if (outcome == RowOutcome())
                continue;
            const QString key = store.key(row);
            if (outcome.status == RowStatus::Unknown)
                input.unknownBefore.insert(i); // sent before: a resume looks them up too
            if (BatchInput::looksUpFirst(outcome.status, setup.spec.mode, resendUnknown)) {
                maybeSent.append(key);
                // Sent by an earlier run of this window: a record its lookup finds is claimed only if created after.
                if (const qint64 sent = m_unknownSentAtMs.value(key); sent > 0)
                    m_firstSentMs.insert(key, sent);
            }
            before.insert(key, outcome);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            m_model->setOutcomeByKey(it.key(), RowOutcome {});
    }

    QString journalPath;
    if (!m_journalDirectory.isEmpty()) {
        PrivateFiles::makeFolder(m_journalDirectory);
        journalPath = RunJournal::newPath(m_journalDirectory, setup.spec.runId);
    }
    m_running = true;
    m_preparing = true;
    m_cancelPreparing = false;
    m_startError.reset();
    m_spec = setup.spec;
    m_rowCount = int(rows.size());
    m_inStart = true;
    m_preparation->start(journalPath, setup, input,
        [this, token, source, maybeSent, before, readBefore = setup.readBefore](Result<PreparedJournal> prepared) {
            onPrepared(std::move(prepared), token, source, maybeSent, before, readBefore);
        });
    m_inStart = false;
    if (!m_preparing) { // prepared at once (a small run): its error is start()'s
        if (m_startError)
            return *std::exchange(m_startError, std::nullopt);
        qCInfo(lcGui) << "sending" << rows.size() << "rows of" << m_spec.objectType << wireName(m_spec.mode);
        return {};
    }
    qCInfo(lcGui) << "preparing" << rows.size() << "rows of" << m_spec.objectType << wireName(m_spec.mode);
    Q_EMIT runningChanged(true);
    return {};
}

void SendController::onPrepared(Result<PreparedJournal> prepared, const QString &token,
    const std::shared_ptr<const RowSource> &rows, const QStringList &maybeSent,
    const QHash<QString, RowOutcome> &before, bool readBefore)
{
    const bool synchronous = m_inStart;
    m_preparing = false;
    if (std::exchange(m_cancelPreparing, false) && prepared) {
        // Cancelled after the preparation had finished, before its result came back: nothing was sent.
        if (!prepared->path.isEmpty()) {
            const QString path = prepared->path;
            prepared = Error::make(Error::Kind::Cancelled, QString()); // releases its lock first
            RunJournal::removeUnstarted(path);
        } else {
            prepared = Error::make(Error::Kind::Cancelled, QString());
        }
    }
    Result<void> started = prepared ? Result<void>() : Result<void>(prepared.error());
    if (prepared) {
        Plan plan = std::move(prepared->plan);
        std::unique_ptr<RunJournal> journal;
        if (!prepared->path.isEmpty()) {
            auto opened = RunJournal::open(std::move(prepared).value());
            if (!opened) {
                //: %1 is why the file could not be written, e.g. "disk full"
                started = Error::make(Error::Kind::Io,
                    tr("The run journal could not be written, so nothing was sent: %1").arg(opened.error().message));
            } else {
                journal = std::move(opened).value();
            }
        }
        if (started) {
            const QString path = journal ? journal->path() : QString();
            started = launch(m_spec, token, rows, maybeSent, std::move(journal), readBefore, std::move(plan));
            if (!started && !path.isEmpty()) {
                m_journal.reset();
                RunJournal::removeUnstarted(path);
                m_journalPath.clear();
            }
        }
    } else if (prepared.error().kind == Error::Kind::Io) {
        //: %1 is why the file could not be written, e.g. "disk full"
        started = Error::make(Error::Kind::Io,
            tr("The run journal could not be written, so nothing was sent: %1").arg(prepared.error().message));
    }
    if (started)
        return;
    m_running = false;
    m_firstSentMs.clear();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        m_model->setOutcomeByKey(it.key(), it.value());
    if (synchronous)
        return void(m_startError = started.error());
    Q_EMIT runningChanged(false);
    if (started.error().kind == Error::Kind::Cancelled) {
        RunSummary summary;
        summary.total = summary.skipped = m_rowCount;
        summary.cancelled = true;
        Q_EMIT finished(summary);
        return;
    }
    Q_EMIT startFailed(started.error());
}

QString SendController::journalInUseMessage(const QString &journalPath)
{
    const std::optional<qint64> pid = JournalLock::holder(journalPath);
    if (!pid)
        return {};
    if (*pid == QCoreApplication::applicationPid()) {
        //: Shown instead of resuming or reverting a run that this window is sending right now
        return tr("This run is being sent in this window. Wait until it finishes, or stop it, then try again.");
    }
    if (*pid > 0) {
        //: Shown instead of resuming or reverting a run. %1 is the process ID of the other Batchsmith window or
        //: batchsmith-cli, a plain number such as 4242 (no digit grouping)
        return tr("This run is being sent by another Batchsmith window or batchsmith-cli (process ID %1). Wait until "
                  "it finishes, or stop it, then try again.")
            .arg(*pid);
    }
    //: Shown instead of resuming or reverting a run
    return tr("This run is being sent by another Batchsmith window or batchsmith-cli. Wait until it finishes, or stop "
              "it, then try again.");
}

QString SendController::otherAccountMessage(
    const QUrl &runBaseUrl, const QString &runPortalId, const QUrl &endpoint, const QString &portalId)
{
    if (endpoint.isValid() && runBaseUrl.isValid()) {
        const bool runOnSandbox = ApiClient::isLoopback(runBaseUrl);
        if (runOnSandbox != ApiClient::isLoopback(endpoint)) {
            if (runOnSandbox) {
                //: Shown instead of resuming or reverting a run
                return tr("This run went to the sandbox on this computer, but the account in use is a HubSpot "
                          "account. Choose the sandbox's account, then try again.");
            }
            //: Shown instead of resuming or reverting a run. %1 is where the run went, e.g. api.hubapi.com
            return tr("This run went to HubSpot (%1), but the account in use is the sandbox on this computer. Choose "
                      "the account the run was sent with, then try again.")
                .arg(runBaseUrl.host());
        }
        // The sandbox listens on a new port each start: any loopback address is the same sandbox.
        if (!runOnSandbox && runBaseUrl.host().compare(endpoint.host(), Qt::CaseInsensitive) != 0) {
            //: Shown instead of resuming or reverting a run. %1 and %2 are host names, e.g. api.hubapi.com
            return tr("This run went to %1, but the account in use sends to %2. Choose the account the run was sent "
                      "with, then try again.")
                .arg(runBaseUrl.host(), endpoint.host());
        }
    }
    if (!runPortalId.isEmpty() && !portalId.isEmpty() && runPortalId != portalId) {
        //: Shown instead of resuming or reverting a run. %1 and %2 are HubSpot portal (account) ids
        return tr("This run went to portal %1, but the account in use is portal %2. Choose that portal's account, "
                  "then try again.")
            .arg(runPortalId, portalId);
    }
    return {};
}

Result<void> SendController::resumeRun(const QString &journalPath, const QString &token, const QUrl &endpoint)
{
    if (m_running)
        return Error::make(Error::Kind::InvalidInput, tr("A batch is already being sent."));
    auto journal = RunJournal::open(journalPath);
    if (!journal) {
        if (const QString inUse = journalInUseMessage(journalPath); !inUse.isEmpty())
            return Error::make(Error::Kind::InvalidInput, inUse);
        //: %1 is why the run journal could not be opened
        return Error::make(Error::Kind::Io, tr("The run journal could not be opened: %1").arg(journal.error().message));
    }
    auto work = (*journal)->resumeWork(ResumeWork::Rows::OnDemand); // read from the journal as the run needs them
    if (!work) {
        //: %1 is why the run journal could not be read
        return Error::make(Error::Kind::Io, tr("The run journal could not be read: %1").arg(work.error().message));
    }
    if (work->source->rowCount() == 0)
        return Error::make(
            Error::Kind::InvalidInput, tr("Every row of this run has an outcome: nothing is left to send."));
    const RunSetup setup = (*journal)->setup();
    if (const QString other = otherAccountMessage(setup.spec.baseUrl, setup.portalId, endpoint, m_portalId);
        !other.isEmpty())
        return Error::make(Error::Kind::InvalidConfig, other);
    BatchSpec spec = work->spec;
    if (endpoint.isValid() && ApiClient::isLoopback(spec.baseUrl))
        spec.baseUrl = endpoint;
    const bool readBefore = setup.readBefore && spec.mode == WriteMode::Upsert;
    m_firstSentMs = work->firstSentMs; // rows sent before: a record found for them is claimed only if newer
    const auto rows = work->source;
    if (auto launched = launch(spec, token, rows, work->maybeSent, std::move(journal).value(), readBefore); !launched) {
        closeJournal();
        return launched.error();
    }
    qCInfo(lcGui) << "resuming" << work->source->rowCount() << "rows of" << spec.objectType << wireName(spec.mode);
    return {};
}

Result<void> SendController::launch(const BatchSpec &spec, const QString &token,
    const std::shared_ptr<const RowSource> &rows, const QStringList &maybeSent, std::unique_ptr<RunJournal> journal,
    bool readBefore, std::optional<Plan> plan)
{
    if (m_engine)
        m_engine->deleteLater();
    m_journalError.clear();
    m_spec = spec;
    m_rowCount = rows->rowCount();
    m_journal = std::move(journal);
    m_journalPath = m_journal ? m_journal->path() : QString();
    RateLimiter *limiter = m_rateLimiters->limiterFor(token, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
    m_engine = new BatchEngine(m_network, SystemClock::instance(), this);
    m_engine->setToken(token);
    m_engine->setRateLimiter(limiter);
    m_engine->setFirstSent(std::exchange(m_firstSentMs, {}));
    if (plan) // made on the preparation's thread: the engine does not plan a million rows again on this one
        m_engine->setPlan(std::move(*plan));
    if (m_journal) {
        connect(m_journal.get(), &RunJournal::writeFailed, this, &SendController::onJournalFailed);
        if (auto attached = m_journal->attach(m_engine); !attached) {
            m_engine->deleteLater();
            //: %1 is why the run journal could not be written
            return Error::make(Error::Kind::Io,
                tr("The run journal could not be written, so nothing was sent: %1").arg(attached.error().message));
        }
    }
    // By key: the row is found wherever sorting or editing has moved it, and a deleted row is left alone.
    connect(m_engine, &BatchEngine::rowFinished, m_model, &RecordTableModel::setOutcomeByKey);
    connect(m_engine, &BatchEngine::rowFinished, this, [this](const QString &key, const RowOutcome &outcome) {
        if (outcome.status != RowStatus::Unknown)
            return void(m_unknownSentAtMs.remove(key));
        if (const qint64 sent = m_engine->firstSentMs(key); sent > 0)
            m_unknownSentAtMs.insert(key, sent);
    });
    // Once per event-loop pass at most: the engine reports after every row, a hundred times an answer.
    connect(m_engine, &BatchEngine::progressChanged, this, [this](const Progress &progress) {
        m_progress = progress;
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_engine, &BatchEngine::runFinished, this, &SendController::onRunFinished);
    connect(m_engine, &BatchEngine::stateChanged, this,
        [this](BatchEngine::State state) { Q_EMIT pausedChanged(state == BatchEngine::State::Paused); });
    Q_EMIT engineStarted(m_engine);

    m_running = true;
    if (readBefore && m_journal) {
        // The engine starts once what the run overwrites is in the journal; nothing is written before that.
        m_reader = new BeforeValuesReader(m_network, SystemClock::instance(), this);
        m_reader->setToken(token);
        m_reader->setRateLimiter(limiter);
        connect(m_reader, &BeforeValuesReader::finished, this, [this, rows, maybeSent](const Error &error) {
            m_reader->deleteLater();
            m_reader = nullptr;
            if (error.kind != Error::Kind::None) {
                //: %1 is why HubSpot did not answer, in its words
                stopWithError(Error::make(error.kind,
                    tr("The values this run would overwrite could not be read, so nothing was sent: %1")
                        .arg(error.message)));
                return;
            }
            startEngine(rows, maybeSent);
        });
        Q_EMIT runningChanged(true);
        m_reader->start(spec, rows, m_journal.get());
        return {};
    }
    if (auto started = m_engine->start(spec, rows, maybeSent); !started) {
        m_running = false;
        m_engine->deleteLater();
        if (m_journal) // a resumed journal keeps its rows; its session ends here, not in a dead process
        {
            RunSummary summary;
            summary.cancelled = true;
            [[maybe_unused]] const auto ended = m_journal->recordFinished(summary);
        }
        return started.error();
    }
    Q_EMIT runningChanged(true);
    return {};
}

void SendController::startEngine(const std::shared_ptr<const RowSource> &rows, const QStringList &maybeSent)
{
    if (auto started = m_engine->start(m_spec, rows, maybeSent); !started)
        stopWithError(started.error());
}

void SendController::stopWithError(const Error &error)
{
    RunSummary summary;
    summary.total = m_rowCount;
    summary.skipped = summary.total;
    summary.fatal = error;
    summary.cancelled = error.kind == Error::Kind::Cancelled;
    if (summary.cancelled)
        summary.fatal.reset();
    if (m_journal) [[maybe_unused]]
        const auto ended = m_journal->recordFinished(summary);
    closeJournal();
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(summary);
}

void SendController::closeJournal()
{
    if (!m_journal)
        return;
    [[maybe_unused]] const auto flushed = m_journal->flush();
    m_journal.reset(); // releases its lock
}

void SendController::onJournalFailed(const QString &path, const QString &reason)
{
    const bool first = m_journalError.isEmpty();
    m_journalError = QStringLiteral("%1: %2").arg(path, reason);
    if (m_reader) { // reading what the run would overwrite: nothing was sent, the run stops
        if (!first)
            return;
        m_reader->deleteLater();
        m_reader = nullptr;
        QTimer::singleShot(0, this, [this] { stopWithError(Error::make(Error::Kind::Io, m_journalError)); });
        return;
    }
    if (!m_engine || !m_running)
        return;
    // Paused at once, even inside the pre-send hook: the request it refused waits for resume(), batches in flight
    // finish, and the journal keeps their outcomes until it can write them. Nothing is lost, nothing more is sent.
    if (m_engine->state() == BatchEngine::State::Running)
        m_engine->pause();
    if (m_engine->state() == BatchEngine::State::Paused) {
        //: Shown beside a paused run. %1 is the run journal's file, %2 why it could not be written, in SQLite's
        //: words (English), such as "database or disk is full"
        setJournalProblem(tr("Paused: the run journal %1 could not be written (%2). Nothing is lost: free some disk "
                             "space, then resume the run, or cancel it.")
                              .arg(QDir::toNativeSeparators(path), reason));
    } else {
        //: Shown beside a run that is stopping. %1 is the run journal's file, %2 why it could not be written, in
        //: SQLite's words (English), such as "database or disk is full"
        setJournalProblem(tr("The run journal %1 could not be written (%2). The outcomes are in the grid.")
                              .arg(QDir::toNativeSeparators(path), reason));
    }
}

void SendController::setJournalProblem(const QString &message)
{
    if (m_journalProblem == message)
        return;
    m_journalProblem = message;
    Q_EMIT journalProblemChanged(message);
}

void SendController::pause()
{
    if (m_engine && m_running)
        m_engine->pause();
}

void SendController::resume()
{
    if (!m_engine || !m_running)
        return;
    if (!m_journalError.isEmpty() && m_journal) {
        // What the journal kept first; a request it refused is recorded again when the engine offers it again.
        if (!m_journal->flush())
            return; // still failing: onJournalFailed() said so again, the run stays paused
        m_journalError.clear();
        setJournalProblem(QString());
    }
    m_engine->resume();
}

void SendController::cancel()
{
    if (m_preparing) { // nothing sent yet: the preparation stops and finished() says so
        m_cancelPreparing = true;
        return m_preparation->cancel();
    }
    if (m_reader) { // still reading what the run would overwrite: nothing was sent
        // Deleted now, not later: an answer on its way must not reach the journal, which closes with the run.
        delete m_reader;
        m_reader = nullptr;
        stopWithError(Error::make(Error::Kind::Cancelled, QString()));
        return;
    }
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

void SendController::onRunFinished(const RunSummary &summary)
{
    if (m_progressTimer.isActive()) { // the last progress before the end
        m_progressTimer.stop();
        Q_EMIT progressChanged(m_progress);
    }
    m_running = false;
    RunSummary reported = summary;
    // The journal recorded the run's end before this (attached first), writing what it kept if it could.
    if (!m_journalError.isEmpty() && m_journal && !m_journal->isFailing() && m_journal->flush())
        m_journalError.clear(); // written at last: cancelled after a pause, and the journal has everything
    if (!m_journalError.isEmpty()) {
        //: %1 is why the run journal could not be written, e.g. "disk full"
        reported.fatal = Error::make(Error::Kind::Io,
            tr("Sending stopped because the run journal could not be written: %1\nThe rows not sent yet are still in "
               "the grid.")
                .arg(m_journalError));
    }
    closeJournal(); // another process may resume the run now
    setJournalProblem(QString());
    Q_EMIT runningChanged(false);
    Q_EMIT finished(reported);
}

} // namespace Batchsmith
