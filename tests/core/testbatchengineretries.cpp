// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetestharness.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

/// Writes every input; ids from a counter; trace ids echoed.
QJsonObject writeAll(const RecordedRequest &r, int &nextId, bool upsert)
{
    QJsonArray results;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject in = v.toObject();
        results.append(Bodies::result(QString::number(nextId++), in.value(QStringLiteral("properties")).toObject(),
            in.value(QStringLiteral("objectWriteTraceId")).toString(),
            upsert ? std::optional<bool>(false) : std::nullopt));
    }
    return Bodies::batch(results);
}

QJsonObject rateLimitBody(const QString &policy)
{
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("message"), QStringLiteral("You have reached your %1 limit.").arg(policy.toLower()) },
        { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") }, { QStringLiteral("policyName"), policy },
        { QStringLiteral("correlationId"), QStringLiteral("c93e06a4-7d61-4c3e-b63f-edf486fc6e90") } };
}

} // namespace

class TestBatchEngineRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testTransientAnswerThenSuccess_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<qint64>("minGapMs");
        QTest::newRow("429 ten-secondly")
            << 429 << QByteArray() << QStringLiteral("TEN_SECONDLY_ROLLING") << qint64(10000);
        QTest::newRow("429 with retry-after")
            << 429 << QByteArray("25") << QStringLiteral("TEN_SECONDLY_ROLLING") << qint64(25000);
        QTest::newRow("423 locked") << 423 << QByteArray() << QString() << qint64(2000);
        QTest::newRow("477 migrating") << 477 << QByteArray("90") << QString() << qint64(90000);
        QTest::newRow("500") << 500 << QByteArray() << QString() << qint64(250);
        QTest::newRow("502") << 502 << QByteArray() << QString() << qint64(250);
        QTest::newRow("503") << 503 << QByteArray() << QString() << qint64(250);
        QTest::newRow("504") << 504 << QByteArray() << QString() << qint64(250);
    }

    void testTransientAnswerThenSuccess()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, policy);
        QFETCH(qint64, minGapMs);
        EngineHarness h;
        int calls = 0;
        int nextId = 1;
        h.answer([&](const RecordedRequest &r, QObject *p) {
            if (calls++ == 0) {
                Headers headers;
                if (!retryAfter.isEmpty())
                    headers.append({ "Retry-After", retryAfter });
                const QJsonObject body = status == 429
                    ? rateLimitBody(policy)
                    : Bodies::error(QStringLiteral("INTERNAL_ERROR"), QStringLiteral("try again"));
                return FakeReply::json(r, status, body, headers, p);
            }
            return FakeReply::json(r, 200, writeAll(r, nextId, true), {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Upsert), EngineHarness::contacts(3)));
        QVERIFY(h.run());
        QCOMPARE(h.nam.requests().size(), 2);
        QVERIFY2(
            h.sentAt.at(1) - h.sentAt.at(0) >= minGapMs, qPrintable(QString::number(h.sentAt.at(1) - h.sentAt.at(0))));
        QCOMPARE(h.summary.updated, 3);
        QCOMPARE(h.summary.rateLimited, status == 429 ? 1 : 0);
        QCOMPARE(h.nam.requests().at(0).body, h.nam.requests().at(1).body); // the same batch went again
    }

    void testRefusalsFailTheRow_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("400 property") << 400 << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("shoe_size_typo")
                                      << QStringLiteral("does not exist");
        QTest::newRow("409 conflict") << 409 << QStringLiteral("CONFLICT") << QString()
                                      << QStringLiteral("Existing ID: 51234567001");
        QTest::newRow("413 too large") << 413 << QStringLiteral("HTTP_413") << QString() << QStringLiteral("HTTP 413");
        QTest::newRow("414 uri") << 414 << QStringLiteral("HTTP_414") << QString() << QStringLiteral("HTTP 414");
        QTest::newRow("404 type") << 404 << QStringLiteral("OBJECT_NOT_FOUND") << QString() << QStringLiteral("not");
    }

    void testRefusalsFailTheRow()
    {
        QFETCH(int, status);
        QFETCH(QString, category);
        QFETCH(QString, property);
        QFETCH(QString, messagePart);
        EngineHarness h;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (status == 400)
                return FakeReply::json(r, 400,
                    Bodies::propertyError(QStringLiteral("shoe_size_typo"), QStringLiteral("PROPERTY_DOESNT_EXIST"),
                        QStringLiteral("Property \"shoe_size_typo\" does not exist")),
                    {}, p);
            if (status == 409)
                return FakeReply::json(r, 409,
                    Bodies::error(
                        QStringLiteral("CONFLICT"), QStringLiteral("Contact already exists. Existing ID: 51234567001")),
                    {}, p);
            if (status == 404)
                return FakeReply::json(
                    r, 404, Bodies::error(QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("not found")), {}, p);
            return FakeReply::raw(r, status, {}, {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), EngineHarness::contacts(1)));
        QVERIFY(h.run());
        const RowOutcome o = h.engine.outcomes().first();
        QCOMPARE(o.status, RowStatus::Failed);
        QCOMPARE(o.category, category);
        QCOMPARE(o.property, property);
        QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
        QCOMPARE(o.httpStatus, status);
        QCOMPARE(h.nam.requests().size(), 1); // never retried as-is
    }

    void testSplitIsolatesTheRefusedRow()
    {
        EngineHarness h;
        int nextId = 1;
        h.answer([&](const RecordedRequest &r, QObject *p) {
            if (r.body.contains("bad-row@example.com")) {
                return FakeReply::json(r, 409,
                    Bodies::error(
                        QStringLiteral("CONFLICT"), QStringLiteral("Contact already exists. Existing ID: 777")),
                    {}, p);
            }
            return FakeReply::json(r, 201, writeAll(r, nextId, false), {}, p);
        });
        QList<Row> rows = EngineHarness::contacts(8);
        rows[5].properties.insert(QStringLiteral("email"), QStringLiteral("bad-row@example.com"));
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows));
        QVERIFY(h.run());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(h.engine.outcomes().at(i).status, i == 5 ? RowStatus::Failed : RowStatus::Created);
        QVERIFY(h.engine.outcomes().at(5).message.contains(QStringLiteral("777")));
        // 8 -> 4+4 -> 2+2 -> 1+1: 1 + 2 + 2 + 2 requests, and no row was created twice.
        QCOMPARE(h.nam.requests().size(), 7);
        QCOMPARE(nextId - 1, 7);
    }

    void testNonUniqueIdPropertyIsNotSplit()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 400,
                Bodies::error(QStringLiteral("VALIDATION_ERROR"),
                    QStringLiteral("Unable to perform update/upsert by non-unique 0-2 property domain in portal ID 1")),
                {}, p);
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Upsert, QStringLiteral("companies"));
        spec.idProperty = QStringLiteral("domain");
        QList<Row> rows;
        for (int i = 0; i < 6; ++i) {
            Row r;
            r.key = QString::number(i);
            r.properties.insert(QStringLiteral("domain"), QStringLiteral("c%1.example.com").arg(i));
            rows.append(r);
        }
        QVERIFY(h.engine.start(spec, rows));
        QVERIFY(h.run());
        QCOMPARE(h.nam.requests().size(), 1);
        QCOMPARE(h.summary.failed, 6);
    }

    void testAuthFailureStopsTheRun_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(Error::Kind::Authentication);
        QTest::newRow("403") << 403 << int(Error::Kind::Permission);
    }

    void testAuthFailureStopsTheRun()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        EngineHarness h;
        h.answer([&](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, status,
                Bodies::error(
                    status == 401 ? QStringLiteral("INVALID_AUTHENTICATION") : QStringLiteral("MISSING_SCOPES"),
                    QStringLiteral("refused")),
                {}, p);
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Create);
        spec.batchSize = 10;
        spec.concurrency = 1;
        QVERIFY(h.engine.start(spec, EngineHarness::contacts(50)));
        QVERIFY(h.run());
        QCOMPARE(h.nam.requests().size(), 1);
        QVERIFY(h.summary.fatal.has_value());
        QCOMPARE(int(h.summary.fatal->kind), kind);
        QCOMPARE(h.summary.failed, 10);
        QCOMPARE(h.summary.skipped, 40); // never sent
    }

    void testDailyLimitStopsWithoutFailingRows()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 429, rateLimitBody(QStringLiteral("DAILY")), {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), EngineHarness::contacts(5)));
        QVERIFY(h.run());
        QCOMPARE(h.nam.requests().size(), 1);
        QCOMPARE(int(h.summary.fatal->kind), int(Error::Kind::RateLimited));
        QVERIFY(h.summary.fatal->message.contains(QStringLiteral("daily")));
        QCOMPARE(h.summary.skipped, 5);
    }

    void testLostCreateIsLookedUpBeforeResending_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("connection dropped") << QStringLiteral("drop");
        QTest::newRow("truncated body") << QStringLiteral("truncated");
        QTest::newRow("503") << QStringLiteral("503");
        QTest::newRow("timeout") << QStringLiteral("timeout");
        QTest::newRow("empty 2xx") << QStringLiteral("empty");
        QTest::newRow("answer over the size cap") << QStringLiteral("toolarge");
    }

    void testLostCreateIsLookedUpBeforeResending()
    {
        QFETCH(QString, fault);
        EngineHarness h;
        QHash<QString, QString> portal; // email -> id, what "HubSpot" holds
        int creates = 0;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.url.path().endsWith(u"/batch/read")) {
                QJsonArray results;
                for (const QJsonValue &v : r.json().object().value(QStringLiteral("inputs")).toArray()) {
                    const QString email = v[QStringLiteral("id")].toString();
                    if (portal.contains(email))
                        results.append(
                            Bodies::result(portal.value(email), QJsonObject { { QStringLiteral("email"), email } }));
                }
                return FakeReply::json(r, 200, Bodies::batch(results), {}, p);
            }
            ++creates;
            const QJsonArray inputs = r.json().object().value(QStringLiteral("inputs")).toArray();
            if (creates == 1) {
                // The first two inputs were written, then the answer went missing.
                for (int i = 0; i < 2; ++i) {
                    const QString email
                        = inputs.at(i)[QStringLiteral("properties")][QStringLiteral("email")].toString();
                    portal.insert(email, QStringLiteral("9%1").arg(i));
                }
                if (fault == u"drop")
                    return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
                if (fault == u"truncated")
                    return FakeReply::raw(r, 201, QByteArray("{\"status\":\"COMPLETE\",\"resu"), {}, p);
                if (fault == u"503")
                    return FakeReply::raw(r, 503, QByteArray("<html>Service Unavailable</html>"), {}, p);
                if (fault == u"empty")
                    return FakeReply::json(r, 201, Bodies::batch({}), {}, p);
                if (fault == u"toolarge") // ApiClient::DefaultMaxBodyBytes is 64 MiB
                    return FakeReply::raw(r, 201, QByteArray("{}"), { { "Content-Length", "99999999999" } }, p);
                return FakeReply::hanging(r, p);
            }
            int nextId = 100 + creates;
            QJsonObject body = writeAll(r, nextId, false);
            for (const QJsonValue &v : inputs)
                portal.insert(v[QStringLiteral("properties")][QStringLiteral("email")].toString(), QString());
            return FakeReply::json(r, 201, body, {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), EngineHarness::contacts(3)));
        if (fault == u"timeout") {
            QTRY_COMPARE_WITH_TIMEOUT(h.nam.requests().size(), 1, 2000);
            --h.pendingReplies; // the hanging reply will be aborted by the timeout
            h.clock.advance(60000);
        }
        QVERIFY(h.run());
        const QList<RecordedRequest> reads = h.requestsTo(QStringLiteral("/batch/read"));
        QCOMPARE(reads.size(), 1);
        const QJsonObject read = reads.first().json().object();
        QCOMPARE(read.value(QStringLiteral("idProperty")).toString(), QStringLiteral("email"));
        QCOMPARE(read.value(QStringLiteral("inputs")).toArray().size(), 3);
        const QList<RecordedRequest> createsSent = h.requestsTo(QStringLiteral("/batch/create"));
        QCOMPARE(createsSent.size(), 2);
        const QJsonArray resent = createsSent.at(1).json().object().value(QStringLiteral("inputs")).toArray();
        QCOMPARE(resent.size(), 1); // only the row that was not written
        QCOMPARE(resent.first()[QStringLiteral("properties")][QStringLiteral("email")].toString(),
            QStringLiteral("person3@example.com"));
        QCOMPARE(h.engine.outcomes().at(0).id, QStringLiteral("90"));
        QCOMPARE(h.engine.outcomes().at(1).id, QStringLiteral("91"));
        QCOMPARE(h.engine.outcomes().at(2).status, RowStatus::Created);
        QCOMPARE(h.summary.created, 3);
    }

    void testLostCreateWithoutUniquePropertyIsUnknownAndNotResent()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.method == u"GET") // the catalogue has no unique property the rows fill
                return FakeReply::json(r, 200, QJsonObject { { QStringLiteral("results"), QJsonArray() } }, {}, p);
            return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
        });
        QList<Row> rows;
        for (int i = 0; i < 2; ++i) {
            Row row;
            row.key = QString::number(i);
            row.properties.insert(QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(i));
            rows.append(row);
        }
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create, QStringLiteral("deals")), rows));
        QVERIFY(h.run());
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/create")).size(), 1);
        QCOMPARE(h.summary.unknown, 2);
        QVERIFY(h.engine.outcomes().first().message.contains(QStringLiteral("Check in HubSpot")));
    }

    void testLostCreateUsesUniquePropertyFromCatalogue()
    {
        EngineHarness h;
        int creates = 0;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.method == u"GET") {
                const QJsonArray props { QJsonObject { { QStringLiteral("name"), QStringLiteral("dealname") },
                                             { QStringLiteral("hasUniqueValue"), false } },
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("deal_ref") },
                        { QStringLiteral("hasUniqueValue"), true } } };
                return FakeReply::json(r, 200, QJsonObject { { QStringLiteral("results"), props } }, {}, p);
            }
            if (r.url.path().endsWith(u"/batch/read")) {
                const QJsonArray found { Bodies::result(
                    QStringLiteral("55"), QJsonObject { { QStringLiteral("deal_ref"), QStringLiteral("R-1") } }) };
                return FakeReply::json(r, 200, Bodies::batch(found), {}, p);
            }
            if (creates++ == 0)
                return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
            int nextId = 60;
            return FakeReply::json(r, 201, writeAll(r, nextId, false), {}, p);
        });
        QList<Row> rows;
        for (int i = 0; i < 2; ++i) {
            Row row;
            row.key = QString::number(i);
            row.properties.insert(QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(i));
            row.properties.insert(QStringLiteral("deal_ref"), QStringLiteral("R-%1").arg(i + 1));
            rows.append(row);
        }
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create, QStringLiteral("deals")), rows));
        QVERIFY(h.run());
        QCOMPARE(h.requestsTo(QStringLiteral("/crm/properties/2026-03/deals")).size(), 1);
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/read"))
                     .first()
                     .json()
                     .object()[QStringLiteral("idProperty")]
                     .toString(),
            QStringLiteral("deal_ref"));
        QCOMPARE(h.engine.outcomes().at(0).id, QStringLiteral("55"));
        QCOMPARE(h.engine.outcomes().at(1).id, QStringLiteral("60"));
    }

    void testUpsertNetworkFailureRetriesThenFails()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Upsert), EngineHarness::contacts(2)));
        QVERIFY(h.run());
        QCOMPARE(h.nam.requests().size(), 5);
        QCOMPARE(h.summary.failed, 2);
        for (int i = 1; i < h.sentAt.size(); ++i)
            QVERIFY(h.sentAt.at(i) > h.sentAt.at(i - 1)); // backed off, not hammered
    }

    void testPacingStaysInsideTheWindow()
    {
        EngineHarness h;
        int nextId = 1;
        h.answer([&](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 200, writeAll(r, nextId, true),
                { { "X-HubSpot-RateLimit-Max", "10" }, { "X-HubSpot-RateLimit-Interval-Milliseconds", "1000" } }, p);
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Upsert);
        spec.batchSize = 1;
        spec.rateLimitPerWindow = 10;
        spec.rateLimitWindowMs = 1000;
        QList<Progress> progress;
        connect(&h.engine, &BatchEngine::progressChanged, this, [&](const Progress &p) { progress.append(p); });
        QVERIFY(h.engine.start(spec, EngineHarness::contacts(45)));
        QVERIFY(h.run());
        QCOMPARE(h.summary.updated, 45);
        // Progress reports the real pace: 10 rows per second here, and an ETA that fits it.
        QCOMPARE(progress.size(), 45);
        QCOMPARE(progress.last().done, 45);
        QCOMPARE(progress.last().total, 45);
        const Progress &middle = progress.at(30);
        QVERIFY2(
            middle.rowsPerSecond > 8 && middle.rowsPerSecond < 12.5, qPrintable(QString::number(middle.rowsPerSecond)));
        QVERIFY2(middle.etaMs > 1000 && middle.etaMs < 2000, qPrintable(QString::number(middle.etaMs))); // 14 rows left
        QCOMPARE(h.sentAt.size(), 45);
        for (qsizetype i = 10; i < h.sentAt.size(); ++i)
            QVERIFY2(h.sentAt.at(i) - h.sentAt.at(i - 10) >= 1000, qPrintable(QString::number(i)));
        // …and it uses the budget: 45 requests at 10 per second take a little over 4 s, not much more.
        QVERIFY(h.sentAt.last() - h.sentAt.first() < 5000);
    }

    void testPauseResumeAndCancel()
    {
        EngineHarness h;
        int nextId = 1;
        h.answer([&](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 200, writeAll(r, nextId, true), {}, p);
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Upsert);
        spec.batchSize = 10;
        spec.concurrency = 1;
        QVERIFY(h.engine.start(spec, EngineHarness::contacts(50)));
        h.engine.pause();
        QTRY_COMPARE_WITH_TIMEOUT(h.pendingReplies, 0, 2000);
        QCOMPARE(h.nam.requests().size(), 1); // the batch already in flight finished; no new one left
        QCOMPARE(h.engine.state(), BatchEngine::State::Paused);
        h.engine.resume();
        QTRY_VERIFY_WITH_TIMEOUT(h.nam.requests().size() >= 2, 2000);
        h.engine.cancel();
        QVERIFY(h.run());
        QVERIFY(h.summary.cancelled);
        const int sent = static_cast<int>(h.nam.requests().size());
        QVERIFY(sent < 5);
        QCOMPARE(h.summary.updated, sent * 10); // in-flight batches were recorded
        QCOMPARE(h.summary.skipped, 50 - sent * 10);
    }
};

QTEST_GUILESS_MAIN(TestBatchEngineRetries)
#include "testbatchengineretries.moc"
