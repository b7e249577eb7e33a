// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/revertrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/pacedrequest.h"
#include "core/api/requestbuilder.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "core/net/ratelimiter.h"
#include "journal/journaldb.h"
#include "journal/journallock.h"
#include "journal/logging.h"
#include "journal/revertplanner.h"
#include "journal/runjournal.h"

namespace Batchsmith {

namespace {

constexpr int Chunk = 100;
const QString RestorePrefix = QStringLiteral("restore-");
const QString ArchivePrefix = QStringLiteral("archive-");

/// The revert's rows: one per operation, with action, record id and values as the input columns.
BatchInput revertInput(const RevertPlan &plan)
{
    BatchInput input;
    input.file = plan.journalPath;
    input.columns = { QStringLiteral("action"), QStringLiteral("recordId"), QStringLiteral("properties") };
    auto add = [&input](const QString &action, const QString &id, const QMap<QString, QString> &properties) {
        Row row;
        row.key = (action == u"archive" ? ArchivePrefix : RestorePrefix) + id;
        row.properties = properties;
        input.rows.append(row);
        input.cells.append({ action, id, JournalCodec::properties(properties) });
        input.previous.append(RowOutcome());
    };
    for (const RecordRestore &r : plan.restores)
        add(QStringLiteral("restore"), r.recordId, r.properties);
    for (const QString &id : plan.archiveIds)
        add(QStringLiteral("archive"), id, {});
    return input;
}

} // namespace

RevertRunner::RevertRunner(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ApiClient>(nam, clock))
    , m_clock(clock)
    , m_ownLimiter(std::make_unique<RateLimiter>(clock))
    , m_limiter(m_ownLimiter.get())
{
}

RevertRunner::~RevertRunner() = default;

void RevertRunner::setToken(const QString &token)
{
    m_api->setToken(token);
}

void RevertRunner::setRateLimiter(RateLimiter *limiter)
{
    m_limiter = limiter ? limiter : m_ownLimiter.get();
}

Result<std::unique_ptr<JournalLock>> RevertRunner::lockUndoneRun(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::unique_ptr<JournalLock>();
    return JournalLock::acquire(path);
}

Result<void> RevertRunner::start(const RevertPlan &plan, const QString &journalPath)
{
    auto undoneRun = lockUndoneRun(plan.journalPath);
    if (!undoneRun)
        return undoneRun.error();
    RunSetup setup;
    setup.kind = RunKind::Revert;
    setup.revertsRunId = plan.runId;
    setup.revertsJournal = plan.journalPath;
    setup.portalId = plan.portalId;
    setup.inputFile = plan.journalPath;
    setup.spec = plan.spec;
    setup.spec.mode = WriteMode::Create; // only for planning the journal's batches; the kind says revert
    setup.spec.idProperty.clear();
    setup.spec.lookupProperty.clear();
    setup.spec.runId.clear();
    auto journal = RunJournal::create(journalPath, setup, revertInput(plan), m_clock);
    if (!journal)
        return journal.error();
    return run(std::move(journal).value(), std::move(undoneRun).value());
}

Result<void> RevertRunner::resume(const QString &journalPath)
{
    auto journal = RunJournal::open(journalPath, m_clock);
    if (!journal)
        return journal.error();
    if ((*journal)->setup().kind != RunKind::Revert)
        return Error::make(
            Error::Kind::InvalidInput, QStringLiteral("%1 is not the journal of a revert.").arg(journalPath));
    auto undoneRun = lockUndoneRun((*journal)->setup().revertsJournal);
    if (!undoneRun)
        return undoneRun.error();
    return run(std::move(journal).value(), std::move(undoneRun).value());
}

Result<void> RevertRunner::run(std::unique_ptr<RunJournal> journal, std::unique_ptr<JournalLock> undoneRun)
{
    m_journal = std::move(journal);
    m_journal->setParent(nullptr);
    m_undoneRun = std::move(undoneRun);
    m_spec = m_journal->setup().spec;
    if (m_sandboxEndpoint.isValid() && ApiClient::isLoopback(m_spec.baseUrl))
        m_spec.baseUrl = m_sandboxEndpoint;
    if (auto ok = m_api->setBaseUrl(m_spec.baseUrl); !ok)
        return ok.error();
    m_api->setTimeoutMs(m_spec.requestTimeoutMs > 0 ? m_spec.requestTimeoutMs : 60000);
    // The undone run's attempt limit and limits; the revert's own run id seeds the jitter.
    m_policy = RetryPolicy::forRun(
        m_spec.maxAttempts > 0 ? m_spec.maxAttempts : BatchSpec().maxAttempts, m_journal->runId());
    if (m_limiter == m_ownLimiter.get() && m_spec.rateLimitPerWindow > 0 && m_spec.rateLimitWindowMs > 0) {
        m_ownLimiter = std::make_unique<RateLimiter>(m_clock, m_spec.rateLimitPerWindow, m_spec.rateLimitWindowMs);
        m_limiter = m_ownLimiter.get();
    }
    auto work = m_journal->resumeWork();
    if (!work)
        return work.error();
    m_pending.clear();
    for (const Row &row : std::as_const(work->rows)) {
        Operation op;
        op.rowKey = row.key;
        op.archive = row.key.startsWith(ArchivePrefix);
        op.recordId = row.key.mid((op.archive ? ArchivePrefix : RestorePrefix).size());
        op.properties = row.properties;
        m_pending.append(op);
    }
    if (auto ok = m_journal->beginSession(); !ok)
        return ok;
    m_summary = RunSummary();
    m_summary.total = int(m_pending.size());
    m_startedMs = m_clock->nowMs();
    m_batch = 0;
    qCInfo(lcJournal) << "revert" << m_journal->runId() << m_pending.size() << "operations";
    QMetaObject::invokeMethod(this, &RevertRunner::sendNext, Qt::QueuedConnection); // after start() returns
    return {};
}

void RevertRunner::sendNext()
{
    if (m_pending.isEmpty())
        return finishRun();
    // One action per request: restores first, then archives (the plan's order).
    const bool archive = m_pending.first().archive;
    QList<Operation> chunk;
    for (const Operation &op : std::as_const(m_pending)) {
        if (op.archive != archive || chunk.size() == Chunk)
            break;
        chunk.append(op);
    }
    QJsonArray inputs;
    for (const Operation &op : chunk) {
        QJsonObject input { { QStringLiteral("id"), op.recordId } };
        if (!archive) {
            QJsonObject properties;
            for (auto it = op.properties.cbegin(); it != op.properties.cend(); ++it)
                properties.insert(it.key(), it.value());
            input.insert(QStringLiteral("properties"), properties);
        }
        inputs.append(input);
    }
    const QString path = RequestBuilder::objectsPath(m_spec.apiVersion, m_spec.objectType)
        + (archive ? QStringLiteral("/batch/archive") : QStringLiteral("/batch/update"));
    BatchExchange ex;
    ex.batchNumber = ++m_batch;
    for (const Operation &op : std::as_const(chunk))
        ex.rowKeys.append(op.rowKey);
    ex.method = QStringLiteral("POST");
    ex.url = m_api->urlFor(path);
    ex.requestBody = QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact);

    // As the engine's batches go (EngineRun::pump): the token's budget first, shared with whatever else uses the
    // token, then the RetryPolicy; both operations may be sent again safely. Each attempt is journaled as it leaves.
    auto sent = std::make_shared<BatchExchange>(ex);
    PacedRequest::Hooks hooks;
    hooks.send = [this, path, sent](int attempt) -> ApiCall * {
        sent->attempt = attempt;
        sent->sentAtMs = m_clock->nowMs();
        if (auto ok = m_journal->recordSend(*sent); !ok) {
            finishRun(ok.error());
            return nullptr;
        }
        ++m_summary.requests;
        if (attempt > 1)
            ++m_summary.retries;
        ApiCall *call = m_api->post(path, sent->requestBody);
        sent->requestHeaders = call->redactedRequestHeaders();
        return call;
    };
    hooks.answered = [this, sent](const ApiResponse &response, const ParsedBody &, const RetryDecision &decision) {
        journalAnswer(*sent, response, decision);
    };
    hooks.done = [this, chunk, archive](const ApiResponse &response, const ParsedBody &body,
                     const RetryDecision &decision) { onAnswer(chunk, archive, response, body, decision); };
    PacedRequest::start(m_limiter, m_clock, &m_policy, true, std::move(hooks), this);
}

void RevertRunner::journalAnswer(const BatchExchange &sent, const ApiResponse &response, const RetryDecision &decision)
{
    const int status = response.networkFailure ? 0 : response.httpStatus;
    qCDebug(lcJournal) << "revert batch" << sent.batchNumber << "attempt" << sent.attempt << "->" << status
                       << decision.reason;
    BatchExchange ex = sent;
    ex.httpStatus = status;
    ex.responseHeaders = response.headers;
    ex.responseBody = response.body;
    ex.durationMs = response.durationMs;
    ex.correlationId = response.correlationId();
    ex.networkError = response.networkFailure ? response.errorString : QString();
    [[maybe_unused]] const auto recorded = m_journal->recordAnswer(ex);
    if (status == 429)
        ++m_summary.rateLimited;
}

void RevertRunner::onAnswer(const QList<Operation> &chunk, bool archive, const ApiResponse &response,
    const ParsedBody &body, const RetryDecision &decision)
{
    const int status = response.networkFailure ? 0 : response.httpStatus;
    QHash<QString, ParsedError> failedIds;
    for (const ParsedError &e : body.errors) {
        for (const QString &id : e.ids)
            failedIds.insert(id, e);
    }
    const bool ok = decision.action == RetryDecision::Action::Accept;
    for (const Operation &op : chunk) {
        RowOutcome o;
        o.httpStatus = status;
        o.correlationId = response.correlationId();
        o.id = op.recordId;
        if (ok && !failedIds.contains(op.recordId)) {
            o.status = RowStatus::Updated;
            o.message = archive ? QStringLiteral("Archived.") : QStringLiteral("Restored.");
        } else {
            const ParsedError e = ok ? failedIds.value(op.recordId) : body.whole;
            o.status = RowStatus::Failed;
            o.category = e.category.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : e.category;
            o.code = e.code;
            o.message = e.message.isEmpty() && !ok ? decision.reason : e.message;
        }
        finishOperation(op, o);
    }
    m_pending.remove(0, chunk.size());
    if (decision.action == RetryDecision::Action::StopRun) { // 401, 403, the daily limit
        const Error::Kind kind = status == 401 ? Error::Kind::Authentication
            : status == 403                    ? Error::Kind::Permission
                                               : Error::Kind::RateLimited;
        Error fatal = Error::make(kind,
            body.whole.message.isEmpty() ? QStringLiteral("HubSpot answered HTTP %1.").arg(status)
                                         : body.whole.message);
        fatal.httpStatus = status;
        return finishRun(fatal);
    }
    sendNext();
}

void RevertRunner::finishOperation(const Operation &op, const RowOutcome &outcome)
{
    m_journal->recordOutcome(op.rowKey, outcome);
    (outcome.status == RowStatus::Updated ? m_summary.updated : m_summary.failed)++;
    Q_EMIT rowFinished(op.rowKey, outcome);
    Progress p;
    p.total = m_summary.total;
    p.done = m_summary.updated + m_summary.failed;
    Q_EMIT progressChanged(p);
}

void RevertRunner::finishRun(const std::optional<Error> &fatal)
{
    m_summary.fatal = fatal;
    m_summary.skipped = int(m_pending.size());
    m_summary.durationMs = m_clock->nowMs() - m_startedMs;
    [[maybe_unused]] const auto recorded = m_journal->recordFinished(m_summary);
    m_undoneRun.reset();
    qCInfo(lcJournal) << "revert finished:" << m_summary.updated << "done" << m_summary.failed << "failed"
                      << m_summary.skipped << "not sent";
    Q_EMIT finished(m_summary);
}

} // namespace Batchsmith
