// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/connectionguard.h"

#include <QTcpSocket>
#include <QUuid>

#include "sandbox/httpreply.h"
#include "sandbox/logging.h"

namespace Batchsmith::Sandbox {

namespace {

/// The value of header @p name in @p head (case-insensitive), whether it occurs, and how often.
struct HeaderValue
{
    QByteArray value;
    int count = 0;
};

HeaderValue headerValue(const QList<QByteArray> &lines, QByteArrayView name)
{
    HeaderValue out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            out.value = line.mid(colon + 1).trimmed();
            ++out.count;
        }
    }
    return out;
}

/// Where the head that starts at @p from ends: just past its blank line ("\r\n\r\n", or bare "\n" as http_parser also
/// takes), or -1 while it is incomplete.
qsizetype headEnd(const QByteArray &data, qsizetype from)
{
    for (qsizetype i = data.indexOf('\n', from); i >= 0; i = data.indexOf('\n', i + 1)) {
        qsizetype next = i + 1;
        if (next < data.size() && data.at(next) == '\r')
            ++next;
        if (next < data.size() && data.at(next) == '\n')
            return next + 1;
    }
    return -1;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, ConnectionLimits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(std::move(limits))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCDebug(lcSandboxServer) << "closing an idle connection";
        if (m_refused)
            m_socket->disconnectFromHost(); // the refusal's answer still goes out
        else
            m_socket->abort();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_refused)
            m_idle.start();
    });
    m_idle.start();
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    m_idle.start();
    // QAbstractHttpServer reads everything available at each readyRead (after this slot), so these are the bytes
    // this guard has not seen yet.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < fresh.size()) {
        if (m_bodyLeft > 0) {
            const qint64 n = qMin<qint64>(m_bodyLeft, fresh.size() - at);
            m_bodyLeft -= n;
            at += n;
            if (m_bodyLeft == 0)
                requestComplete();
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(fresh.constData() + at, fresh.size() - at);
        // Blank lines between requests are allowed (RFC 9112 §2.2).
        qsizetype lead = 0;
        while (lead < m_head.size() && (m_head.at(lead) == '\r' || m_head.at(lead) == '\n'))
            ++lead;
        const qsizetype end = headEnd(m_head, lead);
        if (end < 0) {
            if (m_head.size() - lead > MaxHeadBytes)
                return refuse(
                    431, QStringLiteral("The request's headers are larger than %1 bytes.").arg(MaxHeadBytes), 0);
            if (lead == m_head.size())
                m_head.clear();
            return;
        }
        if (end - lead > MaxHeadBytes)
            return refuse(431, QStringLiteral("The request's headers are larger than %1 bytes.").arg(MaxHeadBytes), 0);
        at += end - before;
        const QByteArray head = m_head.sliced(lead, end - lead).trimmed();
        m_head.clear();
        if (!checkHead(head))
            return;
        if (m_bodyLeft == 0)
            requestComplete();
    }
}

bool ConnectionGuard::checkHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_method = QString::fromLatin1(requestLine.value(0));
    m_path = QString::fromLatin1(requestLine.value(1).split('?').value(0));
    if (headerValue(lines, "Transfer-Encoding").count > 0) {
        refuse(411, QStringLiteral("The sandbox needs a Content-Length; chunked request bodies are not accepted."), 0);
        return false;
    }
    const HeaderValue length = headerValue(lines, "Content-Length");
    bool ok = length.count == 0;
    const qint64 bytes = ok ? 0 : length.value.toLongLong(&ok);
    if (!ok || bytes < 0 || length.count > 1) {
        refuse(400, QStringLiteral("The request's Content-Length is not a single whole number."), 0);
        return false;
    }
    const qint64 max = m_limits.maxBodyBytes();
    if (bytes > max) {
        // Read and drop the body, up to a bound, so the client is still sending into an open connection when it
        // reads the answer instead of meeting a reset.
        refuse(413, QStringLiteral("The request body is %1 bytes; the limit is %2 bytes.").arg(bytes).arg(max),
            qMin(bytes, 2 * max));
        return false;
    }
    m_bodyLeft = bytes;
    return true;
}

void ConnectionGuard::requestComplete()
{
    m_idle.stop(); // the answer may take a while (latency, a hang fault); bytesWritten starts the clock again
}

void ConnectionGuard::refuse(int status, const QString &message, qint64 drainBytes)
{
    qCInfo(lcSandboxServer) << "refused" << m_method << m_path << "with" << status << "-" << message;
    m_refused = true;
    m_drainLeft = drainBytes;
    m_idle.setInterval(qMin(m_limits.idleTimeoutMs, DrainPauseMs)); // a client that stops sending is not waited for
    m_head.clear();
    // From now on the server gets nothing from this socket: the request it has half read never completes.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // else the dropped bytes would stay buffered
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpReply reply = HttpReply::error(status, QStringLiteral("VALIDATION_ERROR"), message, id);
    reply.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), id.toLatin1() });
    m_socket->write(reply.serialize(false));
    Q_EMIT refused(m_method, m_path, status);
    drain();
}

void ConnectionGuard::drain()
{
    char sink[16384];
    while (m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(sink, sizeof sink);
        if (n <= 0)
            break;
        m_drainLeft -= n;
    }
    if (m_drainLeft <= 0) {
        m_idle.stop();
        m_socket->disconnectFromHost(); // after the answer is written
    } else {
        m_idle.start();
    }
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
    addPendingConnection(socket);
}

} // namespace Batchsmith::Sandbox
