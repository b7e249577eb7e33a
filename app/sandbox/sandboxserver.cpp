// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include "sandbox/faultinjector.h"
#include "sandbox/readhandlers.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxstate.h"

namespace Batchsmith::Sandbox {

/// Hands every parsed request, with its socket, to the SandboxServer, which answers on the socket itself.
class HttpFront final : public QAbstractHttpServer
{
public:
    explicit HttpFront(SandboxServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->handle(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxState>(std::move(options)))
{
    d->front = new HttpFront(this);
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::demoToken()
{
    return QStringLiteral("demo-all-scopes");
}

bool SandboxServer::listen(QString *errorMessage)
{
    if (!d->loadData(errorMessage))
        return false;
    d->port = d->front->listen(QHostAddress::LocalHost, d->options.port);
    if (d->port == 0) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(d->options.port);
        return false;
    }
    qCInfo(lcSandboxServer) << "listening on" << baseUrl().toString();
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

QJsonObject SandboxServer::stats() const
{
    return d->stats();
}

void SandboxServer::reset()
{
    d->reset();
}

bool SandboxServer::applyScenario(const QJsonObject &patch, QString *error)
{
    return d->applyScenario(patch, error);
}

const Scenario &SandboxServer::scenario() const
{
    return d->options.scenario;
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QString method = request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST")
        : request.method() == QHttpServerRequest::Method::Get                   ? QStringLiteral("GET")
                                                                                : QStringLiteral("OTHER");
    SandboxState::Outcome outcome = d->process(method, request, path);
    ++d->requestsByStatus[outcome.reply.status];
    qCDebug(lcSandboxServer) << method << path << "->" << outcome.reply.status;
    Q_EMIT requestHandled(method, path, outcome.fault == FaultKind::Hang ? 0 : outcome.reply.status);
    respond(socket, outcome.reply, outcome.latencyMs, int(outcome.fault));
}

void SandboxServer::respond(QTcpSocket *socket, const HttpReply &reply, int latencyMs, int faultKind)
{
    const auto fault = FaultKind(faultKind);
    if (fault == FaultKind::Hang)
        return; // the client's timeout must fire
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, reply, fault] {
        if (!guard)
            return;
        if (fault == FaultKind::DropAfterCommit) {
            guard->abort();
            return;
        }
        const QByteArray bytes = reply.serialize(fault != FaultKind::Truncated);
        if (fault == FaultKind::Truncated) {
            guard->write(bytes.left(bytes.size() - reply.body.size() / 2));
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        guard->write(bytes);
    };
    if (latencyMs <= 0)
        write();
    else
        QTimer::singleShot(latencyMs, socket, write);
}

} // namespace Batchsmith::Sandbox
