// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/catalog/portalcatalog.h"
#include "core/clock.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

/// Catches what a catalog callback receives, and how often.
template <typename T> struct Answer
{
    std::optional<Result<T>> result;
    int calls = 0;

    PortalCatalog::Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
        };
    }

    bool arrived() const { return result.has_value(); }
};

/// The error's message for a failed check (QVERIFY2 evaluates its message even when the check passes).
template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

const PropertyInfo *findProperty(const QList<PropertyInfo> &list, const QString &name)
{
    for (const PropertyInfo &p : list) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const ObjectTypeEntry *findType(const QList<ObjectTypeEntry> &list, const QString &objectTypeId)
{
    for (const ObjectTypeEntry &e : list) {
        if (e.objectTypeId == objectTypeId)
            return &e;
    }
    return nullptr;
}

QJsonObject propertiesBody()
{
    const QJsonObject meta { { u"archivable"_s, true }, { u"readOnlyDefinition"_s, false },
        { u"readOnlyValue"_s, false } };
    auto prop = [&meta](const QString &name, const QString &label, bool archived = false) {
        return QJsonObject { { u"name"_s, name }, { u"label"_s, label }, { u"type"_s, u"string"_s },
            { u"fieldType"_s, u"text"_s }, { u"groupName"_s, u"g"_s }, { u"description"_s, QString() },
            { u"options"_s, QJsonArray() }, { u"archived"_s, archived }, { u"modificationMetadata"_s, meta } };
    };
    return QJsonObject { { u"results"_s,
        QJsonArray { prop(u"zeta"_s, u"Zeta"_s), prop(u"alpha"_s, u"Alpha"_s), prop(u"old"_s, u"Old"_s, true) } } };
}

} // namespace

class TestPortalCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PortalCatalog> m_catalog;

    /// A catalog over the in-process sandbox; the fixture must outlive it.
    struct Live
    {
        SandboxFixture sandbox;
        QNetworkAccessManager nam;
        ApiClient client { &nam, SystemClock::instance() };
        std::unique_ptr<PortalCatalog> catalog;
    };

    static std::unique_ptr<Live> live(const QString &token, ApiVersion version = ApiVersion::V2026_03)
    {
        auto l = std::make_unique<Live>();
        if (!l->sandbox.start() || !l->client.setBaseUrl(l->sandbox.baseUrl()))
            return nullptr;
        l->client.setToken(token);
        l->catalog = std::make_unique<PortalCatalog>(&l->client, version);
        return l;
    }

    /// Lets the fake replies finish and the manual clock run (timeouts, backoff, rate-limit waits) until @p answer
    /// has arrived.
    template <typename T> void settle(const Answer<T> &answer)
    {
        for (int i = 0; i < 1000 && !answer.arrived(); ++i) {
            QCoreApplication::processEvents();
            if (!answer.arrived() && m_clock->pendingCount() > 0 && i % 10 == 9)
                m_clock->advanceToNext();
        }
    }

    int requestsTo(const QString &pathPart) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_nam->requests())
            n += r.url.path().contains(pathPart) ? 1 : 0;
        return n;
    }

private Q_SLOTS:

    void init()
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_clock = std::make_unique<ManualClock>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_clock.get());
        QVERIFY(m_client->setBaseUrl(QUrl(u"https://api.hubapi.com"_s)));
        m_client->setToken(u"pat-test-token"_s);
        m_catalog = std::make_unique<PortalCatalog>(m_client.get(), ApiVersion::V3);
        m_catalog->setRateLimiter(nullptr, m_clock.get()); // its own limiter, and its retries, on the manual clock
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/properties/"_s),
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 200, propertiesBody(), {}, p); });
    }

    void cleanup()
    {
        m_catalog.reset();
        m_client.reset();
        m_nam.reset();
        m_clock.reset();
    }

    // --- over real HTTP, against the sandbox ---

    void testAccountOverHttp()
    {
        auto l = live(u"demo-contacts-only"_s);
        QVERIFY(l);
        Answer<AccountInfo> answer;
        l->catalog->account(this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(*answer.result, qPrintable(why(*answer.result)));
        const AccountInfo &info = **answer.result;
        QCOMPARE(info.portalId, u"12345678"_s);
        QCOMPARE(info.accountType, u"SANDBOX"_s);
        QCOMPARE(info.timeZone, u"US/Eastern"_s);
        QCOMPARE(info.companyCurrency, u"USD"_s);
        QStringList scopes = info.scopes;
        scopes.sort();
        QCOMPARE(scopes,
            QStringList(
                { u"crm.objects.contacts.read"_s, u"crm.objects.contacts.write"_s, u"crm.schemas.contacts.read"_s }));
        QCOMPARE(answer.calls, 1);
    }

    void testPropertiesOverHttp_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::newRow("v3") << ApiVersion::V3;
        QTest::newRow("2026-03") << ApiVersion::V2026_03;
    }

    void testPropertiesOverHttp()
    {
        QFETCH(ApiVersion, version);
        auto l = live(SandboxFixture::token(), version);
        QVERIFY(l);
        Answer<QList<PropertyInfo>> answer;
        l->catalog->properties(u"contacts"_s, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(*answer.result, qPrintable(why(*answer.result)));
        const QList<PropertyInfo> &list = **answer.result;

        const PropertyInfo *email = findProperty(list, u"email"_s);
        QVERIFY(email);
        QCOMPARE(email->label, u"Email"_s);
        QCOMPARE(email->kind(), PropertyKind::Text);
        QVERIFY(email->isWritable());
        const PropertyInfo *externalId = findProperty(list, u"external_id"_s);
        QVERIFY(externalId);
        QVERIFY(externalId->hasUniqueValue);
        const PropertyInfo *recordId = findProperty(list, u"hs_object_id"_s);
        QVERIFY(recordId);
        QVERIFY(recordId->readOnlyValue);
        QVERIFY(!recordId->isWritable());
        const PropertyInfo *stage = findProperty(list, u"lifecyclestage"_s);
        QVERIFY(stage);
        QCOMPARE(stage->kind(), PropertyKind::Enumeration);
        QCOMPARE(stage->labelForValue(u"customer"_s), u"Customer"_s);
        QCOMPARE(stage->options.first().value, u"subscriber"_s); // in displayOrder
        QVERIFY(!findProperty(list, u"hs_national_id"_s)); // sensitive: not asked for
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(list.at(i - 1).label.localeAwareCompare(list.at(i).label) <= 0, qPrintable(list.at(i).label));
        QCOMPARE(l->catalog->cachedProperties(u"0-1"_s), list); // names and ids are one type
    }

    void testObjectTypesOverHttp()
    {
        auto l = live(SandboxFixture::token());
        QVERIFY(l);
        Answer<QList<ObjectTypeEntry>> answer;
        l->catalog->objectTypes(this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(*answer.result, qPrintable(why(*answer.result)));
        const QList<ObjectTypeEntry> &types = **answer.result;
        const ObjectTypeEntry *cars = findType(types, u"2-3508482"_s);
        QVERIFY(cars);
        QCOMPARE(cars->name, u"2-3508482"_s);
        QCOMPARE(cars->singularLabel, u"Car"_s);
        QCOMPARE(cars->pluralLabel, u"Cars"_s);
        QVERIFY(cars->custom);
        const ObjectTypeEntry *contacts = findType(types, u"0-1"_s);
        QVERIFY(contacts);
        QCOMPARE(contacts->name, u"contacts"_s);
        QCOMPARE(contacts->singularLabel, u"Contact"_s);
        QCOMPARE(contacts->pluralLabel, u"Contacts"_s);
        QVERIFY(!contacts->custom);
        QVERIFY(!findType(types, u"0-19"_s)); // feedback submissions: no batch writes
        // Standard types first, then the custom objects (cars, subscriptions) in the schemas' order.
        QCOMPARE(types.at(types.size() - 2).objectTypeId, u"2-3508482"_s);
        QCOMPARE(types.last().objectTypeId, u"2-3508491"_s);
    }

    void testObjectTypesWithoutCustomScopeOverHttp()
    {
        auto l = live(u"demo-contacts-only"_s);
        QVERIFY(l);
        Answer<QList<ObjectTypeEntry>> answer;
        l->catalog->objectTypes(this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(*answer.result, qPrintable(why(*answer.result)));
        QVERIFY(findType(**answer.result, u"0-1"_s));
        QVERIFY(!findType(**answer.result, u"2-3508482"_s));
    }

    void testAssociationLabelsOverHttp_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("v4 names") << ApiVersion::V3 << u"contacts"_s << u"companies"_s;
        QTest::newRow("2026-03 names") << ApiVersion::V2026_03 << u"contacts"_s << u"companies"_s;
        QTest::newRow("2026-03 ids") << ApiVersion::V2026_03 << u"0-1"_s << u"0-2"_s;
    }

    void testAssociationLabelsOverHttp()
    {
        QFETCH(ApiVersion, version);
        QFETCH(QString, from);
        QFETCH(QString, to);
        auto l = live(SandboxFixture::token(), version);
        QVERIFY(l);
        Answer<QList<AssociationLabelInfo>> answer;
        l->catalog->associationLabels(from, to, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(*answer.result, qPrintable(why(*answer.result)));
        const QList<AssociationLabelInfo> &labels = **answer.result;
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels.at(0), (AssociationLabelInfo { u"HUBSPOT_DEFINED"_s, 279, QString() }));
        QVERIFY(labels.contains(AssociationLabelInfo { u"HUBSPOT_DEFINED"_s, 1, u"Primary"_s }));
        QVERIFY(labels.contains(AssociationLabelInfo { u"USER_DEFINED"_s, 101, u"Billing contact"_s }));
    }

    void testExpiredTokenOverHttp()
    {
        auto l = live(u"demo-expired"_s);
        QVERIFY(l);
        Answer<QList<PropertyInfo>> answer;
        l->catalog->properties(u"contacts"_s, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY(!*answer.result);
        const Error &e = answer.result->error();
        QCOMPARE(e.kind, Error::Kind::Authentication);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message.contains(u"expired"_s), qPrintable(e.message));
        QVERIFY(!e.correlationId.isEmpty());
    }

    // --- with the fake network ---

    void testPaths_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("path");
        QTest::newRow("v3 properties") << ApiVersion::V3 << u"properties"_s << u"/crm/v3/properties/contacts"_s;
        QTest::newRow("2026-03 properties")
            << ApiVersion::V2026_03 << u"properties"_s << u"/crm/properties/2026-03/contacts"_s;
        QTest::newRow("v3 schemas") << ApiVersion::V3 << u"types"_s << u"/crm-object-schemas/v3/schemas"_s;
        QTest::newRow("2026-03 schemas") << ApiVersion::V2026_03 << u"types"_s
                                         << u"/crm-object-schemas/2026-03/schemas"_s;
        QTest::newRow("v4 labels") << ApiVersion::V3 << u"labels"_s << u"/crm/v4/associations/contacts/0-2/labels"_s;
        QTest::newRow("2026-03 labels") << ApiVersion::V2026_03 << u"labels"_s
                                        << u"/crm/associations/2026-03/contacts/0-2/labels"_s;
        QTest::newRow("v3 account") << ApiVersion::V3 << u"account"_s << u"/account-info/v3/details"_s;
        QTest::newRow("2026-03 account") << ApiVersion::V2026_03 << u"account"_s << u"/account-info/2026-03/details"_s;
    }

    void testPaths()
    {
        QFETCH(ApiVersion, version);
        QFETCH(QString, what);
        QFETCH(QString, path);
        m_catalog->setApiVersion(version);
        QCOMPARE(m_catalog->apiVersion(), version);
        bool done = false;
        auto any = [&done](const auto &) { done = true; };
        if (what == u"properties")
            m_catalog->properties(u"contacts"_s, this, any);
        else if (what == u"types")
            m_catalog->objectTypes(this, any);
        else if (what == u"labels")
            m_catalog->associationLabels(u"contacts"_s, u"0-2"_s, this, any);
        else
            m_catalog->account(this, any);
        QTRY_VERIFY(done);
        QVERIFY(!m_nam->requests().isEmpty());
        QCOMPARE(m_nam->requests().first().method, u"GET"_s);
        QCOMPARE(m_nam->requests().first().url.path(), path);
    }

    void testTokenInfoRequest()
    {
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/details$"_s), [](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 200, QJsonObject { { u"portalId"_s, 42 } }, {}, p);
        });
        m_nam->addRoute(
            u"POST"_s, QRegularExpression(u"/access-token-info$"_s), [](const RecordedRequest &r, QObject *p) {
                return FakeReply::json(r, 200, QJsonObject { { u"scopes"_s, QJsonArray { u"oauth"_s } } }, {}, p);
            });
        Answer<AccountInfo> answer;
        m_catalog->account(this, answer.callback());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(*answer.result);
        QCOMPARE((*answer.result)->portalId, u"42"_s);
        QCOMPARE((*answer.result)->scopes, QStringList { u"oauth"_s });
        const RecordedRequest info = m_nam->requests().last();
        QCOMPARE(info.url.path(), u"/oauth/v2/private-apps/get/access-token-info"_s);
        QCOMPARE(info.json().object(), (QJsonObject { { u"tokenKey"_s, u"pat-test-token"_s } }));
    }

    void testScopesUnknownWhenTokenInfoFails()
    {
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/details$"_s), [](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 200, QJsonObject { { u"portalId"_s, 42 } }, {}, p);
        });
        // No route for the token info: the fake answers 404.
        Answer<AccountInfo> answer;
        m_catalog->account(this, answer.callback());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(*answer.result);
        QCOMPARE((*answer.result)->portalId, u"42"_s);
        QVERIFY((*answer.result)->scopes.isEmpty());
    }

    void testPropertiesParsedAndSorted()
    {
        Answer<QList<PropertyInfo>> answer;
        m_catalog->properties(u"contacts"_s, this, answer.callback());
        QCOMPARE(answer.calls, 0); // never inside the call
        QTRY_VERIFY(answer.arrived());
        QVERIFY(*answer.result);
        QCOMPARE((*answer.result)->size(), 2); // the archived one left out
        QCOMPARE((*answer.result)->at(0).name, u"alpha"_s);
        QCOMPARE((*answer.result)->at(1).name, u"zeta"_s);
    }

    void testCache()
    {
        Answer<QList<PropertyInfo>> first;
        m_catalog->properties(u"contacts"_s, this, first.callback());
        QTRY_VERIFY(first.arrived());
        QCOMPARE(requestsTo(u"/properties/"_s), 1);
        QVERIFY(m_catalog->cachedProperties(u"Contacts"_s).size() == 2);

        Answer<QList<PropertyInfo>> second;
        m_catalog->properties(u"0-1"_s, this, second.callback());
        QCOMPARE(second.calls, 0); // later, even from the cache
        QTRY_VERIFY(second.arrived());
        QCOMPARE(requestsTo(u"/properties/"_s), 1);
        QCOMPARE(**second.result, **first.result);

        m_catalog->clear();
        QVERIFY(m_catalog->cachedProperties(u"contacts"_s).isEmpty());
        Answer<QList<PropertyInfo>> third;
        m_catalog->properties(u"contacts"_s, this, third.callback());
        QTRY_VERIFY(third.arrived());
        QCOMPARE(requestsTo(u"/properties/"_s), 2);
    }

    void testCachePerVersion()
    {
        Answer<QList<PropertyInfo>> first;
        m_catalog->properties(u"contacts"_s, this, first.callback());
        QTRY_VERIFY(first.arrived());
        m_catalog->setApiVersion(ApiVersion::V2026_03);
        Answer<QList<PropertyInfo>> second;
        m_catalog->properties(u"contacts"_s, this, second.callback());
        QTRY_VERIFY(second.arrived());
        QCOMPARE(requestsTo(u"/crm/v3/properties/"_s), 1);
        QCOMPARE(requestsTo(u"/crm/properties/2026-03/"_s), 1);
    }

    void testConcurrentCallsShareOneRequest()
    {
        Answer<QList<PropertyInfo>> a;
        Answer<QList<PropertyInfo>> b;
        Answer<QList<PropertyInfo>> other;
        m_catalog->properties(u"contacts"_s, this, a.callback());
        m_catalog->properties(u"CONTACTS"_s, this, b.callback());
        m_catalog->properties(u"companies"_s, this, other.callback());
        QTRY_VERIFY(a.arrived() && b.arrived() && other.arrived());
        QCOMPARE(requestsTo(u"/properties/contacts"_s) + requestsTo(u"/properties/CONTACTS"_s), 1);
        QCOMPARE(requestsTo(u"/properties/companies"_s), 1);
        QCOMPARE(a.calls, 1);
        QCOMPARE(b.calls, 1);
        QCOMPARE(**a.result, **b.result);
    }

    void testNoCallbackAfterContextDeleted()
    {
        auto context = std::make_unique<QObject>();
        Answer<QList<PropertyInfo>> gone;
        Answer<QList<PropertyInfo>> kept;
        m_catalog->properties(u"contacts"_s, context.get(), gone.callback());
        m_catalog->properties(u"contacts"_s, this, kept.callback());
        context.reset();
        QTRY_VERIFY(kept.arrived());

        // From the cache as well.
        context = std::make_unique<QObject>();
        m_catalog->properties(u"contacts"_s, context.get(), gone.callback());
        context.reset();
        Answer<QList<PropertyInfo>> after;
        m_catalog->properties(u"contacts"_s, this, after.callback());
        QTRY_VERIFY(after.arrived());
        QCOMPARE(gone.calls, 0);
    }

    void testCallbackDuringClearStillAnswered()
    {
        Answer<QList<PropertyInfo>> answer;
        m_catalog->properties(u"contacts"_s, this, answer.callback());
        m_catalog->clear(); // in flight: the caller still gets its answer, the cache stays empty
        QTRY_VERIFY(answer.arrived());
        QVERIFY(*answer.result);
        QVERIFY(m_catalog->cachedProperties(u"contacts"_s).isEmpty());
    }

    void testSchemas403GivesStandardTypes()
    {
        m_nam->addRoute(u"GET"_s, QRegularExpression(u"/schemas$"_s), [](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 403,
                QJsonObject { { u"status"_s, u"error"_s }, { u"category"_s, u"MISSING_SCOPES"_s },
                    { u"message"_s, u"This app hasn't been granted all required scopes to make this call."_s } },
                {}, p);
        });
        Answer<QList<ObjectTypeEntry>> answer;
        m_catalog->objectTypes(this, answer.callback());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(*answer.result);
        const QList<ObjectTypeEntry> &types = **answer.result;
        QVERIFY(findType(types, u"0-1"_s));
        QVERIFY(findType(types, u"0-421"_s));
        for (const ObjectTypeEntry &e : types)
            QVERIFY(!e.custom);
    }

    void testErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("headerId");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("correlationId");
        QTest::addColumn<int>("sends"); // as RetryPolicy decides for a read, with the catalogue's 3 attempts
        const QByteArray hubspot = R"({"status":"error","message":"Nope","correlationId":"body-id"})";
        QTest::newRow("401") << 401 << hubspot << QByteArray() << Error::Kind::Authentication << u"Nope"_s
                             << u"body-id"_s << 1;
        QTest::newRow("403") << 403 << hubspot << QByteArray("head-id") << Error::Kind::Permission << u"Nope"_s
                             << u"head-id"_s << 1;
        QTest::newRow("429") << 429 << hubspot << QByteArray() << Error::Kind::RateLimited << u"Nope"_s << u"body-id"_s
                             << 21;
        QTest::newRow("500") << 500 << hubspot << QByteArray() << Error::Kind::Http << u"Nope"_s << u"body-id"_s << 3;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray("h-2")
                                  << Error::Kind::Http << QString() << u"h-2"_s << 3;
        QTest::newRow("200 not JSON") << 200 << QByteArray("<html>hello</html>") << QByteArray()
                                      << Error::Kind::Protocol << QString() << QString() << 3;
        QTest::newRow("200 truncated") << 200 << QByteArray(R"({"results":[)") << QByteArray() << Error::Kind::Protocol
                                       << QString() << QString() << 3;
        QTest::newRow("200 no results") << 200 << QByteArray(R"({"status":"ok"})") << QByteArray()
                                        << Error::Kind::Protocol << QString() << QString() << 1;
    }

    void testErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, headerId);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        QFETCH(QString, correlationId);
        QFETCH(int, sends);
        m_nam->setOverride([&](const RecordedRequest &r, QObject *p) {
            Headers headers { { "Content-Type", "application/json" } };
            if (!headerId.isEmpty())
                headers.append({ "X-HubSpot-Correlation-Id", headerId });
            return FakeReply::raw(r, status, body, headers, p);
        });
        Answer<QList<AssociationLabelInfo>> answer;
        m_catalog->associationLabels(u"contacts"_s, u"companies"_s, this, answer.callback());
        settle(answer);
        QVERIFY(answer.arrived());
        QCOMPARE(m_nam->requests().size(), sends);
        QVERIFY(!*answer.result);
        const Error &e = answer.result->error();
        QCOMPARE(e.kind, kind);
        if (kind != Error::Kind::Protocol)
            QCOMPARE(e.httpStatus, status);
        if (!message.isEmpty())
            QCOMPARE(e.message, message);
        else
            QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.correlationId, correlationId);

        // Errors are not cached: the next call asks again.
        Answer<QList<AssociationLabelInfo>> again;
        m_catalog->associationLabels(u"contacts"_s, u"companies"_s, this, again.callback());
        settle(again);
        QVERIFY(again.arrived());
        QCOMPARE(m_nam->requests().size(), 2 * sends);
    }

    void testNetworkFailure()
    {
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) {
            return FakeReply::error(r, QNetworkReply::ConnectionRefusedError, p);
        });
        Answer<QList<PropertyInfo>> answer;
        m_catalog->properties(u"contacts"_s, this, answer.callback());
        settle(answer);
        QVERIFY(answer.arrived());
        QCOMPARE(m_nam->requests().size(), 3); // refused before sending: tried again, as any read
        QVERIFY(!*answer.result);
        QCOMPARE(answer.result->error().kind, Error::Kind::Network);
        QVERIFY(!answer.result->error().message.isEmpty());
    }

    void testTimeout()
    {
        m_client->setTimeoutMs(5000);
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        Answer<QList<PropertyInfo>> answer;
        m_catalog->properties(u"contacts"_s, this, answer.callback());
        settle(answer);
        QVERIFY(answer.arrived());
        QCOMPARE(m_nam->requests().size(), 3);
        QVERIFY(!*answer.result);
        QCOMPARE(answer.result->error().kind, Error::Kind::Timeout);
    }

    void testDestroyingCatalogDropsCallbacks()
    {
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        Answer<QList<PropertyInfo>> answer;
        m_catalog->properties(u"contacts"_s, this, answer.callback());
        QTRY_COMPARE(m_nam->requests().size(), 1);
        m_catalog.reset(); // aborts the request; nobody hears about it
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(answer.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalCatalog)

#include "testportalcatalog.moc"
