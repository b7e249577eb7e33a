// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/revertrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/requestbuilder.h"
#include "core/io/batchinput.h"
#include "core/logging.h"
#include "core/net/clock.h"
#include "journal/journaldb.h"
#include "journal/journallock.h"
#include "journal/revertplanner.h"
#include "journal/runjournal.h"

namespace Batchsmith {

namespace {

constexpr int Chunk = 100;
constexpr int MaxRevertAttempts = 5;
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
{
}

RevertRunner::~RevertRunner() = default;

void RevertRunner::setToken(const QString &token)
{
    m_api->setToken(token);
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
    auto journal = RunJournal::create(journalPath, setup, revertInput(plan));
    if (!journal)
        return journal.error();
    return run(std::move(journal).value(), std::move(undoneRun).value());
}

Result<void> RevertRunner::resume(const QString &journalPath)
{
    auto journal = RunJournal::open(journalPath);
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
    m_attempt = 1;
    qCInfo(lcBatch) << "revert" << m_journal->runId() << m_pending.size() << "operations";
    QTimer::singleShot(0, this, &RevertRunner::sendNext);
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
    ex.batchNumber = m_attempt == 1 ? ++m_batch : m_batch;
    ex.attempt = m_attempt;
    for (const Operation &op : std::as_const(chunk))
        ex.rowKeys.append(op.rowKey);
    ex.method = QStringLiteral("POST");
    ex.url = m_api->urlFor(path);
    ex.requestBody = QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact);
    ex.sentAtMs = m_clock->nowMs();
    if (auto ok = m_journal->recordSend(ex); !ok)
        return finishRun(ok.error());
    ++m_summary.requests;
    if (m_attempt > 1)
        ++m_summary.retries;
    ApiCall *call = m_api->post(path, ex.requestBody);
    ex.requestHeaders = call->redactedRequestHeaders();
    connect(call, &ApiCall::finished, this,
        [this, chunk, archive, ex](const ApiResponse &response) { onAnswer(chunk, archive, ex, response); });
}

void RevertRunner::onAnswer(
    const QList<Operation> &chunk, bool archive, const BatchExchange &sent, const ApiResponse &response)
{
    const int status = response.networkFailure ? 0 : response.httpStatus;
    BatchExchange ex = sent;
    ex.httpStatus = status;
    ex.responseHeaders = response.headers;
    ex.responseBody = response.body;
    ex.durationMs = response.durationMs;
    ex.correlationId = response.correlationId();
    ex.networkError = response.networkFailure ? response.errorString : QString();
    [[maybe_unused]] const auto recorded = m_journal->recordAnswer(ex);

    const ParsedBody body = BatchResponseParser::parse(response.body);
    if (status == 0 || status == 429 || status >= 500) {
        if (status == 429)
            ++m_summary.rateLimited;
        if (m_attempt < MaxRevertAttempts) {
            // Both operations are idempotent: sending the same request again is safe.
            const int waitMs
                = response.retryAfterSeconds() > 0 ? response.retryAfterSeconds() * 1000 : 1000 * m_attempt;
            ++m_attempt;
            m_clock->callAfter(waitMs, this, [this] { sendNext(); });
            return;
        }
    }
    m_attempt = 1;
    QHash<QString, ParsedError> failedIds;
    for (const ParsedError &e : body.errors) {
        for (const QString &id : e.ids)
            failedIds.insert(id, e);
    }
    const bool ok = status >= 200 && status < 300;
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
            o.message = e.message;
        }
        finishOperation(op, o);
    }
    m_pending.remove(0, chunk.size());
    if (status == 401 || status == 403) {
        Error fatal = Error::make(status == 401 ? Error::Kind::Authentication : Error::Kind::Permission,
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
    qCInfo(lcBatch) << "revert finished:" << m_summary.updated << "done" << m_summary.failed << "failed"
                    << m_summary.skipped << "not sent";
    Q_EMIT finished(m_summary);
}

} // namespace Batchsmith
