// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "sandbox/admission.h"
#include "sandbox/connectionguard.h"
#include "sandbox/logging.h"
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

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>(std::move(options)))
    , m_front(new HttpFront(this))
{
    const Scenario *scenario = &m_state->options().scenario;
    m_tcp = new GuardedTcpServer(
        ConnectionLimits { [scenario] { return scenario->maxBodyBytes; }, m_state->options().idleTimeoutMs }, this);
    connect(m_tcp, &GuardedTcpServer::refused, this, &SandboxServer::requestHandled);
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::demoToken()
{
    return QStringLiteral("demo-all-scopes");
}

bool SandboxServer::listen(QString *errorMessage)
{
    if (!m_state->loadData(errorMessage))
        return false;
    // The TCP server is ours, not QAbstractHttpServer::listen()'s, so that each socket is guarded before the HTTP
    // server reads it (ConnectionGuard).
    if (m_tcp->listen(QHostAddress::LocalHost, m_state->options().port)) {
        m_port = m_tcp->serverPort();
        m_front->bind(m_tcp);
    }
    if (m_port == 0) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(m_state->options().port);
        return false;
    }
    qCInfo(lcSandboxServer) << "listening on" << baseUrl().toString();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject SandboxServer::stats() const
{
    return m_state->stats();
}

void SandboxServer::reset()
{
    m_state->reset();
}

bool SandboxServer::applyScenario(const QJsonObject &patch, QString *error)
{
    return m_state->applyScenario(patch, error);
}

const Scenario &SandboxServer::scenario() const
{
    return m_state->options().scenario;
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    if (auto refusal = Admission::check(request, m_state->tokens())) {
        // Before anything is counted, changed or delayed (README.md, "Who may call").
        qCDebug(lcSandboxServer) << method << path << "->" << refusal->status << "refused";
        const bool keepAlive
            = request.value(QByteArrayLiteral("Connection")).compare("close", Qt::CaseInsensitive) != 0;
        respond(socket, refusal->serialize(keepAlive), 0, int(refusal->body.size()), 0, FaultKind::None, keepAlive);
        Q_EMIT requestHandled(method, path, refusal->status);
        return;
    }
    SandboxState::Outcome outcome = m_state->process(method, request);
    const int status = outcome.fault == FaultKind::Hang ? 0 : outcome.reply.status;
    qCDebug(lcSandboxServer) << method << path << "->" << status << toString(outcome.fault);
    const bool keepAlive = request.value(QByteArrayLiteral("Connection")).compare("close", Qt::CaseInsensitive) != 0
        && outcome.fault != FaultKind::Truncated;
    if (!outcome.api) // control answers are neither delayed nor counted
        outcome.latencyMs = 0;
    respond(socket, outcome.reply.serialize(keepAlive), outcome.api ? outcome.reply.status : 0,
        int(outcome.reply.body.size()), outcome.latencyMs, outcome.fault, keepAlive);
    Q_EMIT requestHandled(method, path, status);
}

void SandboxServer::respond(
    QTcpSocket *socket, QByteArray bytes, int status, int bodySize, int latencyMs, FaultKind fault, bool keepAlive)
{
    if (fault == FaultKind::Hang)
        return; // the client's timeout must fire
    QPointer<QTcpSocket> guard(socket);
    auto write = [this, guard, bytes = std::move(bytes), status, bodySize, fault, keepAlive] {
        if (!guard)
            return;
        if (fault == FaultKind::DropAfterCommit) {
            // The write is committed; the answer is lost. Note: QNetworkAccessManager resends a request whose
            // connection closes before any answer byte, POST included (README.md, "Faults").
            guard->abort();
            return;
        }
        if (status != 0)
            m_state->countAnswer(status);
        if (fault == FaultKind::Truncated) {
            // The full Content-Length, half the body, then the connection closes.
            guard->write(bytes.left(bytes.size() - (bodySize - bodySize / 2)));
            guard->disconnectFromHost();
            return;
        }
        guard->write(bytes);
        if (!keepAlive)
            guard->disconnectFromHost();
    };
    if (latencyMs <= 0)
        write();
    else
        QTimer::singleShot(latencyMs, socket, std::move(write));
}

} // namespace Batchsmith::Sandbox
