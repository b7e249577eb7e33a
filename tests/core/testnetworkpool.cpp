// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/api/networkpool.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

/// A server on 127.0.0.1 that takes every connection and never answers: each request in flight holds one.
class SilentServer final : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });
    }

    int connections = 0;
};

} // namespace

class TestNetworkPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testRequestsSpreadOverFakeManagers()
    {
        // The fake manager has no connection limit of its own; the pool's spreading is what is counted here.
        FakeNetworkAccessManager first;
        first.setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        QList<FakeNetworkAccessManager *> more;
        ManualClock clock;
        ApiClient api(
            &first,
            [&more](QObject *parent) {
                auto *nam = new FakeNetworkAccessManager(parent);
                nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
                more.append(nam);
                return nam;
            },
            &clock);
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QList<ApiCall *> calls;
        for (int i = 0; i < 20; ++i)
            calls.append(api.get(QStringLiteral("/crm/v3/properties/contacts")));

        // 20 in flight at once: 6 + 6 + 6 + 2, each manager within Qt's 6 connections per host.
        QCOMPARE(api.networkPool().managerCount(), 4);
        QCOMPARE(more.size(), 3);
        qsizetype recorded = first.requests().size();
        for (const FakeNetworkAccessManager *nam : std::as_const(more))
            recorded += nam->requests().size();
        QCOMPARE(recorded, 20);
        for (int i = 0; i < api.networkPool().managerCount(); ++i)
            QVERIFY(api.networkPool().busy(i) <= NetworkPool::ConnectionsPerManager);

        // A finished call frees its manager: the next request goes to the least busy one, no new manager.
        QSignalSpy finished(calls.first(), &ApiCall::finished);
        calls.first()->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(api.networkPool().busy(0), 5);
        api.get(QStringLiteral("/crm/v3/properties/contacts"));
        QCOMPARE(api.networkPool().managerCount(), 4);
        QCOMPARE(api.networkPool().busy(3), 3); // the least busy (2), not the one just freed (5)
    }

    void testAtMostSixManagers()
    {
        FakeNetworkAccessManager first;
        first.setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        ManualClock clock;
        ApiClient api(
            &first,
            [](QObject *parent) {
                auto *nam = new FakeNetworkAccessManager(parent);
                nam->setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
                return nam;
            },
            &clock);
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        for (int i = 0; i < 50; ++i)
            api.get(QStringLiteral("/x"));
        QCOMPARE(api.networkPool().managerCount(), NetworkPool::MaxManagers);
    }

    void testHttpsSpreadsOnlyAfterAnHttp11Answer()
    {
        int made = 0;
        NetworkPool pool(
            nullptr,
            [&made](QObject *) {
                ++made;
                return static_cast<QNetworkAccessManager *>(nullptr);
            },
            nullptr);
        const QUrl https(QStringLiteral("https://api.hubapi.com/crm/v3/objects/contacts/batch/create"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(pool.acquire(https), 0); // HTTP/2 may multiplex them all: no second manager yet
        QCOMPARE(made, 0);
        pool.release(0, false, true); // answered over HTTP/1.1
        QCOMPARE(pool.acquire(https), 0);
        QCOMPARE(made, 1); // the pool asked for another manager (none came)
    }

    void testHttp2KeepsOneManager()
    {
        FakeNetworkAccessManager first;
        ManualClock clock;
        int made = 0;
        NetworkPool pool(
            &first,
            [&made](QObject *parent) {
                ++made;
                return new QNetworkAccessManager(parent);
            },
            &first);
        const QUrl https(QStringLiteral("https://api.hubapi.com/x"));
        QCOMPARE(pool.acquire(https), 0);
        pool.release(0, true, true); // answered over HTTP/2
        pool.release(0, false, true); // even if some answer came over HTTP/1.1 later
        for (int i = 0; i < 40; ++i)
            QCOMPARE(pool.acquire(https), 0);
        QCOMPARE(made, 0);
    }

    void testDefaultFactoryOnlyForPlainManagers()
    {
        QNetworkAccessManager plain;
        FakeNetworkAccessManager fake;
        QVERIFY(NetworkPool::defaultFactory(&plain));
        QVERIFY(!NetworkPool::defaultFactory(&fake)); // a subclass (a test's fake) is used alone
        ManualClock clock;
        ApiClient api(&fake, &clock);
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        fake.setOverride([](const RecordedRequest &r, QObject *p) { return FakeReply::hanging(r, p); });
        for (int i = 0; i < 10; ++i)
            api.get(QStringLiteral("/x"));
        QCOMPARE(api.networkPool().managerCount(), 1);
        QCOMPARE(fake.requests().size(), 10);
    }

    void testRealManagersOpenMoreThanSixConnections()
    {
        // Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager; the pool gets past that.
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setTimeoutMs(0);
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))));
        QList<ApiCall *> calls;
        for (int i = 0; i < 20; ++i)
            calls.append(api.post(QStringLiteral("/crm/v3/objects/contacts/batch/create"), QByteArray("{}")));
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 20, 10000);
        QCOMPARE(api.networkPool().managerCount(), 4);
        for (ApiCall *call : std::as_const(calls))
            call->abort();
    }
};

QTEST_GUILESS_MAIN(TestNetworkPool)
#include "testnetworkpool.moc"
