// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/sandboxserver.h"

using namespace Batchsmith::Sandbox;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject body;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

QJsonObject contact(const QString &email, const QString &trace = {})
{
    QJsonObject input { { QStringLiteral("properties"), QJsonObject { { QStringLiteral("email"), email } } },
        { QStringLiteral("associations"), QJsonArray() } };
    if (!trace.isEmpty())
        input.insert(QStringLiteral("objectWriteTraceId"), trace);
    return input;
}

QJsonObject batch(const QJsonArray &inputs)
{
    return QJsonObject { { QStringLiteral("inputs"), inputs } };
}

} // namespace

/// A quick end-to-end check of the sandbox core over real HTTP (the full suite is testsandboxapi/behaviour).
class TestSandboxSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testCreateThenConflict();
    void testUpsertIsIdempotent();
    void testValidation_data();
    void testValidation();
    void testAuth_data();
    void testAuth();
    void testRateLimit();
    void testDropAfterCommitStillWrites();
    void testDataFileSurvivesRestart();
    void testLatencyDoesNotSerializeConnections();

private:
    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
        const QString &token = SandboxServer::demoToken(), SandboxServer *server = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestSandboxSmoke::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions {});
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
}

void TestSandboxSmoke::cleanup()
{
    m_server.reset();
}

Answer TestSandboxSmoke::call(
    const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &token, SandboxServer *server)
{
    QNetworkRequest request((server ? server : m_server.get())->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

void TestSandboxSmoke::testCreateThenConflict()
{
    const Answer created = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
        batch({ contact(QStringLiteral("new.one@example.com")), contact(QStringLiteral("new.two@example.com")) }));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    const QJsonArray results = created.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.first().toObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    QVERIFY(id.toLongLong() > 0);
    QCOMPARE(first.value(QStringLiteral("properties")).toObject().value(QStringLiteral("hs_object_id")).toString(), id);
    QVERIFY(first.value(QStringLiteral("url")).toString().endsWith(u"/record/0-1/" + id));
    QVERIFY(created.headers.contains("x-hubspot-ratelimit-daily"));

    const Answer conflict = call("POST", QStringLiteral("/crm/objects/2026-03/0-1/batch/create"),
        batch({ contact(QStringLiteral("fresh@example.com")), contact(QStringLiteral("NEW.ONE@example.com")) }));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.body.value(QStringLiteral("category")).toString(), QStringLiteral("CONFLICT"));
    QVERIFY(
        conflict.body.value(QStringLiteral("message")).toString().startsWith(u"Contact already exists. Existing ID: "));
    QVERIFY(!conflict.body.value(QStringLiteral("correlationId")).toString().isEmpty());
    QCOMPARE(m_server->stats().value(QStringLiteral("recordsCreated")).toInt(), 2); // nothing from the 409
}

void TestSandboxSmoke::testUpsertIsIdempotent()
{
    const QJsonObject body = batch({ QJsonObject { { QStringLiteral("id"), QStringLiteral("Ana.Silva@example.com") },
                                         { QStringLiteral("idProperty"), QStringLiteral("email") },
                                         { QStringLiteral("properties"), QJsonObject() } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("brand.new@example.com") },
            { QStringLiteral("idProperty"), QStringLiteral("email") },
            { QStringLiteral("properties"), QJsonObject { { QStringLiteral("firstname"), QStringLiteral("B") } } } } });
    const Answer once = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"), body);
    QCOMPARE(once.status, 200);
    int created = 0;
    for (const QJsonValue &r : once.body.value(QStringLiteral("results")).toArray())
        created += r.toObject().value(QStringLiteral("new")).toBool() ? 1 : 0;
    QCOMPARE(created, 1); // ana.silva@example.com is in the demo portal
    const Answer twice = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/upsert"), body);
    QCOMPARE(twice.status, 200);
    for (const QJsonValue &r : twice.body.value(QStringLiteral("results")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("new")).toBool(), false);
    QCOMPARE(
        m_server->stats().value(QStringLiteral("objects")).toObject().value(QStringLiteral("contacts")).toInt(), 201);
}

void TestSandboxSmoke::testValidation_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << u"shoe_size_typo"_s << u"42"_s << u"PROPERTY_DOESNT_EXIST"_s
                             << u"Property \"shoe_size_typo\" does not exist"_s;
    QTest::newRow("option")
        << u"lifecyclestage"_s << u"Purple"_s << u"INVALID_OPTION"_s
        << u"Purple was not one of the allowed options: [subscriber, lead, "
           "marketingqualifiedlead, salesqualifiedlead, opportunity, customer, evangelist, other]"_s;
    QTest::newRow("checkbox part") << u"favorite_flavors"_s << u"chocolate;mint"_s << u"INVALID_OPTION"_s
                                   << u"mint was not one of the allowed options: [chocolate, strawberry, vanilla]"_s;
    QTest::newRow("read-only") << u"hs_object_id"_s << u"1"_s << u"READ_ONLY_VALUE"_s
                               << u"\"hs_object_id\" is a read only property; its value cannot be set."_s;
    QTest::newRow("number") << u"shoe_size"_s << u"big"_s << u"INVALID_INTEGER"_s
                            << u"shoe_size was not a valid number"_s;
    QTest::newRow("email") << u"email"_s << u"not-an-email"_s << u"INVALID_EMAIL"_s
                           << u"Email address not-an-email is invalid"_s;
    QTest::newRow("seconds, not ms") << u"signup_date"_s << u"1570233600"_s << u"INVALID_DATE"_s
                                     << u"1570233600 is at 4:10:33.600 UTC, not midnight!"_s;
}

void TestSandboxSmoke::testValidation()
{
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QJsonObject bad { { QStringLiteral("properties"), QJsonObject { { property, value } } },
        { QStringLiteral("associations"), QJsonArray() } };
    const Answer answer = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
        batch({ contact(QStringLiteral("valid@example.com")), bad }));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(QStringLiteral("category")).toString(), QStringLiteral("VALIDATION_ERROR"));
    const QJsonObject error = answer.body.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    QCOMPARE(error[QStringLiteral("context")][QStringLiteral("propertyName")][0].toString(), property);
    const QString text = answer.body.value(QStringLiteral("message")).toString();
    QVERIFY(text.startsWith(u"Property values were not valid: ["));
    const QJsonArray embedded = QJsonDocument::fromJson(text.mid(text.indexOf(u'[')).toUtf8()).array();
    QCOMPARE(embedded.first()[QStringLiteral("error")].toString(), code);
    QCOMPARE(embedded.first()[QStringLiteral("portalId")].toInt(), 12345678);
    QCOMPARE(m_server->stats().value(QStringLiteral("recordsCreated")).toInt(), 0); // all or nothing
}

void TestSandboxSmoke::testAuth_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    QTest::newRow("none") << QString() << 401 << u"INVALID_AUTHENTICATION"_s;
    QTest::newRow("unknown") << u"nope"_s << 401 << u"INVALID_AUTHENTICATION"_s;
    QTest::newRow("expired") << u"demo-expired"_s << 401 << u"EXPIRED_AUTHENTICATION"_s;
    QTest::newRow("read-only") << u"demo-read-only"_s << 403 << u"MISSING_SCOPES"_s;
    QTest::newRow("contacts only, deals") << u"demo-contacts-only"_s << 403 << u"MISSING_SCOPES"_s;
}

void TestSandboxSmoke::testAuth()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, category);
    const Answer answer = call("POST", QStringLiteral("/crm/v3/objects/deals/batch/create"), batch({}), token);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.value(QStringLiteral("category")).toString(), category);
    QCOMPARE(answer.headers.value("x-hubspot-correlation-id"),
        answer.body.value(QStringLiteral("correlationId")).toString().toLatin1());
    if (status == 403) {
        const QJsonArray scopes = answer
                                      .body[QStringLiteral("errors")][0][QStringLiteral("context")]
                                           [QStringLiteral("requiredGranularScopes")]
                                      .toArray();
        QCOMPARE(scopes.first().toString(), QStringLiteral("crm.objects.deals.write"));
    }
    if (category == u"INVALID_AUTHENTICATION")
        QCOMPARE(answer.headers.value("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized"));
}

void TestSandboxSmoke::testRateLimit()
{
    QString error;
    QVERIFY(m_server->applyScenario(QJsonObject { { QStringLiteral("rateLimit"), 2 } }, &error));
    QCOMPARE(call("GET", QStringLiteral("/account-info/v3/details")).status, 200);
    const Answer second = call("GET", QStringLiteral("/account-info/v3/details"));
    QCOMPARE(second.headers.value("x-hubspot-ratelimit-remaining"), QByteArrayLiteral("0"));
    const Answer limited = call("GET", QStringLiteral("/account-info/v3/details"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.body.value(QStringLiteral("policyName")).toString(), QStringLiteral("TEN_SECONDLY_ROLLING"));
    QCOMPARE(limited.body.value(QStringLiteral("errorType")).toString(), QStringLiteral("RATE_LIMIT"));
    QVERIFY(!limited.headers.contains("retry-after")); // off by default
    QCOMPARE(m_server->stats().value(QStringLiteral("rateLimited429")).toInt(), 1);
}

void TestSandboxSmoke::testDropAfterCommitStillWrites()
{
    QString error;
    QVERIFY(m_server->applyScenario(
        QJsonObject { { QStringLiteral("queuedFaults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop-after-commit") } } } } },
        &error));
    // A raw socket: QNetworkAccessManager would quietly send the request again after the drop.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = QJsonDocument(batch({ contact(u"lost@example.com"_s) })).toJson(QJsonDocument::Compact);
    socket.write("POST /crm/v3/objects/contacts/batch/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer demo-all-scopes\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(socket.readAll(), QByteArray()); // not one byte of the answer
    QCOMPARE(m_server->stats().value(QStringLiteral("recordsCreated")).toInt(), 1);
    const Answer retry = call(
        "POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"), batch({ contact(u"lost@example.com"_s) }));
    QCOMPARE(retry.status, 409); // a blind retry of the create conflicts
}

void TestSandboxSmoke::testDataFileSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataFile = dir.filePath(QStringLiteral("portal.sqlite"));
    QString createdId;
    {
        SandboxServer first(options);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        const Answer created = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
            batch({ contact(u"kept@example.com"_s) }), SandboxServer::demoToken(), &first);
        QCOMPARE(created.status, 201);
        createdId = created.body[QStringLiteral("results")][0][QStringLiteral("id")].toString();
    }
    SandboxServer second(options);
    QString error;
    QVERIFY2(second.listen(&error), qPrintable(error));
    const Answer again = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
        batch({ contact(u"kept@example.com"_s) }), SandboxServer::demoToken(), &second);
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.value(QStringLiteral("message")).toString().endsWith(createdId));
    const Answer next = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
        batch({ contact(u"later@example.com"_s) }), SandboxServer::demoToken(), &second);
    QVERIFY(
        next.body[QStringLiteral("results")][0][QStringLiteral("id")].toString().toLongLong() > createdId.toLongLong());
    second.reset(); // back to the demo portal, in the file too

    SandboxServer third(options);
    QVERIFY2(third.listen(&error), qPrintable(error));
    const Answer afterReset = call("POST", QStringLiteral("/crm/v3/objects/contacts/batch/create"),
        batch({ contact(u"kept@example.com"_s) }), SandboxServer::demoToken(), &third);
    QCOMPARE(afterReset.status, 201);
}

void TestSandboxSmoke::testLatencyDoesNotSerializeConnections()
{
    constexpr int Connections = 8;
    constexpr int LatencyMs = 400;
    QString error;
    QVERIFY(m_server->applyScenario(QJsonObject { { QStringLiteral("latencyMs"), LatencyMs } }, &error));
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Connections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /account-info/v3/details HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Authorization: Bearer demo-all-scopes\r\n\r\n");
        sockets.push_back(std::move(socket));
    }
    auto answered = [&sockets] {
        return std::all_of(sockets.cbegin(), sockets.cend(),
            [](const auto &socket) { return socket->peek(12) == QByteArrayLiteral("HTTP/1.1 200"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 5000);
    QVERIFY2(clock.elapsed() >= LatencyMs, "the latency was not applied");
    QVERIFY2(clock.elapsed() < 4 * LatencyMs, "the connections were served one after another");
}

QTEST_GUILESS_MAIN(TestSandboxSmoke)
#include "testsandboxsmoke.moc"
