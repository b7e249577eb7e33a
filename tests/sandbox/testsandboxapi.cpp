// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's batch endpoints, auth and validation over real HTTP (docs/hubspot-behaviour.md §11).
#include <QTest>

#include "sandboxtesthelpers.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString ContactsCreate = QStringLiteral("/crm/v3/objects/contacts/batch/create");
const QString ContactsUpsert = QStringLiteral("/crm/v3/objects/contacts/batch/upsert");

QJsonObject contact(const QString &email, const QString &first = QStringLiteral("Test"))
{
    return QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("firstname"), first } };
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    int created() const { return m_sandbox->stats().value(QStringLiteral("recordsCreated")).toInt(); }

private Q_SLOTS:

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void testBatchPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("v3") << QStringLiteral("/crm/v3/objects/contacts/batch/create");
        QTest::newRow("2026-03") << QStringLiteral("/crm/objects/2026-03/contacts/batch/create");
        QTest::newRow("v3 alias") << QStringLiteral("/crm/objects/v3/contacts/batch/create");
        QTest::newRow("by type id") << QStringLiteral("/crm/objects/2026-03/0-1/batch/create");
    }

    void testBatchPaths()
    {
        QFETCH(QString, path);
        const auto reply = m_sandbox->post(path, inputs({ createInput(contact(QStringLiteral("path@example.com"))) }));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json[QStringLiteral("status")].toString(), QStringLiteral("COMPLETE"));
    }

    void testTypesWithoutBatchWriteAreRejected()
    {
        const auto feedback
            = m_sandbox->post(QStringLiteral("/crm/v3/objects/feedback_submissions/batch/create"), inputs({}));
        QCOMPARE(feedback.status, 404);
        QVERIFY(feedback.json[QStringLiteral("message")].toString().contains(QStringLiteral("feedback_submissions")));
        const auto unknown = m_sandbox->post(QStringLiteral("/crm/v3/objects/spaceships/batch/create"), inputs({}));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json[QStringLiteral("message")].toString().contains(QStringLiteral("spaceships")));
    }

    void testMissingTokenIs401()
    {
        const auto reply = m_sandbox->post(ContactsCreate, inputs({}), QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("INVALID_AUTHENTICATION"));
        QCOMPARE(reply.header("x-hubspot-auth-failure"), QByteArray("401 Unauthorized"));
        QVERIFY(isUuid(reply.json[QStringLiteral("correlationId")].toString()));
        QCOMPARE(QString::fromLatin1(reply.header("X-HubSpot-Correlation-Id")),
            reply.json[QStringLiteral("correlationId")].toString());
    }

    void testExpiredTokenIs401Expired()
    {
        const auto reply = m_sandbox->post(ContactsCreate, inputs({}), QStringLiteral("demo-expired"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("EXPIRED_AUTHENTICATION"));
        QVERIFY(reply.json[QStringLiteral("context")][QStringLiteral("expire time")].isArray());
    }

    void testMissingScopeIs403()
    {
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/companies/batch/create"),
            inputs({ createInput(QJsonObject { { QStringLiteral("name"), QStringLiteral("X") } }) }),
            QStringLiteral("demo-contacts-only"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("MISSING_SCOPES"));
        QCOMPARE(reply
                     .json[QStringLiteral("errors")][0][QStringLiteral("context")]
                          [QStringLiteral("requiredGranularScopes")][0]
                     .toString(),
            QStringLiteral("crm.objects.companies.write"));
        QCOMPARE(reply.json[QStringLiteral("links")][QStringLiteral("scopes")].toString(),
            QStringLiteral("https://developers.hubspot.com/scopes"));
        QCOMPARE(m_sandbox
                     ->post(ContactsCreate, inputs({ createInput(contact(QStringLiteral("ok@example.com"))) }),
                         QStringLiteral("demo-contacts-only"))
                     .status,
            201);
    }

    void testCreateAnswersEveryResultAsStrings()
    {
        QJsonArray list;
        for (int i = 0; i < 20; ++i)
            list.append(createInput(contact(QStringLiteral("s%1@example.com").arg(i)), QStringLiteral("t%1").arg(i)));
        const auto reply = m_sandbox->post(ContactsCreate, inputs(list));
        QCOMPARE(reply.status, 201);
        const QJsonArray results = reply.json[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 20);
        bool inOrder = true;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QJsonObject props = r[QStringLiteral("properties")].toObject();
            inOrder = inOrder && r[QStringLiteral("objectWriteTraceId")].toString() == QStringLiteral("t%1").arg(i);
            QCOMPARE(props[QStringLiteral("hs_object_id")].toString(), r[QStringLiteral("id")].toString());
            QVERIFY(props[QStringLiteral("createdate")].isString());
            QVERIFY(props[QStringLiteral("lastmodifieddate")].isString());
            for (const QJsonValue &v : props)
                QVERIFY(v.isString());
            QCOMPARE(r[QStringLiteral("archived")].toBool(), false);
        }
        QVERIFY2(!inOrder, "results must come back shuffled");
        QVERIFY(reply.json.contains(QStringLiteral("startedAt")) && reply.json.contains(QStringLiteral("completedAt")));
    }

    void testShuffleIsSeeded()
    {
        auto orderOf = [](quint64 seed) {
            Sandbox::SandboxOptions options;
            options.scenario.seed = seed;
            SandboxFixture sandbox(options);
            if (!sandbox.start())
                return QStringList();
            QJsonArray list;
            for (int i = 0; i < 10; ++i)
                list.append(
                    createInput(contact(QStringLiteral("seed%1@example.com").arg(i)), QStringLiteral("t%1").arg(i)));
            QStringList order;
            for (const QJsonValue &r :
                sandbox.post(ContactsCreate, inputs(list)).json[QStringLiteral("results")].toArray())
                order.append(r[QStringLiteral("objectWriteTraceId")].toString());
            return order;
        };
        QCOMPARE(orderOf(7), orderOf(7));
        QVERIFY(orderOf(7) != orderOf(8));
    }

    void testMoreThanMaxInputsIs400()
    {
        QJsonArray list;
        for (int i = 0; i < 101; ++i)
            list.append(createInput(contact(QStringLiteral("many%1@example.com").arg(i))));
        const auto reply = m_sandbox->post(ContactsCreate, inputs(list));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(created(), 0);
    }

    void testPartialFailureWithTraceIdsIs207()
    {
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(contact(QStringLiteral("good@example.com")), QStringLiteral("row-1")),
                createInput(QJsonObject { { QStringLiteral("shoe_size_typo"), QStringLiteral("42") } },
                    QStringLiteral("row-2")) }));
        QCOMPARE(reply.status, 207);
        QCOMPARE(reply.json[QStringLiteral("numErrors")].toInt(), 1);
        const QJsonObject error = reply.json[QStringLiteral("errors")][0].toObject();
        QCOMPARE(error[QStringLiteral("status")].toString(), QStringLiteral("error"));
        QCOMPARE(error[QStringLiteral("category")].toString(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(error[QStringLiteral("context")][QStringLiteral("objectWriteTraceId")][0].toString(),
            QStringLiteral("row-2"));
        QVERIFY(error[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Property values were not valid: [")));
        QCOMPARE(reply.json[QStringLiteral("results")].toArray().size(), 1);
        QCOMPARE(created(), 1);
    }

    void testInvalidInputWithoutTraceIdsIs400AndCreatesNothing()
    {
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(contact(QStringLiteral("good@example.com"))),
                createInput(QJsonObject { { QStringLiteral("shoe_size_typo"), QStringLiteral("42") } }) }));
        QCOMPARE(reply.status, 400);
        QCOMPARE(created(), 0);
        QCOMPARE(reply.json[QStringLiteral("errors")][0][QStringLiteral("code")].toString(),
            QStringLiteral("PROPERTY_DOESNT_EXIST"));
        QCOMPARE(reply.json[QStringLiteral("errors")][0][QStringLiteral("context")][QStringLiteral("propertyName")][0]
                     .toString(),
            QStringLiteral("shoe_size_typo"));
    }

    void testCreateConflictIs409ForTheFirstOnly()
    {
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(contact(QStringLiteral("brand.new@example.com"))),
                createInput(contact(QStringLiteral("Ana.Silva@example.com"))),
                createInput(contact(QStringLiteral("bo.silva@example.com"))) }));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("CONFLICT"));
        QVERIFY(reply.json[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Contact already exists. Existing ID: ")));
        QCOMPARE(created(), 0);
    }

    void testAllowDuplicatesCreatesASecondRecord()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("allowDuplicates"), true } }));
        QCOMPARE(
            m_sandbox->post(ContactsCreate, inputs({ createInput(contact(QStringLiteral("ana.silva@example.com"))) }))
                .status,
            201);
        QCOMPARE(m_sandbox->stats()[QStringLiteral("duplicateCreates")].toInt(), 1);
    }

    void testTraceIdEchoSwitch()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("echoTraceIdOnSuccess"), false } }));
        const auto reply = m_sandbox->post(
            ContactsCreate, inputs({ createInput(contact(QStringLiteral("e@example.com")), QStringLiteral("t1")) }));
        QCOMPARE(reply.status, 201);
        QVERIFY(!reply.json[QStringLiteral("results")][0].toObject().contains(QStringLiteral("objectWriteTraceId")));
    }

    void testAssociationsAreValidated_data()
    {
        QTest::addColumn<QString>("toId");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("typeId");
        QTest::addColumn<int>("status");
        QTest::newRow("valid") << QStringLiteral("51234567001") << QStringLiteral("HUBSPOT_DEFINED") << 279 << 201;
        QTest::newRow("no such company") << QStringLiteral("999") << QStringLiteral("HUBSPOT_DEFINED") << 279 << 400;
        QTest::newRow("wrong type id") << QStringLiteral("51234567001") << QStringLiteral("HUBSPOT_DEFINED") << 12345
                                       << 400;
        QTest::newRow("bad category") << QStringLiteral("51234567001") << QStringLiteral("MADE_UP") << 279 << 400;
    }

    void testAssociationsAreValidated()
    {
        QFETCH(QString, toId);
        QFETCH(QString, category);
        QFETCH(int, typeId);
        QFETCH(int, status);
        const QJsonArray assoc { QJsonObject { { QStringLiteral("to"), QJsonObject { { QStringLiteral("id"), toId } } },
            { QStringLiteral("types"),
                QJsonArray { QJsonObject { { QStringLiteral("associationCategory"), category },
                    { QStringLiteral("associationTypeId"), typeId } } } } } };
        QCOMPARE(
            m_sandbox
                ->post(ContactsCreate, inputs({ createInput(contact(QStringLiteral("assoc@example.com")), {}, assoc) }))
                .status,
            status);
    }

    void testUpsertCreatesAndUpdates()
    {
        const auto reply = m_sandbox->post(ContactsUpsert,
            inputs({ upsertInput(QStringLiteral("ANA.SILVA@example.com"), QStringLiteral("email"),
                         QJsonObject { { QStringLiteral("city"), QStringLiteral("Porto") } }),
                upsertInput(QStringLiteral("fresh@example.com"), QStringLiteral("email"),
                    QJsonObject { { QStringLiteral("firstname"), QStringLiteral("F") } }) }));
        QCOMPARE(reply.status, 200);
        int fresh = 0, existing = 0;
        for (const QJsonValue &r : reply.json[QStringLiteral("results")].toArray()) {
            QVERIFY(r.toObject().contains(QStringLiteral("new")));
            (r[QStringLiteral("new")].toBool() ? fresh : existing) += 1;
        }
        QCOMPARE(fresh, 1);
        QCOMPARE(existing, 1);
        // Idempotent: the same upsert again creates nothing.
        const int before = created();
        QCOMPARE(m_sandbox
                     ->post(ContactsUpsert,
                         inputs({ upsertInput(
                             QStringLiteral("fresh@example.com"), QStringLiteral("email"), QJsonObject {}) }))
                     .json[QStringLiteral("results")][0][QStringLiteral("new")]
                     .toBool(),
            false);
        QCOMPARE(created(), before);
    }

    void testUpsertByNonUniquePropertyIs400()
    {
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/companies/batch/upsert"),
            inputs({ upsertInput(QStringLiteral("example.com"), QStringLiteral("domain"), QJsonObject {}) }));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Unable to perform update/upsert by non-unique 0-2 property domain")));
    }

    void testUpsertDuplicateIdsIs400()
    {
        const auto reply = m_sandbox->post(ContactsUpsert,
            inputs({ upsertInput(QStringLiteral("dup@example.com"), QStringLiteral("email"), QJsonObject {}),
                upsertInput(QStringLiteral("DUP@example.com"), QStringLiteral("email"), QJsonObject {}) }));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Duplicate IDs found in batch input: [")));
        QCOMPARE(reply.json[QStringLiteral("context")][QStringLiteral("ids")].toArray().size(), 1);
    }

    void testEmailUpsertAllOrNothingSwitch()
    {
        const QJsonObject body = inputs({ upsertInput(QStringLiteral("a1@example.com"), QStringLiteral("email"),
                                              QJsonObject {}, QStringLiteral("t1")),
            upsertInput(QStringLiteral("a2@example.com"), QStringLiteral("email"),
                QJsonObject { { QStringLiteral("lifecyclestage"), QStringLiteral("purple") } },
                QStringLiteral("t2")) });
        QCOMPARE(m_sandbox->post(ContactsUpsert, body).status, 207);
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("emailUpsertAllOrNothing"), true } }));
        QCOMPARE(m_sandbox->post(ContactsUpsert, body).status, 400);
    }

    void testConflictAs207Switch()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("conflictAs207"), true } }));
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(contact(QStringLiteral("fine@example.com")), QStringLiteral("t1")),
                createInput(contact(QStringLiteral("ana.silva@example.com")), QStringLiteral("t2")) }));
        QCOMPARE(reply.status, 207);
        const QJsonObject error = reply.json[QStringLiteral("errors")][0].toObject();
        QCOMPARE(error[QStringLiteral("category")].toString(), QStringLiteral("CONFLICT"));
        QCOMPARE(
            error[QStringLiteral("context")][QStringLiteral("objectWriteTraceId")][0].toString(), QStringLiteral("t2"));
        QCOMPARE(created(), 1);
        // Without trace ids the whole batch is still refused with 409.
        QCOMPARE(
            m_sandbox->post(ContactsCreate, inputs({ createInput(contact(QStringLiteral("ana.silva@example.com"))) }))
                .status,
            409);
    }

    void testMatchAdditionalEmailsSwitch()
    {
        // The seed gives every 20th contact an additional email; the first is ana0@alt.example.com.
        const QJsonObject body
            = inputs({ upsertInput(QStringLiteral("ana0@alt.example.com"), QStringLiteral("email"), QJsonObject()) });
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("matchAdditionalEmails"), true } }));
        const auto matched = m_sandbox->post(ContactsUpsert, body);
        QCOMPARE(matched.status, 200);
        QCOMPARE(matched.json[QStringLiteral("results")][0][QStringLiteral("new")].toBool(), false);
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("matchAdditionalEmails"), false } }));
        QCOMPARE(
            m_sandbox->post(ContactsUpsert, body).json[QStringLiteral("results")][0][QStringLiteral("new")].toBool(),
            true);
    }

    void testUpsertAssociationsSwitch()
    {
        QJsonObject in = upsertInput(QStringLiteral("assoc-up@example.com"), QStringLiteral("email"), QJsonObject());
        in.insert(QStringLiteral("associations"), QJsonArray());
        QCOMPARE(m_sandbox->post(ContactsUpsert, inputs({ in })).status, 200); // ignored by default
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("rejectUpsertAssociations"), true } }));
        QCOMPARE(m_sandbox->post(ContactsUpsert, inputs({ in })).status, 400);
    }

    void testVersion202609Switch()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("version202609"), true } }));
        const auto reply = m_sandbox->post(ContactsCreate,
            inputs({ createInput(contact(QStringLiteral("v9@example.com")), QStringLiteral("t1")),
                createInput(QJsonObject { { QStringLiteral("nope"), QStringLiteral("x") } }, QStringLiteral("t2")) }));
        QCOMPARE(reply.status, 201); // no 207 from 2026-09 on: errors ride in the 201
        QCOMPARE(reply.json[QStringLiteral("numErrors")].toInt(), 1);
        QCOMPARE(reply.json[QStringLiteral("errors")].toArray().size(), 1);
        QVERIFY(!reply.json[QStringLiteral("results")][0].toObject().contains(QStringLiteral("warnings")));
    }

    void testPropertyValidation_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringLiteral("shoe_size_typo") << QStringLiteral("1")
                                 << QStringLiteral("PROPERTY_DOESNT_EXIST")
                                 << QStringLiteral("Property \"shoe_size_typo\" does not exist");
        QTest::newRow("enum") << QStringLiteral("lifecyclestage") << QStringLiteral("Purple")
                              << QStringLiteral("INVALID_OPTION")
                              << QStringLiteral("Purple was not one of the allowed options: [");
        QTest::newRow("multi-checkbox part")
            << QStringLiteral("favorite_flavors") << QStringLiteral("chocolate;mint")
            << QStringLiteral("INVALID_OPTION") << QStringLiteral("mint was not one of the allowed options");
        QTest::newRow("read-only") << QStringLiteral("hs_object_id") << QStringLiteral("5")
                                   << QStringLiteral("READ_ONLY_VALUE")
                                   << QStringLiteral(
                                          "\"hs_object_id\" is a read only property; its value cannot be set.");
        QTest::newRow("calculated") << QStringLiteral("num_notes") << QStringLiteral("5")
                                    << QStringLiteral("READ_ONLY_VALUE") << QStringLiteral("is a read only property");
        QTest::newRow("number") << QStringLiteral("shoe_size") << QStringLiteral("forty")
                                << QStringLiteral("INVALID_INTEGER")
                                << QStringLiteral("shoe_size was not a valid number");
        QTest::newRow("bool") << QStringLiteral("newsletter_opt_in") << QStringLiteral("yes")
                              << QStringLiteral("INVALID_BOOLEAN") << QStringLiteral("yes");
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("not-an-email")
                               << QStringLiteral("INVALID_EMAIL")
                               << QStringLiteral("Email address not-an-email is invalid");
        QTest::newRow("date not midnight")
            << QStringLiteral("signup_date") << QStringLiteral("1570233600") << QStringLiteral("INVALID_DATE")
            << QStringLiteral("1570233600 is at 4:10:33.600 UTC, not midnight!");
        QTest::newRow("datetime garbage") << QStringLiteral("last_event_at") << QStringLiteral("yesterday")
                                          << QStringLiteral("INVALID_DATETIME") << QStringLiteral("yesterday");
        QTest::newRow("too long") << QStringLiteral("jobtitle") << QString(65537, u'x')
                                  << QStringLiteral("INVALID_STRING_LENGTH") << QStringLiteral("65536");
    }

    void testPropertyValidation()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto reply
            = m_sandbox->post(ContactsCreate, inputs({ createInput(QJsonObject { { property, value } }) }));
        QCOMPARE(reply.status, 400);
        const QJsonObject detail = reply.json[QStringLiteral("errors")][0].toObject();
        QCOMPARE(detail[QStringLiteral("code")].toString(), code);
        QCOMPARE(detail[QStringLiteral("context")][QStringLiteral("propertyName")][0].toString(), property);
        QVERIFY2(detail[QStringLiteral("message")].toString().contains(message),
            qPrintable(detail[QStringLiteral("message")].toString()));
        QVERIFY(reply.json[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Property values were not valid: [")));
    }

    void testValidValuesAreAccepted()
    {
        const QJsonObject props { { QStringLiteral("email"), QStringLiteral("valid@example.com") },
            { QStringLiteral("favorite_flavors"), QStringLiteral("chocolate;strawberry") },
            { QStringLiteral("newsletter_opt_in"), QStringLiteral("true") },
            { QStringLiteral("shoe_size"), QStringLiteral("42.5") },
            { QStringLiteral("signup_date"), QStringLiteral("2026-05-01") },
            { QStringLiteral("last_event_at"), QStringLiteral("2026-05-01T10:15:00.000Z") },
            { QStringLiteral("lifecyclestage"), QString() } };
        const auto reply = m_sandbox->post(ContactsCreate, inputs({ createInput(props) }));
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_sandbox
                     ->post(ContactsCreate,
                         inputs({ createInput(
                             QJsonObject { { QStringLiteral("signup_date"), QStringLiteral("1430438400000") } }) }))
                     .status,
            201);
    }

    void testRequiredPropertiesOnCreate()
    {
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/deals/batch/create"),
            inputs({ createInput(QJsonObject { { QStringLiteral("dealname"), QStringLiteral("No stage") } }) }));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json[QStringLiteral("message")].toString().contains(QStringLiteral("dealstage")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "testsandboxapi.moc"
