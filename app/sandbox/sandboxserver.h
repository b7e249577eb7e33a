// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Scenario scenario;
    QString dataFile; // empty = memory only; else an SQLite file that keeps the portal across restarts
};

struct HttpReply;
class SandboxState;

/**
 * A local imitation of HubSpot's CRM API on 127.0.0.1 (hubspot-api.md §12): batch endpoints, read endpoints, auth
 * and scopes, rate limits, injected faults and control endpoints under /__sandbox/. It shares no code with the
 * client. Runs in the thread that creates it, in-process (tests, the app's embedded sandbox) or in the
 * batchsmith-sandbox executable.
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

    bool listen(QString *errorMessage = nullptr);
    quint16 port() const;
    QUrl baseUrl() const;

    QJsonObject stats() const;
    void reset();
    bool applyScenario(const QJsonObject &patch, QString *error);
    const Scenario &scenario() const;

    static QString demoToken(); // "demo-all-scopes"

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    friend class HttpFront;
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpReply &reply, int latencyMs, int faultKind);

    std::unique_ptr<SandboxState> d;
};

} // namespace Batchsmith::Sandbox
