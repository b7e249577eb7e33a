// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <random>

#include <QFile>
#include <QSet>

#include "enginetestharness.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

QString idFor(const QString &email)
{
    return QString::number(qHash(email.toLower()) % 900000000 + 100000000);
}

/// Answers a create or upsert like HubSpot: every input written, results in reverse order.
QJsonObject writeAll(const RecordedRequest &r, bool echoTrace, bool upsert = false)
{
    QJsonArray results;
    const QJsonArray inputs = r.json().object().value(QStringLiteral("inputs")).toArray();
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        const QJsonObject props = in.value(QStringLiteral("properties")).toObject();
        const QString email = props.value(QStringLiteral("email")).toString();
        std::optional<bool> isNew;
        if (upsert)
            isNew = email.contains(u'1'); // deterministic mix of created and updated
        results.prepend(Bodies::result(idFor(email), props,
            echoTrace ? in.value(QStringLiteral("objectWriteTraceId")).toString() : QString(), isNew));
    }
    return Bodies::batch(results);
}

} // namespace

class TestBatchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testCreateMapsShuffledResultsByTraceId()
    {
        EngineHarness h;
        h.answer(
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, writeAll(r, true), {}, p); });
        const QList<Row> rows = EngineHarness::contacts(250);
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows));
        QVERIFY(h.run());
        QCOMPARE(h.requestsTo(QStringLiteral("/crm/objects/2026-03/contacts/batch/create")).size(), 3);
        const QList<RowOutcome> outcomes = h.engine.outcomes();
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(outcomes.at(i).status, RowStatus::Created);
            QCOMPARE(outcomes.at(i).id, idFor(rows.at(i).properties.value(QStringLiteral("email"))));
        }
        QCOMPARE(h.summary.created, 250);
        QCOMPARE(h.finishedRows.size(), 250); // exactly one outcome per row
    }

    /// The engine names each row by its key alone: rows given in any order, with keys in any format (journals of
    /// earlier versions kept `row-000001`), each get their own outcome, by trace id or by email, whatever the
    /// order of the answers.
    void testOutcomesComeBackByKey_data()
    {
        QTest::addColumn<int>("shuffle"); // 0: as made; -1: reversed; else the seed of a shuffle
        QTest::addColumn<bool>("earlierKeys");
        QTest::addColumn<bool>("echoTrace");
        QTest::newRow("in order") << 0 << false << true;
        QTest::newRow("reversed") << -1 << false << true;
        QTest::newRow("shuffled") << 7 << false << true;
        QTest::newRow("shuffled, matched by email") << 11 << false << false;
        QTest::newRow("shuffled, keys of earlier versions") << 13 << true << true;
    }

    void testOutcomesComeBackByKey()
    {
        QFETCH(int, shuffle);
        QFETCH(bool, earlierKeys);
        QFETCH(bool, echoTrace);
        QList<Row> rows = EngineHarness::contacts(230);
        if (earlierKeys) {
            for (qsizetype i = 0; i < rows.size(); ++i)
                rows[i].key = QStringLiteral("row-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        }
        if (shuffle < 0)
            std::reverse(rows.begin(), rows.end());
        else if (shuffle > 0)
            std::shuffle(rows.begin(), rows.end(), std::mt19937(quint32(shuffle)));
        QHash<QString, QString> emailOf;
        for (const Row &row : std::as_const(rows))
            emailOf.insert(row.key, row.properties.value(QStringLiteral("email")));

        EngineHarness h;
        h.answer([echoTrace](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 201, writeAll(r, echoTrace), {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows));
        QVERIFY(h.run());
        QCOMPARE(h.finishedRows.size(), rows.size());
        QCOMPARE(QSet<QString>(h.finishedRows.cbegin(), h.finishedRows.cend()).size(), rows.size()); // each once
        for (qsizetype i = 0; i < h.finishedRows.size(); ++i) {
            const QString &key = h.finishedRows.at(i);
            QVERIFY2(emailOf.contains(key), qPrintable(key));
            QCOMPARE(h.finishedOutcomes.at(i).status, RowStatus::Created);
            QCOMPARE(h.finishedOutcomes.at(i).id, idFor(emailOf.value(key)));
            QCOMPARE(h.engine.outcome(key), h.finishedOutcomes.at(i));
        }
        QCOMPARE(h.engine.outcome(QStringLiteral("r9999")), RowOutcome()); // no such row: pending
    }

    /// A resume names the rows an earlier process may have sent by key: those creates are looked up before anything
    /// is resent, wherever they are in the list; a key no row has is ignored.
    void testMaybeSentNamesRowsByKey()
    {
        QList<Row> rows = EngineHarness::contacts(6);
        std::reverse(rows.begin(), rows.end());
        const QString found = EngineHarness::contacts(6).at(1).key; // person2: created by the earlier process
        const QString lost = EngineHarness::contacts(6).at(4).key; // person5: its create never arrived
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            if (r.url.path().endsWith(u"/batch/read")) {
                const QJsonArray results { Bodies::result(QStringLiteral("77"),
                    QJsonObject { { QStringLiteral("email"), QStringLiteral("person2@example.com") } }) };
                return FakeReply::json(r, 200, Bodies::batch(results), {}, p);
            }
            return FakeReply::json(r, 201, writeAll(r, true), {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows, { found, lost, QStringLiteral("r9999") }));
        QVERIFY(h.run());
        const QList<RecordedRequest> reads = h.requestsTo(QStringLiteral("/batch/read"));
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().json().object().value(QStringLiteral("inputs")).toArray().size(), 2);
        QStringList created;
        for (const RecordedRequest &r : h.requestsTo(QStringLiteral("/batch/create"))) {
            for (const QJsonValue &in : r.json().object().value(QStringLiteral("inputs")).toArray())
                created.append(in[QStringLiteral("properties")][QStringLiteral("email")].toString());
        }
        QCOMPARE(created.count(QStringLiteral("person2@example.com")), 0); // found: never created again
        QCOMPARE(created.count(QStringLiteral("person5@example.com")), 1); // not found: sent once more
        QCOMPARE(created.size(), 5);
        QCOMPARE(h.engine.outcome(found).id, QStringLiteral("77"));
        QCOMPARE(h.engine.outcome(lost).id, idFor(QStringLiteral("person5@example.com")));
        QCOMPARE(h.finishedRows.size(), 6);
    }

    /// Without a key a row's outcome could not be reported: refused before anything is sent, naming the row.
    void testRowWithoutKeyRefusedBeforeSending()
    {
        EngineHarness h;
        QList<Row> rows = EngineHarness::contacts(3);
        rows[1].key.clear();
        const auto started = h.engine.start(EngineHarness::spec(WriteMode::Create), rows);
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(started.error().message, QStringLiteral("line 3 has no row key."));
        QVERIFY(h.nam.requests().isEmpty());
    }

    void testCreateWithoutTraceEchoMapsByEmail()
    {
        EngineHarness h;
        h.answer(
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, writeAll(r, false), {}, p); });
        const QList<Row> rows = EngineHarness::contacts(7);
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows));
        QVERIFY(h.run());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(h.engine.outcomes().at(i).id, idFor(rows.at(i).properties.value(QStringLiteral("email"))));
    }

    void testUpsertMapsByIdPropertyCaseInsensitively()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            QJsonObject body = writeAll(r, false, true);
            // HubSpot may normalise case: answer with upper-cased emails.
            QJsonArray results = body.value(QStringLiteral("results")).toArray();
            for (qsizetype i = 0; i < results.size(); ++i) {
                QJsonObject res = results.at(i).toObject();
                QJsonObject props = res.value(QStringLiteral("properties")).toObject();
                props.insert(QStringLiteral("email"), props.value(QStringLiteral("email")).toString().toUpper());
                res.insert(QStringLiteral("properties"), props);
                results.replace(i, res);
            }
            body.insert(QStringLiteral("results"), results);
            return FakeReply::json(r, 200, body, {}, p);
        });
        const QList<Row> rows = EngineHarness::contacts(12);
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Upsert), rows));
        QVERIFY(h.run());
        const QJsonObject first = h.nam.requests().first().json().object()[QStringLiteral("inputs")][0].toObject();
        QCOMPARE(first.value(QStringLiteral("idProperty")).toString(), QStringLiteral("email"));
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("person1@example.com"));
        QVERIFY(!first.contains(QStringLiteral("associations")));
        for (int i = 0; i < rows.size(); ++i) {
            const QString email = rows.at(i).properties.value(QStringLiteral("email"));
            QCOMPARE(h.engine.outcomes().at(i).status, email.contains(u'1') ? RowStatus::Created : RowStatus::Updated);
            QCOMPARE(h.engine.outcomes().at(i).id, idFor(email));
        }
    }

    void test207MixMarksFailedRowsWithTheirProperty()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            const QJsonArray inputs = r.json().object().value(QStringLiteral("inputs")).toArray();
            QJsonArray results;
            QJsonArray errors;
            for (const QJsonValue &v : inputs) {
                const QJsonObject in = v.toObject();
                const QString trace = in.value(QStringLiteral("objectWriteTraceId")).toString();
                const QString email = in[QStringLiteral("properties")][QStringLiteral("email")].toString();
                if (email.startsWith(u"person2")) {
                    QJsonObject e
                        = Bodies::propertyError(QStringLiteral("lifecyclestage"), QStringLiteral("INVALID_OPTION"),
                            QStringLiteral("Purple was not one of the allowed options: [lead, customer]"));
                    e.insert(QStringLiteral("context"),
                        QJsonObject { { QStringLiteral("objectWriteTraceId"), QJsonArray { trace } } });
                    e.remove(QStringLiteral("errors"));
                    errors.append(e);
                } else {
                    results.append(Bodies::result(idFor(email), QJsonObject { { QStringLiteral("email"), email } }));
                }
            }
            return FakeReply::json(r, 207, Bodies::batch(results, errors), {}, p);
        });
        const QList<Row> rows = EngineHarness::contacts(3);
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), rows));
        QVERIFY(h.run());
        const RowOutcome failed = h.engine.outcomes().at(1);
        QCOMPARE(failed.status, RowStatus::Failed);
        QCOMPARE(failed.category, QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(failed.code, QStringLiteral("INVALID_OPTION"));
        QCOMPARE(failed.property, QStringLiteral("lifecyclestage"));
        QVERIFY(failed.message.contains(QStringLiteral("Purple")));
        QCOMPARE(h.engine.outcomes().at(0).status, RowStatus::Created);
        QCOMPARE(h.engine.outcomes().at(2).status, RowStatus::Created);
        QCOMPARE(h.nam.requests().size(), 1); // nothing resent
    }

    void testCreatedButIdsCannotBeToldApart()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            if (r.method == u"GET")
                return FakeReply::json(r, 200, QJsonObject { { QStringLiteral("results"), QJsonArray() } }, {}, p);
            QJsonArray results;
            for (int i = 0; i < 3; ++i)
                results.append(Bodies::result(QString::number(500 + i), QJsonObject()));
            return FakeReply::json(r, 201, Bodies::batch(results), {}, p);
        });
        QList<Row> rows;
        for (int i = 0; i < 3; ++i) {
            Row row;
            row.key = QStringLiteral("d%1").arg(i);
            row.properties.insert(QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(i));
            rows.append(row);
        }
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create, QStringLiteral("deals")), rows));
        QVERIFY(h.run());
        for (const RowOutcome &o : h.engine.outcomes()) {
            QCOMPARE(o.status, RowStatus::Created);
            QVERIFY(o.id.isEmpty());
            QVERIFY(o.message.contains(QStringLiteral("does not say")));
        }
    }

    void testCountsMismatchIsReportedNotDropped()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) {
            // The answer never mentions person2: inputs != results + errors.
            QJsonObject body = writeAll(r, true, true);
            QJsonArray kept;
            for (const QJsonValue &v : body.value(QStringLiteral("results")).toArray()) {
                if (!v[QStringLiteral("properties")][QStringLiteral("email")].toString().startsWith(u"person2"))
                    kept.append(v);
            }
            body.insert(QStringLiteral("results"), kept);
            return FakeReply::json(r, 200, body, {}, p);
        });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Upsert), EngineHarness::contacts(2)));
        QVERIFY(h.run());
        QCOMPARE(h.engine.outcomes().at(0).status, RowStatus::Created);
        const RowOutcome lost = h.engine.outcomes().at(1);
        QCOMPARE(lost.status, RowStatus::Unknown);
        QVERIFY2(lost.message.contains(QStringLiteral("accounts for")), qPrintable(lost.message));
        QCOMPARE(h.nam.requests().size(), 5); // retried up to maxAttempts, never silently dropped
    }

    void testDuplicateUpsertIdsRefusedBeforeSending()
    {
        EngineHarness h;
        QList<Row> rows = EngineHarness::contacts(5);
        rows[3].properties.insert(QStringLiteral("email"), QStringLiteral("  PERSON2@example.com "));
        const auto started = h.engine.start(EngineHarness::spec(WriteMode::Upsert), rows);
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(started.error().message.contains(QStringLiteral("line 3 and line 5 both upsert email")),
            qPrintable(started.error().message));
        QVERIFY(h.nam.requests().isEmpty());
    }

    void testNonHttpsBaseUrlRefused()
    {
        EngineHarness h;
        BatchSpec spec = EngineHarness::spec(WriteMode::Create);
        spec.baseUrl = QUrl(QStringLiteral("http://api.hubapi.com"));
        QVERIFY(!h.engine.start(spec, EngineHarness::contacts(1)));
        QVERIFY(h.nam.requests().isEmpty());
    }

    void testBodiesCarryWhatTheSpecRequires_data()
    {
        BATCHSMITH_REQUIRE_SPECS();
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("schema");
        QTest::newRow("create") << int(WriteMode::Create) << QStringLiteral("SimplePublicObjectBatchInputForCreate");
        QTest::newRow("upsert") << int(WriteMode::Upsert) << QStringLiteral("SimplePublicObjectBatchInputUpsert");
    }

    void testBodiesCarryWhatTheSpecRequires()
    {
        QFETCH(int, mode);
        QFETCH(QString, schema);
        QFile file(specsDir() + QStringLiteral("/objects-2026-03.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject schemas = QJsonDocument::fromJson(file.readAll())
                                        .object()[QStringLiteral("components")]
                                        .toObject()[QStringLiteral("schemas")]
                                        .toObject();
        const QJsonObject inputSchema = schemas.value(schema).toObject();
        QVERIFY(!inputSchema.isEmpty());

        EngineHarness h;
        h.answer(
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, writeAll(r, true), {}, p); });
        QList<Row> rows = EngineHarness::contacts(2);
        rows[0].associations.append(
            { QStringLiteral("companies"), QStringLiteral("9001"), QStringLiteral("HUBSPOT_DEFINED"), 279 });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode(mode)), rows));
        QVERIFY(h.run());
        const QJsonArray inputs = h.nam.requests().first().json().object().value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 2);
        const QJsonObject props = inputSchema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &in : inputs) {
            const QJsonObject input = in.toObject();
            for (const QJsonValue &required : inputSchema.value(QStringLiteral("required")).toArray())
                QVERIFY2(input.contains(required.toString()), qPrintable(required.toString()));
            for (auto it = input.constBegin(); it != input.constEnd(); ++it)
                QVERIFY2(props.contains(it.key()), qPrintable(it.key())); // nothing the spec does not know
            const QJsonObject values = input.value(QStringLiteral("properties")).toObject();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                QVERIFY(it.value().isString());
        }
        if (WriteMode(mode) == WriteMode::Create) {
            const QJsonObject assoc = inputs.at(0)[QStringLiteral("associations")][0].toObject();
            QCOMPARE(assoc[QStringLiteral("to")][QStringLiteral("id")].toString(), QStringLiteral("9001"));
            QCOMPARE(assoc[QStringLiteral("types")][0][QStringLiteral("associationTypeId")].toInt(), 279);
            QCOMPARE(inputs.at(1)[QStringLiteral("associations")].toArray().size(), 0);
        }
    }

    void testExchangesAreRedacted()
    {
        EngineHarness h;
        h.engine.setToken(QStringLiteral("very-secret-token"));
        h.answer(
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, writeAll(r, true), {}, p); });
        QVERIFY(h.engine.start(EngineHarness::spec(WriteMode::Create), EngineHarness::contacts(1)));
        QVERIFY(h.run());
        QCOMPARE(h.exchanges.size(), 1);
        for (const auto &[name, value] : h.exchanges.first().requestHeaders)
            QVERIFY(!value.contains("very-secret-token"));
        QCOMPARE(h.nam.requests().first().header("Authorization"), QByteArray("Bearer very-secret-token"));
    }
};

QTEST_GUILESS_MAIN(TestBatchEngine)
#include "testbatchengine.moc"
