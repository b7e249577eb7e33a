// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/beforevaluesreader.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchplanner.h"
#include "core/logging.h"
#include "core/net/clock.h"
#include "journal/runjournal.h"

namespace Batchsmith {

namespace {

constexpr int ReadChunk = 100;
constexpr int MaxReadAttempts = 5;

} // namespace

BeforeValuesReader::BeforeValuesReader(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ApiClient>(nam, clock))
    , m_clock(clock)
{
}

BeforeValuesReader::~BeforeValuesReader() = default;

void BeforeValuesReader::setToken(const QString &token)
{
    m_api->setToken(token);
}

void BeforeValuesReader::start(const BatchSpec &spec, const QList<Row> &rows, RunJournal *journal)
{
    m_spec = spec;
    m_journal = journal;
    m_toRead.clear();
    m_next = 0;
    m_attempt = 0;
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
    QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
}

void BeforeValuesReader::readNext()
{
    if (m_next >= m_toRead.size())
        return finishWith({});
    const QList<Row> chunk = m_toRead.mid(m_next, ReadChunk);
    QStringList ids;
    QSet<QString> properties { m_spec.idProperty };
    for (const Row &row : chunk) {
        ids.append(row.properties.value(m_spec.idProperty).trimmed());
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            properties.insert(it.key());
    }
    QStringList names(properties.cbegin(), properties.cend());
    names.sort();
    ++m_attempt;
    ApiCall *call
        = m_api->post(RequestBuilder::readPath(m_spec), RequestBuilder::lookupBody(m_spec.idProperty, ids, names));
    connect(call, &ApiCall::finished, this, [this, chunk](const ApiResponse &response) {
        const int status = response.networkFailure ? 0 : response.httpStatus;
        if (status != 200 && status != 207) {
            const bool retry = status == 0 || status == 429 || status >= 500;
            if (retry && m_attempt < MaxReadAttempts) {
                const int waitMs
                    = response.retryAfterSeconds() > 0 ? response.retryAfterSeconds() * 1000 : 1000 * m_attempt;
                m_clock->callAfter(waitMs, this, [this] { readNext(); });
                return;
            }
            Error e = Error::make(status ? Error::Kind::Http : Error::Kind::Network,
                QStringLiteral("Reading the current values before the run failed (HTTP %1).").arg(status));
            e.httpStatus = status;
            e.correlationId = response.correlationId();
            return finishWith(e);
        }
        const ParsedBody body = BatchResponseParser::parse(response.body);
        QHash<QString, const ParsedResult *> found;
        for (const ParsedResult &r : body.results)
            found.insert(BatchPlanner::normalizedKey(m_spec.idProperty, r.properties.value(m_spec.idProperty)), &r);
        QList<BeforeValues> values;
        for (const Row &row : chunk) {
            BeforeValues v;
            v.key = BatchPlanner::normalizedKey(m_spec.idProperty, row.properties.value(m_spec.idProperty));
            if (const ParsedResult *r = found.value(v.key)) {
                v.recordId = r->id;
                for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
                    v.properties.insert(it.key(), r->properties.value(it.key()));
            }
            values.append(v);
        }
        if (auto ok = m_journal->recordBeforeValues(values); !ok)
            return finishWith(ok.error());
        m_next += chunk.size();
        m_attempt = 0;
        Q_EMIT progressChanged(int(m_next), int(m_toRead.size()));
        readNext();
    });
}

} // namespace Batchsmith
