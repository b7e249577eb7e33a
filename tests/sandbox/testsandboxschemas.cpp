// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of JSON answer the sandbox gives validates against HubSpot's own OpenAPI specs
// (docs/hubspot-behaviour.md §13).
#include <QTest>

#include "sandboxtesthelpers.h"
#include "support/openapivalidator.h"
#include "support/sandboxfixture.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

QJsonObject contactProps(const QString &email)
{
    return QJsonObject { { QStringLiteral("email"), email },
        { QStringLiteral("firstname"), QStringLiteral("Schema") } };
}

} // namespace

class TestSandboxSchemas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    static OpenApiValidator spec(const QString &file)
    {
        OpenApiValidator v;
        const bool loaded = v.load(specsDir() + u'/' + file);
        if (!loaded)
            qWarning("cannot load %s", qPrintable(file));
        return v;
    }

private Q_SLOTS:

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void testTheValidatorRejectsWrongBodies()
    {
        BATCHSMITH_REQUIRE_SPECS();
        const OpenApiValidator objects = spec(QStringLiteral("objects-v3.json"));
        const QJsonObject good { { QStringLiteral("status"), QStringLiteral("COMPLETE") },
            { QStringLiteral("results"), QJsonArray() },
            { QStringLiteral("startedAt"), QStringLiteral("2026-05-02T09:15:03.010Z") },
            { QStringLiteral("completedAt"), QStringLiteral("2026-05-02T09:15:03.300Z") } };
        QCOMPARE(objects.validate(good, QStringLiteral("BatchResponseSimplePublicObject")), QStringList());
        QJsonObject missing = good;
        missing.remove(QStringLiteral("results"));
        QVERIFY(!objects.validate(missing, QStringLiteral("BatchResponseSimplePublicObject")).isEmpty());
        QJsonObject badEnum = good;
        badEnum.insert(QStringLiteral("status"), QStringLiteral("DONE"));
        QVERIFY(!objects.validate(badEnum, QStringLiteral("BatchResponseSimplePublicObject")).isEmpty());
        QJsonObject badResult = good;
        badResult.insert(QStringLiteral("results"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), 5 }, { QStringLiteral("properties"), QJsonObject() },
                { QStringLiteral("createdAt"), QStringLiteral("yesterday") },
                { QStringLiteral("updatedAt"), QStringLiteral("2026-05-02T09:15:03.120Z") },
                { QStringLiteral("archived"), false } } });
        const QStringList problems = objects.validate(badResult, QStringLiteral("BatchResponseSimplePublicObject"));
        QVERIFY(problems.contains(QStringLiteral("$.results[0].id: expected string, found a number")));
        QVERIFY(
            problems.contains(QStringLiteral("$.results[0].createdAt: \"yesterday\" is not an ISO 8601 date-time")));
    }

    void testBatchAnswersMatchTheSpec_data()
    {
        BATCHSMITH_REQUIRE_SPECS();
        QTest::addColumn<QString>("specFile");
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");

        const QString v3Create = QStringLiteral("/crm/v3/objects/{objectType}/batch/create");
        const QString datedCreate = QStringLiteral("/crm/objects/2026-03/{objectType}/batch/create");
        const QString v3Upsert = QStringLiteral("/crm/v3/objects/{objectType}/batch/upsert");
        const QString v3Read = QStringLiteral("/crm/v3/objects/{objectType}/batch/read");
        const QString demo = SandboxFixture::token();
        const QJsonObject oneCreate
            = inputs({ createInput(contactProps(QStringLiteral("s1@example.com")), QStringLiteral("t1")) });
        const QJsonObject mixedCreate
            = inputs({ createInput(contactProps(QStringLiteral("s2@example.com")), QStringLiteral("t1")),
                createInput(QJsonObject { { QStringLiteral("nope"), QStringLiteral("x") } }, QStringLiteral("t2")) });
        const QJsonObject upsert
            = inputs({ upsertInput(QStringLiteral("ana.silva@example.com"), QStringLiteral("email"),
                           contactProps(QStringLiteral("ana.silva@example.com"))),
                upsertInput(QStringLiteral("n@example.com"), QStringLiteral("email"), QJsonObject()) });
        const QJsonObject mixedUpsert = inputs({ upsertInput(QStringLiteral("m1@example.com"), QStringLiteral("email"),
                                                     QJsonObject(), QStringLiteral("t1")),
            upsertInput(QStringLiteral("m2@example.com"), QStringLiteral("email"),
                QJsonObject { { QStringLiteral("nope"), QStringLiteral("x") } }, QStringLiteral("t2")) });
        const QJsonObject read { { QStringLiteral("idProperty"), QStringLiteral("email") },
            { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } },
            { QStringLiteral("inputs"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ana.silva@example.com") } } } } };
        QJsonObject readMissing = read;
        readMissing.insert(QStringLiteral("inputs"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ana.silva@example.com") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("ghost@example.com") } } });

        QTest::newRow("create 201 v3") << QStringLiteral("objects-v3.json") << v3Create
                                       << QStringLiteral("/crm/v3/objects/contacts/batch/create") << oneCreate << demo
                                       << 201;
        QTest::newRow("create 201 2026-03")
            << QStringLiteral("objects-2026-03.json") << datedCreate
            << QStringLiteral("/crm/objects/2026-03/contacts/batch/create") << oneCreate << demo << 201;
        QTest::newRow("create 207") << QStringLiteral("objects-v3.json") << v3Create
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/create") << mixedCreate << demo
                                    << 207;
        QTest::newRow("create 400") << QStringLiteral("objects-v3.json") << v3Create
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/create")
                                    << inputs({ createInput(
                                           QJsonObject { { QStringLiteral("nope"), QStringLiteral("x") } }) })
                                    << demo << 400;
        QTest::newRow("create 409") << QStringLiteral("objects-v3.json") << v3Create
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/create")
                                    << inputs({ createInput(contactProps(QStringLiteral("ana.silva@example.com"))) })
                                    << demo << 409;
        QTest::newRow("create 401") << QStringLiteral("objects-v3.json") << v3Create
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/create") << oneCreate << QString()
                                    << 401;
        QTest::newRow("create 403") << QStringLiteral("objects-v3.json") << v3Create
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/create") << oneCreate
                                    << QStringLiteral("demo-read-only") << 403;
        QTest::newRow("upsert 200") << QStringLiteral("objects-v3.json") << v3Upsert
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/upsert") << upsert << demo << 200;
        QTest::newRow("upsert 207") << QStringLiteral("objects-v3.json") << v3Upsert
                                    << QStringLiteral("/crm/v3/objects/contacts/batch/upsert") << mixedUpsert << demo
                                    << 207;
        QTest::newRow("read 200") << QStringLiteral("objects-v3.json") << v3Read
                                  << QStringLiteral("/crm/v3/objects/contacts/batch/read") << read << demo << 200;
        const QJsonObject at { { QStringLiteral("hs_timestamp"), QStringLiteral("2026-05-02T09:00:00.000Z") } };

        const struct
        {
            const char *type;
            const char *extra;
            const char *value;
        } engagements[] = { { "calls", "hs_call_status", "COMPLETED" }, { "notes", "hs_note_body", "Hello" },
            { "tasks", "hs_task_subject", "Call back" }, { "meetings", "hs_meeting_title", "Demo" },
            { "emails", "hs_email_direction", "EMAIL" } };

        for (const auto &e : engagements) {
            const QString type = QString::fromLatin1(e.type);
            QJsonObject props = at;
            props.insert(QString::fromLatin1(e.extra), QString::fromLatin1(e.value));
            const QString path = QStringLiteral("/crm/v3/objects/%1/batch/create").arg(type);
            QTest::newRow(qPrintable(type + QStringLiteral(" create 201")))
                << type + QStringLiteral("-v3.json") << path << path << inputs({ createInput(props) }) << demo << 201;
            QTest::newRow(qPrintable(type + QStringLiteral(" create 207")))
                << type + QStringLiteral("-v3.json") << path << path
                << inputs(
                       { createInput(props, QStringLiteral("t1")), createInput(QJsonObject(), QStringLiteral("t2")) })
                << demo << 207;
        }
        QTest::newRow("read 207") << QStringLiteral("objects-v3.json") << v3Read
                                  << QStringLiteral("/crm/v3/objects/contacts/batch/read") << readMissing << demo
                                  << 207;
        // CRM search (docs/hubspot-behaviour.md §11.9): properties that every seeded contact has, so no null values
        // (the spec types them as strings; HubSpot answers null for an unset one).
        const QJsonObject search { { QStringLiteral("limit"), 2 },
            { QStringLiteral("properties"), QJsonArray { QStringLiteral("email"), QStringLiteral("firstname") } },
            { QStringLiteral("filterGroups"),
                QJsonArray { QJsonObject { { QStringLiteral("filters"),
                    QJsonArray { QJsonObject { { QStringLiteral("propertyName"), QStringLiteral("email") },
                        { QStringLiteral("operator"), QStringLiteral("HAS_PROPERTY") } } } } } } } };
        QTest::newRow("search 200 v3") << QStringLiteral("objects-v3.json")
                                       << QStringLiteral("/crm/v3/objects/{objectType}/search")
                                       << QStringLiteral("/crm/v3/objects/contacts/search") << search << demo << 200;
        QTest::newRow("search 200 2026-03")
            << QStringLiteral("objects-2026-03.json") << QStringLiteral("/crm/objects/2026-03/{objectType}/search")
            << QStringLiteral("/crm/objects/2026-03/0-1/search") << search << demo << 200;
        QJsonObject tooMany = search;
        tooMany.insert(QStringLiteral("limit"), 500);
        QTest::newRow("search 400") << QStringLiteral("objects-v3.json")
                                    << QStringLiteral("/crm/v3/objects/{objectType}/search")
                                    << QStringLiteral("/crm/v3/objects/contacts/search") << tooMany << demo << 400;
    }

    void testBatchAnswersMatchTheSpec()
    {
        QFETCH(QString, specFile);
        QFETCH(QString, pathTemplate);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, token);
        QFETCH(int, status);
        const auto reply = m_sandbox->post(path, body, token);
        QCOMPARE(reply.status, status);
        const QStringList problems
            = spec(specFile).validateResponse(pathTemplate, QStringLiteral("post"), status, reply.json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void testReadEndpointsMatchTheSpec_data()
    {
        BATCHSMITH_REQUIRE_SPECS();
        QTest::addColumn<QString>("specFile");
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("path");
        QTest::newRow("properties v3") << QStringLiteral("properties-v3.json")
                                       << QStringLiteral("/crm/v3/properties/{objectType}")
                                       << QStringLiteral("/crm/v3/properties/contacts");
        QTest::newRow("properties 2026-03")
            << QStringLiteral("properties-2026-03.json") << QStringLiteral("/crm/properties/2026-03/{objectType}")
            << QStringLiteral("/crm/properties/2026-03/deals");
        QTest::newRow("one property") << QStringLiteral("properties-v3.json")
                                      << QStringLiteral("/crm/v3/properties/{objectType}/{propertyName}")
                                      << QStringLiteral("/crm/v3/properties/contacts/lifecyclestage");
        QTest::newRow("schemas v3") << QStringLiteral("schemas-v3.json")
                                    << QStringLiteral("/crm-object-schemas/v3/schemas")
                                    << QStringLiteral("/crm-object-schemas/v3/schemas");
        QTest::newRow("schemas 2026-03") << QStringLiteral("schemas-2026-03.json")
                                         << QStringLiteral("/crm-object-schemas/2026-03/schemas")
                                         << QStringLiteral("/crm-object-schemas/2026-03/schemas");
        QTest::newRow("pipelines v3") << QStringLiteral("pipelines-v3.json")
                                      << QStringLiteral("/crm/v3/pipelines/{objectType}")
                                      << QStringLiteral("/crm/v3/pipelines/deals");
        QTest::newRow("one pipeline v3") << QStringLiteral("pipelines-v3.json")
                                         << QStringLiteral("/crm/v3/pipelines/{objectType}/{pipelineId}")
                                         << QStringLiteral("/crm/v3/pipelines/tickets/0");
        QTest::newRow("pipelines 2026-03")
            << QStringLiteral("pipelines-2026-03.json") << QStringLiteral("/crm/pipelines/2026-03/{objectType}")
            << QStringLiteral("/crm/pipelines/2026-03/tickets");
        QTest::newRow("one pipeline 2026-03") << QStringLiteral("pipelines-2026-03.json")
                                              << QStringLiteral("/crm/pipelines/2026-03/{objectType}/{pipelineId}")
                                              << QStringLiteral("/crm/pipelines/2026-03/deals/default");
        QTest::newRow("owners v3") << QStringLiteral("owners-v3.json") << QStringLiteral("/crm/v3/owners")
                                   << QStringLiteral("/crm/v3/owners?limit=2");
        QTest::newRow("one owner v3") << QStringLiteral("owners-v3.json") << QStringLiteral("/crm/v3/owners/{ownerId}")
                                      << QStringLiteral("/crm/v3/owners/71000001");
        QTest::newRow("archived owners v3") << QStringLiteral("owners-v3.json") << QStringLiteral("/crm/v3/owners")
                                            << QStringLiteral("/crm/v3/owners?archived=true");
        QTest::newRow("owners 2026-03") << QStringLiteral("owners-2026-03.json")
                                        << QStringLiteral("/crm/owners/2026-03")
                                        << QStringLiteral("/crm/owners/2026-03");
        QTest::newRow("one owner 2026-03")
            << QStringLiteral("owners-2026-03.json") << QStringLiteral("/crm/owners/2026-03/{ownerId}")
            << QStringLiteral("/crm/owners/2026-03/71000003");
        QTest::newRow("second custom schema")
            << QStringLiteral("schemas-v3.json") << QStringLiteral("/crm-object-schemas/v3/schemas/{objectType}")
            << QStringLiteral("/crm-object-schemas/v3/schemas/p12345678_subscriptions");
        QTest::newRow("engagement properties")
            << QStringLiteral("properties-v3.json") << QStringLiteral("/crm/v3/properties/{objectType}")
            << QStringLiteral("/crm/v3/properties/calls");
        QTest::newRow("one schema") << QStringLiteral("schemas-v3.json")
                                    << QStringLiteral("/crm-object-schemas/v3/schemas/{objectType}")
                                    << QStringLiteral("/crm-object-schemas/v3/schemas/2-3508482");
    }

    void testReadEndpointsMatchTheSpec()
    {
        QFETCH(QString, specFile);
        QFETCH(QString, pathTemplate);
        QFETCH(QString, path);
        const auto reply = m_sandbox->get(path);
        QCOMPARE(reply.status, 200);
        const QStringList problems
            = spec(specFile).validateResponse(pathTemplate, QStringLiteral("get"), 200, reply.json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSchemas)
#include "testsandboxschemas.moc"
