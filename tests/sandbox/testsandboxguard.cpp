// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who may call the sandbox and how much (app/sandbox/README.md, "Who may call"): control endpoints need a token, any
// request from a web page (an Origin header) is refused, bodies over the limit get 413 unread, idle connections
// close, and --data never takes over an SQLite file that is not the sandbox's own.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "sandboxtesthelpers.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Create = QStringLiteral("/crm/v3/objects/contacts/batch/create");

QJsonObject oneContact(const QString &email)
{
    return inputs(QJsonArray { createInput(QJsonObject { { QStringLiteral("email"), email } }) });
}

/// What came back on a raw connection: the bytes, and whether the server closed it.
struct RawAnswer
{
    QByteArray bytes;
    bool closed = false;

    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }

    QJsonObject json() const
    {
        const qsizetype body = bytes.indexOf("\r\n\r\n");
        return body < 0 ? QJsonObject() : QJsonDocument::fromJson(bytes.mid(body + 4)).object();
    }
};

/// Sends @p bytes on a fresh connection and reads until the server closes it or @p waitMs pass without news.
RawAnswer sendRaw(quint16 port, const QByteArray &bytes, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawAnswer out;
    if (!socket.waitForConnected(5000))
        return out;
    socket.write(bytes);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (!socket.bytesAvailable() && !disconnected.wait(waitMs) && !socket.bytesAvailable())
            break;
        out.bytes += socket.readAll();
        if (!disconnected.isEmpty())
            break;
    }
    out.bytes += socket.readAll();
    out.closed = !disconnected.isEmpty() || socket.state() == QAbstractSocket::UnconnectedState;
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSandboxGuard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    int created() const { return m_sandbox->stats().value(QStringLiteral("recordsCreated")).toInt(); }

    QByteArray controlRequest(const QByteArray &method, const QByteArray &path, const QByteArray &extraHeaders,
        const QByteArray &body = {}) const
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private Q_SLOTS:

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void cleanup() { m_sandbox.reset(); }

    void testControlEndpointsNeedAToken_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("stats") << QStringLiteral("GET") << QStringLiteral("/__sandbox/stats");
        QTest::newRow("reset") << QStringLiteral("POST") << QStringLiteral("/__sandbox/reset");
        QTest::newRow("scenario get") << QStringLiteral("GET") << QStringLiteral("/__sandbox/scenario");
        QTest::newRow("scenario post") << QStringLiteral("POST") << QStringLiteral("/__sandbox/scenario");
        QTest::newRow("unknown control path") << QStringLiteral("GET") << QStringLiteral("/__sandbox/nothing");
    }

    void testControlEndpointsNeedAToken()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QCOMPARE(m_sandbox->post(Create, oneContact(QStringLiteral("kept@example.com"))).status, 201);
        const QJsonObject patch { { QStringLiteral("rateLimit"), 3 } };
        for (const QString &token : { QString(), QStringLiteral("not-a-token"), QStringLiteral("demo-expired") }) {
            const auto reply = method == u"GET" ? m_sandbox->get(path, token) : m_sandbox->post(path, patch, token);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json[QStringLiteral("category")].toString(), QStringLiteral("INVALID_AUTHENTICATION"));
            QVERIFY(isUuid(reply.json[QStringLiteral("correlationId")].toString()));
        }
        QCOMPARE(created(), 1); // no reset
        QCOMPARE(m_sandbox->server().scenario().rateLimit, 100); // no scenario change
        const auto allowed = method == u"GET" ? m_sandbox->get(path) : m_sandbox->post(path, patch);
        QCOMPARE(allowed.status, path.endsWith(u"nothing") ? 404 : 200);
    }

    void testAnyRequestWithAnOriginIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::newRow("batch create") << Create << SandboxFixture::token();
        QTest::newRow("read") << QStringLiteral("/crm/v3/properties/contacts") << SandboxFixture::token();
        QTest::newRow("oauth") << QStringLiteral("/oauth/v2/private-apps/get/access-token-info") << QString();
        QTest::newRow("reset, no token") << QStringLiteral("/__sandbox/reset") << QString();
        QTest::newRow("reset, with token") << QStringLiteral("/__sandbox/reset") << SandboxFixture::token();
        QTest::newRow("scenario") << QStringLiteral("/__sandbox/scenario") << SandboxFixture::token();
        QTest::newRow("unknown path") << QStringLiteral("/nowhere") << QString();
    }

    void testAnyRequestWithAnOriginIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, token);
        QCOMPARE(m_sandbox->post(Create, oneContact(QStringLiteral("kept@example.com"))).status, 201);
        const QJsonObject before = m_sandbox->stats();
        // What a web page's form or fetch() sends without a preflight: a "simple" text/plain POST.
        const QByteArray auth = token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token.toUtf8() + "\r\n";
        const QByteArray body = R"({"inputs":[{"properties":{"email":"web@example.com"}}],"faultRate":1})";
        for (const QByteArray &origin : { QByteArray("Origin: https://evil.example"), QByteArray("origin: null") }) {
            const RawAnswer answer = sendRaw(m_sandbox->server().port(),
                controlRequest("POST", path.toUtf8(), origin + "\r\nContent-Type: text/plain\r\n" + auth, body));
            QCOMPARE(answer.status(), 403);
            QCOMPARE(answer.json()[QStringLiteral("status")].toString(), QStringLiteral("error"));
            QVERIFY(answer.json()[QStringLiteral("message")].toString().contains(QStringLiteral("Origin")));
            QVERIFY(isUuid(answer.json()[QStringLiteral("correlationId")].toString()));
        }
        QCOMPARE(m_sandbox->stats(), before); // nothing reset, created or counted
        QCOMPARE(m_sandbox->server().scenario().faultRate, 0.0);
    }

    void testABodyOverTheLimitGets413Unread()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("maxBodyBytes"), 2000 } }));
        QCOMPARE(m_sandbox->server().scenario().toJson()[QStringLiteral("maxBodyBytes")].toInt(), 2000);
        // Announced far over the limit: answered after the head, before the body (which never comes).
        const RawAnswer early = sendRaw(m_sandbox->server().port(),
            "POST /crm/v3/objects/contacts/batch/create HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            "demo-all-scopes\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{\"inputs\":[");
        QCOMPARE(early.status(), 413);
        QVERIFY(early.closed);
        QCOMPARE(early.json()[QStringLiteral("status")].toString(), QStringLiteral("error"));
        QVERIFY(early.json()[QStringLiteral("message")].toString().contains(QStringLiteral("2000")));

        // Just over, sent whole by Qt's own client: it reads the 413 too, and nothing is created.
        QJsonArray many;
        for (int i = 0; i < 60; ++i)
            many.append(
                createInput(QJsonObject { { QStringLiteral("email"), QStringLiteral("r%1@example.com").arg(i) } }));
        const QByteArray big = QJsonDocument(inputs(many)).toJson(QJsonDocument::Compact);
        QVERIFY(big.size() > 2000);
        const auto over = m_sandbox->postRaw(Create, big, SandboxFixture::token());
        QCOMPARE(over.status, 413);
        QCOMPARE(created(), 0);

        // At the limit, the request goes through.
        const QByteArray small = QJsonDocument(oneContact(QStringLiteral("fits@example.com"))).toJson();
        QVERIFY(small.size() <= 2000);
        QCOMPARE(m_sandbox->postRaw(Create, small, SandboxFixture::token()).status, 201);
        QCOMPARE(created(), 1);
    }

    void testBodiesWithoutALengthAndHugeHeadsAreRefused()
    {
        const RawAnswer chunked = sendRaw(m_sandbox->server().port(),
            "POST /crm/v3/objects/contacts/batch/create HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
            "chunked\r\n\r\n5\r\n");
        QCOMPARE(chunked.status(), 411);
        QVERIFY(chunked.closed);
        const RawAnswer huge = sendRaw(m_sandbox->server().port(),
            "GET /crm/v3/properties/contacts HTTP/1.1\r\nX-Filler: " + QByteArray(70000, 'a') + "\r\n\r\n");
        QCOMPARE(huge.status(), 431);
        QVERIFY(huge.closed);
    }

    void testKeepAliveRequestsAreCountedOneByOne()
    {
        // Two requests on one connection, the second's head in the same packet as the first's body: the guard must
        // find the second head where the first body ends, not refuse or swallow it.
        const QByteArray body = QJsonDocument(oneContact(QStringLiteral("a@example.com"))).toJson();
        const QByteArray first = "POST " + Create.toUtf8()
            + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-all-scopes\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray second
            = controlRequest("GET", "/__sandbox/stats", "Authorization: Bearer demo-all-scopes\r\n");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->server().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(first.left(first.size() - 10)); // the body most likely split across two reads
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.write(first.right(10));
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).contains("HTTP/1.1 201"), 5000);
        socket.write(second);
        QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).contains("\"recordsCreated\":1"), 5000);
    }

    void testAnIdleConnectionIsClosed()
    {
        Sandbox::SandboxOptions options;
        options.idleTimeoutMs = 200;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
        QVERIFY(socket.waitForConnected(5000));
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        // Half a head, then silence: the server gives up on it.
        socket.write("GET /crm/v3/properties/contacts HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(disconnected.wait(10000));

        // After a full exchange on a kept-alive connection, too.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
        QVERIFY(second.waitForConnected(5000));
        QSignalSpy secondClosed(&second, &QTcpSocket::disconnected);
        second.write(
            "GET /crm/v3/properties/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-all-scopes\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += second.readAll()).startsWith("HTTP/1.1 200"), 5000);
        QVERIFY(secondClosed.wait(10000));
    }

    void testASlowAnswerIsNotCutOffAsIdle()
    {
        Sandbox::SandboxOptions options;
        options.idleTimeoutMs = 100;
        options.scenario.latencyMs = 600; // longer than the idle timeout: the request is pending, not idle
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.post(Create, oneContact(QStringLiteral("slow@example.com"))).status, 201);
    }

    void testForeignSqliteFileIsRefusedAndLeftUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Tables named as the sandbox's, but not only those: someone else's file.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE records (type_id TEXT, id TEXT, properties TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES ('Ann'), ('Bob')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO records VALUES ('0-1', '1', '{}')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        Sandbox::SandboxOptions options;
        options.dataFile = path;
        Sandbox::SandboxServer server(options);
        QString error;
        QVERIFY(!server.listen(&error));
        QVERIFY2(error.contains(QStringLiteral("not a sandbox database")), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        // Not SQLite at all: refused the same way.
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(200, 'x'));
        notes.close();
        options.dataFile = text;
        Sandbox::SandboxServer second(options);
        QVERIFY(!second.listen(&error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));
    }

    void testEarlierSandboxFilesAreStillTaken()
    {
        // A file from before the sandbox marked its files: exactly its three tables, no application id.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portal.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE records (type_id TEXT, id TEXT, properties TEXT, created_at "
                                          "TEXT, updated_at TEXT, archived INTEGER, PRIMARY KEY (type_id, id))")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE associations (from_type TEXT, from_id TEXT, to_type TEXT, "
                                          "to_id TEXT, category TEXT, type_id INTEGER)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("earlier"));
        Sandbox::SandboxOptions options;
        options.dataFile = path;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.post(Create, oneContact(QStringLiteral("x@example.com"))).status, 201);
    }

    void testWithoutDemoTokensOnlyTheGivenTokenIsAccepted()
    {
        Sandbox::SandboxOptions options;
        options.demoTokens = false;
        options.acceptTokens = { QStringLiteral("sandbox-abc123") };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        for (const QString &demo : { QStringLiteral("demo-all-scopes"), QStringLiteral("demo-oauth") }) {
            QCOMPARE(sandbox.post(Create, oneContact(QStringLiteral("a@example.com")), demo).status, 401);
            QCOMPARE(sandbox.get(QStringLiteral("/__sandbox/stats"), demo).status, 401);
        }
        QCOMPARE(
            sandbox.post(Create, oneContact(QStringLiteral("a@example.com")), QStringLiteral("sandbox-abc123")).status,
            201);
        QCOMPARE(sandbox.get(QStringLiteral("/__sandbox/stats"), QStringLiteral("sandbox-abc123")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGuard)
#include "testsandboxguard.moc"
