// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sandbox: how many 100-input batch creates per second the sandbox answers on one core, from C concurrent
// keep-alive connections. Prints one line: sandbox: requests=N seconds=S requests_per_s=X concurrency=C
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include "../benchsupport.h"

namespace {

/// One keep-alive connection that sends a create, reads the whole answer, and sends the next.
class Client final : public QObject
{
public:
    Client(const QUrl &url, int id, const QByteArray &token, std::function<bool()> more, std::function<void(int)> done)
        : m_id(id)
        , m_token(token)
        , m_more(std::move(more))
        , m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::onReadyRead);
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }

    int answered = 0;
    int failed = 0;

private:
    QByteArray body()
    {
        QByteArray inputs;
        for (int i = 0; i < 100; ++i) {
            const QByteArray n
                = QByteArray::number(m_id) + '-' + QByteArray::number(m_sent) + '-' + QByteArray::number(i);
            inputs += (i ? "," : "") + QByteArray("{\"properties\":{\"email\":\"b") + n
                + "@example.com\",\"firstname\":\"Bench\",\"lifecyclestage\":\"lead\"},\"associations\":[],"
                  "\"objectWriteTraceId\":\"t"
                + n + "\"}";
        }
        return "{\"inputs\":[" + inputs + "]}";
    }

    void sendNext()
    {
        if (!m_more()) {
            m_socket.disconnectFromHost();
            m_done(m_id);
            return;
        }
        const QByteArray payload = body();
        ++m_sent;
        m_socket.write(
            "POST /crm/v3/objects/contacts/batch/create HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n"
            + payload);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype lengthEnd = m_buffer.indexOf("\r\n", lengthAt);
        const qsizetype length = m_buffer.mid(lengthAt + 16, lengthEnd - lengthAt - 16).toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        (m_buffer.startsWith("HTTP/1.1 201") ? answered : failed) += 1;
        m_buffer.remove(0, headerEnd + 4 + length);
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_id;
    int m_sent = 0;
    QByteArray m_token;
    std::function<bool()> m_more;
    std::function<void(int)> m_done;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("seconds"), QStringLiteral("How long to drive it."), QStringLiteral("S"),
                            QStringLiteral("10") },
        { QStringLiteral("concurrency"), QStringLiteral("Connections."), QStringLiteral("C"), QStringLiteral("8") },
        { QStringLiteral("sandbox"), QStringLiteral("The batchsmith-sandbox executable."), QStringLiteral("path"),
            QStringLiteral(BATCHSMITH_SANDBOX) } });
    parser.process(app);
    const int seconds = qBound(1, parser.value(QStringLiteral("seconds")).toInt(), 600);
    const int concurrency = qBound(1, parser.value(QStringLiteral("concurrency")).toInt(), 64);
    const QByteArray token("bench-sandbox-token");

    QProcess sandbox;
    const QUrl url = Batchsmith::Bench::startSandbox(sandbox, parser.value(QStringLiteral("sandbox")),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("1000000"),
            QStringLiteral("--daily-limit"), QStringLiteral("1000000000"), QStringLiteral("--accept-token"),
            QString::fromLatin1(token) },
        true);
    if (url.isEmpty()) {
        std::fprintf(stderr, "bench_sandbox: the sandbox did not start\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int running = concurrency;
    QList<Client *> clients;
    for (int i = 0; i < concurrency; ++i) {
        clients.append(new Client(
            url, i, token, [&] { return timer.elapsed() < seconds * 1000; },
            [&](int) {
                if (--running == 0)
                    app.quit();
            }));
    }
    app.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    int answered = 0, failed = 0;
    for (Client *c : std::as_const(clients)) {
        answered += c->answered;
        failed += c->failed;
        delete c;
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    std::printf("sandbox: requests=%d seconds=%.2f requests_per_s=%.1f concurrency=%d failed=%d\n", answered, elapsed,
        answered / elapsed, concurrency, failed);
    return failed == 0 ? 0 : 1;
}
