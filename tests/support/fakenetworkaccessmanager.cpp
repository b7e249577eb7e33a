// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fakenetworkaccessmanager.h"

#include <cstring>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>

#include "core/clock.h"

namespace Batchsmith::Test {

namespace {

/// The error QNetworkReply reports for an HTTP status, as Qt's own HTTP backend maps it.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 207:
        return QByteArrayLiteral("Multi-Status");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 423:
        return QByteArrayLiteral("Locked");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status ") + QByteArray::number(status);
    }
}

/// A reply whose content is fixed up front and that finishes when told to.
class CannedReply final : public QNetworkReply
{
public:
    CannedReply(const RecordedRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(QNetworkRequest(request.url));
        setUrl(request.url);
        setOperation(request.op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void setAnswer(int status, const QByteArray &body, const Headers &headers)
    {
        m_status = status;
        m_body = body;
        m_headers = headers;
    }

    void setTransportError(QNetworkReply::NetworkError error) { m_transportError = error; }

    void finishLater(int delayMs = 0)
    {
        QTimer::singleShot(delayMs, this, [this] { finishNow(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_body.clear();
        m_status = 0;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void finishNow()
    {
        if (isFinished())
            return;
        if (m_transportError != NoError) {
            setError(m_transportError, QStringLiteral("Fake transport error %1").arg(int(m_transportError)));
            setFinished(true);
            Q_EMIT errorOccurred(m_transportError);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(m_status));
        for (const auto &[name, value] : m_headers)
            setRawHeader(name, value);
        if (const NetworkError e = errorForStatus(m_status); e != NoError)
            setError(e,
                QStringLiteral("Error transferring %1 - server replied: %2")
                    .arg(url().toString(), QString::fromLatin1(reasonPhrase(m_status))));
        // A receiver may abort() the reply on either signal (ApiCall does, for an answer over its size cap): then it
        // has finished already, once, as a real reply does.
        Q_EMIT metaDataChanged();
        if (isFinished())
            return;
        Q_EMIT readyRead();
        if (isFinished())
            return;
        setFinished(true);
        Q_EMIT finished();
    }

    int m_status = 0;
    QByteArray m_body;
    qint64 m_offset = 0;
    Headers m_headers;
    NetworkError m_transportError = NoError;
};

QByteArray methodName(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

CannedReply *canned(
    const RecordedRequest &request, int status, const QByteArray &body, const Headers &headers, QObject *parent)
{
    auto *reply = new CannedReply(request, parent);
    reply->setAnswer(status, body, headers);
    return reply;
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

void FakeNetworkAccessManager::addRoute(const QString &method, const QRegularExpression &path, Handler handler)
{
    m_routes.append({ method, path, std::move(handler) });
}

void FakeNetworkAccessManager::setOverride(Handler handler)
{
    m_override = std::move(handler);
}

QNetworkReply *FakeNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.op = op;
    recorded.method = QString::fromLatin1(methodName(op, request));
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({ name, request.rawHeader(name) });
    const QVariant contentType = request.header(QNetworkRequest::ContentTypeHeader);
    if (contentType.isValid() && request.rawHeader("Content-Type").isEmpty())
        recorded.headers.append({ QByteArrayLiteral("Content-Type"), contentType.toByteArray() });
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    if (m_override) {
        if (QNetworkReply *reply = m_override(recorded, this))
            return reply;
    }
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method.compare(recorded.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!route.path.match(recorded.url.path()).hasMatch())
            continue;
        if (QNetworkReply *reply = route.handler(recorded, this))
            return reply;
    }
    const QJsonObject notFound { { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("message"), QStringLiteral("No route for %1 %2").arg(recorded.method, recorded.url.path()) },
        { QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND") },
        { QStringLiteral("correlationId"), QStringLiteral("00000000-0000-0000-0000-000000000000") } };
    return FakeReply::json(recorded, 404, notFound, {}, this);
}

namespace FakeReply {

QNetworkReply *json(
    const RecordedRequest &request, int status, const QJsonValue &body, Headers headers, QObject *parent)
{
    const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
        : body.isArray()                     ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                             : QByteArray();
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8") });
    return raw(request, status, bytes, headers, parent);
}

QNetworkReply *raw(const RecordedRequest &request, int status, const QByteArray &body, Headers headers, QObject *parent)
{
    CannedReply *reply = canned(request, status, body, headers, parent);
    reply->finishLater();
    return reply;
}

QNetworkReply *error(const RecordedRequest &request, QNetworkReply::NetworkError error, QObject *parent)
{
    CannedReply *reply = canned(request, 0, {}, {}, parent);
    reply->setTransportError(error);
    reply->finishLater();
    return reply;
}

QNetworkReply *hanging(const RecordedRequest &request, QObject *parent)
{
    return canned(request, 0, {}, {}, parent);
}

QNetworkReply *delayed(
    int ms, const RecordedRequest &request, int status, const QJsonValue &body, Headers headers, QObject *parent)
{
    const QByteArray bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8") });
    CannedReply *reply = canned(request, status, bytes, headers, parent);
    reply->finishLater(ms);
    return reply;
}

QNetworkReply *onClock(Clock *clock, qint64 ms, const RecordedRequest &request, int status, const QJsonValue &body,
    Headers headers, QObject *parent)
{
    const QByteArray bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8") });
    CannedReply *reply = canned(request, status, bytes, headers, parent);
    clock->callAfter(ms, reply, [reply] { reply->finishLater(0); });
    return reply;
}

} // namespace FakeReply

QList<RecordedRequest> FakeNetworkAccessManager::requestsTo(const QString &pathSuffix) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (r.url.path().endsWith(pathSuffix))
            out.append(r);
    }
    return out;
}

} // namespace Batchsmith::Test
