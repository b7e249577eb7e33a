// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/api/redaction.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    static ApiResponse waitFor(ApiCall *call)
    {
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(5000))
            return {};
        return spy.first().first().value<ApiResponse>();
    }

private Q_SLOTS:

    void initTestCase() { qRegisterMetaType<ApiResponse>(); }

    void testBaseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://api.hubapi.com") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:1234") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.hubapi.com") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.hubapi.com") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void testBaseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        FakeNetworkAccessManager nam;
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QCOMPARE(bool(client.setBaseUrl(QUrl(url))), accepted);
    }

    void testPostSendsBearerJsonAndRedactsHeaders()
    {
        FakeNetworkAccessManager nam;
        nam.addRoute(QStringLiteral("POST"), QRegularExpression(QStringLiteral("/batch/create$")),
            [](const RecordedRequest &r, QObject *parent) {
                return FakeReply::json(r, 201, QJsonObject { { QStringLiteral("status"), QStringLiteral("COMPLETE") } },
                    { { "X-HubSpot-RateLimit-Max", "190" }, { "X-HubSpot-RateLimit-Remaining", "189" },
                        { "X-HubSpot-RateLimit-Interval-Milliseconds", "10000" },
                        { "X-HubSpot-Correlation-Id", "abc-123" } },
                    parent);
            });
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.hubapi.com/"))));
        client.setToken(QStringLiteral("secret-token-42"));
        ApiCall *call = client.post(QStringLiteral("/crm/v3/objects/contacts/batch/create"), "{\"inputs\":[]}");
        const auto redacted = call->redactedRequestHeaders();
        const ApiResponse response = waitFor(call);

        QCOMPARE(response.httpStatus, 201);
        QCOMPARE(response.rateLimit().max, 190);
        QCOMPARE(response.rateLimit().remaining, 189);
        QCOMPARE(response.correlationId(), QStringLiteral("abc-123"));
        QCOMPARE(nam.requests().size(), 1);
        const RecordedRequest sent = nam.requests().first();
        QCOMPARE(sent.url.toString(), QStringLiteral("https://api.hubapi.com/crm/v3/objects/contacts/batch/create"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer secret-token-42"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.body, QByteArray("{\"inputs\":[]}"));
        bool sawAuthorization = false;
        for (const auto &[name, value] : redacted) {
            QVERIFY(!value.contains("secret-token-42"));
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
                sawAuthorization = true;
                QCOMPARE(value, QByteArray("Bearer [redacted]"));
            }
        }
        QVERIFY(sawAuthorization);
    }

    void testTimeoutOnTheClock()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *parent) { return FakeReply::hanging(r, parent); });
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        client.setTimeoutMs(30000);
        ApiCall *call = client.get(QStringLiteral("/account-info/v3/details"));
        QSignalSpy spy(call, &ApiCall::finished);
        clock.advance(29999);
        QCOMPARE(spy.size(), 0);
        clock.advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000);
        const ApiResponse response = spy.first().first().value<ApiResponse>();
        QVERIFY(response.timedOut);
        QCOMPARE(response.httpStatus, 0);
    }

    void testRedirectIsNotFollowed()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *parent) {
            return FakeReply::raw(r, 302, {}, { { "Location", "https://evil.example.com/steal" } }, parent);
        });
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://api.hubapi.com"))));
        client.setToken(QStringLiteral("tok"));
        const ApiResponse response = waitFor(client.get(QStringLiteral("/x")));
        QCOMPARE(response.httpStatus, 302);
        QCOMPARE(nam.requests().size(), 1); // nothing went to the other host
    }

    void testNetworkFailureFlags()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *parent) {
            return FakeReply::error(r, QNetworkReply::ConnectionRefusedError, parent);
        });
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        const ApiResponse response = waitFor(client.get(QStringLiteral("/x")));
        QVERIFY(response.networkFailure);
        QVERIFY(response.failedBeforeSend);
        QCOMPARE(response.httpStatus, 0);
    }

    void testLostAnswerIsNeverResentByQt()
    {
        // A server that reads each request, then hangs up without answering: the lost-answer case.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requestsSeen = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (socket->readAll().contains("\r\n\r\n{"))
                    ++requestsSeen;
                socket->abort();
            });
        });
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient client(&nam, &clock);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))));
        const ApiResponse response
            = waitFor(client.post(QStringLiteral("/crm/v3/objects/contacts/batch/create"), "{\"inputs\":[]}"));
        QVERIFY(response.networkFailure);
        QVERIFY(!response.failedBeforeSend);
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(requestsSeen, 1); // Qt on its own would have sent it up to four times
    }

    void testRedactionHelpers()
    {
        const QString token = QStringLiteral("tok-123");
        QCOMPARE(Redaction::text(QStringLiteral("curl -H 'Authorization: Bearer tok-123'"), token),
            QStringLiteral("curl -H 'Authorization: Bearer [redacted]'"));
        QCOMPARE(Redaction::bytes("a tok-123 b tok-123", token), QByteArray("a [redacted] b [redacted]"));
        QCOMPARE(Redaction::text(QStringLiteral("nothing"), QString()), QStringLiteral("nothing"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "testapiclient.moc"
