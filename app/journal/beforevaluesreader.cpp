// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/beforevaluesreader.h"

#include <QHash>
#include <QSet>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchplanner.h"
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
    m_spec = spec;
    m_journal = journal;
    m_toRead.clear();
    m_next = 0;
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
    const QSet<QString> done = journal->beforeValueKeys();
    for (const Row &row : rows) {
        if (!done.contains(BatchPlanner::normalizedKey(spec.idProperty, row.properties.value(spec.idProperty))))
            m_toRead.append(row);
    }
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
    if (m_next >= m_toRead.size())
        return finishWith({});
    m_chunk = m_toRead.mid(m_next, ReadChunk);
    QStringList ids;
    QSet<QString> properties { m_spec.idProperty };
    for (const Row &row : std::as_const(m_chunk)) {
        ids.append(row.properties.value(m_spec.idProperty).trimmed());
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            properties.insert(it.key());
    }
    QStringList names(properties.cbegin(), properties.cend());
    names.sort();
    m_body = RequestBuilder::lookupBody(m_spec.idProperty, ids, names);
    m_attempt = 1;
    m_waits = 0;
    send();
}

void BeforeValuesReader::send()
{
    // As the engine does (EngineRun::pump): the token's budget first, shared with the run's own batches.
    if (const qint64 wait = m_limiter->delayBeforeNextMs(); wait > 0)
        return m_clock->callAfter(wait, this, [this] { send(); });
    m_limiter->recordSend();
    ApiCall *call = m_api->post(RequestBuilder::readPath(m_spec), m_body);
    connect(call, &ApiCall::finished, this, &BeforeValuesReader::onAnswer);
}

void BeforeValuesReader::onAnswer(const ApiResponse &response)
{
    m_limiter->updateFromHeaders(response.rateLimit());
    const int status = response.networkFailure ? 0 : response.httpStatus;
    const ParsedBody body = BatchResponseParser::parse(response.body);
    AttemptInfo info = BatchResponseParser::attemptInfo(response, body);
    info.attempt = RetryPolicy::isRateLimitWait(status) ? m_waits + 1 : m_attempt;
    info.idempotent = true; // a read
    info.windowMs = m_limiter->windowMs();
    const RetryDecision decision = m_policy.decide(info);
    qCDebug(lcJournal) << "reading before values, attempt" << m_attempt + m_waits << "->" << status << decision.reason;
    if (decision.action == RetryDecision::Action::Retry)
        return retryLater(decision, status);
    if (decision.action != RetryDecision::Action::Accept) {
        Error e = Error::make(status ? Error::Kind::Http : Error::Kind::Network,
            QStringLiteral("Reading the current values before the run failed (HTTP %1).").arg(status));
        e.httpStatus = status;
        e.correlationId = response.correlationId();
        return finishWith(e);
    }
    if (auto ok = store(body); !ok)
        return finishWith(ok.error());
    m_next += m_chunk.size();
    Q_EMIT progressChanged(int(m_next), int(m_toRead.size()));
    readNext();
}

void BeforeValuesReader::retryLater(const RetryDecision &decision, int httpStatus)
{
    if (RetryPolicy::isRateLimitWait(httpStatus))
        ++m_waits;
    else
        ++m_attempt;
    RetryPolicy::scheduleRetry(decision, m_limiter, m_clock, this, [this] { send(); });
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
