// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/runjournal.h"

#include <vector>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include "core/batch/batchplanner.h"
#include "core/batch/rowsource.h"
#include "core/io/batchinput.h"
#include "journal/journaldb.h"
#include "journal/journallock.h"
#include "journal/journalplan.h"
#include "journal/journalrowsource.h"
#include "journal/logging.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Batchsmith {

namespace {

QString signature(const BatchExchange &ex)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(int(ex.kind))
        .arg(ex.batchNumber)
        .arg(ex.attempt)
        .arg(ex.sentAtMs)
        .arg(ex.rowKeys.join(u','));
}

QString kindName(BatchExchange::Kind kind)
{
    return kind == BatchExchange::Kind::Lookup ? QStringLiteral("lookup") : QStringLiteral("write");
}

QString summaryJson(const RunSummary &s)
{
    QJsonObject o { { QStringLiteral("total"), s.total }, { QStringLiteral("created"), s.created },
        { QStringLiteral("updated"), s.updated }, { QStringLiteral("failed"), s.failed },
        { QStringLiteral("unknown"), s.unknown }, { QStringLiteral("notSent"), s.skipped },
        { QStringLiteral("requests"), s.requests }, { QStringLiteral("retries"), s.retries },
        { QStringLiteral("rateLimited"), s.rateLimited }, { QStringLiteral("durationMs"), s.durationMs },
        { QStringLiteral("cancelled"), s.cancelled } };
    if (s.fatal)
        o.insert(QStringLiteral("fatal"), s.fatal->message);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Makes a rename survive a power loss: the directory entry is on disk once this returns.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

RunJournal::RunJournal(std::shared_ptr<JournalLock> lock, std::unique_ptr<JournalDb> db, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_clock(clock)
{
}

RunJournal::~RunJournal()
{
    if (m_engine)
        m_engine->setPreSendHook({});
    if (!m_outcomes.isEmpty() || !m_answers.isEmpty()) {
        if (auto flushed = m_db->transaction([this] { return writePending(); }); !flushed) {
            // A resume settles these rows as sent without an answer (looked up before any resend).
            qCWarning(lcJournal) << "journal: closed with" << m_outcomes.size()
                                 << "outcomes not written:" << flushed.error().message;
        }
    }
}

qint64 RunJournal::nowMs() const
{
    return m_clock->utcNow().toMSecsSinceEpoch();
}

void RunJournal::removeUnstarted(const QString &path)
{
    removeSqliteFiles(path);
}

QString RunJournal::newPath(const QString &directory, const QString &runId, Clock *clock)
{
    const QString stamp = clock->utcNow().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(directory).filePath(QStringLiteral("run-%1-%2.%3").arg(stamp, runId, fileSuffix()));
}

Result<std::unique_ptr<RunJournal>> RunJournal::create(
    const QString &path, const RunSetup &setup, const BatchInput &input, Clock *clock, QObject *parent)
{
    return create(
        path, setup, input, [&input](int i) { return input.cells.value(i); }, clock, parent);
}

Result<std::unique_ptr<RunJournal>> RunJournal::create(const QString &path, const RunSetup &setup,
    const BatchInput &input, const std::function<QStringList(int)> &cellsOf, Clock *clock, QObject *parent)
{
    JournalInput journalInput;
    journalInput.columns = input.columns;
    journalInput.rows = std::make_shared<const ListRowSource>(input.rows);
    journalInput.cellsOf = cellsOf;
    for (qsizetype i = 0; i < input.rows.size(); ++i) {
        if (const RowOutcome previous = input.previous.value(i); previous != RowOutcome())
            journalInput.previous.insert(int(i), previous);
        if (input.unknownBefore.value(i))
            journalInput.unknownBefore.insert(int(i));
    }
    return create(path, setup, journalInput, clock, parent);
}

Result<std::unique_ptr<RunJournal>> RunJournal::create(
    const QString &path, const RunSetup &setup, const JournalInput &input, Clock *clock, QObject *parent)
{
    auto prepared = prepare(path, setup, input, clock->utcNow().toMSecsSinceEpoch());
    if (!prepared)
        return prepared.error();
    return open(std::move(prepared).value(), clock, parent);
}

Result<PreparedJournal> RunJournal::prepare(const QString &path, const RunSetup &setup, const JournalInput &input,
    qint64 createdAtMs, const std::function<bool(qint64 done, qint64 total)> &progress)
{
    // Locked first: two processes given the same new path must not both write its .part file.
    auto lock = JournalLock::acquire(path);
    if (!lock)
        return lock.error();
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("the journal %1 already exists; resume its run, or choose a new file").arg(path));
    // Written aside and renamed once whole, so that an existing journal always holds its complete plan.
    const QString part = path + QStringLiteral(".part");
    removeSqliteFiles(part);
    PreparedJournal prepared;
    {
        auto db = JournalDb::open(part, JournalDb::Mode::Create);
        if (!db)
            return db.error();
        auto plan = writePlan(**db, setup, input, createdAtMs, progress);
        if (!plan) {
            db->reset();
            removeSqliteFiles(part);
            return plan.error();
        }
        prepared.plan = std::move(plan).value();
    }
    if (!QFile::rename(part, path)) {
        removeSqliteFiles(part);
        return Error::make(Error::Kind::Io, QStringLiteral("cannot create the journal %1").arg(path));
    }
    syncDirectory(QFileInfo(path).absolutePath());
    prepared.path = path;
    prepared.lock = std::move(lock).value();
    return prepared;
}

Result<std::unique_ptr<RunJournal>> RunJournal::open(PreparedJournal prepared, Clock *clock, QObject *parent)
{
    return openLocked(prepared.path, std::move(prepared.lock), clock, parent);
}

Result<std::unique_ptr<RunJournal>> RunJournal::open(const QString &path, Clock *clock, QObject *parent)
{
    if (!QFileInfo::exists(path)) // said before a lock file is made beside a file that is not there
        return Error::make(Error::Kind::Io, QStringLiteral("%1 does not exist.").arg(path));
    auto lock = JournalLock::acquire(path);
    if (!lock)
        return lock.error();
    return openLocked(path, std::move(lock).value(), clock, parent);
}

Result<std::unique_ptr<RunJournal>> RunJournal::openLocked(
    const QString &path, std::shared_ptr<JournalLock> lock, Clock *clock, QObject *parent)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Write);
    if (!db)
        return db.error();
    return std::unique_ptr<RunJournal>(new RunJournal(std::move(lock), std::move(db).value(), clock, parent));
}

Result<Plan> RunJournal::writePlan(JournalDb &db, const RunSetup &setup, const JournalInput &input, qint64 createdAtMs,
    const std::function<bool(qint64 done, qint64 total)> &progress)
{
    BatchSpec spec = setup.spec;
    if (spec.runId.isEmpty())
        spec.runId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const std::shared_ptr<const RowSource> all
        = input.rows ? input.rows : std::make_shared<const ListRowSource>(QList<Row>());
    const int count = all->rowCount();
    // The rows to send: all of them, unless a results file given as input settled some.
    std::shared_ptr<const RowSource> toSend = all;
    QList<int> toSendIndexes;
    bool someFinal = false;
    for (auto it = input.previous.cbegin(); it != input.previous.cend() && !someFinal; ++it)
        someFinal = it->isFinal();
    if (someFinal) {
        for (int i = 0; i < count; ++i) {
            if (!input.previous.value(i).isFinal())
                toSendIndexes.append(i);
        }
        toSend = std::make_shared<const SubsetRowSource>(all, toSendIndexes);
    }
    // The engine plans the same way; a plan it would refuse is refused here, before a file exists.
    auto plan = BatchPlanner::plan(spec, *toSend, spec.runId);
    if (!plan)
        return plan.error();
    std::vector<int> batchOf(size_t(count), 0); // input position -> planned batch (0: not sent)
    for (const PlannedBatch &b : std::as_const(plan->batches)) {
        for (int position : b.rowIndexes)
            batchOf[size_t(someFinal ? toSendIndexes.at(position) : position)] = b.number;
    }
    // Two passes over the rows (their keys and outcomes, then the plan blocks), reported as one.
    const qint64 total = 2 * qint64(count);
    const auto keepGoing = [&progress, total](qint64 done) { return !progress || progress(done, total); };
    const Error cancelled = Error::make(Error::Kind::Cancelled, QStringLiteral("the journal was not written"));
    auto written = db.transaction([&]() -> Result<void> {
        const QList<QPair<QString, QString>> meta {
            { QStringLiteral("run_id"), spec.runId },
            { QStringLiteral("kind"), wireName(setup.kind) },
            { QStringLiteral("reverts_run_id"), setup.revertsRunId },
            { QStringLiteral("reverts_journal"), setup.revertsJournal },
            { QStringLiteral("created_at"), QString::number(createdAtMs) },
            { QStringLiteral("portal_id"), setup.portalId },
            { QStringLiteral("input_file"), setup.inputFile },
            { QStringLiteral("object_type"), spec.objectType },
            { QStringLiteral("mode"), wireName(spec.mode) },
            { QStringLiteral("id_property"), spec.idProperty },
            { QStringLiteral("api_version"), wireName(spec.apiVersion) },
            { QStringLiteral("base_url"), spec.baseUrl.adjusted(QUrl::RemoveUserInfo).toString() },
            { QStringLiteral("batch_size"), QString::number(spec.batchSize) },
            { QStringLiteral("concurrency"), QString::number(spec.concurrency) },
            { QStringLiteral("rate_limit"), QString::number(spec.rateLimitPerWindow) },
            { QStringLiteral("rate_window_ms"), QString::number(spec.rateLimitWindowMs) },
            { QStringLiteral("timeout_ms"), QString::number(spec.requestTimeoutMs) },
            { QStringLiteral("max_attempts"), QString::number(spec.maxAttempts) },
            { QStringLiteral("lookup_property"), spec.lookupProperty },
            { QStringLiteral("columns"), JournalCodec::strings(input.columns) },
            { QStringLiteral("read_before"), setup.readBefore ? QStringLiteral("1") : QStringLiteral("0") },
        };
        for (const auto &[key, value] : meta) {
            if (auto ok = db.setMeta(key, value); !ok)
                return ok;
        }
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO rows (idx, row_key, source_line, cells, properties, associations, "
                                 "batch, trace_id, status, record_id, category, code, message, property, "
                                 "http_status, correlation_id, from_previous, sends) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < count; ++i) {
            if (i % 4096 == 0 && !keepGoing(i))
                return cancelled;
            const RowOutcome previous = input.previous.value(i);
            // Every row is keyed (BatchInput, the grid and RevertRunner). Cells, properties and associations are in
            // the plan blocks; the trace id is the run id and the row key (JournalReader::rows() derives it).
            const QVariantList values { i, all->key(i), all->sourceLine(i), QString(), QString(), QString(),
                batchOf[size_t(i)], QString(), wireName(previous.status), previous.id, previous.category, previous.code,
                previous.message, previous.property, previous.httpStatus, previous.correlationId,
                previous.isFinal() ? 1 : 0,
                // Unknown in a results input: already sent once, so a resume looks it up before any resend.
                input.unknownBefore.contains(i) ? 1 : 0 };
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                return db.sqlError(q);
        }
        const auto planProgress = [&keepGoing, count](qint64 done) { return keepGoing(count + done); };
        if (auto ok = JournalPlan::write(db, input.columns, *all, input.cellsOf, planProgress); !ok)
            return ok.error().kind == Error::Kind::Cancelled ? cancelled : ok.error();
        return {};
    });
    if (!written)
        return written.error();
    return plan;
}

QString RunJournal::path() const
{
    return m_db->path();
}

QString RunJournal::runId() const
{
    return m_db->meta(QStringLiteral("run_id"));
}

RunSetup RunJournal::setup() const
{
    const JournalDb &db = *m_db;
    RunSetup s;
    s.kind = db.meta(QStringLiteral("kind")) == u"revert" ? RunKind::Revert : RunKind::Write;
    s.revertsRunId = db.meta(QStringLiteral("reverts_run_id"));
    s.revertsJournal = db.meta(QStringLiteral("reverts_journal"));
    s.portalId = db.meta(QStringLiteral("portal_id"));
    s.inputFile = db.meta(QStringLiteral("input_file"));
    s.readBefore = db.meta(QStringLiteral("read_before")) == u"1";
    BatchSpec &spec = s.spec;
    spec.runId = db.meta(QStringLiteral("run_id"));
    spec.objectType = db.meta(QStringLiteral("object_type"));
    spec.mode = writeModeFromString(db.meta(QStringLiteral("mode"))).value_or(WriteMode::Create);
    spec.idProperty = db.meta(QStringLiteral("id_property"));
    spec.apiVersion = apiVersionFromString(db.meta(QStringLiteral("api_version"))).value_or(ApiVersion::V2026_03);
    spec.baseUrl = QUrl(db.meta(QStringLiteral("base_url")));
    spec.batchSize = db.meta(QStringLiteral("batch_size")).toInt();
    spec.concurrency = db.meta(QStringLiteral("concurrency")).toInt();
    spec.rateLimitPerWindow = db.meta(QStringLiteral("rate_limit")).toInt();
    spec.rateLimitWindowMs = db.meta(QStringLiteral("rate_window_ms")).toInt();
    spec.requestTimeoutMs = db.meta(QStringLiteral("timeout_ms")).toInt();
    spec.maxAttempts = db.meta(QStringLiteral("max_attempts")).toInt();
    spec.lookupProperty = db.meta(QStringLiteral("lookup_property"));
    return s;
}

Result<ResumeWork> RunJournal::resumeWork(ResumeWork::Rows rows) const
{
    ResumeWork work;
    work.spec = setup().spec;
    const bool inMemory = rows == ResumeWork::Rows::InMemory;
    JournalPlan plan(*m_db);
    QSqlQuery q = m_db->query();
    q.setForwardOnly(true); // Qt keeps no copy of every row read
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM rows")) || !q.next())
        return m_db->sqlError(q);
    work.runRows = q.value(0).toInt();
    work.columns = JournalCodec::strings(m_db->meta(QStringLiteral("columns")));
    // Unknown rows go again too: they were sent and may have been written, so the engine looks them up (or, for an
    // upsert, sends them again) before anything else; a stopped run leaves its unsettled rows unknown.
    if (!q.exec(QStringLiteral("SELECT row_key, source_line, %1, sends, status, idx FROM rows WHERE status = "
                               "'pending' OR (status = 'unknown' AND from_previous = 0) ORDER BY idx")
                    .arg(inMemory ? QStringLiteral("properties, associations") : QStringLiteral("NULL, NULL"))))
        return m_db->sqlError(q);
    QSet<QString> sent;
    std::vector<int> indexes;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (q.value(4).toInt() > 0 || q.value(5).toString() == u"unknown") {
            work.maybeSent.append(key);
            sent.insert(key);
        }
        indexes.push_back(q.value(6).toInt());
        if (!inMemory)
            continue;
        Row row;
        row.key = key;
        row.sourceLine = q.value(1).toInt();
        JournalPlan::Entry planned = plan.entry(q.value(6).toInt(), QVariant(), q.value(2), q.value(3));
        row.properties = std::move(planned.properties);
        row.associations = std::move(planned.associations);
        work.rows.append(row);
    }
    if (inMemory) {
        work.source = std::make_shared<const ListRowSource>(work.rows);
    } else {
        auto source = JournalRowSource::open(path(), std::move(indexes));
        if (!source)
            return source.error();
        work.source = std::move(source).value();
    }
    if (auto times = firstSendTimes(sent); times)
        work.firstSentMs = std::move(times).value();
    else
        return times.error();
    return work;
}

Result<QHash<QString, qint64>> RunJournal::firstSendTimes(const QSet<QString> &keys) const
{
    // sent_at is the engine's monotonic clock (the response view finds a request by it); sent_wall the wall time,
    // NULL in requests of journals from before it existed. Anything before 2020 is not a wall time.
    constexpr qint64 Plausible = 1577836800000; // 2020-01-01T00:00:00Z
    QHash<QString, qint64> first;
    if (keys.isEmpty())
        return first;
    QSqlQuery q = m_db->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT row_keys, sent_wall FROM requests WHERE kind = 'write' ORDER BY id")))
        return m_db->sqlError(q);
    while (q.next()) {
        const qint64 sentAt = q.value(1).toLongLong();
        if (sentAt < Plausible)
            continue;
        for (const QString &key : JournalCodec::strings(q.value(0).toString())) {
            if (keys.contains(key) && !first.contains(key))
                first.insert(key, sentAt);
        }
    }
    return first;
}

Result<void> RunJournal::attach(BatchEngine *engine)
{
    if (auto ok = beginSession(); !ok)
        return ok;
    m_engine = engine;
    engine->setPreSendHook([this](const BatchExchange &ex) { return recordSend(ex).hasValue(); });
    connect(engine, &BatchEngine::batchAnswered, this,
        [this](const BatchExchange &ex) { [[maybe_unused]] const auto ok = recordAnswer(ex); });
    connect(engine, &BatchEngine::rowFinished, this, &RunJournal::recordOutcome);
    connect(engine, &BatchEngine::runFinished, this,
        [this](const RunSummary &summary) { [[maybe_unused]] const auto ok = recordFinished(summary); });
    return {};
}

Result<void> RunJournal::failed(const Error &error)
{
    m_failing = true;
    m_lastError = error.message;
    // Said to the user by whoever runs the journal (writeFailed()); logged for the developer.
    qCInfo(lcJournal) << "journal:" << error.message << "-" << m_outcomes.size() << "outcomes and" << m_answers.size()
                      << "answers kept for the next write";
    Q_EMIT writeFailed(path(), JournalDb::reason(error));
    return error;
}

void RunJournal::written()
{
    // Only once the transaction that wrote them has committed: a failed COMMIT rolls them back, and they are written
    // by the next write instead of being forgotten (a resume would redo rows that had finished).
    m_outcomes.clear();
    m_answers.clear();
    m_failing = false;
}

Result<void> RunJournal::beginSession()
{
    const qint64 now = nowMs();
    auto q = m_db->exec(QStringLiteral("INSERT INTO sessions (started_at, last_activity) VALUES (?, ?)"), { now, now });
    if (!q)
        return failed(q.error());
    m_session = q->lastInsertId().toLongLong();
    return {};
}

Result<void> RunJournal::touchSession()
{
    auto q = m_db->exec(QStringLiteral("UPDATE sessions SET last_activity = ? WHERE id = ?"), { nowMs(), m_session });
    if (!q)
        return q.error();
    return {};
}

Result<void> RunJournal::recordSend(const BatchExchange &ex)
{
    qint64 id = 0;
    auto ok = m_db->transaction([&]() -> Result<void> {
        if (auto pending = writePending(); !pending)
            return pending;
        auto q
            = m_db->exec(QStringLiteral("INSERT INTO requests (session, batch, attempt, kind, row_keys, method, "
                                        "url, request_body, sent_at, sent_wall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { m_session, ex.batchNumber, ex.attempt, kindName(ex.kind), JournalCodec::strings(ex.rowKeys),
                    ex.method, ex.url.adjusted(QUrl::RemoveUserInfo).toString(), JournalCodec::packBody(ex.requestBody),
                    ex.sentAtMs, nowMs() });
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (ex.kind == BatchExchange::Kind::Write) {
            QSqlQuery sends = m_db->query();
            sends.prepare(QStringLiteral("UPDATE rows SET sends = sends + 1 WHERE row_key = ?"));
            for (const QString &key : ex.rowKeys) {
                sends.addBindValue(key);
                if (!sends.exec())
                    return m_db->sqlError(sends);
            }
        }
        return touchSession();
    });
    if (!ok)
        return failed(ok.error());
    written();
    m_requestIds.insert(signature(ex), id);
    return {};
}

Result<void> RunJournal::recordAnswer(const BatchExchange &ex)
{
    // Kept until written: an answer a failed write could not keep is written by the next write.
    m_answers.append({ m_requestIds.take(signature(ex)), nowMs(), ex });
    auto ok = m_db->transaction([&]() -> Result<void> {
        if (auto pending = writePending(); !pending)
            return pending;
        return touchSession();
    });
    if (!ok)
        return failed(ok.error());
    written();
    return {};
}

void RunJournal::recordOutcome(const QString &rowKey, const RowOutcome &outcome)
{
    if (rowKey.isEmpty() || !outcome.isFinal())
        return;
    m_outcomes.insert(rowKey, outcome);
    scheduleFlush();
}

void RunJournal::scheduleFlush()
{
    if (m_flushScheduled || m_failing) // while writes fail, the next explicit write tries again
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        if (m_failing)
            return; // failed since it was scheduled: the next explicit write tries again
        [[maybe_unused]] const auto ok = flush();
    });
}

Result<void> RunJournal::flush()
{
    if (m_outcomes.isEmpty() && m_answers.isEmpty())
        return {};
    auto ok = m_db->transaction([this] {
        if (auto pending = writePending(); !pending)
            return pending;
        return touchSession();
    });
    if (!ok)
        return failed(ok.error());
    written();
    return {};
}

Result<void> RunJournal::writePending()
{
    if (!m_answers.isEmpty()) {
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("UPDATE requests SET request_headers = ?, answered_at = ?, http_status = ?, "
                                 "response_headers = ?, response_body = ?, batch_status = ?, network_error = ?, "
                                 "correlation_id = ?, duration_ms = ? WHERE id = ?"));
        for (const Answer &a : std::as_const(m_answers)) {
            const BatchExchange &ex = a.exchange;
            for (const QVariant &v : QVariantList { JournalCodec::headers(ex.requestHeaders), a.answeredAtMs,
                     ex.httpStatus, JournalCodec::headers(ex.responseHeaders), JournalCodec::packBody(ex.responseBody),
                     ex.batchStatus, ex.networkError, ex.correlationId, ex.durationMs, a.requestId })
                q.addBindValue(v);
            if (!q.exec())
                return m_db->sqlError(q);
        }
    }
    if (m_outcomes.isEmpty())
        return {};
    QSqlQuery q = m_db->query();
    // Only a pending row takes an outcome, or an unknown one that a resume settled: a row has one final outcome.
    q.prepare(
        QStringLiteral("UPDATE rows SET status = ?, record_id = ?, category = ?, code = ?, message = ?, "
                       "property = ?, http_status = ?, correlation_id = ?, finished_at = ? "
                       "WHERE row_key = ? AND (status = 'pending' OR (status = 'unknown' AND from_previous = 0))"));
    const qint64 now = nowMs();
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        const RowOutcome &o = it.value();
        for (const QVariant &v : QVariantList { wireName(o.status), o.id, o.category, o.code, o.message, o.property,
                 o.httpStatus, o.correlationId, now, it.key() })
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q);
    }
    return {};
}

Result<void> RunJournal::recordFinished(const RunSummary &summary)
{
    auto ok = m_db->transaction([&]() -> Result<void> {
        if (auto pending = writePending(); !pending)
            return pending;
        const qint64 now = nowMs();
        auto q = m_db->exec(
            QStringLiteral("UPDATE sessions SET ended_at = ?, last_activity = ?, summary = ? WHERE id = ?"),
            { now, now, summaryJson(summary), m_session });
        if (!q)
            return q.error();
        return {};
    });
    if (!ok)
        return failed(ok.error());
    written();
    return {};
}

Result<void> RunJournal::recordBeforeValues(const QList<BeforeValues> &values)
{
    auto ok = m_db->transaction([&]() -> Result<void> {
        if (auto pending = writePending(); !pending)
            return pending;
        QSqlQuery q = m_db->query();
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO before_values (id_key, record_id, properties) VALUES (?, ?, ?)"));
        for (const BeforeValues &v : values) {
            q.addBindValue(v.key);
            q.addBindValue(v.recordId);
            q.addBindValue(JournalCodec::properties(v.properties));
            if (!q.exec())
                return m_db->sqlError(q);
        }
        return touchSession();
    });
    if (!ok)
        return failed(ok.error());
    written();
    return {};
}

QSet<QString> RunJournal::beforeValueKeys() const
{
    QSet<QString> keys;
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT id_key FROM before_values"))) {
        while (q.next())
            keys.insert(q.value(0).toString());
    }
    return keys;
}

} // namespace Batchsmith
