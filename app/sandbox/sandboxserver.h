// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "sandbox/scenario.h"

class QHttpServerRequest;
class QTcpSocket;

namespace Batchsmith::Sandbox {

struct SandboxOptions
{
    quint16 port = 0; // 0 = any free port
    QStringList acceptTokens; // extra tokens with every scope
    bool demoTokens = true; // false: only acceptTokens are accepted (the app's embedded sandbox)
    int idleTimeoutMs = 60000; // a connection silent this long, with no answer pending, is closed
    Scenario scenario;
    QString dataFile; // empty = memory only; else an SQLite file that keeps the portal across restarts
    /// Test hook: monotonic milliseconds for the rate limits' windows (empty: the sandbox's own timer), so a test can
    /// put several requests in one second without racing the clock.
    std::function<qint64()> monotonicClockMs;
};

class HttpFront;
class SandboxState;
class GuardedTcpServer;

/**
 * A local imitation of HubSpot's CRM API on 127.0.0.1 (docs/hubspot-behaviour.md §11): batch endpoints, read endpoints,
 * auth and scopes, rate limits, injected faults and control endpoints under /__sandbox/. It shares no code with the
 * client. Runs in the thread that creates it (it must also be destroyed there): in-process (tests; the app's embedded
 * sandbox, on a thread of its own) or in the batchsmith-sandbox executable.
 *
 *     SandboxServer sandbox(SandboxOptions{});
 *     if (!sandbox.listen(&error)) …
 *     client.setBaseUrl(sandbox.baseUrl()); client.setToken(SandboxServer::demoToken());
 */
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Loads or seeds the portal, then binds 127.0.0.1 only. False, with @p errorMessage, when either fails.
    bool listen(QString *errorMessage = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    QJsonObject stats() const; // the body of GET /__sandbox/stats
    void reset(); // POST /__sandbox/reset: reseed the demo portal, clear counters and limits
    bool applyScenario(const QJsonObject &patch, QString *error); // POST /__sandbox/scenario
    const Scenario &scenario() const;

    /// "demo-all-scopes": a built-in token with every scope (README.md lists the other demo tokens). Not accepted
    /// when SandboxOptions::demoTokens is false.
    static QString demoToken();

Q_SIGNALS:
    /// After each request (control endpoints too) was processed: the status decided, 0 for a hang fault.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    friend class HttpFront;
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    /// Writes @p bytes now or after @p latencyMs, spoiled as @p fault says; counts the answer when it goes out.
    void respond(
        QTcpSocket *socket, QByteArray bytes, int status, int bodySize, int latencyMs, FaultKind fault, bool keepAlive);

    std::unique_ptr<SandboxState> m_state;
    HttpFront *m_front = nullptr;
    GuardedTcpServer *m_tcp = nullptr; // owned by m_front once bound
    quint16 m_port = 0;
};

} // namespace Batchsmith::Sandbox
