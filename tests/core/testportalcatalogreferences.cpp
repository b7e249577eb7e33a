// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include "core/api/apiclient.h"
#include "core/catalog/portalcatalog.h"
#include "core/catalog/referenceoptions.h"
#include "core/catalog/valuevalidator.h"
#include "core/clock.h"
#include "core/net/ratelimiter.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"
#include "support/openapivalidator.h"
#include "support/sandboxfixture.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

// Bodies shaped as HubSpot's specs have them (pipelines-v3.json Pipeline, owners-v3.json PublicOwner): checked
// against the specs in testFixturesMatchSpecs.
QJsonObject stage(const QString &id, const QString &label, int order, const QJsonObject &metadata)
{
    return { { u"id"_s, id }, { u"label"_s, label }, { u"displayOrder"_s, order }, { u"archived"_s, false },
        { u"metadata"_s, metadata }, { u"writePermissions"_s, u"CRM_PERMISSIONS_ENFORCEMENT"_s },
        { u"createdAt"_s, u"1970-01-01T00:00:00Z"_s }, { u"updatedAt"_s, u"2026-01-05T10:00:00Z"_s } };
}

QJsonObject dealStage(const QString &id, const QString &label, int order, const QString &probability, bool closed)
{
    return stage(
        id, label, order, { { u"probability"_s, probability }, { u"isClosed"_s, closed ? u"true"_s : u"false"_s } });
}

QJsonObject pipeline(const QString &id, const QString &label, int order, const QJsonArray &stages)
{
    return { { u"id"_s, id }, { u"label"_s, label }, { u"displayOrder"_s, order }, { u"archived"_s, false },
        { u"stages"_s, stages }, { u"createdAt"_s, u"1970-01-01T00:00:00Z"_s },
        { u"updatedAt"_s, u"2026-01-05T10:00:00Z"_s } };
}

QJsonObject dealPipelinesBody()
{
    // Listed out of order on purpose: the catalogue sorts by displayOrder.
    return { { u"results"_s,
        QJsonArray {
            pipeline(u"7733201"_s, u"Renewals"_s, 1,
                { dealStage(u"7733202"_s, u"Renewal due"_s, 0, u"0.5"_s, false),
                    dealStage(u"7733203"_s, u"Renewed"_s, 1, u"1.0"_s, true),
                    dealStage(u"7733204"_s, u"Churned"_s, 2, u"0.0"_s, true) }),
            pipeline(u"default"_s, u"Sales Pipeline"_s, 0,
                { dealStage(u"closedwon"_s, u"Closed Won"_s, 5, u"1.0"_s, true),
                    dealStage(u"appointmentscheduled"_s, u"Appointment Scheduled"_s, 0, u"0.2"_s, false),
                    dealStage(u"qualifiedtobuy"_s, u"Qualified To Buy"_s, 1, u"0.4"_s, false),
                    dealStage(u"closedlost"_s, u"Closed Lost"_s, 6, u"0.0"_s, true) }),
        } } };
}

QJsonObject ticketPipelinesBody()
{
    const auto ticketStage = [](const QString &id, const QString &label, int order, const QString &state) {
        return stage(id, label, order, { { u"ticketState"_s, state } });
    };
    return { { u"results"_s,
        QJsonArray { pipeline(u"0"_s, u"Support Pipeline"_s, 0,
            { ticketStage(u"1"_s, u"New"_s, 0, u"OPEN"_s), ticketStage(u"2"_s, u"Waiting on contact"_s, 1, u"OPEN"_s),
                ticketStage(u"3"_s, u"Waiting on us"_s, 2, u"OPEN"_s),
                ticketStage(u"4"_s, u"Closed"_s, 3, u"CLOSED"_s) }) } } };
}

QJsonObject owner(const QString &id, const QString &first, const QString &last, const QString &email)
{
    return { { u"id"_s, id }, { u"email"_s, email }, { u"firstName"_s, first }, { u"lastName"_s, last },
        { u"userId"_s, id.toInt() + 1000 }, { u"type"_s, u"PERSON"_s }, { u"archived"_s, false },
        { u"teams"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"91"_s }, { u"name"_s, u"Sales"_s }, { u"primary"_s, true } } } },
        { u"createdAt"_s, u"2025-03-01T09:00:00Z"_s }, { u"updatedAt"_s, u"2026-01-05T10:00:00Z"_s } };
}

QJsonObject ownersPage(const QJsonArray &owners, const QString &after)
{
    QJsonObject body { { u"results"_s, owners } };
    if (!after.isEmpty()) {
        body.insert(u"paging"_s,
            QJsonObject { { u"next"_s,
                QJsonObject { { u"after"_s, after },
                    { u"link"_s, QString(u"https://api.hubapi.com/crm/v3/owners?after="_s + after) } } } });
    }
    return body;
}

QJsonObject missingScopesBody()
{
    return {
        { u"status"_s, u"error"_s },
        { u"message"_s, u"This app hasn't been granted all required scopes to make this call."_s },
        { u"correlationId"_s, u"c0ffee00-0000-4000-8000-000000000001"_s }, { u"category"_s, u"MISSING_SCOPES"_s },
        { u"errors"_s,
            QJsonArray { QJsonObject { { u"message"_s, u"One or more of the following scopes are required."_s },
                { u"context"_s,
                    QJsonObject { { u"requiredGranularScopes"_s, QJsonArray { u"crm.objects.owners.read"_s } } } } } } }
    };
}

PropertyInfo enumProperty(const QString &name, const QString &label, const QString &fieldType = u"select"_s)
{
    PropertyInfo p;
    p.name = name;
    p.label = label;
    p.type = u"enumeration"_s;
    p.fieldType = fieldType;
    return p;
}

QList<PropertyInfo> dealProperties()
{
    PropertyInfo name;
    name.name = u"dealname"_s;
    name.label = u"Deal Name"_s;
    name.type = u"string"_s;
    name.fieldType = u"text"_s;
    PropertyInfo owner = enumProperty(u"hubspot_owner_id"_s, u"Deal owner"_s);
    owner.referencedObjectType = u"OWNER"_s;
    return { name, enumProperty(u"pipeline"_s, u"Pipeline"_s),
        enumProperty(u"dealstage"_s, u"Deal Stage"_s, u"radio"_s), owner };
}

/// The error's message for a failed check (QVERIFY2 evaluates its message even when the check passes).
template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

const PropertyInfo *find(const QList<PropertyInfo> &list, const QString &name)
{
    for (const PropertyInfo &p : list) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestPortalCatalogReferences : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<PortalCatalog> m_catalog;

    void routeDefaults()
    {
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/pipelines/(2026-03/)?deals$"_s),
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 200, dealPipelinesBody(), {}, p); });
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/pipelines/(2026-03/)?tickets$"_s),
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 200, ticketPipelinesBody(), {}, p); });
        m_nam->addRoute(
            u"GET"_s, QRegularExpression(u"/owners(/2026-03)?$"_s), [](const RecordedRequest &r, QObject *p) {
                const QString after = QUrlQuery(r.url).queryItemValue(u"after"_s);
                if (after.isEmpty()) {
                    return FakeReply::json(r, 200,
                        ownersPage({ owner(u"101"_s, u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s),
                                       owner(u"102"_s, u"Grace"_s, u"Hopper"_s, u"grace@example.com"_s) },
                            u"MTAz"_s),
                        {}, p);
                }
                return FakeReply::json(
                    r, 200, ownersPage({ owner(u"103"_s, QString(), QString(), u"ops@example.com"_s) }, {}), {}, p);
            });
    }

    /// Requests whose path contains @p part.
    int requestsTo(const QString &part) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_nam->requests())
            n += r.url.path().contains(part) ? 1 : 0;
        return n;
    }

    ReferenceData waitForReference(const QString &type, const QList<PropertyInfo> &properties)
    {
        std::optional<ReferenceData> got;
        int calls = 0;
        m_catalog->referenceData(type, properties, this, [&](const ReferenceData &data) {
            got = data;
            ++calls;
        });
        for (int i = 0; i < 200 && !got; ++i) {
            QCoreApplication::processEvents();
            m_clock->advance(1000);
        }
        QCoreApplication::processEvents();
        [&] { QCOMPARE(calls, 1); }();
        return got.value_or(ReferenceData {});
    }

private Q_SLOTS:

    void init()
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_clock = std::make_unique<ManualClock>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_clock.get());
        QVERIFY(m_client->setBaseUrl(QUrl(u"https://api.hubapi.com"_s)));
        m_client->setToken(u"pat-test-token"_s);
        m_limiter = std::make_unique<RateLimiter>(m_clock.get());
        m_catalog = std::make_unique<PortalCatalog>(m_client.get(), ApiVersion::V3);
        m_catalog->setRateLimiter(m_limiter.get(), m_clock.get());
    }

    void cleanup()
    {
        m_catalog.reset();
        m_limiter.reset();
        m_client.reset();
        m_nam.reset();
        m_clock.reset();
    }

    void testFixturesMatchSpecs()
    {
        BATCHSMITH_REQUIRE_SPECS();
        OpenApiValidator pipelines;
        QVERIFY(pipelines.load(specsDir() + u"/pipelines-v3.json"_s));
        for (const QJsonObject &body : { dealPipelinesBody(), ticketPipelinesBody() }) {
            const QStringList problems
                = pipelines.validateResponse(u"/crm/v3/pipelines/{objectType}"_s, u"get"_s, 200, body);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        OpenApiValidator dated;
        QVERIFY(dated.load(specsDir() + u"/pipelines-2026-03.json"_s));
        const QStringList datedProblems
            = dated.validateResponse(u"/crm/pipelines/2026-03/{objectType}"_s, u"get"_s, 200, dealPipelinesBody());
        QVERIFY2(datedProblems.isEmpty(), qPrintable(datedProblems.join(u'\n')));
        for (const QString &file : { u"/owners-v3.json"_s, u"/owners-2026-03.json"_s }) {
            OpenApiValidator owners;
            QVERIFY(owners.load(specsDir() + file));
            const QString path = file.contains(u"v3"_s) ? u"/crm/v3/owners"_s : u"/crm/owners/2026-03"_s;
            const QJsonObject page
                = ownersPage({ owner(u"101"_s, u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s) }, u"MTAz"_s);
            const QStringList problems = owners.validateResponse(path, u"get"_s, 200, page);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void testPipelinesReadOnTheChosenVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("pipelinesPath");
        QTest::addColumn<QString>("ownersPath");
        QTest::newRow("v3") << int(ApiVersion::V3) << u"/crm/v3/pipelines/deals"_s << u"/crm/v3/owners"_s;
        QTest::newRow("2026-03") << int(ApiVersion::V2026_03) << u"/crm/pipelines/2026-03/deals"_s
                                 << u"/crm/owners/2026-03"_s;
    }

    void testPipelinesReadOnTheChosenVersion()
    {
        QFETCH(int, version);
        QFETCH(QString, pipelinesPath);
        QFETCH(QString, ownersPath);
        m_catalog->setApiVersion(static_cast<ApiVersion>(version));
        routeDefaults();
        const ReferenceData data = waitForReference(u"deals"_s, dealProperties());
        QVERIFY(data.pipelinesRead);
        QVERIFY(data.ownersRead);
        QVERIFY(data.notices.isEmpty());
        QCOMPARE(requestsTo(pipelinesPath), 1);
        QCOMPARE(requestsTo(ownersPath), 2); // two pages

        QCOMPARE(data.pipelines.size(), 2);
        QCOMPARE(data.pipelines.at(0).id, u"default"_s); // displayOrder 0 first
        QCOMPARE(data.pipelines.at(0).label, u"Sales Pipeline"_s);
        const QList<PipelineStageInfo> &stages = data.pipelines.at(0).stages;
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages.first().id, u"appointmentscheduled"_s);
        QCOMPARE(stages.first().probability, u"0.2"_s);
        QCOMPARE(stages.last().id, u"closedlost"_s);
        QVERIFY(stages.last().isClosed);
        QCOMPARE(data.pipelines.at(1).id, u"7733201"_s);
    }

    void testOwnersPagedWithAfter()
    {
        routeDefaults();
        const ReferenceData data = waitForReference(u"deals"_s, dealProperties());
        QList<RecordedRequest> requests;
        for (const RecordedRequest &r : m_nam->requests()) {
            if (r.url.path() == u"/crm/v3/owners"_s)
                requests.append(r);
        }
        QCOMPARE(requests.size(), 2);
        QCOMPARE(QUrlQuery(requests.at(0).url).queryItemValue(u"limit"_s), u"500"_s);
        QVERIFY(!QUrlQuery(requests.at(0).url).hasQueryItem(u"after"_s));
        QCOMPARE(QUrlQuery(requests.at(1).url).queryItemValue(u"after"_s), u"MTAz"_s);
        QCOMPARE(data.owners.size(), 3);
        QCOMPARE(data.owners.at(0).displayName(), u"Ada Lovelace"_s);
        QCOMPARE(data.owners.at(0).userId, u"1101"_s);
        QCOMPARE(data.owners.at(2).displayName(), u"ops@example.com"_s); // no name: the email
    }

    void testOnlyWhatThePropertiesNeedIsRead()
    {
        routeDefaults();
        PropertyInfo text;
        text.name = u"firstname"_s;
        text.type = u"string"_s;
        text.fieldType = u"text"_s;
        const ReferenceData none = waitForReference(u"contacts"_s, { text });
        QVERIFY(!none.pipelinesRead && !none.ownersRead);
        QCOMPARE(m_nam->requests().size(), 0);

        PropertyInfo owner = enumProperty(u"hubspot_owner_id"_s, u"Contact owner"_s);
        const ReferenceData owners = waitForReference(u"contacts"_s, { text, owner });
        QVERIFY(owners.ownersRead);
        QVERIFY(!owners.pipelinesRead);
        QCOMPARE(requestsTo(u"/pipelines/"_s), 0);
    }

    void testTicketPipelineStages()
    {
        routeDefaults();
        const QList<PropertyInfo> properties { enumProperty(u"hs_pipeline"_s, u"Pipeline"_s),
            enumProperty(u"hs_pipeline_stage"_s, u"Ticket status"_s) };
        const ReferenceData data = waitForReference(u"tickets"_s, properties);
        QVERIFY(data.pipelinesRead);
        QCOMPARE(data.pipelines.size(), 1);
        QCOMPARE(data.pipelines.first().id, u"0"_s);
        QCOMPARE(data.pipelines.first().stages.size(), 4);
        QCOMPARE(data.pipelines.first().stages.last().ticketState, u"CLOSED"_s);
        const QList<PropertyInfo> applied = ReferenceOptions::apply(properties, data);
        const PropertyInfo *stage = find(applied, u"hs_pipeline_stage"_s);
        QVERIFY(stage);
        QCOMPARE(stage->optionGroupProperty, u"hs_pipeline"_s);
        QCOMPARE(stage->defaultOptionGroup, u"0"_s);
        QCOMPARE(stage->labelForValue(u"2"_s), u"Waiting on contact"_s);
    }

    void testMissingOwnerScopeDegrades()
    {
        routeDefaults();
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.url.path().contains(u"/owners"_s))
                return FakeReply::json(r, 403, missingScopesBody(), {}, p);
            return nullptr;
        });
        const ReferenceData data = waitForReference(u"deals"_s, dealProperties());
        QVERIFY(data.pipelinesRead); // the pipelines still arrive
        QVERIFY(!data.ownersRead);
        QCOMPARE(data.notices.size(), 1);
        QVERIFY2(data.notices.first().contains(u"crm.objects.owners.read"_s), qPrintable(data.notices.first()));
        QCOMPARE(requestsTo(u"/owners"_s), 1); // a 403 is not retried

        // The owner cells stay plain text; the pipeline and stage cells get their dropdowns.
        const QList<PropertyInfo> applied = ReferenceOptions::apply(dealProperties(), data);
        QVERIFY(find(applied, u"hubspot_owner_id"_s)->options.isEmpty());
        QCOMPARE(find(applied, u"hubspot_owner_id"_s)->kind(), PropertyKind::Text); // not an enumeration of nothing
        QVERIFY(ValueValidator::problem(*find(applied, u"hubspot_owner_id"_s), u"101"_s).isEmpty());
        QCOMPARE(find(applied, u"pipeline"_s)->options.size(), 2);
        QCOMPARE(find(applied, u"dealstage"_s)->options.size(), 7);
    }

    void testMissingPipelineScopeDegrades()
    {
        routeDefaults();
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.url.path().contains(u"/pipelines/"_s))
                return FakeReply::json(r, 403, missingScopesBody(), {}, p);
            return nullptr;
        });
        const ReferenceData data = waitForReference(u"deals"_s, dealProperties());
        QVERIFY(!data.pipelinesRead);
        QVERIFY(data.ownersRead);
        QCOMPARE(data.notices.size(), 1);
        const QList<PropertyInfo> applied = ReferenceOptions::apply(dealProperties(), data);
        QVERIFY(find(applied, u"dealstage"_s)->options.isEmpty());
        QVERIFY(find(applied, u"dealstage"_s)->optionGroupProperty.isEmpty());
        QCOMPARE(find(applied, u"hubspot_owner_id"_s)->options.size(), 3);
    }

    void testRateLimitedReadWaitsAndRetries()
    {
        routeDefaults();
        int answered = 0;
        m_nam->setOverride([&answered](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (!r.url.path().contains(u"/pipelines/"_s) || answered++ > 0)
                return nullptr;
            const QJsonObject body { { u"status"_s, u"error"_s }, { u"message"_s, u"You have reached your limit."_s },
                { u"category"_s, u"RATE_LIMITS"_s }, { u"policyName"_s, u"TEN_SECONDLY_ROLLING"_s } };
            return FakeReply::json(r, 429, body, {}, p);
        });
        const QList<PropertyInfo> properties { enumProperty(u"pipeline"_s, u"Pipeline"_s) };
        std::optional<ReferenceData> data;
        m_catalog->referenceData(u"deals"_s, properties, this, [&data](const ReferenceData &d) { data = d; });
        QTRY_COMPARE(answered, 1);
        QCoreApplication::processEvents();
        // The 429 holds the token's one limiter for the window: every sender of that token waits, this read too.
        QCOMPARE(m_limiter->remainingInWindow(), m_limiter->maxPerWindow() - 1);
        QVERIFY(m_limiter->delayBeforeNextMs() >= 9000);
        QCOMPARE(requestsTo(u"/crm/v3/pipelines/deals"_s), 1);
        m_clock->advance(m_limiter->delayBeforeNextMs());
        QTRY_VERIFY(data.has_value());
        QVERIFY(data->pipelinesRead);
        QCOMPARE(requestsTo(u"/crm/v3/pipelines/deals"_s), 2);
    }

    void testServerErrorRetriedThenGivenUp()
    {
        routeDefaults();
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            if (r.url.path().contains(u"/owners"_s))
                return FakeReply::json(r, 503, QJsonObject { { u"message"_s, u"Service unavailable"_s } }, {}, p);
            return nullptr;
        });
        const ReferenceData data = waitForReference(u"deals"_s, dealProperties());
        QVERIFY(!data.ownersRead);
        QCOMPARE(requestsTo(u"/owners"_s), 3); // the catalogue's attempt limit
        QCOMPARE(data.notices.size(), 1);
        QVERIFY2(data.notices.first().contains(u"Service unavailable"_s), qPrintable(data.notices.first()));
    }

    void testAnswersAreCached()
    {
        routeDefaults();
        waitForReference(u"deals"_s, dealProperties());
        waitForReference(u"deals"_s, dealProperties());
        QCOMPARE(requestsTo(u"/pipelines/"_s), 1);
        QCOMPARE(requestsTo(u"/owners"_s), 2);
        m_catalog->clear();
        waitForReference(u"deals"_s, dealProperties());
        QCOMPARE(requestsTo(u"/pipelines/"_s), 2);
    }

    // --- over real HTTP, against the sandbox ---

    void testSandboxPipelinesAndOwners()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        ApiClient client(&nam, SystemClock::instance());
        QVERIFY(client.setBaseUrl(sandbox.baseUrl()));
        client.setToken(sandbox.token());
        PortalCatalog catalog(&client, ApiVersion::V3);

        std::optional<Result<QList<OwnerInfo>>> owners;
        catalog.owners(this, [&owners](const Result<QList<OwnerInfo>> &r) { owners = r; });
        QTRY_VERIFY_WITH_TIMEOUT(owners.has_value(), 10000);
        QVERIFY2(bool(*owners), qPrintable(why(*owners)));
        QVERIFY(!(*owners)->isEmpty());

        std::optional<Result<QList<PipelineInfo>>> deals;
        catalog.pipelines(u"deals"_s, this, [&deals](const Result<QList<PipelineInfo>> &r) { deals = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deals.has_value(), 10000);
        QVERIFY2(bool(*deals), qPrintable(why(*deals)));
        QVERIFY((*deals)->size() >= 2); // the default pipeline and a custom one
        QCOMPARE((*deals)->first().id, u"default"_s);
        QCOMPARE((*deals)->first().stages.first().id, u"appointmentscheduled"_s);

        std::optional<Result<QList<PipelineInfo>>> tickets;
        catalog.pipelines(u"tickets"_s, this, [&tickets](const Result<QList<PipelineInfo>> &r) { tickets = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tickets.has_value(), 10000);
        QVERIFY2(bool(*tickets), qPrintable(why(*tickets)));
        QCOMPARE((*tickets)->first().id, u"0"_s);
        QCOMPARE((*tickets)->first().stages.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPortalCatalogReferences)
#include "testportalcatalogreferences.moc"
