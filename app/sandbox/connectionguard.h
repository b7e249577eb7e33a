// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace Batchsmith::Sandbox {

/// What ConnectionGuard enforces; read at each request, so a scenario change applies to the next one.
struct ConnectionLimits
{
    std::function<qint64()> maxBodyBytes; // a larger Content-Length gets 413 before its body is read
    int idleTimeoutMs = 60000; // no byte in or out for this long, and no answer pending: the connection closes
};

/**
 * Watches one accepted socket before QAbstractHttpServer reads it, because QAbstractHttpServer buffers a whole
 * request before anyone sees it: it reads each request's head as it arrives (a copy made with peek(), so the
 * server still gets every byte) and refuses, on the spot and without reading the body, a Content-Length over the
 * limit (413), a body without a Content-Length (411) and a head over 64 KiB (431). A refused connection is cut off
 * from the server, its body read and dropped up to a bound so that the client sees the answer, then closed. It also
 * closes the connection after ConnectionLimits::idleTimeoutMs of silence, unless a request is waiting for its
 * answer. A child of its socket; single thread.
 */
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int DrainPauseMs = 1000; // after a refusal, the connection closes when the client pauses this long

    /// Must be made before anything else connects to @p socket's readyRead, so that it sees the bytes first.
    ConnectionGuard(QTcpSocket *socket, ConnectionLimits limits);

Q_SIGNALS:
    /// A request was answered here with @p status and never reached the server.
    void refused(const QString &method, const QString &path, int status);

private:
    void onReadyRead();
    /// Looks at a complete head; false when it refused the request.
    bool checkHead(const QByteArray &head);
    void refuse(int status, const QString &message, qint64 drainBytes);
    void drain();
    void requestComplete();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QByteArray m_head; // the current request's head so far
    qint64 m_bodyLeft = 0; // body bytes of the current request still to come
    bool m_refused = false;
    qint64 m_drainLeft = 0; // after a refusal: bytes still read and dropped before closing
    QString m_method, m_path; // the current request's, for refused()
};

/**
 * A QTcpServer that puts a ConnectionGuard on each socket it accepts, before handing it to QAbstractHttpServer::bind().
 * Owned by the HTTP server it is bound to.
 */
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

Q_SIGNALS:
    void refused(const QString &method, const QString &path, int status);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionLimits m_limits;
};

} // namespace Batchsmith::Sandbox
