// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo portal as a real one looks: default properties, pipelines and stages, owners, engagements, association
// types both ways and custom objects (app/sandbox/README.md, "Demo portal"; docs/hubspot-behaviour.md §12).
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/catalogue.h"
#include "sandbox/portal.h"
#include "sandbox/sqlitestore.h"
#include "sandboxtesthelpers.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString DealsCreate = QStringLiteral("/crm/v3/objects/deals/batch/create");
const QString DealsUpdate = QStringLiteral("/crm/v3/objects/deals/batch/update");
const QString ContactsCreate = QStringLiteral("/crm/v3/objects/contacts/batch/create");

QJsonObject deal(const QString &name, const QString &pipeline, const QString &stage)
{
    QJsonObject p { { QStringLiteral("dealname"), name }, { QStringLiteral("dealstage"), stage } };
    if (!pipeline.isEmpty())
        p.insert(QStringLiteral("pipeline"), pipeline);
    return p;
}

QJsonArray toContact(const QString &contactId, int typeId, const QString &category = QStringLiteral("HUBSPOT_DEFINED"))
{
    return QJsonArray { QJsonObject { { QStringLiteral("to"), QJsonObject { { QStringLiteral("id"), contactId } } },
        { QStringLiteral("types"),
            QJsonArray { QJsonObject { { QStringLiteral("associationCategory"), category },
                { QStringLiteral("associationTypeId"), typeId } } } } } };
}

/// The first error's message of a 207, or the message of a 400.
QString firstError(const SandboxFixture::Reply &reply)
{
    if (reply.status == 207)
        return reply.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString();
    return reply.json[QStringLiteral("message")].toString();
}

QStringList names(const QJsonArray &results, const QString &key = QStringLiteral("name"))
{
    QStringList out;
    for (const QJsonValue &v : results)
        out.append(v[key].toString());
    return out;
}

} // namespace

class TestSandboxPortal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    /// Id of a seeded contact (the first one: ana.silva@example.com).
    QString contactId()
    {
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("email") },
                { QStringLiteral("inputs"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("ana.silva@example.com") } } } } });
        return reply.json[QStringLiteral("results")][0][QStringLiteral("id")].toString();
    }

private Q_SLOTS:

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void testTypicalExportColumnsAreProperties_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("contacts") << QStringLiteral("contacts")
                                  << QStringList { QStringLiteral("email"), QStringLiteral("firstname"),
                                         QStringLiteral("lastname"), QStringLiteral("company"),
                                         QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("city"),
                                         QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("country"),
                                         QStringLiteral("phone"), QStringLiteral("mobilephone"),
                                         QStringLiteral("jobtitle"), QStringLiteral("industry"),
                                         QStringLiteral("annualrevenue"), QStringLiteral("numemployees"),
                                         QStringLiteral("lifecyclestage"), QStringLiteral("hs_lead_status"),
                                         QStringLiteral("hubspot_owner_id"), QStringLiteral("fax"),
                                         QStringLiteral("salutation"), QStringLiteral("message") };
        QTest::newRow("companies") << QStringLiteral("companies")
                                   << QStringList { QStringLiteral("name"), QStringLiteral("domain"),
                                          QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("city"),
                                          QStringLiteral("state"), QStringLiteral("zip"), QStringLiteral("country"),
                                          QStringLiteral("phone"), QStringLiteral("industry"), QStringLiteral("type"),
                                          QStringLiteral("founded_year"), QStringLiteral("description"),
                                          QStringLiteral("numberofemployees"), QStringLiteral("annualrevenue"),
                                          QStringLiteral("lifecyclestage"), QStringLiteral("hubspot_owner_id") };
        QTest::newRow("deals") << QStringLiteral("deals")
                               << QStringList { QStringLiteral("dealname"), QStringLiteral("amount"),
                                      QStringLiteral("closedate"), QStringLiteral("pipeline"),
                                      QStringLiteral("dealstage"), QStringLiteral("dealtype"),
                                      QStringLiteral("hs_priority"), QStringLiteral("hubspot_owner_id"),
                                      QStringLiteral("description") };
    }

    void testTypicalExportColumnsAreProperties()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, columns);
        const auto reply = m_sandbox->get(QStringLiteral("/crm/v3/properties/") + type);
        QCOMPARE(reply.status, 200);
        const QStringList listed = names(reply.json[QStringLiteral("results")].toArray());
        for (const QString &column : columns)
            QVERIFY2(listed.contains(column), qPrintable(column));
    }

    void testTheBenchFilesColumnsAreWritableProperties()
    {
        QFile script(QFINDTESTDATA("../../bench/csv_load/make_csv.py"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(script.readAll());
        const QRegularExpression header(QStringLiteral("HEADER = \\[([^\\]]*)\\]"));
        const QRegularExpressionMatch match = header.match(text);
        QVERIFY(match.hasMatch());
        QStringList columns = match.captured(1).split(u',');
        for (QString &c : columns)
            c = c.trimmed().remove(u'"');
        QCOMPARE(columns.size(), 12);
        const auto reply = m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts"));
        QHash<QString, bool> writable;
        for (const QJsonValue &p : reply.json[QStringLiteral("results")].toArray()) {
            writable.insert(p[QStringLiteral("name")].toString(),
                !p[QStringLiteral("modificationMetadata")][QStringLiteral("readOnlyValue")].toBool());
        }
        for (const QString &column : std::as_const(columns))
            QVERIFY2(writable.value(column), qPrintable(column));
    }

    void testPropertiesCarryHubSpotsOptionValues()
    {
        const auto industry = m_sandbox->get(QStringLiteral("/crm/v3/properties/companies/industry"));
        const QStringList values = names(industry.json[QStringLiteral("options")].toArray(), QStringLiteral("value"));
        QVERIFY(values.size() > 140);
        QVERIFY(values.contains(QStringLiteral("ACCOUNTING")) && values.contains(QStringLiteral("AIRLINES_AVIATION")));
        QCOMPARE(industry.json[QStringLiteral("hubspotDefined")].toBool(), true);
        const auto dealtype = m_sandbox->get(QStringLiteral("/crm/v3/properties/deals/dealtype"));
        QCOMPARE(names(dealtype.json[QStringLiteral("options")].toArray(), QStringLiteral("value")),
            (QStringList { QStringLiteral("newbusiness"), QStringLiteral("existingbusiness") }));
        const auto stages = m_sandbox->get(QStringLiteral("/crm/v3/properties/deals/dealstage"));
        QVERIFY(names(stages.json[QStringLiteral("options")].toArray(), QStringLiteral("value"))
                    .contains(QStringLiteral("decisionmakerboughtin")));
        const auto owner = m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts/hubspot_owner_id"));
        QCOMPARE(owner.json[QStringLiteral("options")][0][QStringLiteral("label")].toString(),
            QStringLiteral("Alice Moreau"));
        QCOMPARE(owner.json[QStringLiteral("referencedObjectType")].toString(), QStringLiteral("OWNER"));
        const auto created = m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts/createdate"));
        QCOMPARE(created.json[QStringLiteral("modificationMetadata")][QStringLiteral("readOnlyValue")].toBool(), true);
        const auto custom = m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts/external_id"));
        QCOMPARE(custom.json[QStringLiteral("hubspotDefined")].toBool(), false);
    }

    void testReadOnlyDefaultsAreRefused()
    {
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(QJsonObject { { QStringLiteral("email"), QStringLiteral("ro@example.com") },
                { QStringLiteral("hs_analytics_source"), QStringLiteral("DIRECT_TRAFFIC") } }) }));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json[QStringLiteral("errors")][0][QStringLiteral("code")].toString(),
            QStringLiteral("READ_ONLY_VALUE"));
    }

    void testPipelines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("firstStages");
        QTest::newRow("deals v3") << QStringLiteral("/crm/v3/pipelines/deals")
                                  << QStringList { QStringLiteral("default"), QStringLiteral("87512345") }
                                  << QStringLiteral("appointmentscheduled,qualifiedtobuy,presentationscheduled,"
                                                    "decisionmakerboughtin,contractsent,closedwon,closedlost");
        QTest::newRow("tickets 2026-03") << QStringLiteral("/crm/pipelines/2026-03/tickets")
                                         << QStringList { QStringLiteral("0") } << QStringLiteral("1,2,3,4");
        QTest::newRow("by type id") << QStringLiteral("/crm/v3/pipelines/0-5") << QStringList { QStringLiteral("0") }
                                    << QStringLiteral("1,2,3,4");
    }

    void testPipelines()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, ids);
        QFETCH(QString, firstStages);
        const auto reply = m_sandbox->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json[QStringLiteral("results")].toArray();
        QCOMPARE(names(results, QStringLiteral("id")), ids);
        QCOMPARE(
            names(results.first()[QStringLiteral("stages")].toArray(), QStringLiteral("id")).join(u','), firstStages);
    }

    void testOnePipelineAndItsStageMetadata()
    {
        const auto deals = m_sandbox->get(QStringLiteral("/crm/v3/pipelines/deals/default"));
        QCOMPARE(deals.status, 200);
        const QJsonArray stages = deals.json[QStringLiteral("stages")].toArray();
        QCOMPARE(
            stages.at(5)[QStringLiteral("metadata")][QStringLiteral("isClosed")].toString(), QStringLiteral("true"));
        QCOMPARE(
            stages.at(5)[QStringLiteral("metadata")][QStringLiteral("probability")].toString(), QStringLiteral("1.0"));
        const auto tickets = m_sandbox->get(QStringLiteral("/crm/pipelines/2026-03/tickets/0"));
        QCOMPARE(tickets.json[QStringLiteral("stages")][3][QStringLiteral("metadata")][QStringLiteral("ticketState")]
                     .toString(),
            QStringLiteral("CLOSED"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/pipelines/deals/nope")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/pipelines/widgets")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/pipelines/deals"), QStringLiteral("demo-contacts-only")).status,
            403);
    }

    void testStageIsCheckedAgainstItsPipeline()
    {
        const QJsonObject body = inputs(
            { createInput(deal(QStringLiteral("ok"), QStringLiteral("default"), QStringLiteral("contractsent")),
                  QStringLiteral("t1")),
                createInput(deal(QStringLiteral("renewal"), QStringLiteral("87512345"), QStringLiteral("87512347")),
                    QStringLiteral("t2")),
                createInput(deal(QStringLiteral("mixed"), QStringLiteral("default"), QStringLiteral("87512347")),
                    QStringLiteral("t3")),
                createInput(deal(QStringLiteral("unknown"), QStringLiteral("default"), QStringLiteral("nostage")),
                    QStringLiteral("t4")) });
        const auto reply = m_sandbox->post(DealsCreate, body);
        QCOMPARE(reply.status, 207);
        QCOMPARE(reply.json[QStringLiteral("results")].toArray().size(), 2);
        const QJsonArray errors = reply.json[QStringLiteral("errors")].toArray();
        QCOMPARE(errors.size(), 2);
        QStringList traces;
        for (const QJsonValue &e : errors)
            traces.append(e[QStringLiteral("context")][QStringLiteral("objectWriteTraceId")][0].toString());
        traces.sort();
        QCOMPARE(traces, (QStringList { QStringLiteral("t3"), QStringLiteral("t4") }));
        // Without trace ids the whole batch is refused, with the stage and pipeline named.
        const auto refused = m_sandbox->post(DealsCreate,
            inputs({ createInput(deal(QStringLiteral("x"), QStringLiteral("default"), QStringLiteral("87512346"))) }));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString(),
            QStringLiteral("87512346 is not a valid stage of pipeline default"));
    }

    void testStageAloneIsCheckedAgainstTheRecordsPipeline()
    {
        const auto created = m_sandbox->post(DealsCreate,
            inputs({ createInput(deal(QStringLiteral("r"), QStringLiteral("87512345"), QStringLiteral("87512346"))) }));
        QCOMPARE(created.status, 201);
        const QString id = created.json[QStringLiteral("results")][0][QStringLiteral("id")].toString();
        auto update = [&](const QString &stage) {
            return m_sandbox->post(DealsUpdate,
                inputs({ QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("properties"), QJsonObject { { QStringLiteral("dealstage"), stage } } } } }));
        };
        QCOMPARE(update(QStringLiteral("87512348")).status, 200);
        const auto wrong = update(QStringLiteral("closedwon"));
        QCOMPARE(wrong.status, 400);
        QVERIFY(firstError(wrong).contains(QStringLiteral("closedwon")));
    }

    void testTicketStages()
    {
        auto ticket = [&](const QString &stage) {
            return m_sandbox->post(QStringLiteral("/crm/v3/objects/tickets/batch/create"),
                inputs({ createInput(QJsonObject { { QStringLiteral("subject"), QStringLiteral("Printer") },
                    { QStringLiteral("hs_pipeline"), QStringLiteral("0") },
                    { QStringLiteral("hs_pipeline_stage"), stage },
                    { QStringLiteral("hs_ticket_priority"), QStringLiteral("URGENT") } }) }));
        };
        QCOMPARE(ticket(QStringLiteral("4")).status, 201);
        const auto bad = ticket(QStringLiteral("9"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(
            bad.json[QStringLiteral("errors")][0][QStringLiteral("code")].toString(), QStringLiteral("INVALID_OPTION"));
    }

    void testOwners()
    {
        const auto all = m_sandbox->get(QStringLiteral("/crm/v3/owners"));
        QCOMPARE(all.status, 200);
        const QJsonArray owners = all.json[QStringLiteral("results")].toArray();
        QCOMPARE(owners.size(), 5); // the archived one only with archived=true
        QCOMPARE(owners.first()[QStringLiteral("email")].toString(), QStringLiteral("alice.moreau@example.com"));
        QCOMPARE(owners.first()[QStringLiteral("teams")][0][QStringLiteral("primary")].toBool(), true);
        QVERIFY(!all.json.contains(QStringLiteral("paging")));

        const auto page1 = m_sandbox->get(QStringLiteral("/crm/owners/2026-03?limit=2"));
        QCOMPARE(page1.json[QStringLiteral("results")].toArray().size(), 2);
        const QString after
            = page1.json[QStringLiteral("paging")][QStringLiteral("next")][QStringLiteral("after")].toString();
        QVERIFY(!after.isEmpty());
        const auto page2 = m_sandbox->get(QStringLiteral("/crm/owners/2026-03?limit=2&after=") + after);
        QCOMPARE(page2.json[QStringLiteral("results")][0][QStringLiteral("id")].toString(), QStringLiteral("71000003"));

        const auto byEmail = m_sandbox->get(QStringLiteral("/crm/v3/owners?email=dev.patel%40example.com"));
        QCOMPARE(names(byEmail.json[QStringLiteral("results")].toArray(), QStringLiteral("id")),
            QStringList { QStringLiteral("71000004") });
        const auto archived = m_sandbox->get(QStringLiteral("/crm/v3/owners?archived=true"));
        QCOMPARE(names(archived.json[QStringLiteral("results")].toArray(), QStringLiteral("id")),
            QStringList { QStringLiteral("71000006") });

        const auto one = m_sandbox->get(QStringLiteral("/crm/v3/owners/71000002"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json[QStringLiteral("lastName")].toString(), QStringLiteral("Costa"));
        const auto byUser = m_sandbox->get(QStringLiteral("/crm/v3/owners/9100002?idProperty=userId"));
        QCOMPARE(byUser.json[QStringLiteral("id")].toString(), QStringLiteral("71000002"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/owners/123")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/owners"), QStringLiteral("demo-contacts-only")).status, 403);
    }

    void testOwnerIdIsChecked()
    {
        auto create = [&](const QString &owner) {
            return m_sandbox->post(ContactsCreate,
                inputs({ createInput(
                    QJsonObject { { QStringLiteral("email"), QStringLiteral("o%1@example.com").arg(owner) },
                        { QStringLiteral("hubspot_owner_id"), owner } },
                    QStringLiteral("t1")) }));
        };
        QCOMPARE(create(QStringLiteral("71000003")).status, 201);
        for (const QString &bad : { QStringLiteral("123"), QStringLiteral("71000006") }) { // unknown, archived
            const auto reply = create(bad);
            QCOMPARE(reply.status, 207);
            QCOMPARE(reply.json[QStringLiteral("errors")][0][QStringLiteral("message")].toString(),
                QStringLiteral("Property values were not valid: [{\"error\":\"INVALID_OWNER_ID\",\"isValid\":false,"
                               "\"localizedErrorMessage\":\"%1 is not a valid owner id\",\"message\":\"%1 is not a "
                               "valid owner id\",\"name\":\"hubspot_owner_id\",\"portalId\":12345678}]")
                    .arg(bad));
        }
    }

    void testEngagementsAreCreatedWithTheirAssociations_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("properties");
        QTest::addColumn<int>("typeId");
        const QString ts = QStringLiteral("2026-05-02T09:00:00.000Z");
        const QString tsKey = QStringLiteral("hs_timestamp");
        QTest::newRow("calls") << QStringLiteral("calls")
                               << QJsonObject { { tsKey, ts },
                                      { QStringLiteral("hs_call_direction"), QStringLiteral("INBOUND") },
                                      { QStringLiteral("hs_call_status"), QStringLiteral("COMPLETED") } }
                               << 194;
        QTest::newRow("emails 0-49") << QStringLiteral("0-49")
                                     << QJsonObject { { tsKey, ts },
                                            { QStringLiteral("hs_email_direction"), QStringLiteral("EMAIL") },
                                            { QStringLiteral("hs_email_status"), QStringLiteral("SENT") } }
                                     << 198;
        QTest::newRow("meetings") << QStringLiteral("meetings")
                                  << QJsonObject { { tsKey, ts },
                                         { QStringLiteral("hs_meeting_outcome"), QStringLiteral("NO_SHOW") } }
                                  << 200;
        QTest::newRow("notes 0-46") << QStringLiteral(
            "0-46") << QJsonObject { { tsKey, ts }, { QStringLiteral("hs_note_body"), QStringLiteral("Hi") } }
                                    << 202;
        QTest::newRow("tasks") << QStringLiteral("tasks")
                               << QJsonObject { { tsKey, ts },
                                      { QStringLiteral("hs_task_subject"), QStringLiteral("Call back") },
                                      { QStringLiteral("hs_task_status"), QStringLiteral("WAITING") },
                                      { QStringLiteral("hs_task_priority"), QStringLiteral("HIGH") },
                                      { QStringLiteral("hs_task_type"), QStringLiteral("CALL") } }
                               << 204;
        QTest::newRow("communications 0-18")
            << QStringLiteral("0-18")
            << QJsonObject { { tsKey, ts }, { QStringLiteral("hs_communication_channel_type"), QStringLiteral("SMS") },
                   { QStringLiteral("hs_communication_logged_from"), QStringLiteral("CRM") } }
            << 81;
        QTest::newRow("postal_mail 0-116") << QStringLiteral("0-116") << QJsonObject { { tsKey, ts } } << 453;
    }

    void testEngagementsAreCreatedWithTheirAssociations()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, properties);
        QFETCH(int, typeId);
        const QString create = QStringLiteral("/crm/v3/objects/%1/batch/create").arg(type);
        const QString contact = contactId();
        QVERIFY(!contact.isEmpty());
        const auto ok = m_sandbox->post(create, inputs({ createInput(properties, {}, toContact(contact, typeId)) }));
        QCOMPARE(ok.status, 201);
        const int before = m_sandbox->server().stats()[QStringLiteral("recordsCreated")].toInt();

        QJsonObject noTimestamp = properties;
        noTimestamp.remove(QStringLiteral("hs_timestamp"));
        const auto missing = m_sandbox->post(create,
            inputs({ createInput(properties, QStringLiteral("a"), toContact(contact, typeId)),
                createInput(noTimestamp, QStringLiteral("b")),
                createInput(properties, QStringLiteral("c"), toContact(contact, 9999)),
                createInput(properties, QStringLiteral("d"), toContact(QStringLiteral("1"), typeId)) }));
        QCOMPARE(missing.status, 207);
        QCOMPARE(missing.json[QStringLiteral("results")].toArray().size(), 1);
        QCOMPARE(missing.json[QStringLiteral("errors")].toArray().size(), 3);
        QCOMPARE(m_sandbox->server().stats()[QStringLiteral("recordsCreated")].toInt(), before + 1);
    }

    void testEveryAssociationTypeHasItsReverse()
    {
        const QStringList types { QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("deals"),
            QStringLiteral("tickets"), QStringLiteral("line_items"), QStringLiteral("quotes"), QStringLiteral("leads"),
            QStringLiteral("calls"), QStringLiteral("emails"), QStringLiteral("meetings"), QStringLiteral("notes"),
            QStringLiteral("tasks"), QStringLiteral("communications"), QStringLiteral("postal_mail"),
            QStringLiteral("cars"), QStringLiteral("subscriptions") };
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("rateLimit"), 100000 } }));
        int pairs = 0;
        for (const QString &a : types) {
            for (const QString &b : types) {
                const auto ab = m_sandbox->get(QStringLiteral("/crm/v4/associations/%1/%2/labels").arg(a, b));
                const auto ba = m_sandbox->get(QStringLiteral("/crm/associations/2026-03/%1/%2/labels").arg(b, a));
                QCOMPARE(ab.status, 200);
                QCOMPARE(ab.json[QStringLiteral("results")].toArray().size(),
                    ba.json[QStringLiteral("results")].toArray().size());
                pairs += ab.json[QStringLiteral("results")].toArray().isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(pairs > 50);
        const auto callToContact = m_sandbox->get(QStringLiteral("/crm/v4/associations/calls/contacts/labels"));
        QCOMPARE(callToContact.json[QStringLiteral("results")][0][QStringLiteral("typeId")].toInt(), 194);
        const auto lineItemToDeal = m_sandbox->get(QStringLiteral("/crm/v4/associations/line_items/deals/labels"));
        QCOMPARE(lineItemToDeal.json[QStringLiteral("results")][0][QStringLiteral("typeId")].toInt(), 20);
        const auto userDefined = m_sandbox->get(QStringLiteral("/crm/v4/associations/deals/contacts/labels"));
        QVERIFY(names(userDefined.json[QStringLiteral("results")].toArray(), QStringLiteral("label"))
                    .contains(QStringLiteral("Decision maker")));
    }

    void testCustomObjectsAreCreatedAndUpserted()
    {
        const QString contact = contactId();
        const QString base = QStringLiteral("/crm/v3/objects/p12345678_subscriptions/batch/");
        const QJsonObject props { { QStringLiteral("subscription_ref"), QStringLiteral("SUB-9001") },
            { QStringLiteral("plan"), QStringLiteral("professional") }, { QStringLiteral("seats"), 12 } };
        const auto created = m_sandbox->post(
            base + QStringLiteral("create"), inputs({ createInput(props, {}, toContact(contact, 120)) }));
        QCOMPARE(created.status, 201);
        const QString id = created.json[QStringLiteral("results")][0][QStringLiteral("id")].toString();
        const auto missing = m_sandbox->post(base + QStringLiteral("create"),
            inputs(
                { createInput(QJsonObject { { QStringLiteral("subscription_ref"), QStringLiteral("SUB-9002") } }) }));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json[QStringLiteral("errors")][0][QStringLiteral("code")].toString(),
            QStringLiteral("REQUIRED_PROPERTY"));
        const auto upsert = m_sandbox->post(QStringLiteral("/crm/v3/objects/2-3508491/batch/upsert"),
            inputs({ upsertInput(QStringLiteral("SUB-9001"), QStringLiteral("subscription_ref"),
                         QJsonObject { { QStringLiteral("seats"), 20 } }),
                upsertInput(QStringLiteral("SUB-9003"), QStringLiteral("subscription_ref"),
                    QJsonObject { { QStringLiteral("plan"), QStringLiteral("starter") } }) }));
        QCOMPARE(upsert.status, 200);
        QStringList news;
        for (const QJsonValue &r : upsert.json[QStringLiteral("results")].toArray()) {
            news.append(r[QStringLiteral("new")].toBool() ? QStringLiteral("new") : r[QStringLiteral("id")].toString());
        }
        news.sort();
        QCOMPARE(news, (QStringList { id, QStringLiteral("new") }));

        for (const QString &path : { QStringLiteral("/crm-object-schemas/v3/schemas/subscriptions"),
                 QStringLiteral("/crm/v3/schemas/2-3508491") }) {
            const auto schema = m_sandbox->get(path);
            QCOMPARE(schema.status, 200);
            QCOMPARE(schema.json[QStringLiteral("requiredProperties")].toArray(),
                (QJsonArray { QStringLiteral("subscription_ref"), QStringLiteral("plan") }));
            QCOMPARE(
                schema.json[QStringLiteral("primaryDisplayProperty")].toString(), QStringLiteral("subscription_ref"));
        }
    }

    void testSeededPortalHasTheNewTypes()
    {
        const QJsonObject objects = m_sandbox->stats()[QStringLiteral("objects")].toObject();
        QCOMPARE(objects[QStringLiteral("contacts")].toInt(), 200);
        QCOMPARE(objects[QStringLiteral("products")].toInt(), 10);
        QCOMPARE(objects[QStringLiteral("notes")].toInt(), 20);
        QCOMPARE(objects[QStringLiteral("calls")].toInt(), 10);
        QCOMPARE(objects[QStringLiteral("tasks")].toInt(), 10);
        QCOMPARE(objects[QStringLiteral("meetings")].toInt(), 5);
        QCOMPARE(objects[QStringLiteral("subscriptions")].toInt(), 10);
    }

    void testLoadedRecordsAreKeptAsCreatedOnesAre()
    {
        // A record read back from the data file holds what it held, and shares its strings as a created one does
        // (the catalogue's property names, its id and stamps): it costs the same memory.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("portal.sqlite"));
        Sandbox::Catalogue catalogue;
        const Sandbox::ObjectDef &contacts = *catalogue.find(QStringLiteral("0-1"));
        const QString stamp = QStringLiteral("2026-12-07T18:00:00.000Z");
        Sandbox::Portal portal(&catalogue);
        portal.setTrackChanges(true);
        const Sandbox::Record created = portal.create(contacts,
            { { contacts.property(QStringLiteral("email"))->name, QStringLiteral("kept@example.com") },
                { contacts.property(QStringLiteral("firstname"))->name, QStringLiteral("Kept") } },
            stamp);
        portal.update(contacts, created.id, {}, QStringLiteral("2026-12-07T18:00:01.000Z"));
        {
            Sandbox::SqliteStore store(file);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(store.replaceAll(portal));
        }
        const Sandbox::Record updated = *portal.find(contacts.typeId, created.id);

        Sandbox::Portal loaded(&catalogue);
        Sandbox::SqliteStore store(file);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.load(loaded));
        const Sandbox::Record *record = loaded.find(contacts.typeId, created.id);
        QVERIFY(record);
        QCOMPARE(record->createdAt, updated.createdAt);
        QCOMPARE(record->updatedAt, updated.updatedAt);
        QCOMPARE(record->properties.size(), updated.properties.size());
        for (const auto &[name, value] : updated.properties)
            QCOMPARE(*record->value(name), value);
        QCOMPARE(
            loaded.findByUnique(contacts.typeId, QStringLiteral("email"), QStringLiteral("KEPT@example.com")), record);
        for (const auto &[name, value] : record->properties)
            QVERIFY2(name.isSharedWith(contacts.property(name)->name), qPrintable(name));
        QCOMPARE(*record->value(u"hs_object_id"), record->id);
        QCOMPARE(*record->value(u"createdate"), record->createdAt);
        QCOMPARE(*record->value(u"hs_lastmodifieddate"), record->updatedAt);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPortal)
#include "testsandboxportal.moc"
