// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault kinds and scenario keys the app's Sandbox menu uses (app/sandbox/README.md, "Scenario" and "Faults"):
// status-after-commit, rate-limit, token-refused, periodicFaults and refuseEveryNthInput, over real HTTP.
#include <QJsonDocument>
#include <QTest>

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

QJsonObject periodic(const QJsonObject &fault)
{
    return QJsonObject { { QStringLiteral("periodicFaults"), QJsonArray { fault } } };
}

/// @p count contact inputs, emails <prefix>1@demo.example …, with trace ids or without.
QJsonObject traced(int count, bool withTraceIds = true, const QString &prefix = QStringLiteral("n"))
{
    QJsonArray list;
    for (int i = 1; i <= count; ++i) {
        list.append(createInput(
            QJsonObject { { QStringLiteral("email"), QStringLiteral("%1%2@demo.example").arg(prefix).arg(i) } },
            withTraceIds ? QStringLiteral("run-r%1").arg(i) : QString()));
    }
    return inputs(list);
}

} // namespace

class TestSandboxDemoFaults : public QObject
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

    void testStatusAfterCommitWritesThenAnswersTheStatus()
    {
        QVERIFY(m_sandbox->scenario(periodic(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("status-after-commit") }, { QStringLiteral("status"), 502 },
            { QStringLiteral("pathContains"), QStringLiteral("/batch/create") } })));
        const int before = stat(QStringLiteral("recordsCreated"));
        const auto reply = m_sandbox->post(Create, one(QStringLiteral("written@example.com")));
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.json.value(QStringLiteral("category")).toString().isEmpty(), false);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), before + 1); // the write happened
        QCOMPARE(stat(QStringLiteral("faultsInjected")), 1);
        // The record is there to be found by its email.
        const auto read = m_sandbox->post(QStringLiteral("/crm/v3/objects/contacts/batch/read"),
            QJsonObject { { QStringLiteral("idProperty"), QStringLiteral("email") },
                { QStringLiteral("inputs"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("written@example.com") } } } },
                { QStringLiteral("properties"), QJsonArray { QStringLiteral("email") } } });
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("results")).toArray().size(), 1);
    }

    void testPeriodicRateLimitHitsEveryNthMatchingRequest()
    {
        QVERIFY(m_sandbox->scenario(periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("rate-limit") },
            { QStringLiteral("every"), 3 }, { QStringLiteral("pathContains"), QStringLiteral("/batch/") } })));
        QList<int> statuses;
        for (int i = 1; i <= 6; ++i)
            statuses.append(m_sandbox->post(Create, one(QStringLiteral("p%1@example.com").arg(i))).status);
        QCOMPARE(statuses, (QList<int> { 201, 201, 429, 201, 201, 429 }));
        // Requests elsewhere do not count.
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts")).status, 200);
        QCOMPARE(stat(QStringLiteral("rateLimited429")), 2);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 4);
    }

    void testRateLimitFaultBodies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("ten-secondly") << QStringLiteral("TEN_SECONDLY_ROLLING");
        QTest::newRow("daily") << QStringLiteral("DAILY");
    }

    void testRateLimitFaultBodies()
    {
        QFETCH(QString, policy);
        QVERIFY(m_sandbox->scenario(periodic(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("rate-limit") }, { QStringLiteral("policyName"), policy } })));
        const auto reply = m_sandbox->post(Create, one(QStringLiteral("limited@example.com")));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.json.value(QStringLiteral("policyName")).toString(), policy);
        QCOMPARE(reply.json.value(QStringLiteral("errorType")).toString(), QStringLiteral("RATE_LIMIT"));
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 0);
    }

    void testTokenRefusedAnswers401()
    {
        QVERIFY(
            m_sandbox->scenario(periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("token-refused") } })));
        const auto reply = m_sandbox->post(Create, one(QStringLiteral("refused@example.com")));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(QStringLiteral("category")).toString(), QStringLiteral("INVALID_AUTHENTICATION"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/crm/v3/properties/contacts")).status, 401);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), 0);
    }

    void testRefuseEveryNthInput()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("refuseEveryNthInput"), 10 } }));
        const auto reply = m_sandbox->post(Create, traced(25));
        QCOMPARE(reply.status, 207);
        const QJsonArray errors = reply.json.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2); // inputs 10 and 20
        QCOMPARE(reply.json.value(QStringLiteral("results")).toArray().size(), 23);
        QCOMPARE(errors.at(0)
                     .toObject()
                     .value(QStringLiteral("context"))
                     .toObject()
                     .value(QStringLiteral("objectWriteTraceId"))
                     .toArray()
                     .first()
                     .toString()
                     .startsWith(QStringLiteral("run-r")),
            true);
        QVERIFY(QJsonDocument(errors.at(0).toObject()).toJson().contains("email"));
        // Without trace ids, as for any invalid input: 400 and nothing written.
        const int created = stat(QStringLiteral("recordsCreated"));
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("refuseEveryNthInput"), 3 } }));
        QCOMPARE(m_sandbox->post(Create, traced(3, false, QStringLiteral("untraced"))).status, 400);
        QCOMPARE(stat(QStringLiteral("recordsCreated")), created);
    }

    void testResetRestartsPeriodicCounts()
    {
        QVERIFY(m_sandbox->scenario(periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 503 }, { QStringLiteral("every"), 2 } })));
        QCOMPARE(m_sandbox->post(Create, one(QStringLiteral("a@example.com"))).status, 201);
        QCOMPARE(m_sandbox->post(QStringLiteral("/__sandbox/reset"), {}).status, 200);
        QCOMPARE(m_sandbox->post(Create, one(QStringLiteral("b@example.com"))).status, 201); // counted from 0 again
        QCOMPARE(m_sandbox->post(Create, one(QStringLiteral("c@example.com"))).status, 503);
        QCOMPARE(m_sandbox->get(QStringLiteral("/__sandbox/scenario"))
                     .json.value(QStringLiteral("periodicFaults"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("every"))
                     .toInt(),
            2);
    }

    void testBadValuesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::newRow("every 0") << periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 500 }, { QStringLiteral("every"), 0 } });
        QTest::newRow("policy") << periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("rate-limit") },
            { QStringLiteral("policyName"), QStringLiteral("HOURLY") } });
        QTest::newRow("after-commit without status")
            << periodic(QJsonObject { { QStringLiteral("kind"), QStringLiteral("status-after-commit") } });
        QTest::newRow("nth input") << QJsonObject { { QStringLiteral("refuseEveryNthInput"), -1 } };
    }

    void testBadValuesAreRefused()
    {
        QFETCH(QJsonObject, patch);
        QVERIFY(!m_sandbox->scenario(patch));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemoFaults)
#include "testsandboxdemofaults.moc"
