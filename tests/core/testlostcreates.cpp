// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Creates whose answer was lost: the claim on what a lookup finds, search lookups, and the doubt a stop keeps.
#include <QDateTime>

#include "core/batch/lostcreatelookup.h"
#include "enginetestharness.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray httpDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1(); // English names: the C locale of the test
}

qint64 wallNow(const EngineHarness &h)
{
    return h.clock.utcNow().toMSecsSinceEpoch();
}

QJsonObject record(const QString &id, QJsonObject properties, qint64 createdMs)
{
    properties.insert(QStringLiteral("createdate"), iso(createdMs));
    return Bodies::result(id, properties);
}

QJsonObject writeAll(const RecordedRequest &r, int &nextId)
{
    QJsonArray results;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject in = v.toObject();
        results.append(Bodies::result(QString::number(nextId++), in.value(QStringLiteral("properties")).toObject(),
            in.value(QStringLiteral("objectWriteTraceId")).toString()));
    }
    return Bodies::batch(results);
}

QNetworkReply *lost(const RecordedRequest &r, QObject *p)
{
    return FakeReply::raw(r, 502, QByteArray("<html>Bad Gateway</html>"), {}, p);
}

QList<Row> deals(int n)
{
    QList<Row> rows;
    for (int i = 0; i < n; ++i) {
        Row row;
        row.key = RowKey::make(quint32(i + 1));
        row.properties.insert(QStringLiteral("dealname"), QStringLiteral("Renewal of account %1").arg(i + 1));
        row.properties.insert(QStringLiteral("amount"), QString::number(1000 + i));
        row.properties.insert(QStringLiteral("closedate"), QStringLiteral("2026-12-31"));
        row.properties.insert(QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy"));
        rows.append(row);
    }
    return rows;
}

/// The deals catalogue: no unique property, so lost creates are searched for.
QNetworkReply *dealsCatalogue(const RecordedRequest &r, QObject *p)
{
    QJsonArray props;
    const QList<QPair<QString, QString>> types { { QStringLiteral("dealname"), QStringLiteral("string") },
        { QStringLiteral("amount"), QStringLiteral("number") }, { QStringLiteral("closedate"), QStringLiteral("date") },
        { QStringLiteral("dealstage"), QStringLiteral("enumeration") } };
    for (const auto &[name, type] : types)
        props.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("type"), type },
            { QStringLiteral("hasUniqueValue"), false } });
    return FakeReply::json(r, 200, QJsonObject { { QStringLiteral("results"), props } }, {}, p);
}

QJsonObject searchAnswer(const QJsonArray &results, int total = -1)
{
    return QJsonObject { { QStringLiteral("total"), total < 0 ? int(results.size()) : total },
        { QStringLiteral("results"), results } };
}

QString filterValue(const QJsonObject &search, const QString &property, const QString &op)
{
    const QJsonArray filters = search[QStringLiteral("filterGroups")][0][QStringLiteral("filters")].toArray();
    for (const QJsonValue &f : filters) {
        if (f[QStringLiteral("propertyName")].toString() == property && f[QStringLiteral("operator")].toString() == op)
            return f[QStringLiteral("value")].toString();
    }
    return {};
}

} // namespace

class TestLostCreates : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testHttpDateIsRead()
    {
        QCOMPARE(ServerClockSkew::parseHttpDate("Mon, 07 Dec 2026 10:41:04 GMT"),
            QDateTime(QDate(2026, 12, 7), QTime(10, 41, 4), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(ServerClockSkew::parseHttpDate("yesterday"), -1);
        ServerClockSkew skew;
        skew.observe("Mon, 07 Dec 2026 10:41:04 GMT",
            QDateTime(QDate(2026, 12, 7), QTime(10, 41, 0), Qt::UTC).toMSecsSinceEpoch());
        skew.observe("Mon, 07 Dec 2026 10:41:05 GMT",
            QDateTime(QDate(2026, 12, 7), QTime(10, 41, 2), Qt::UTC).toMSecsSinceEpoch()); // a slow answer
        QCOMPARE(skew.skewMs(), 4000); // the largest lower bound
    }

    /// The values a search filters on: the longest first, never a date or several options, at most the cap.
    void testSearchPropertiesAreTheMostSelectiveMatchableOnes()
    {
        Row row;
        row.properties = { { QStringLiteral("dealname"), QStringLiteral("Renewal of account 7") },
            { QStringLiteral("amount"), QStringLiteral("1200") },
            { QStringLiteral("closedate"), QStringLiteral("2026-12-31") },
            { QStringLiteral("tags"), QStringLiteral("a;b") }, { QStringLiteral("blank"), QStringLiteral("  ") },
            { QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy") } };
        QCOMPARE(LostCreateLookup::searchProperties(row, {}, 6),
            (QStringList { QStringLiteral("dealname"), QStringLiteral("dealstage"), QStringLiteral("amount") }));
        QCOMPARE(LostCreateLookup::searchProperties(row, {}, 2),
            (QStringList { QStringLiteral("dealname"), QStringLiteral("dealstage") }));
        const QHash<QString, QString> types { { QStringLiteral("dealname"), QStringLiteral("string") },
            { QStringLiteral("amount"), QStringLiteral("number") } };
        QCOMPARE(LostCreateLookup::searchProperties(row, types, 6),
            (QStringList { QStringLiteral("dealname"), QStringLiteral("amount") })); // only the type's properties
    }

    /// A record found by batch/read for a lost create is this run's only if it was created after the row was first
    /// sent, as the server's clock (read from Date) tells it.
    void testReadClaimsOnlyRecordsCreatedAfterTheFirstSend_data()
    {
        QTest::addColumn<qint64>("serverAheadMs"); // server clock - ours
        QTest::addColumn<bool>("sendDate");
        QTest::addColumn<qint64>("createdAfterSendMs"); // by the server's clock
        QTest::addColumn<int>("status");
        QTest::newRow("created after the send") << qint64(0) << true << qint64(400) << int(RowStatus::Created);
        QTest::newRow("created a day before") << qint64(0) << true << -24 * HourMs << int(RowStatus::Failed);
        QTest::newRow("created a minute before") << qint64(0) << true << qint64(-60000) << int(RowStatus::Failed);
        QTest::newRow("server an hour behind, Date read") << -HourMs << true << qint64(2000) << int(RowStatus::Created);
        QTest::newRow("server an hour behind, no Date") << -HourMs << false << qint64(2000) << int(RowStatus::Failed);
        QTest::newRow("server an hour ahead, record older than the send")
            << HourMs << true << qint64(-30000) << int(RowStatus::Failed);
    }

    void testReadClaimsOnlyRecordsCreatedAfterTheFirstSend()
    {
        QFETCH(qint64, serverAheadMs);
        QFETCH(bool, sendDate);
        QFETCH(qint64, createdAfterSendMs);
        QFETCH(int, status);
        EngineHarness h;
        const qint64 firstSend = wallNow(h);
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            Headers headers;
            if (sendDate)
                headers.append({ "Date", httpDate(wallNow(h) + serverAheadMs) });
            if (r.url.path().endsWith(u"/batch/read")) {
                const QJsonObject read = r.json().object();
                if (!read[QStringLiteral("properties")].toArray().contains(QStringLiteral("createdate")))
                    return FakeReply::json(
                        r, 400, Bodies::error(QStringLiteral("VALIDATION_ERROR"), QStringLiteral("x")), {}, p);
                const QJsonArray found { record(QStringLiteral("777"),
                    QJsonObject { { QStringLiteral("email"), QStringLiteral("person1@example.com") } },
                    firstSend + serverAheadMs + createdAfterSendMs) };
                return FakeReply::json(r, 200, Bodies::batch(found), headers, p);
            }
            return FakeReply::raw(r, 502, QByteArray("<html>Bad Gateway</html>"), headers, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), EngineHarness::contacts(1)));
        QVERIFY(h.run());
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/create")).size(), 1); // found: never sent twice
        const RowOutcome o = h.engine.outcomes().first();
        QCOMPARE(int(o.status), status);
        QCOMPARE(o.id, QStringLiteral("777"));
        if (o.status == RowStatus::Failed) {
            QCOMPARE(o.category, QStringLiteral("CONFLICT"));
            QVERIFY2(o.message.startsWith(QStringLiteral("Already existed (id 777)")), qPrintable(o.message));
            QCOMPARE(h.summary.created, 0);
        }
    }

    /// A row an earlier process sent at an unknown time (a results file) cannot be proven this run's.
    void testFoundRecordOfRowSentAtAnUnknownTimeStaysUnknown()
    {
        EngineHarness h;
        int nextId = 40;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (!r.url.path().endsWith(u"/batch/read"))
                return FakeReply::json(r, 201, writeAll(r, nextId), {}, p);
            const QJsonArray found { record(QStringLiteral("31"),
                QJsonObject { { QStringLiteral("email"), QStringLiteral("person1@example.com") } }, wallNow(h)) };
            return FakeReply::json(r, 200, Bodies::batch(found), {}, p);
        });
        const QList<Row> rows = EngineHarness::contacts(2);
        h.engine.setFirstSent({ { rows.at(1).key, wallNow(h) - 60000 } });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows, { rows.at(0).key, rows.at(1).key }));
        QVERIFY(h.run());
        const RowOutcome o = h.engine.outcomes().first();
        QCOMPARE(o.status, RowStatus::Unknown);
        QCOMPARE(o.id, QStringLiteral("31"));
        QVERIFY2(o.message.contains(QStringLiteral("first sent is not known")), qPrintable(o.message));
        QCOMPARE(h.engine.outcomes().at(1).status, RowStatus::Created);
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/create")).size(), 1); // row 2 was not found: sent again
        QCOMPARE(
            h.requestsTo(QStringLiteral("/batch/create")).first().json()[QStringLiteral("inputs")].toArray().size(), 1);
    }

    /// Object types without a unique property: the lost create is searched for by the values sent.
    void testSearchFindsTheLostCreate_data()
    {
        QTest::addColumn<QString>("script"); // one letter per search answer: 0 none, 1 one match, 2 two matches
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("creates");
        QTest::newRow("one match") << QStringLiteral("1") << int(RowStatus::Created) << 1;
        QTest::newRow("none, then found") << QStringLiteral("01") << int(RowStatus::Created) << 1;
        QTest::newRow("never found: sent again") << QStringLiteral("000") << int(RowStatus::Created) << 2;
        QTest::newRow("two match") << QStringLiteral("2") << int(RowStatus::Unknown) << 1;
    }

    void testSearchFindsTheLostCreate()
    {
        QFETCH(QString, script);
        QFETCH(int, status);
        QFETCH(int, creates);
        EngineHarness h;
        int writes = 0;
        int searches = 0;
        int nextId = 500;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.method == u"GET")
                return dealsCatalogue(r, p);
            if (r.url.path().endsWith(u"/search")) {
                const QChar step = script.at(qMin<qsizetype>(searches++, script.size() - 1));
                QJsonArray results;
                for (int i = 0; i < step.digitValue(); ++i)
                    results.append(record(QString::number(90 + i),
                        QJsonObject { { QStringLiteral("dealname"), QStringLiteral("Renewal of account 1") } },
                        wallNow(h)));
                return FakeReply::json(r, 200, searchAnswer(results), {}, p);
            }
            if (writes++ == 0)
                return lost(r, p);
            return FakeReply::json(r, 201, writeAll(r, nextId), {}, p);
        });
        const qint64 firstSend = wallNow(h);
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create, QStringLiteral("deals")), deals(1)));
        QVERIFY(h.run());
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/create")).size(), creates);
        QCOMPARE(h.requestsTo(QStringLiteral("/crm/objects/2026-03/deals/search")).size(), qMin(3, int(script.size())));
        const RowOutcome o = h.engine.outcomes().first();
        QCOMPARE(int(o.status), status);
        if (script == u"2")
            QVERIFY2(o.message.contains(QStringLiteral("2 records match")), qPrintable(o.message));
        else
            QCOMPARE(o.id, creates == 2 ? QStringLiteral("500") : QStringLiteral("90"));
        // EQ on the values sent, never the date (stored differently); createdate from the first send on.
        const QJsonObject search = h.requestsTo(QStringLiteral("/search")).first().json().object();
        QCOMPARE(filterValue(search, QStringLiteral("dealname"), QStringLiteral("EQ")),
            QStringLiteral("Renewal of account 1"));
        QCOMPARE(filterValue(search, QStringLiteral("amount"), QStringLiteral("EQ")), QStringLiteral("1000"));
        QCOMPARE(
            filterValue(search, QStringLiteral("dealstage"), QStringLiteral("EQ")), QStringLiteral("qualifiedtobuy"));
        QVERIFY(filterValue(search, QStringLiteral("closedate"), QStringLiteral("EQ")).isEmpty());
        const qint64 from = filterValue(search, QStringLiteral("createdate"), QStringLiteral("GTE")).toLongLong();
        QVERIFY(from <= firstSend && from > firstSend - 5000);
    }

    /// Searches have their own limit: at most 4 a second, and a 429 is waited out, never the end of the row.
    void testSearchesArePacedAndWaitOut429()
    {
        EngineHarness h;
        int searches = 0;
        QList<qint64> searchTimes;
        int writes = 0;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.method == u"GET")
                return dealsCatalogue(r, p);
            if (r.url.path().endsWith(u"/search")) {
                searchTimes.append(h.clock.nowMs());
                if (++searches == 3)
                    return FakeReply::json(r, 429,
                        QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                            { QStringLiteral("message"), QStringLiteral("You have reached your secondly limit.") },
                            { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
                            { QStringLiteral("policyName"), QStringLiteral("SECONDLY") } },
                        { { "Retry-After", "2" } }, p);
                const QString name
                    = r.json()[QStringLiteral("filterGroups")][0][QStringLiteral("filters")][0][QStringLiteral("value")]
                          .toString();
                return FakeReply::json(r, 200,
                    searchAnswer({ record(QString::number(1000 + searches),
                        QJsonObject { { QStringLiteral("dealname"), name } }, wallNow(h)) }),
                    {}, p);
            }
            ++writes;
            return lost(r, p);
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Create, QStringLiteral("deals"));
        QVERIFY(h.engine.start(spec, deals(12)));
        QVERIFY(h.run());
        QCOMPARE(writes, 1);
        QCOMPARE(h.summary.created, 12);
        QCOMPARE(searches, 13); // one 429, waited out and asked again
        for (qsizetype i = 4; i < searchTimes.size(); ++i)
            QVERIFY2(searchTimes.at(i) - searchTimes.at(i - 4) >= 1000, qPrintable(QString::number(i)));
        const qint64 refused = searchTimes.at(2);
        for (qint64 t : std::as_const(searchTimes)) // nothing left during the Retry-After (but what was in flight)
            QVERIFY2(t <= refused || t >= refused + 2000, qPrintable(QString::number(t - refused)));
    }

    /// Cancel with a lost batch's lookup queued and rows never sent: only the last are "not sent".
    void testCancelKeepsTheDoubt()
    {
        EngineHarness h;
        int nextId = 1;
        int writes = 0;
        h.answer([&](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.url.path().endsWith(u"/batch/read"))
                return FakeReply::json(r, 200, Bodies::batch({}), {}, p);
            if (writes++ == 0) // the pacer's probe goes alone: batch 1, answered
                return FakeReply::delayed(100, r, 201, writeAll(r, nextId), {}, p);
            return lost(r, p); // batch 2: sent, answer lost
        });
        BatchSpec spec = EngineHarness::spec(WriteMode::Create);
        spec.batchSize = 10;
        spec.concurrency = 2;
        spec.rateLimitPerWindow = 2; // batch 2's lookup waits for the next window
        spec.rateLimitWindowMs = 10000;
        QVERIFY(h.engine.start(spec, EngineHarness::contacts(30)));
        QTRY_COMPARE_WITH_TIMEOUT(h.nam.requests().size(), 2, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(h.pendingReplies, 0, 2000);
        h.engine.cancel();
        QVERIFY(h.run());
        QVERIFY(h.summary.cancelled);
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/read")).size(), 0);
        QCOMPARE(h.summary.created, 10); // batch 1 was answered and recorded
        QCOMPARE(h.summary.unknown, 10); // batch 2: sent, maybe written
        QCOMPARE(h.summary.skipped, 10); // batch 3: never sent
        for (int i = 10; i < 20; ++i) {
            const RowOutcome o = h.engine.outcomes().at(i);
            QCOMPARE(o.status, RowStatus::Unknown);
            QVERIFY2(o.message.contains(QStringLiteral("run stopped")), qPrintable(o.message));
        }
        for (int i = 20; i < 30; ++i)
            QCOMPARE(h.engine.outcomes().at(i).status, RowStatus::Pending);
    }

    /// An upsert whose answer never came, waiting for its retry when the run stops: unknown, not "not sent".
    void testStopKeepsUpsertRetryInDoubt()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) { return lost(r, p); });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Upsert), EngineHarness::contacts(3)));
        QTRY_COMPARE_WITH_TIMEOUT(h.exchanges.size(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(h.pendingReplies, 0, 2000); // the retry waits on the clock
        h.engine.cancel();
        QVERIFY(h.run());
        QCOMPARE(h.summary.unknown, 3);
        QCOMPARE(h.summary.skipped, 0);
    }

    /// A row an earlier process sent counts as sent: stopped while its lookup is answered, it ends unknown.
    void testStopBeforeAResumedRowIsSettledKeepsItUnknown()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            return FakeReply::delayed(50, r, 200, Bodies::batch({}), {}, p); // the lookup finds nothing
        });
        const QList<Row> rows = EngineHarness::contacts(4);
        BatchSpec spec = EngineHarness::spec(WriteMode::Create);
        spec.rateLimitPerWindow = 1; // the lookup goes; the batch of the others waits
        QVERIFY(h.engine.start(spec, rows, { rows.at(0).key }));
        QCOMPARE(h.nam.requests().size(), 1);
        h.engine.cancel();
        QVERIFY(h.run());
        QCOMPARE(h.engine.outcomes().at(0).status, RowStatus::Unknown);
        QCOMPARE(h.summary.unknown, 1);
        QCOMPARE(h.summary.skipped, 3);
        QCOMPARE(h.requestsTo(QStringLiteral("/batch/create")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLostCreates)
#include "testlostcreates.moc"
