// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's limits, faults, read endpoints, control endpoints and persistence over real HTTP
// (docs/hubspot-behaviour.md §11).
#include <algorithm>

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/faultinjector.h"
#include "sandboxtesthelpers.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Create = QStringLiteral("/crm/v3/objects/contacts/batch/create");

QJsonObject one(const QString &email)
{
    return inputs({ createInput(QJsonObject { { QStringLiteral("email"), email } }) });
}

QJsonObject queued(const QString &kind, int status = 0, int retryAfter = -1)
{
    return QJsonObject { { QStringLiteral("queuedFaults"),
        QJsonArray { QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("status"), status },
            { QStringLiteral("retryAfterSeconds"), retryAfter },
            { QStringLiteral("pathContains"), QStringLiteral("/batch/") } } } } };
}

} // namespace

class TestSandboxBehaviour : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    int stat(const QString &key) const { return m_sandbox->stats().value(key).toInt(); }

private Q_SLOTS:

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void testRollingWindowLimit()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("rateLimit"), 3 } }));
        for (int i = 0; i < 3; ++i) {
            const auto ok = m_sandbox->get(QStringLiteral("/account-info/v3/details"));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Max"), QByteArray("3"));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Remaining"), QByteArray::number(2 - i));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
            QVERIFY(!ok.header("X-HubSpot-RateLimit-Daily").isEmpty());
        }
        const auto limited = m_sandbox->get(QStringLiteral("/account-info/v3/details"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json[QStringLiteral("policyName")].toString(), QStringLiteral("TEN_SECONDLY_ROLLING"));
        QCOMPARE(limited.json[QStringLiteral("errorType")].toString(), QStringLiteral("RATE_LIMIT"));
        QCOMPARE(limited.json[QStringLiteral("message")].toString(),
            QStringLiteral("You have reached your ten_secondly_rolling limit."));
        QVERIFY(isUuid(limited.json[QStringLiteral("correlationId")].toString()));
        QVERIFY(limited.header("Retry-After").isEmpty()); // off by default
        QCOMPARE(stat(QStringLiteral("rateLimited429")), 1);

        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("retryAfterOn429"), true } }));
        QCOMPARE(m_sandbox->get(QStringLiteral("/account-info/v3/details")).header("Retry-After"), QByteArray("10"));
    }

    void testDailyLimit()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("dailyLimit"), 2 } }));
        QCOMPARE(m_sandbox->get(QStringLiteral("/account-info/v3/details")).status, 200);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/account-info/v3/details")).header("X-HubSpot-RateLimit-Daily-Remaining"),
            QByteArray("0"));
        const auto limited = m_sandbox->get(QStringLiteral("/account-info/v3/details"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json[QStringLiteral("policyName")].toString(), QStringLiteral("DAILY"));
    }

    void testOAuthTokensGetNoDailyHeaders()
    {
        const auto reply = m_sandbox->get(QStringLiteral("/account-info/v3/details"), QStringLiteral("demo-oauth"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("X-HubSpot-RateLimit-Max").isEmpty());
        QVERIFY(reply.header("X-HubSpot-RateLimit-Daily").isEmpty());
    }

    void testStatusFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("423") << 423 << 2;
        QTest::newRow("477") << 477 << 120;
        QTest::newRow("500") << 500 << -1;
        QTest::newRow("502") << 502 << -1;
        QTest::newRow("503") << 503 << -1;
        QTest::newRow("504") << 504 << -1;
        QTest::newRow("524") << 524 << -1;
    }

    void testStatusFaults()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("status"), status, retryAfter)));
        const auto reply = m_sandbox->post(Create, one(QStringLiteral("fault@example.com")));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Retry-After"), retryAfter >= 0 ? QByteArray::number(retryAfter) : QByteArray());
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 0); // nothing committed
        QCOMPARE(m_sandbox->post(Create, one(QStringLiteral("fault@example.com"))).status, 201); // queue consumed
    }

    void testDropAfterCommitLosesTheAnswerButKeepsTheRecord()
    {
        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("drop-after-commit"))));
        const auto reply = m_sandbox->post(Create, one(QStringLiteral("lost@example.com")));
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 1);
        const auto read = m_sandbox->post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("email") },
                { QStringLiteral("inputs"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("lost@example.com") } } } },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } });
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json[QStringLiteral("results")].toArray().size(), 1);
    }

    void testTruncatedAndNonJsonBodies()
    {
        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("truncated"))));
        const auto truncated = m_sandbox->post(Create, one(QStringLiteral("cut@example.com")));
        QVERIFY(truncated.json.isEmpty()); // not a whole JSON document
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 1);

        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("non-json"))));
        const auto html = m_sandbox->post(Create, one(QStringLiteral("html@example.com")));
        QCOMPARE(html.status, 502);
        QVERIFY(html.body.startsWith("<html>"));
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
    }

    void testEmpty2xxAndHang()
    {
        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("empty-2xx"))));
        const auto empty = m_sandbox->post(Create, one(QStringLiteral("empty@example.com")));
        QCOMPARE(empty.status, 201);
        QCOMPARE(empty.json[QStringLiteral("results")].toArray().size(), 0);
        QVERIFY(!empty.json.contains(QStringLiteral("errors")));

        QVERIFY(m_sandbox->scenario(queued(QStringLiteral("hang"))));
        const auto hung
            = m_sandbox->post(Create, one(QStringLiteral("hang@example.com")), SandboxFixture::token(), 500);
        QVERIFY(hung.timedOut);
    }

    void testRandomFaultsAreSeeded()
    {
        auto faultsFor = [](quint64 seed) {
            Sandbox::SandboxOptions options;
            options.scenario.seed = seed;
            options.scenario.faultRate = 0.5;
            options.scenario.randomFaults = { Sandbox::FaultSpec { Sandbox::FaultKind::Status, 503, -1, 1, {} } };
            SandboxFixture sandbox(options);
            QString statuses;
            if (!sandbox.start())
                return statuses;
            for (int i = 0; i < 12; ++i)
                statuses += QString::number(sandbox.get(QStringLiteral("/account-info/v3/details")).status) + u' ';
            return statuses;
        };
        const QString first = faultsFor(3);
        QCOMPARE(faultsFor(3), first);
        QVERIFY(first.contains(QStringLiteral("503")) && first.contains(QStringLiteral("200")));
    }

    void testLatency()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 300 } }));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox->get(QStringLiteral("/account-info/v3/details")).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void testJitterVariesTheLatency()
    {
        QVERIFY(m_sandbox->scenario(
            QJsonObject { { QStringLiteral("latencyMs"), 150 }, { QStringLiteral("jitterMs"), 100 } }));
        qint64 shortest = 1000000, longest = 0;
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(m_sandbox->get(QStringLiteral("/account-info/v3/details")).status, 200);
            shortest = qMin(shortest, timer.elapsed());
            longest = qMax(longest, timer.elapsed());
        }
        QVERIFY2(shortest >= 45 && longest - shortest >= 20,
            qPrintable(QStringLiteral("%1..%2").arg(shortest).arg(longest)));
    }

    void testJitterDrawsEachDelayInTheRangeRepeatably()
    {
        // The scheduling decision itself, not wall time: latencyMs ± jitterMs, uniform, clamped at 0, by seed.
        Sandbox::Scenario scenario;
        scenario.latencyMs = 1000;
        scenario.jitterMs = 200;
        scenario.seed = 7;
        Sandbox::FaultInjector first(&scenario);
        QList<int> drawn;
        for (int i = 0; i < 400; ++i)
            drawn.append(first.nextLatencyMs());
        const auto [low, high] = std::minmax_element(drawn.cbegin(), drawn.cend());
        QVERIFY2(*low >= 800 && *high <= 1200, qPrintable(QStringLiteral("%1..%2").arg(*low).arg(*high)));
        QVERIFY2(*low < 850 && *high > 1150, "400 uniform draws should reach near both ends of the range");
        Sandbox::FaultInjector again(&scenario);
        for (int i = 0; i < drawn.size(); ++i)
            QCOMPARE(again.nextLatencyMs(), drawn.at(i)); // the same seed, the same delays
        scenario.seed = 8;
        Sandbox::FaultInjector other(&scenario);
        int same = 0;
        for (int i = 0; i < drawn.size(); ++i)
            same += other.nextLatencyMs() == drawn.at(i) ? 1 : 0;
        QVERIFY(same < drawn.size() / 4);

        scenario.latencyMs = 50; // the range reaches below zero: clamped
        scenario.jitterMs = 100;
        Sandbox::FaultInjector clamped(&scenario);
        int zeros = 0;
        for (int i = 0; i < 400; ++i) {
            const int ms = clamped.nextLatencyMs();
            QVERIFY(ms >= 0 && ms <= 150);
            zeros += ms == 0 ? 1 : 0;
        }
        QVERIFY(zeros > 0);
    }

    void testPropertiesListing()
    {
        const auto reply = m_sandbox->get(QStringLiteral("/crm/properties/2026-03/contacts"));
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &p : reply.json[QStringLiteral("results")].toArray()) {
            names.append(p[QStringLiteral("name")].toString());
            for (const char *field : { "type", "fieldType", "options", "hasUniqueValue", "calculated", "hidden",
                     "archived", "dataSensitivity" })
                QVERIFY2(p.toObject().contains(QString::fromLatin1(field)), field);
            QVERIFY(p[QStringLiteral("modificationMetadata")].toObject().contains(QStringLiteral("readOnlyValue")));
        }
        QVERIFY(names.contains(QStringLiteral("email")) && names.contains(QStringLiteral("external_id")));
        QVERIFY(!names.contains(QStringLiteral("hs_national_id"))); // sensitive: only when asked for
        const auto sensitive = m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts?dataSensitivity=sensitive"));
        QCOMPARE(sensitive.json[QStringLiteral("results")][0][QStringLiteral("name")].toString(),
            QStringLiteral("hs_national_id"));
    }

    void testSchemasAreCustomObjectsOnly()
    {
        const auto reply = m_sandbox->get(QStringLiteral("/crm-object-schemas/v3/schemas"));
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2); // cars and subscriptions
        for (const QJsonValue &v : results)
            QVERIFY(v[QStringLiteral("objectTypeId")].toString().startsWith(QStringLiteral("2-")));
        const QJsonObject schema = results.first().toObject();
        QCOMPARE(schema[QStringLiteral("fullyQualifiedName")].toString(), QStringLiteral("p12345678_cars"));
        QVERIFY(!schema[QStringLiteral("requiredProperties")].toArray().isEmpty());
        QVERIFY(!schema[QStringLiteral("properties")].toArray().isEmpty());
        QCOMPARE(schema[QStringLiteral("labels")][QStringLiteral("singular")].toString(), QStringLiteral("Car"));
    }

    void testAssociationLabelsBothWays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("unlabeled");
        QTest::addColumn<int>("primary");
        QTest::newRow("v4 contact to company")
            << QStringLiteral("/crm/v4/associations/contacts/companies/labels") << 279 << 1;
        QTest::newRow("v4 company to contact")
            << QStringLiteral("/crm/v4/associations/companies/contacts/labels") << 280 << 2;
        QTest::newRow("2026-03 deal to company")
            << QStringLiteral("/crm/associations/2026-03/deals/companies/labels") << 341 << 5;
        QTest::newRow("new v4 path, ids") << QStringLiteral("/crm/associations/v4/0-2/0-3/labels") << 342 << 6;
    }

    void testAssociationLabelsBothWays()
    {
        QFETCH(QString, path);
        QFETCH(int, unlabeled);
        QFETCH(int, primary);
        const auto reply = m_sandbox->get(path);
        QCOMPARE(reply.status, 200);
        bool sawUnlabeled = false, sawPrimary = false;
        for (const QJsonValue &l : reply.json[QStringLiteral("results")].toArray()) {
            if (l[QStringLiteral("typeId")].toInt() == unlabeled) {
                sawUnlabeled = true;
                QVERIFY(l[QStringLiteral("label")].isNull());
                QCOMPARE(l[QStringLiteral("category")].toString(), QStringLiteral("HUBSPOT_DEFINED"));
            }
            sawPrimary = sawPrimary || l[QStringLiteral("typeId")].toInt() == primary;
        }
        QVERIFY(sawUnlabeled && sawPrimary);
    }

    void testAccountTokenAndUsage()
    {
        const auto details = m_sandbox->get(QStringLiteral("/account-info/2026-03/details"));
        for (const char *field : { "portalId", "timeZone", "accountType", "uiDomain", "companyCurrency",
                 "dataHostingLocation", "utcOffset", "utcOffsetMilliseconds", "additionalCurrencies" })
            QVERIFY2(details.json.contains(QString::fromLatin1(field)), field);
        QCOMPARE(details.json[QStringLiteral("portalId")].toInt(), 12345678);

        const auto info = m_sandbox->post(QStringLiteral("/oauth/v2/private-apps/get/access-token-info"),
            QJsonObject { { QStringLiteral("tokenKey"), QStringLiteral("demo-contacts-only") } }, QString());
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json[QStringLiteral("hubId")].toInt(), 12345678);
        QVERIFY(info.json[QStringLiteral("scopes")].toArray().contains(QStringLiteral("crm.objects.contacts.write")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/oauth/v1/access-tokens/demo-oauth"), QString())
                     .json[QStringLiteral("hub_id")]
                     .toInt(),
            12345678);

        const auto usage = m_sandbox->get(QStringLiteral("/account-info/v3/api-usage/daily/private-apps"));
        // Three requests by the demo token so far: details, usage (counted as it arrives).
        QCOMPARE(usage.json[QStringLiteral("results")][0][QStringLiteral("currentUsage")].toInt(), 2);
        QCOMPARE(usage.json[QStringLiteral("results")][0][QStringLiteral("fetchStatus")].toString(),
            QStringLiteral("SUCCESS"));
    }

    void testControlEndpoints()
    {
        QCOMPARE(m_sandbox->post(Create, one(QStringLiteral("c1@example.com"))).status, 201);
        QCOMPARE(m_sandbox->get(QStringLiteral("/__sandbox/stats"), QString()).status, 401); // testsandboxguard
        const auto stats = m_sandbox->get(QStringLiteral("/__sandbox/stats"));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json[QStringLiteral("recordsCreated")].toInt(), 1);
        QCOMPARE(stats.json[QStringLiteral("requestsByStatus")][QStringLiteral("201")].toInt(), 1);
        QCOMPARE(m_sandbox->post(QStringLiteral("/__sandbox/reset"), QJsonObject()).status, 200);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 0);
        const auto bad = m_sandbox->post(
            QStringLiteral("/__sandbox/scenario"), QJsonObject { { QStringLiteral("latencyMs"), -5 } });
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json[QStringLiteral("message")].toString().contains(QStringLiteral("latencyMs")));
        const auto good = m_sandbox->post(
            QStringLiteral("/__sandbox/scenario"), QJsonObject { { QStringLiteral("rateLimit"), 190 } });
        QCOMPARE(good.status, 200);
        QCOMPARE(good.json[QStringLiteral("rateLimit")].toInt(), 190);
    }

    void testDataFileSurvivesARestart()
    {
        QTemporaryDir dir;
        Sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(QStringLiteral("portal.sqlite"));
        QString id;
        {
            SandboxFixture first(options);
            QVERIFY(first.start());
            const auto reply = first.post(Create, one(QStringLiteral("kept@example.com")));
            QCOMPARE(reply.status, 201);
            id = reply.json[QStringLiteral("results")][0][QStringLiteral("id")].toString();
        }
        SandboxFixture second(options);
        QVERIFY(second.start());
        const auto read = second.post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("inputs"), QJsonArray { QJsonObject { { QStringLiteral("id"), id } } } },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } });
        QCOMPARE(read.status, 200);
        QCOMPARE(
            read.json[QStringLiteral("results")][0][QStringLiteral("properties")][QStringLiteral("email")].toString(),
            QStringLiteral("kept@example.com"));
        // A create after the restart gets a new id, not one already used.
        const auto next = second.post(Create, one(QStringLiteral("after@example.com")));
        QVERIFY(
            next.json[QStringLiteral("results")][0][QStringLiteral("id")].toString().toLongLong() > id.toLongLong());
    }

    void testEightConcurrentConnections()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("latencyMs"), 200 } }));
        QList<QNetworkAccessManager *> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            auto *nam = new QNetworkAccessManager(this); // one connection pool each: 8 real connections
            QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/account-info/v3/details")));
            request.setRawHeader("Authorization", "Bearer demo-all-scopes");
            clients.append(nam);
            replies.append(nam->get(request));
        }
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        for (QNetworkReply *r : std::as_const(replies))
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(timer.elapsed() < 1200, "answers were served one after another, not concurrently");
        qDeleteAll(clients);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBehaviour)
#include "testsandboxbehaviour.moc"
