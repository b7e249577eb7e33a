// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's CRM search over real HTTP (docs/hubspot-behaviour.md §11.9): operators, filter groups, sorts,
// paging, caps, its own per-second limit, the index's lag, both paths and custom objects.
#include <QDateTime>
#include <QTest>

#include "sandbox/searchindexlag.h"
#include "sandboxtesthelpers.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString DealSearch = QStringLiteral("/crm/v3/objects/deals/search");

QJsonObject filter(const QString &property, const QString &op, const QJsonValue &value = {})
{
    QJsonObject f { { QStringLiteral("propertyName"), property }, { QStringLiteral("operator"), op } };
    if (value.isArray())
        f.insert(QStringLiteral("values"), value);
    else if (!value.isNull())
        f.insert(QStringLiteral("value"), value);
    return f;
}

QJsonObject group(const QJsonArray &filters)
{
    return QJsonObject { { QStringLiteral("filters"), filters } };
}

QJsonObject request(const QJsonArray &groups, const QJsonObject &extra = {})
{
    QJsonObject body { { QStringLiteral("filterGroups"), groups } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QStringList propertyOf(const QJsonObject &reply, const QString &name)
{
    QStringList values;
    for (const QJsonValue &r : reply.value(QStringLiteral("results")).toArray())
        values.append(r.toObject().value(QStringLiteral("properties")).toObject().value(name).toString());
    return values;
}

} // namespace

class TestSandboxSearch : public QObject
{
    Q_OBJECT

private:
    qint64 m_clockMs = 1000000; // the rate limits' clock: a test moves it, so no limit depends on real time
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_start; // epoch ms just before the probe deals were created
    QStringList m_ids; // the probe deals' ids: Probe A, Probe B, probe c, Probe D

    /// A search a second after the last call, clear of the per-second limit.
    SandboxFixture::Reply search(const QJsonObject &body, const QString &path = DealSearch)
    {
        m_clockMs += 1000;
        return m_sandbox->post(path, body);
    }

    /// The probe deals' names that @p filters (ANDed with "created by this test") find, sorted.
    QStringList probes(const QJsonArray &filters)
    {
        QJsonArray all { filter(QStringLiteral("createdate"), QStringLiteral("GTE"), m_start) };
        for (const QJsonValue &f : filters)
            all.append(f);
        const auto reply = search(
            request({ group(all) }, { { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname") } } }));
        if (reply.status != 200)
            return { QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body)) };
        QStringList names = propertyOf(reply.json, QStringLiteral("dealname"));
        names.sort(Qt::CaseInsensitive);
        return names;
    }

    static QJsonObject deal(const QString &name, const QString &amount)
    {
        QJsonObject p { { QStringLiteral("dealname"), name }, { QStringLiteral("pipeline"), QStringLiteral("default") },
            { QStringLiteral("dealstage"), QStringLiteral("appointmentscheduled") } };
        if (!amount.isEmpty())
            p.insert(QStringLiteral("amount"), amount);
        return createInput(p);
    }

private Q_SLOTS:

    void init()
    {
        Sandbox::SandboxOptions options;
        options.monotonicClockMs = [this] { return m_clockMs; };
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("shuffleResults"), false } }));
        m_start = QString::number(QDateTime::currentMSecsSinceEpoch() - 1);
        const auto created = m_sandbox->post(QStringLiteral("/crm/v3/objects/deals/batch/create"),
            inputs({ deal(QStringLiteral("Probe A"), QStringLiteral("100")),
                deal(QStringLiteral("Probe B"), QStringLiteral("200")),
                deal(QStringLiteral("probe c"), QStringLiteral("300")), deal(QStringLiteral("Probe D"), {}) }));
        QCOMPARE(created.status, 201);
        m_ids.clear();
        for (const QJsonValue &r : created.json.value(QStringLiteral("results")).toArray())
            m_ids.append(r.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(m_ids.size(), 4);
    }

    void testOperators_data()
    {
        QTest::addColumn<QJsonObject>("probe");
        QTest::addColumn<QStringList>("expected");
        const QString name = QStringLiteral("dealname"), amount = QStringLiteral("amount");
        const QString a = QStringLiteral("Probe A"), b = QStringLiteral("Probe B"), c = QStringLiteral("probe c"),
                      d = QStringLiteral("Probe D");
        QTest::newRow("EQ ignores case") << filter(name, QStringLiteral("EQ"), QStringLiteral("PROBE a"))
                                         << QStringList { a };
        QTest::newRow("NEQ") << filter(name, QStringLiteral("NEQ"), a) << QStringList { b, c, d };
        QTest::newRow("IN") << filter(name, QStringLiteral("IN"), QJsonArray { QStringLiteral("probe B"), c })
                            << QStringList { b, c };
        QTest::newRow("NOT_IN") << filter(name, QStringLiteral("NOT_IN"), QJsonArray { b }) << QStringList { a, c, d };
        QTest::newRow("GT") << filter(amount, QStringLiteral("GT"), QStringLiteral("200")) << QStringList { c };
        QTest::newRow("GTE") << filter(amount, QStringLiteral("GTE"), QStringLiteral("200")) << QStringList { b, c };
        QTest::newRow("LT") << filter(amount, QStringLiteral("LT"), QStringLiteral("200")) << QStringList { a };
        QTest::newRow("LTE") << filter(amount, QStringLiteral("LTE"), QStringLiteral("200")) << QStringList { a, b };
        QTest::newRow("LT numbers, not text")
            << filter(amount, QStringLiteral("LT"), QStringLiteral("1000")) << QStringList { a, b, c };
        QJsonObject between = filter(amount, QStringLiteral("BETWEEN"), QStringLiteral("150"));
        between.insert(QStringLiteral("highValue"), QStringLiteral("300"));
        QTest::newRow("BETWEEN") << between << QStringList { b, c };
        QTest::newRow("HAS_PROPERTY") << filter(amount, QStringLiteral("HAS_PROPERTY")) << QStringList { a, b, c };
        QTest::newRow("NOT_HAS_PROPERTY") << filter(amount, QStringLiteral("NOT_HAS_PROPERTY")) << QStringList { d };
        QTest::newRow("CONTAINS_TOKEN") << filter(name, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("d"))
                                        << QStringList { d };
        QTest::newRow("CONTAINS_TOKEN wildcard")
            << filter(name, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("prob*")) << QStringList { a, b, c, d };
    }

    void testOperators()
    {
        QFETCH(QJsonObject, probe);
        QFETCH(QStringList, expected);
        QCOMPARE(probes({ probe }), expected);
    }

    void testIdsAndTimestampsAreFilterable()
    {
        const QString a = QStringLiteral("Probe A"), b = QStringLiteral("Probe B");
        QCOMPARE(
            probes({ filter(QStringLiteral("hs_object_id"), QStringLiteral("EQ"), m_ids.at(0)) }), QStringList { a });
        QCOMPARE(probes({ filter(
                     QStringLiteral("hs_object_id"), QStringLiteral("IN"), QJsonArray { m_ids.at(0), m_ids.at(1) }) }),
            (QStringList { a, b }));
        // createdate as ISO 8601 as well as epoch ms; hs_createdate and lastmodifieddate too.
        const QString iso = QDateTime::fromMSecsSinceEpoch(m_start.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(probes({ filter(QStringLiteral("createdate"), QStringLiteral("GTE"), iso) }).size(), 4);
        QCOMPARE(probes({ filter(QStringLiteral("hs_createdate"), QStringLiteral("GTE"), m_start) }).size(), 4);
        QCOMPARE(probes({ filter(QStringLiteral("lastmodifieddate"), QStringLiteral("GTE"), m_start) }).size(), 4);
        QCOMPARE(probes({ filter(QStringLiteral("createdate"), QStringLiteral("LT"), m_start) }), QStringList());
        // The seeded deals (created in 2025) are found by a window on createdate alone.
        const auto seeded = search(request(
            { group({ filter(QStringLiteral("createdate"), QStringLiteral("LT"), QStringLiteral("2026-01-01")) }) }));
        QCOMPARE(seeded.status, 200);
        QCOMPARE(seeded.json.value(QStringLiteral("total")).toInt(), 100);
    }

    void testGroupsAreOredAndFiltersAnded()
    {
        const QJsonObject mine = filter(QStringLiteral("createdate"), QStringLiteral("GTE"), m_start);
        const QJsonObject isA = filter(QStringLiteral("dealname"), QStringLiteral("EQ"), QStringLiteral("Probe A"));
        const QJsonObject big = filter(QStringLiteral("amount"), QStringLiteral("GTE"), QStringLiteral("300"));
        const QJsonObject props { { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname") } } };
        auto reply = search(request({ group({ mine, isA }), group({ mine, big }) }, props));
        QCOMPARE(reply.status, 200);
        QStringList names = propertyOf(reply.json, QStringLiteral("dealname"));
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("Probe A"), QStringLiteral("probe c") }));
        reply = search(request({ group({ mine, isA, big }) }, props));
        QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), 0);
    }

    void testSortsAndPaging()
    {
        const QJsonObject mine = filter(QStringLiteral("createdate"), QStringLiteral("GTE"), m_start);
        QJsonObject extra { { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname") } },
            { QStringLiteral("limit"), 2 },
            { QStringLiteral("sorts"),
                QJsonArray { QJsonObject { { QStringLiteral("propertyName"), QStringLiteral("amount") },
                    { QStringLiteral("direction"), QStringLiteral("DESCENDING") } } } } };
        auto first = search(request({ group({ mine }) }, extra));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(propertyOf(first.json, QStringLiteral("dealname")),
            (QStringList { QStringLiteral("probe c"), QStringLiteral("Probe B") }));
        const QString after
            = first.json[QStringLiteral("paging")][QStringLiteral("next")][QStringLiteral("after")].toString();
        QCOMPARE(after, QStringLiteral("2"));
        extra.insert(QStringLiteral("after"), after);
        auto second = search(request({ group({ mine }) }, extra));
        QCOMPARE(propertyOf(second.json, QStringLiteral("dealname")),
            (QStringList { QStringLiteral("Probe A"), QStringLiteral("Probe D") })); // no amount: last
        QVERIFY(!second.json.contains(QStringLiteral("paging")));

        // The spec's plain string form sorts ascending; text sorts ignore case.
        extra.insert(QStringLiteral("sorts"), QJsonArray { QStringLiteral("dealname") });
        extra.insert(QStringLiteral("limit"), 10);
        extra.remove(QStringLiteral("after"));
        auto byName = search(request({ group({ mine }) }, extra));
        QCOMPARE(propertyOf(byName.json, QStringLiteral("dealname")),
            (QStringList { QStringLiteral("Probe A"), QStringLiteral("Probe B"), QStringLiteral("probe c"),
                QStringLiteral("Probe D") }));

        // No body fields at all: every contact, 10 a page, oldest id first.
        auto all = search(QJsonObject(), QStringLiteral("/crm/v3/objects/contacts/search"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(QStringLiteral("total")).toInt(), 200);
        QCOMPARE(all.json.value(QStringLiteral("results")).toArray().size(), 10);
        QCOMPARE(all.json[QStringLiteral("paging")][QStringLiteral("next")][QStringLiteral("after")].toString(),
            QStringLiteral("10"));
        QStringList ids;
        for (const QJsonValue &r : all.json.value(QStringLiteral("results")).toArray())
            ids.append(r.toObject().value(QStringLiteral("id")).toString());
        QStringList ascending = ids;
        ascending.sort();
        QCOMPARE(ids, ascending);
    }

    void testResultShapeAndProperties()
    {
        const QJsonObject byId = filter(QStringLiteral("hs_object_id"), QStringLiteral("EQ"), m_ids.at(3));
        auto reply = search(request({ group({ byId }) },
            { { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname"), QStringLiteral("amount") } } }));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("X-HubSpot-RateLimit-Max").isEmpty()); // search answers carry none
        const QJsonObject result = reply.json[QStringLiteral("results")][0].toObject();
        QCOMPARE(result.value(QStringLiteral("id")).toString(), m_ids.at(3));
        QCOMPARE(result.value(QStringLiteral("archived")).toBool(true), false);
        QVERIFY(!result.value(QStringLiteral("createdAt")).toString().isEmpty());
        QVERIFY(!result.value(QStringLiteral("updatedAt")).toString().isEmpty());
        const QJsonObject properties = result.value(QStringLiteral("properties")).toObject();
        QStringList keys = properties.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("amount"), QStringLiteral("createdate"), QStringLiteral("dealname"),
                QStringLiteral("hs_object_id"), QStringLiteral("lastmodifieddate") }));
        QVERIFY(properties.value(QStringLiteral("amount")).isNull()); // asked for, not set
        QCOMPARE(properties.value(QStringLiteral("hs_object_id")).toString(), m_ids.at(3));

        // No properties asked for: the type's defaults.
        reply = search(request({ group({ filter(QStringLiteral("email"), QStringLiteral("HAS_PROPERTY")) }) },
                           { { QStringLiteral("limit"), 1 } }),
            QStringLiteral("/crm/v3/objects/contacts/search"));
        keys = reply.json[QStringLiteral("results")][0][QStringLiteral("properties")].toObject().keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("createdate"), QStringLiteral("email"), QStringLiteral("firstname"),
                QStringLiteral("hs_object_id"), QStringLiteral("lastmodifieddate"), QStringLiteral("lastname") }));
    }

    void testCaps_data()
    {
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("perGroup");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<int>("status");
        QTest::newRow("5 groups") << 5 << 1 << QJsonObject() << 200;
        QTest::newRow("6 groups") << 6 << 1 << QJsonObject() << 400;
        QTest::newRow("6 filters in a group") << 1 << 6 << QJsonObject() << 200;
        QTest::newRow("7 filters in a group") << 1 << 7 << QJsonObject() << 400;
        QTest::newRow("18 filters") << 3 << 6 << QJsonObject() << 200;
        QTest::newRow("20 filters") << 4 << 5 << QJsonObject() << 400;
        QTest::newRow("limit 200") << 1 << 1 << QJsonObject { { QStringLiteral("limit"), 200 } } << 200;
        QTest::newRow("limit 201") << 1 << 1 << QJsonObject { { QStringLiteral("limit"), 201 } } << 400;
        QTest::newRow("after 9999") << 1 << 1 << QJsonObject { { QStringLiteral("after"), QStringLiteral("9999") } }
                                    << 200;
        QTest::newRow("after 10000") << 1 << 1 << QJsonObject { { QStringLiteral("after"), QStringLiteral("10000") } }
                                     << 400;
        QTest::newRow("two sorts") << 1 << 1
                                   << QJsonObject { { QStringLiteral("sorts"),
                                          QJsonArray { QStringLiteral("amount"), QStringLiteral("dealname") } } }
                                   << 400;
        QTest::newRow("unknown operator")
            << 0 << 0
            << QJsonObject { { QStringLiteral("filterGroups"),
                   QJsonArray {
                       group({ filter(QStringLiteral("amount"), QStringLiteral("ABOUT"), QStringLiteral("1")) }) } } }
            << 400;
        QTest::newRow("unknown property")
            << 0 << 0
            << QJsonObject { { QStringLiteral("filterGroups"),
                   QJsonArray {
                       group({ filter(QStringLiteral("no_such"), QStringLiteral("EQ"), QStringLiteral("1")) }) } } }
            << 400;
        QTest::newRow("EQ without value")
            << 0 << 0
            << QJsonObject { { QStringLiteral("filterGroups"),
                   QJsonArray { group({ filter(QStringLiteral("amount"), QStringLiteral("EQ")) }) } } }
            << 400;
    }

    void testCaps()
    {
        QFETCH(int, groups);
        QFETCH(int, perGroup);
        QFETCH(QJsonObject, extra);
        QFETCH(int, status);
        QJsonArray list;
        for (int g = 0; g < groups; ++g) {
            QJsonArray filters;
            for (int f = 0; f < perGroup; ++f)
                filters.append(filter(QStringLiteral("createdate"), QStringLiteral("GTE"), QStringLiteral("0")));
            list.append(group(filters));
        }
        const auto before = m_sandbox->stats();
        const auto reply = search(request(list, extra));
        QCOMPARE(reply.status, status);
        if (status == 400) {
            QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            QCOMPARE(reply.json.value(QStringLiteral("category")).toString(), QStringLiteral("VALIDATION_ERROR"));
            QVERIFY(isUuid(reply.json.value(QStringLiteral("correlationId")).toString()));
            QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(
            m_sandbox->stats().value(QStringLiteral("recordsCreated")), before.value(QStringLiteral("recordsCreated")));
    }

    void testOwnPerSecondLimit()
    {
        m_clockMs += 1000;
        const QJsonObject body
            = request({ group({ filter(QStringLiteral("createdate"), QStringLiteral("GTE"), m_start) }) });
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_sandbox->post(DealSearch, body).status, 200);
        // A batch call is not a search: it does not use up the search budget, nor does the search limit stop it.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/crm/v3/objects/deals/batch/read"),
                         QJsonObject { { QStringLiteral("inputs"),
                             QJsonArray { QJsonObject { { QStringLiteral("id"), m_ids.at(0) } } } } })
                     .status,
            200);
        const auto limited = m_sandbox->post(DealSearch, body);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(limited.json.value(QStringLiteral("category")).toString(), QStringLiteral("RATE_LIMITS"));
        QCOMPARE(limited.json.value(QStringLiteral("errorType")).toString(), QStringLiteral("RATE_LIMIT"));
        QCOMPARE(limited.json.value(QStringLiteral("policyName")).toString(), QStringLiteral("SECONDLY"));
        QCOMPARE(limited.json.value(QStringLiteral("message")).toString(),
            QStringLiteral("You have reached your secondly limit."));
        QVERIFY(isUuid(limited.json.value(QStringLiteral("correlationId")).toString()));
        QVERIFY(limited.header("Retry-After").isEmpty());
        QVERIFY(limited.header("X-HubSpot-RateLimit-Remaining").isEmpty());
        QCOMPARE(m_sandbox->stats().value(QStringLiteral("rateLimited429")).toInt(), 1);

        m_clockMs += 999; // still within the second of the first search
        QCOMPARE(m_sandbox->post(DealSearch, body).status, 429);
        m_clockMs += 1;
        QCOMPARE(m_sandbox->post(DealSearch, body).status, 200);

        QVERIFY(m_sandbox->scenario(
            QJsonObject { { QStringLiteral("searchRatePerSecond"), 1 }, { QStringLiteral("retryAfterOn429"), true } }));
        m_clockMs += 1000;
        QCOMPARE(m_sandbox->post(DealSearch, body).status, 200);
        const auto again = m_sandbox->post(DealSearch, body);
        QCOMPARE(again.status, 429);
        QCOMPARE(again.header("Retry-After"), QByteArray("1"));
    }

    void testSearchesCountTowardTheTenSecondLimit()
    {
        const QJsonObject body = request({});
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("rateLimit"), 3 } }));
        m_clockMs += 10000; // the probe create is out of the window
        for (int i = 0; i < 3; ++i)
            QCOMPARE(search(body).status, 200);
        const auto limited = search(body);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QStringLiteral("policyName")).toString(), QStringLiteral("TEN_SECONDLY_ROLLING"));
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("searchCountsTowardRateLimit"), false } }));
        QCOMPARE(search(body).status, 200);
    }

    void testIndexDelay()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("searchIndexDelayMs"), 600000 } }));
        // A seeded deal, written long ago, renamed now: search still sees its old name.
        const auto seeded = search(request(
            { group({ filter(QStringLiteral("createdate"), QStringLiteral("LT"), QStringLiteral("2026-01-01")) }) },
            { { QStringLiteral("limit"), 1 },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname") } } }));
        QCOMPARE(seeded.status, 200);
        const QString id = seeded.json[QStringLiteral("results")][0][QStringLiteral("id")].toString();
        const QString oldName = propertyOf(seeded.json, QStringLiteral("dealname")).value(0);
        QVERIFY(!oldName.isEmpty());
        const auto updated = m_sandbox->post(QStringLiteral("/crm/v3/objects/deals/batch/update"),
            inputs({ QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("properties"),
                    QJsonObject { { QStringLiteral("dealname"), QStringLiteral("Renamed") } } } } }));
        QCOMPARE(updated.status, 200);
        const QJsonObject created = m_sandbox
                                        ->post(QStringLiteral("/crm/v3/objects/deals/batch/create"),
                                            inputs({ deal(QStringLiteral("Lagging"), {}) }))
                                        .json;
        QCOMPARE(created.value(QStringLiteral("results")).toArray().size(), 1);

        const QJsonObject names { { QStringLiteral("properties"), QJsonArray { QStringLiteral("dealname") } } };
        auto byName = [&](const QString &name) {
            return search(
                request({ group({ filter(QStringLiteral("dealname"), QStringLiteral("EQ"), name) }) }, names));
        };
        QCOMPARE(byName(QStringLiteral("Lagging")).json.value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(byName(QStringLiteral("Renamed")).json.value(QStringLiteral("total")).toInt(), 0);
        const auto old = byName(oldName);
        QCOMPARE(old.json.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(old.json[QStringLiteral("results")][0][QStringLiteral("id")].toString(), id);
        // The probe deals were created in init(), also less than the delay ago.
        QCOMPARE(probes({}), QStringList());

        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("searchIndexDelayMs"), 0 } }));
        QCOMPARE(byName(QStringLiteral("Lagging")).json.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(byName(QStringLiteral("Renamed")).json.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(byName(oldName).json.value(QStringLiteral("total")).toInt(), 0);
    }

    void testDatetimeValuesInAnyForm()
    {
        QJsonObject in = deal(QStringLiteral("Dated"), {});
        QJsonObject props = in.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("closedate"), QStringLiteral("1772323200000")); // 2026-03-01T00:00:00Z, epoch ms
        in.insert(QStringLiteral("properties"), props);
        QCOMPARE(m_sandbox->post(QStringLiteral("/crm/v3/objects/deals/batch/create"), inputs({ in })).status, 201);
        QCOMPARE(probes({ filter(QStringLiteral("closedate"), QStringLiteral("GTE"), QStringLiteral("2026-02-28")),
                     filter(QStringLiteral("closedate"), QStringLiteral("LT"),
                         QStringLiteral("2026-03-01T00:00:00.001Z")) }),
            QStringList { QStringLiteral("Dated") });
        QCOMPARE(probes({ filter(
                     QStringLiteral("closedate"), QStringLiteral("EQ"), QStringLiteral("2026-03-01T01:00:00+01:00")) }),
            QStringList { QStringLiteral("Dated") });
        QCOMPARE(probes({ filter(QStringLiteral("closedate"), QStringLiteral("GT"), QStringLiteral("1772323200000")) }),
            QStringList());
    }

    void testEmpty2xxFaultIsAMiss()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("queuedFaults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("empty-2xx") },
                { QStringLiteral("pathContains"), QStringLiteral("/search") } } } } }));
        const auto miss = search(request({}));
        QCOMPARE(miss.status, 200);
        QCOMPARE(
            miss.json, (QJsonObject { { QStringLiteral("total"), 0 }, { QStringLiteral("results"), QJsonArray() } }));
        QCOMPARE(probes({}).size(), 4);
    }

    void testIndexLagKeepsTheVersionSearchSees()
    {
        auto version = [](const QString &name, const QString &at) {
            Sandbox::Record r;
            r.id = QStringLiteral("7");
            r.createdAt = QStringLiteral("2026-12-07T10:00:00.000Z");
            r.updatedAt = at;
            r.set(QStringLiteral("dealname"), name);
            return r;
        };
        const QString t0 = QStringLiteral("2026-12-07T10:00:00.000Z"), t1 = QStringLiteral("2026-12-07T10:00:05.000Z"),
                      t2 = QStringLiteral("2026-12-07T10:00:09.000Z");
        Sandbox::SearchIndexLag lag;
        lag.keep(QStringLiteral("0-3"), version(QStringLiteral("v0"), t0), t1);
        lag.keep(QStringLiteral("0-3"), version(QStringLiteral("v1"), t1), t2);
        const Sandbox::Record current = version(QStringLiteral("v2"), t2);
        auto seen = [&](const QString &cutoff) {
            const Sandbox::Record *r = lag.visible(QStringLiteral("0-3"), current, cutoff);
            return r ? *r->value(QStringLiteral("dealname")) : QStringLiteral("none");
        };
        QCOMPARE(seen(QStringLiteral("2026-12-07T09:59:59.999Z")), QStringLiteral("none"));
        QCOMPARE(seen(t0), QStringLiteral("v0"));
        QCOMPARE(seen(QStringLiteral("2026-12-07T10:00:04.999Z")), QStringLiteral("v0"));
        QCOMPARE(seen(t1), QStringLiteral("v1"));
        QCOMPARE(seen(t2), QStringLiteral("v2"));
        lag.forget(QStringLiteral("2026-12-07T10:00:06.000Z")); // v0 can never be seen again
        QCOMPARE(seen(QStringLiteral("2026-12-07T10:00:06.000Z")), QStringLiteral("v1"));
        QCOMPARE(seen(QStringLiteral("2026-12-07T10:00:08.000Z")), QStringLiteral("v1"));
        lag.forget(t2);
        QCOMPARE(seen(t2), QStringLiteral("v2"));
        QCOMPARE(seen(QStringLiteral("2026-12-07T10:00:08.000Z")), QStringLiteral("none")); // forgotten, as promised
    }

    void testBothPathsCustomObjectsAndScopes()
    {
        const QJsonObject vin = request(
            { group({ filter(QStringLiteral("vin"), QStringLiteral("EQ"), QStringLiteral("vf1rfb00100007")) }) },
            { { QStringLiteral("properties"), QJsonArray { QStringLiteral("model") } } });
        for (const QString &path : { QStringLiteral("/crm/v3/objects/cars/search"),
                 QStringLiteral("/crm/objects/2026-03/cars/search"), QStringLiteral("/crm/v3/objects/2-3508482/search"),
                 QStringLiteral("/crm/objects/2026-03/p12345678_cars/search") }) {
            const auto reply = search(vin, path);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), 1);
            QCOMPARE(propertyOf(reply.json, QStringLiteral("model")), QStringList { QStringLiteral("Model 7") });
        }
        QCOMPARE(search(request({}), QStringLiteral("/crm/objects/2026-03/0-3/search"))
                     .json.value(QStringLiteral("total"))
                     .toInt(),
            104);
        QCOMPARE(search(request({}), QStringLiteral("/crm/v3/objects/bicycles/search")).status, 404);
        m_clockMs += 1000;
        const auto refused = m_sandbox->post(DealSearch, request({}), QStringLiteral("demo-contacts-only"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value(QStringLiteral("category")).toString(), QStringLiteral("MISSING_SCOPES"));
        QCOMPARE(search(QJsonObject(), QStringLiteral("/crm/v3/objects/contacts/search")).status, 200);
        m_clockMs += 1000;
        QCOMPARE(m_sandbox->postRaw(DealSearch, QByteArrayLiteral("{not json"), SandboxFixture::token()).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "testsandboxsearch.moc"
