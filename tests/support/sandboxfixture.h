// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "sandbox/sandboxserver.h"

namespace Batchsmith::Test {

/**
 * A sandbox running in the test's own process on 127.0.0.1, port 0, with a small synchronous HTTP client.
 * The calls spin the event loop (never a fixed sleep), so the sandbox answers while a test waits.
 *
 *     SandboxFixture sandbox;
 *     QVERIFY(sandbox.start());
 *     auto reply = sandbox.post(u"/crm/v3/objects/contacts/batch/create"_s, body);
 *     QCOMPARE(reply.status, 201);
 */
class SandboxFixture final
{
public:
    struct Reply
    {
        int status = 0; // 0 = no HTTP answer
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QJsonObject json;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool timedOut = false;

        QByteArray header(const QByteArray &name) const;
    };

    explicit SandboxFixture(Sandbox::SandboxOptions options = {});
    ~SandboxFixture();

    bool start();

    Sandbox::SandboxServer &server() { return *m_server; }

    QUrl baseUrl() const { return m_server->baseUrl(); }

    static QString token() { return Sandbox::SandboxServer::demoToken(); }

    Reply post(const QString &path, const QJsonObject &body, const QString &token = SandboxFixture::token(),
        int timeoutMs = 10000);
    Reply postRaw(const QString &path, const QByteArray &body, const QString &token, int timeoutMs = 10000);
    Reply get(const QString &path, const QString &token = SandboxFixture::token(), int timeoutMs = 10000);

    QJsonObject stats() const { return m_server->stats(); }

    bool scenario(const QJsonObject &patch);

private:
    Reply wait(QNetworkReply *reply, int timeoutMs);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

} // namespace Batchsmith::Test
