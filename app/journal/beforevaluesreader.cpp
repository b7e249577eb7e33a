// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/beforevaluesreader.h"

#include <QHash>
#include <QSet>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/pacedrequest.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchplanner.h"
#include "core/batch/rowsource.h"
#include "core/clock.h"
#include "core/net/ratelimiter.h"
#include "journal/logging.h"
#include "journal/runjournal.h"

namespace Batchsmith {

namespace {

constexpr int ReadChunk = 100;

} // namespace

BeforeValuesReader::BeforeValuesReader(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ApiClient>(nam, clock))
    , m_clock(clock)
    , m_ownLimiter(std::make_unique<RateLimiter>(clock))
    , m_limiter(m_ownLimiter.get())
{
}

BeforeValuesReader::~BeforeValuesReader() = default;

void BeforeValuesReader::setToken(const QString &token)
{
    m_api->setToken(token);
}

void BeforeValuesReader::setRateLimiter(RateLimiter *limiter)
{
    m_limiter = limiter ? limiter : m_ownLimiter.get();
}

void BeforeValuesReader::start(const BatchSpec &spec, const QList<Row> &rows, RunJournal *journal)
{
    start(spec, std::make_shared<const ListRowSource>(rows), journal);
}

void BeforeValuesReader::start(const BatchSpec &spec, std::shared_ptr<const RowSource> rows, RunJournal *journal)
{
    m_spec = spec;
    m_journal = journal;
    m_rows = std::move(rows);
    m_next = 0;
    m_chunk.clear();
    m_policy = RetryPolicy::forRun(spec.maxAttempts, spec.runId);
    if (m_limiter == m_ownLimiter.get()) {
        m_ownLimiter = std::make_unique<RateLimiter>(m_clock, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
        m_limiter = m_ownLimiter.get();
    }
    if (spec.mode != WriteMode::Upsert)
        return finishWith({}); // a create writes no existing record
    if (auto ok = m_api->setBaseUrl(spec.baseUrl); !ok)
        return finishWith(ok.error());
    m_api->setTimeoutMs(spec.requestTimeoutMs);
    m_done = journal->beforeValueKeys();
    readNext();
}

void BeforeValuesReader::finishWith(const Error &error)
{
    // Queued, so that finished() never comes before start() returns.
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

void BeforeValuesReader::readNext()
{
    // The next chunk of rows whose values are not in the journal yet, found as the reading goes: a million rows are
    // looked at a chunk at a time, between answers, not all at once.
    m_chunk.clear();
    const int count = m_rows->rowCount();
    while (m_next < count && m_chunk.size() < ReadChunk) {
        const int index = m_next++;
        if (!m_done.isEmpty()
            && m_done.contains(BatchPlanner::normalizedKey(m_spec.idProperty, m_rows->value(index, m_spec.idProperty))))
            continue;
        m_chunk.append(m_rows->row(index));
    }
    if (m_chunk.isEmpty())
        return finishWith({});
    QStringList ids;
    QSet<QString> properties { m_spec.idProperty };
    for (const Row &row : std::as_const(m_chunk)) {
        ids.append(row.properties.value(m_spec.idProperty).trimmed());
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            properties.insert(it.key());
    }
    QStringList names(properties.cbegin(), properties.cend());
    names.sort();
    const QByteArray body = RequestBuilder::lookupBody(m_spec.idProperty, ids, names);
    PacedRequest::Hooks hooks;
    hooks.send = [this, body](int) { return m_api->post(RequestBuilder::readPath(m_spec), body); };
    hooks.done = [this](const ApiResponse &response, const ParsedBody &parsed, const RetryDecision &decision) {
        onAnswer(response, parsed, decision);
    };
    // As the engine's batches go (EngineRun::pump): the token's budget first, then the run's RetryPolicy.
    PacedRequest::start(m_limiter, m_clock, &m_policy, true, std::move(hooks), this);
}

void BeforeValuesReader::onAnswer(const ApiResponse &response, const ParsedBody &body, const RetryDecision &decision)
{
    const int status = response.networkFailure ? 0 : response.httpStatus;
    qCDebug(lcJournal) << "reading before values ->" << status << decision.reason;
    if (decision.action != RetryDecision::Action::Accept) {
        Error e = Error::make(status ? Error::Kind::Http : Error::Kind::Network,
            QStringLiteral("Reading the current values before the run failed (HTTP %1).").arg(status));
        e.httpStatus = status;
        e.correlationId = response.correlationId();
        return finishWith(e);
    }
    if (auto ok = store(body); !ok)
        return finishWith(ok.error());
    Q_EMIT progressChanged(m_next, m_rows->rowCount());
    readNext();
}

Result<void> BeforeValuesReader::store(const ParsedBody &body)
{
    QHash<QString, const ParsedResult *> found;
    for (const ParsedResult &r : body.results)
        found.insert(BatchPlanner::normalizedKey(m_spec.idProperty, r.properties.value(m_spec.idProperty)), &r);
    QList<BeforeValues> values;
    for (const Row &row : std::as_const(m_chunk)) {
        BeforeValues v;
        v.key = BatchPlanner::normalizedKey(m_spec.idProperty, row.properties.value(m_spec.idProperty));
        if (const ParsedResult *r = found.value(v.key)) {
            v.recordId = r->id;
            for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
                v.properties.insert(it.key(), r->properties.value(it.key()));
        }
        values.append(v);
    }
    return m_journal->recordBeforeValues(values);
}

} // namespace Batchsmith
