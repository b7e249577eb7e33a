// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include "core/batch/batchengine.h"
#include "core/net/ratelimiter.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

namespace Batchsmith::Test {

/**
 * HubSpot faked on a manual clock, for the journal's own senders (BeforeValuesReader, RevertRunner) and an engine
 * beside them: every request goes to one handler, the answers given are counted (an answer is counted before the
 * sender sees it, in the same signal), and success() answers batch reads and writes as HubSpot does when all goes
 * well. Test thread only.
 */
class FakeHubSpot
{
public:
    using Answer = std::function<QNetworkReply *(const RecordedRequest &, QObject *)>;

    FakeHubSpot()
    {
        answer([this](const RecordedRequest &r, QObject *parent) { return success(r, parent); });
    }

    void answer(Answer handler)
    {
        nam.setOverride([this, handler](const RecordedRequest &request, QObject *parent) -> QNetworkReply * {
            QNetworkReply *reply = handler(request, parent);
            if (reply)
                QObject::connect(reply, &QNetworkReply::finished, reply, [this] { ++m_answered; });
            return reply;
        });
    }

    int answered() const { return m_answered; }

    int requestCount() const { return int(nam.requests().size()); }

    QList<RecordedRequest> requestsTo(const QString &pathSuffix) const { return nam.requestsTo(pathSuffix); }

    /// batch/read finds every id with firstname "Old"; batch/upsert and batch/update write every input;
    /// batch/archive answers 204 without a body.
    static QNetworkReply *success(const RecordedRequest &r, QObject *parent, const Headers &headers = {})
    {
        const QString path = r.url.path();
        if (path.endsWith(QStringLiteral("/batch/archive")))
            return FakeReply::raw(r, 204, QByteArray(), headers, parent);
        const QJsonArray inputs = r.json().object().value(QStringLiteral("inputs")).toArray();
        QJsonArray results;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QJsonObject in = inputs.at(i).toObject();
            QJsonObject properties = in.value(QStringLiteral("properties")).toObject();
            QString id = in.value(QStringLiteral("id")).toString();
            if (path.endsWith(QStringLiteral("/batch/read"))) {
                properties
                    = { { QStringLiteral("email"), id }, { QStringLiteral("firstname"), QStringLiteral("Old") } };
                id = QString::number(500 + i);
            } else if (path.endsWith(QStringLiteral("/batch/upsert"))) {
                properties.insert(QStringLiteral("email"), id);
                id = QString::number(700 + i);
            }
            QJsonObject result { { QStringLiteral("id"), id }, { QStringLiteral("properties"), properties },
                { QStringLiteral("archived"), false } };
            if (in.contains(QStringLiteral("objectWriteTraceId")))
                result.insert(QStringLiteral("objectWriteTraceId"), in.value(QStringLiteral("objectWriteTraceId")));
            if (path.endsWith(QStringLiteral("/batch/upsert")))
                result.insert(QStringLiteral("new"), false);
            results.append(result);
        }
        const QJsonObject body { { QStringLiteral("status"), QStringLiteral("COMPLETE") },
            { QStringLiteral("results"), results } };
        return FakeReply::json(r, 200, body, headers, parent);
    }

    /// An answer that is not a success: @p status 0 is a connection reset; 429 carries @p policy in its body; any
    /// answer carries @p retryAfter (seconds) when given.
    static QNetworkReply *failure(
        const RecordedRequest &r, int status, const QString &policy, const QByteArray &retryAfter, QObject *parent)
    {
        if (status == 0)
            return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, parent);
        Headers headers;
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        const QJsonObject body = status == 429 ? QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("message"), QStringLiteral("You have reached your %1 limit.").arg(policy.toLower()) },
            { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") }, { QStringLiteral("policyName"), policy } }
                                               : QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                                                     { QStringLiteral("category"), QStringLiteral("ERROR") },
                                                     { QStringLiteral("message"),
                                                         QStringLiteral("HTTP %1 from the fake").arg(status) } };
        return FakeReply::json(r, status, body, headers, parent);
    }

    /// What a run's engine does to @p limiter before the journal's sender asks it: sends @p rows one-row upserts
    /// with it and waits for the run's end. False when the run did not end.
    bool runEngine(RateLimiter &limiter, int rows)
    {
        BatchEngine engine(&nam, &clock);
        engine.setToken(QStringLiteral("engine-token"));
        engine.setRateLimiter(&limiter);
        BatchSpec spec;
        spec.objectType = QStringLiteral("contacts");
        spec.mode = WriteMode::Upsert;
        spec.idProperty = QStringLiteral("email");
        spec.batchSize = 1;
        spec.concurrency = rows;
        QList<Row> input;
        for (int i = 1; i <= rows; ++i) {
            Row row;
            row.key = QStringLiteral("engine-%1").arg(i);
            row.properties = { { QStringLiteral("email"), QStringLiteral("engine%1@example.com").arg(i) } };
            input.append(row);
        }
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        return engine.start(spec, input) && finished.wait(5000);
    }

    FakeNetworkAccessManager nam;
    ManualClock clock;

private:
    int m_answered = 0;
};

} // namespace Batchsmith::Test
