// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "buildinfo.h"
#include "core/api/apiclient.h"
#include "core/logging.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Token = "pat-na1-11111111-2222-3333-4444-555555555555";

/// A server on 127.0.0.1 that answers every request with the same raw bytes and counts what it received.
class CannedHttpServer final : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    int connections = 0;
    QByteArray received;

private:
    QByteArray m_answer;
};

/// Everything logged while it lives.
class LogCapture final
{
public:
    LogCapture()
    {
        s_lines.clear();
        // A category filter, not setFilterRules(): QT_LOGGING_RULES (set by CTest) would override the rules.
        s_previousFilter = QLoggingCategory::installFilter(&enableOurs);
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { s_lines.append(message); });
    }

    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(s_previousFilter);
    }

    static QStringList lines() { return s_lines; }

private:
    static void enableOurs(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrncmp(category->categoryName(), "batchsmith.", 11) == 0) {
            for (const QtMsgType type : { QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg })
                category->setEnabled(type, true);
        }
    }

    QtMessageHandler m_previous = nullptr;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    static inline QStringList s_lines;
};

ApiResponse waitFor(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(5000))
        return {};
    return spy.first().first().value<ApiResponse>();
}

QStringList headerNames(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList names;
    for (const auto &header : headers)
        names.append(QString::fromLatin1(header.first).toLower());
    names.sort();
    return names;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ManualClock *m_clock = nullptr;
    ApiClient *m_client = nullptr;

private Q_SLOTS:

    void initTestCase() { qRegisterMetaType<ApiResponse>(); }

    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_clock = new ManualClock;
        m_client = new ApiClient(m_nam, m_clock, this);
        QVERIFY(m_client->setBaseUrl(QUrl(u"https://api.hubapi.com"_s)));
        m_client->setToken(QString::fromLatin1(Token));
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_clock;
    }

    void testBaseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api.hubapi.com"_s << true;
        QTest::newRow("https upper case") << u"HTTPS://api.hubapi.com"_s << true;
        QTest::newRow("https with a path") << u"https://proxy.example.com/hubspot/"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1234"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:1234"_s << true;
        QTest::newRow("http remote") << u"http://api.hubapi.com"_s << false;
        QTest::newRow("http lan") << u"http://192.168.1.10"_s << false;
        QTest::newRow("http localhost lookalike") << u"http://localhost.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://api.hubapi.com"_s << false;
        QTest::newRow("user info") << u"https://me:secret@api.hubapi.com"_s << false;
        QTest::newRow("query") << u"https://api.hubapi.com?hapikey=x"_s << false;
        QTest::newRow("fragment") << u"https://api.hubapi.com#x"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }

    void testBaseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QUrl before = m_client->baseUrl();
        const Result<void> result = m_client->setBaseUrl(QUrl(url));
        QCOMPARE(bool(result), accepted);
        if (accepted) {
            QCOMPARE(m_client->baseUrl(), QUrl(url));
        } else {
            QCOMPARE(result.error().kind, Error::Kind::InvalidConfig);
            QVERIFY(!result.error().message.contains(u"secret"_s));
            QCOMPARE(m_client->baseUrl(), before);
        }
    }

    void testUrlFor_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << u"https://api.hubapi.com"_s
                                   << u"https://api.hubapi.com/crm/v3/objects/contacts?limit=1"_s;
        QTest::newRow("trailing slash") << u"https://api.hubapi.com/"_s
                                        << u"https://api.hubapi.com/crm/v3/objects/contacts?limit=1"_s;
        QTest::newRow("path prefix") << u"http://127.0.0.1:9/hub//"_s
                                     << u"http://127.0.0.1:9/hub/crm/v3/objects/contacts?limit=1"_s;
    }

    void testUrlFor()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QVERIFY(m_client->setBaseUrl(QUrl(base)));
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        QCOMPARE(m_client->urlFor(u"/crm/v3/objects/contacts"_s, query).toString(), expected);
    }

    void testPostSendsJsonWithBearerAndRedactsIt()
    {
        m_nam->addRoute(u"POST"_s, QRegularExpression(u"/batch/create$"_s), [](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, 201, QJsonObject { { u"status"_s, u"COMPLETE"_s } },
                { { "X-HubSpot-RateLimit-Max", "190" }, { "X-HubSpot-RateLimit-Remaining", "189" },
                    { "X-HubSpot-RateLimit-Interval-Milliseconds", "10000" },
                    { "X-HubSpot-Correlation-Id", "abc-123" } },
                p);
        });
        const QByteArray body = "{\"inputs\":[]}";
        ApiCall *call = m_client->post(u"/crm/v3/objects/contacts/batch/create"_s, body);
        QCOMPARE(call->method(), "POST"_ba);
        QCOMPARE(call->url().toString(), u"https://api.hubapi.com/crm/v3/objects/contacts/batch/create"_s);
        const ApiResponse response = waitFor(call);

        QCOMPARE(response.httpStatus, 201);
        QVERIFY(!response.networkFailure);
        QCOMPARE(response.rateLimit().max, 190);
        QCOMPARE(response.rateLimit().remaining, 189);
        QCOMPARE(response.rateLimit().intervalMs, 10000);
        QCOMPARE(response.correlationId(), u"abc-123"_s);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"status"_s).toString(), u"COMPLETE"_s);

        QCOMPARE(m_nam->requests().size(), 1);
        const RecordedRequest sent = m_nam->requests().first();
        QCOMPARE(sent.method, u"POST"_s);
        QCOMPARE(sent.url, call->url());
        QCOMPARE(sent.header("Authorization"), "Bearer "_ba + Token);
        QCOMPARE(sent.header("Content-Type"), "application/json"_ba);
        QCOMPARE(sent.header("Accept"), "application/json"_ba);
        QCOMPARE(sent.header("User-Agent"), "Batchsmith/"_ba + BuildInfo::version().toLatin1());
        QCOMPARE(sent.body, body);

        // The view of the request keeps every header that was sent, but never the token.
        const auto redacted = call->redactedRequestHeaders();
        QCOMPARE(headerNames(redacted), headerNames(sent.headers));
        for (const auto &[name, value] : redacted) {
            QVERIFY(!value.contains(Token));
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                QCOMPARE(value, "Bearer [redacted]"_ba);
            else
                QCOMPARE(value, sent.header(name));
        }
    }

    void testGetKeepsTheQueryAndSendsNoContentType()
    {
        QUrlQuery query;
        query.addQueryItem(u"archived"_s, u"false"_s);
        const ApiResponse response = waitFor(m_client->get(u"/crm/v3/properties/contacts"_s, query));
        QCOMPARE(response.httpStatus, 404); // the fake's default answer
        QCOMPARE(response.networkError, QNetworkReply::ContentNotFoundError);
        QVERIFY(!response.networkFailure); // an HTTP error is an answer
        QVERIFY(!response.body.isEmpty());
        const RecordedRequest sent = m_nam->requests().first();
        QCOMPARE(sent.method, u"GET"_s);
        QCOMPARE(sent.url.query(), u"archived=false"_s);
        QVERIFY(sent.header("Content-Type").isEmpty());
        QVERIFY(sent.body.isEmpty());
        QCOMPARE(sent.header("Authorization"), "Bearer "_ba + Token);
    }

    void testToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("pasted with a newline") << u"  tok-1\n"_s << "Bearer tok-1"_ba;
        QTest::newRow("header injection") << u"tok-1\r\nX-Evil: 1"_s << "Bearer tok-1X-Evil:1"_ba;
        QTest::newRow("none") << QString() << QByteArray();
    }

    void testToken()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, authorization);
        m_client->setToken(token);
        waitFor(m_client->get(u"/x"_s));
        const RecordedRequest sent = m_nam->requests().first();
        QCOMPARE(sent.header("Authorization"), authorization);
        QVERIFY(sent.header("X-Evil").isEmpty());
    }

    void testTimeoutOnTheClock()
    {
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        m_client->setTimeoutMs(30000);
        ApiCall *call = m_client->get(u"/account-info/v3/details"_s);
        QSignalSpy spy(call, &ApiCall::finished);
        m_clock->advance(29999);
        QCOMPARE(spy.size(), 0);
        m_clock->advance(1);
        QCOMPARE(spy.size(), 1); // the clock's callback aborts the reply, which finishes at once
        const ApiResponse response = spy.first().first().value<ApiResponse>();
        QVERIFY(response.timedOut);
        QVERIFY(!response.aborted);
        QVERIFY(!response.networkFailure);
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.durationMs, 30000);
        QVERIFY(response.errorString.contains(u"30000"_s));
        m_clock->advance(60000);
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 1); // exactly once
    }

    void testAnswerBeforeTheTimeoutIsNotATimeout()
    {
        m_client->setTimeoutMs(1000);
        ApiCall *call = m_client->get(u"/x"_s);
        QPointer<ApiCall> guard(call);
        m_clock->advance(400);
        const ApiResponse response = waitFor(call);
        QCOMPARE(response.httpStatus, 404);
        QVERIFY(!response.timedOut);
        QCOMPARE(response.durationMs, 400);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 2000); // the call deletes itself
        m_clock->advance(5000); // the timeout's callback is gone with it
        QCOMPARE(m_clock->pendingCount(), 0);
    }

    void testAbort()
    {
        m_nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        ApiCall *call = m_client->post(u"/x"_s, "{}");
        QSignalSpy spy(call, &ApiCall::finished);
        call->abort();
        QCOMPARE(spy.size(), 1);
        const ApiResponse response = spy.first().first().value<ApiResponse>();
        QVERIFY(response.aborted);
        QVERIFY(!response.timedOut);
        QVERIFY(!response.networkFailure);
        QCOMPARE(response.networkError, QNetworkReply::OperationCanceledError);
        call->abort();
        QCOMPARE(spy.size(), 1);
    }

    void testBodyOverTheCapIsNotRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentLength");
        QTest::newRow("body larger than the cap") << QByteArray(4097, 'x') << QByteArray();
        QTest::newRow("Content-Length larger than the cap") << QByteArray("{}") << QByteArray("68719476736");
    }

    void testBodyOverTheCapIsNotRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentLength);
        QCOMPARE(ApiClient::DefaultMaxBodyBytes, 64LL * 1024 * 1024);
        QCOMPARE(m_client->maxBodyBytes(), ApiClient::DefaultMaxBodyBytes);
        m_client->setMaxBodyBytes(4096);
        m_nam->setOverride([&](const RecordedRequest &r, QObject *p) {
            Headers headers;
            if (!contentLength.isEmpty())
                headers.append({ "Content-Length", contentLength });
            return FakeReply::raw(r, 201, body, headers, p);
        });
        ApiCall *call = m_client->post(u"/crm/v3/objects/contacts/batch/create"_s, "{}");
        const ApiResponse response = waitFor(call);
        QVERIFY(response.tooLarge);
        QVERIFY(response.networkFailure); // an answer lost: a create is looked up, nothing is resent blindly
        QVERIFY(!response.failedBeforeSend);
        QVERIFY(!response.aborted);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(response.errorString.contains(u"larger than"_s), qPrintable(response.errorString));
    }

    void testBodyAtTheCapIsRead()
    {
        m_client->setMaxBodyBytes(4096);
        const QByteArray body(4096, ' ');
        m_nam->setOverride([&](const RecordedRequest &r, QObject *p) { return FakeReply::raw(r, 200, body, {}, p); });
        const ApiResponse response = waitFor(m_client->get(u"/x"_s));
        QVERIFY(!response.tooLarge);
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.body.size(), 4096);
    }

    void testRetryAfterIsKeptWhenHuge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("30") << 30;
        QTest::newRow("more than an int") << QByteArray("99999999999999") << std::numeric_limits<int>::max();
        QTest::newRow("a date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
    }

    void testRetryAfterIsKeptWhenHuge()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        ApiResponse response;
        response.headers = { { "Retry-After", header } };
        QCOMPARE(response.retryAfterSeconds(), seconds);
    }

    void testNetworkFailureFlags_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<bool>("beforeSend");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << true;
        QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << true;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << false;
        QTest::newRow("transport timeout") << QNetworkReply::TimeoutError << false;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << false;
        QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << false;
        QTest::newRow("lost answer, body not resendable") << QNetworkReply::ContentReSendError << false;
        QTest::newRow("garbled answer") << QNetworkReply::ProtocolFailure << false;
    }

    void testNetworkFailureFlags()
    {
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(bool, beforeSend);
        m_nam->setOverride([error](const RecordedRequest &r, QObject *p) { return FakeReply::error(r, error, p); });
        const ApiResponse response = waitFor(m_client->post(u"/x"_s, "{}"));
        QCOMPARE(response.networkError, error);
        QVERIFY(response.networkFailure);
        QCOMPARE(response.failedBeforeSend, beforeSend);
        QVERIFY(!response.timedOut);
        QCOMPARE(response.httpStatus, 0);
        QVERIFY(!response.errorString.isEmpty());
    }

    void testResponseHeaders_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << "7"_ba << 7;
        QTest::newRow("padded") << " 120 "_ba << 120;
        QTest::newRow("zero") << "0"_ba << 0;
        QTest::newRow("negative") << "-3"_ba << -1;
        QTest::newRow("http date") << "Wed, 21 Oct 2026 07:28:00 GMT"_ba << -1;
    }

    void testResponseHeaders()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, seconds);
        ApiResponse response;
        response.headers = { { "x-hubspot-ratelimit-max", "100" }, { "X-HUBSPOT-RATELIMIT-REMAINING", "0" },
            { "X-HubSpot-RateLimit-Daily-Remaining", "249999" } };
        if (!retryAfter.isNull())
            response.headers.append({ "retry-after", retryAfter });
        QCOMPARE(response.retryAfterSeconds(), seconds);
        const RateLimitInfo info = response.rateLimit();
        QCOMPARE(info.max, 100);
        QCOMPARE(info.remaining, 0);
        QCOMPARE(info.intervalMs, -1); // absent
        QCOMPARE(info.daily, -1);
        QCOMPARE(info.dailyRemaining, 249999);
    }

    void testCorrelationId()
    {
        ApiResponse response;
        response.body = R"({"status":"error","correlationId":"from-body"})";
        QCOMPARE(response.correlationId(), u"from-body"_s);
        response.headers = { { "x-hubspot-correlation-id", "from-header" } };
        QCOMPARE(response.correlationId(), u"from-header"_s);
        response = ApiResponse();
        response.body = "<html>502 Bad Gateway</html>";
        QVERIFY(response.correlationId().isEmpty());
    }

    void testRedirectIsNotFollowed()
    {
        // A real network manager: the redirect goes to another server, which must never hear from us.
        CannedHttpServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        const QByteArray location = elsewhere.url().toEncoded() + "/steal";
        CannedHttpServer server(
            "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager nam;
        ApiClient client(&nam, m_clock);
        QVERIFY(client.setBaseUrl(server.url()));
        client.setToken(QString::fromLatin1(Token));
        const ApiResponse response = waitFor(client.get(u"/crm/v3/objects/contacts"_s));
        QCOMPARE(response.httpStatus, 302);
        QCOMPARE(response.header("location"), location);
        QCOMPARE(server.connections, 1);
        QVERIFY(server.received.contains(QByteArray("Bearer "_ba + Token)));
        QCOMPARE(elsewhere.connections, 0);
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
        ApiClient client(&nam, m_clock);
        QVERIFY(client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()))));
        const ApiResponse response
            = waitFor(client.post(u"/crm/v3/objects/contacts/batch/create"_s, "{\"inputs\":[]}"));
        QVERIFY(response.networkFailure);
        QVERIFY(!response.failedBeforeSend);
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(requestsSeen, 1); // Qt on its own would have sent it up to four times
    }

    void testTokenNeverLogged()
    {
        LogCapture log;
        int calls = 0;
        m_nam->setOverride([&calls](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            switch (calls++) {
            case 0:
                return FakeReply::json(
                    r, 401, QJsonObject { { u"message"_s, u"Authentication credentials not found."_s } }, {}, p);
            case 1:
                return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
            default:
                return FakeReply::hanging(r, p);
            }
        });
        m_client->setTimeoutMs(1000);
        waitFor(m_client->post(u"/crm/v3/objects/contacts/batch/create"_s, "{}"));
        waitFor(m_client->get(u"/account-info/v3/details"_s));
        ApiCall *hanging = m_client->get(u"/x"_s);
        QSignalSpy spy(hanging, &ApiCall::finished);
        m_clock->advance(1000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(calls, 3);
        const QStringList lines = LogCapture::lines();
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'\n'))); // the client did log, at debug and info
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QLatin1String(Token)), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "testapiclient.moc"
