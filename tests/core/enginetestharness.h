// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/batch/batchengine.h"
#include "core/batch/rowkey.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"
#include "support/testsupport.h"

namespace Batchsmith::Test {

/// A BatchEngine over a fake network and a manual clock, with helpers to answer like HubSpot.
class EngineHarness
{
public:
    using Answer = std::function<QNetworkReply *(const RecordedRequest &, QObject *)>;

    EngineHarness()
        : engine(&nam, &clock)
    {
        engine.setToken(QStringLiteral("test-token"));
        QObject::connect(
            &engine, &BatchEngine::rowFinished, &engine, [this](const QString &key, const RowOutcome &outcome) {
                finishedRows.append(key);
                finishedOutcomes.append(outcome);
            });
        QObject::connect(&engine, &BatchEngine::runFinished, &engine, [this](const RunSummary &s) {
            summary = s;
            finished = true;
        });
        QObject::connect(&engine, &BatchEngine::batchSent, &engine, [this](const BatchExchange &ex) {
            sentAt.append(clock.nowMs());
            exchanges.append(ex);
        });
    }

    /// Every reply made through this is counted until it finishes, so run() knows when the network is quiet.
    void answer(Answer handler)
    {
        nam.setOverride([this, handler](const RecordedRequest &request, QObject *parent) -> QNetworkReply * {
            QNetworkReply *reply = handler(request, parent);
            if (reply) {
                ++pendingReplies;
                QObject::connect(reply, &QNetworkReply::finished, reply, [this] { --pendingReplies; });
            }
            return reply;
        });
    }

    static BatchSpec spec(WriteMode mode, const QString &objectType = QStringLiteral("contacts"))
    {
        BatchSpec s;
        s.objectType = objectType;
        s.mode = mode;
        s.idProperty = mode == WriteMode::Upsert ? QStringLiteral("email") : QString();
        s.baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
        s.rateLimitPerWindow = 1000;
        return s;
    }

    static QList<Row> contacts(int n, int firstLine = 2)
    {
        QList<Row> rows;
        for (int i = 0; i < n; ++i) {
            Row r;
            r.key = RowKey::make(quint32(i + 1));
            r.properties.insert(QStringLiteral("email"), QStringLiteral("person%1@example.com").arg(i + 1));
            r.properties.insert(QStringLiteral("firstname"), QStringLiteral("Person %1").arg(i + 1));
            r.sourceLine = firstLine + i;
            rows.append(r);
        }
        return rows;
    }

    /// Runs until the engine finishes: lets replies arrive, and moves the clock only when the network is quiet.
    bool run(int maxSteps = 20000)
    {
        for (int step = 0; step < maxSteps && !finished; ++step) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (finished)
                break;
            // A reply on its way (FakeReply::delayed runs on real time) is waited for, not spun past: the steps bound
            // the wait.
            if (pendingReplies > 0 || !clock.advanceToNext())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        return finished;
    }

    QList<RecordedRequest> requestsTo(const QString &pathSuffix) const { return nam.requestsTo(pathSuffix); }

    FakeNetworkAccessManager nam;
    ManualClock clock;
    BatchEngine engine;
    int pendingReplies = 0;
    bool finished = false;
    RunSummary summary;
    QStringList finishedRows; // the key of each rowFinished(), in order
    QList<RowOutcome> finishedOutcomes; // and its outcome
    QList<qint64> sentAt;
    QList<BatchExchange> exchanges;
};

/// HubSpot-like bodies.
namespace Bodies {

inline QJsonObject result(const QString &id, const QJsonObject &properties, const QString &traceId = {},
    std::optional<bool> isNew = std::nullopt)
{
    QJsonObject r { { QStringLiteral("id"), id }, { QStringLiteral("properties"), properties },
        { QStringLiteral("createdAt"), QStringLiteral("2026-05-02T09:15:03.120Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2026-05-02T09:15:03.120Z") },
        { QStringLiteral("archived"), false } };
    if (!traceId.isEmpty())
        r.insert(QStringLiteral("objectWriteTraceId"), traceId);
    if (isNew)
        r.insert(QStringLiteral("new"), *isNew);
    return r;
}

inline QJsonObject batch(const QJsonArray &results, const QJsonArray &errors = {})
{
    QJsonObject b { { QStringLiteral("status"), QStringLiteral("COMPLETE") }, { QStringLiteral("results"), results },
        { QStringLiteral("startedAt"), QStringLiteral("2026-05-02T09:15:03.010Z") },
        { QStringLiteral("completedAt"), QStringLiteral("2026-05-02T09:15:03.300Z") } };
    if (!errors.isEmpty()) {
        b.insert(QStringLiteral("errors"), errors);
        b.insert(QStringLiteral("numErrors"), errors.size());
    }
    return b;
}

inline QJsonObject error(const QString &category, const QString &message, const QJsonObject &context = {})
{
    QJsonObject e { { QStringLiteral("status"), QStringLiteral("error") }, { QStringLiteral("category"), category },
        { QStringLiteral("message"), message },
        { QStringLiteral("correlationId"), QStringLiteral("8a3f6c3a-8296-4002-b0a6-2a06fecf7c0c") } };
    if (!context.isEmpty())
        e.insert(QStringLiteral("context"), context);
    return e;
}

inline QJsonObject propertyError(const QString &property, const QString &code, const QString &message)
{
    QJsonObject e = error(QStringLiteral("VALIDATION_ERROR"),
        QStringLiteral("Property values were not valid: [{\"isValid\":false,\"message\":\"%1\",\"error\":\"%2\","
                       "\"name\":\"%3\"}]")
            .arg(QString(message).replace(u'"', QStringLiteral("\\\"")), code, property));
    e.insert(QStringLiteral("errors"),
        QJsonArray { QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("code"), code },
            { QStringLiteral("context"),
                QJsonObject { { QStringLiteral("propertyName"), QJsonArray { property } } } } } });
    return e;
}

} // namespace Bodies

} // namespace Batchsmith::Test
