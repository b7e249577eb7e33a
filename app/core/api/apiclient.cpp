// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apiclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "buildinfo.h"
#include "core/api/redaction.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/net/oneshotupload.h"

namespace Batchsmith {

namespace {

bool isConnectionError(QNetworkReply::NetworkError error)
{
    // Qt numbers transport-level errors below 100 and proxy errors from 101 to 199. ContentReSendError means the
    // connection closed before the answer and the body (a OneShotUpload) could not be sent again: the request may
    // or may not have been done.
    if (error == QNetworkReply::NoError || error == QNetworkReply::OperationCanceledError)
        return false;
    return error < 200 || error == QNetworkReply::ContentReSendError;
}

/// Printable ASCII only: a pasted token often ends in a newline, and a line break inside a header value would
/// let the text after it pass for a header of its own.
QString cleanToken(const QString &token)
{
    QString clean;
    clean.reserve(token.size());
    for (const QChar c : token) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f)
            clean.append(c);
    }
    return clean;
}

bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

} // namespace

ApiCall::ApiCall(QNetworkReply *reply, Clock *clock, int timeoutMs,
    QList<QPair<QByteArray, QByteArray>> redactedHeaders, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_clock(clock)
    , m_url(reply->url())
    , m_redactedHeaders(std::move(redactedHeaders))
    , m_startedMs(clock->nowMs())
    , m_timeoutMs(timeoutMs)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Checked as the answer arrives, not once it is all in memory: a server (or a proxy) sending gigabytes must not
    // make the app allocate them.
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkBodySize);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::checkBodySize);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (!m_written && !m_done && total > 0 && sent >= total) {
            m_written = true;
            Q_EMIT requestWritten();
        }
    });
    if (timeoutMs > 0) {
        m_clock->callAfter(timeoutMs, this, [this] {
            if (m_done || !m_reply)
                return;
            m_timedOut = true;
            m_reply->abort();
        });
    }
}

ApiCall::~ApiCall() = default;

void ApiCall::abort()
{
    if (m_reply && !m_done) {
        m_aborted = true;
        m_reply->abort();
    }
}

void ApiCall::checkBodySize()
{
    if (m_done || !m_reply || m_tooLarge || m_maxBodyBytes <= 0)
        return;
    bool declared = false;
    const qint64 length = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&declared);
    if ((declared && length > m_maxBodyBytes) || m_reply->bytesAvailable() > m_maxBodyBytes) {
        qCWarning(lcApi) << "answer of" << m_url.path() << "is over" << m_maxBodyBytes << "bytes; aborted";
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    ApiResponse response;
    response.networkError = m_reply->error();
    response.errorString = m_reply->errorString();
    response.timedOut = m_timedOut;
    response.aborted = m_aborted && !m_timedOut && !m_tooLarge;
    response.durationMs = m_clock->nowMs() - m_startedMs;
    if (m_timedOut) {
        response.errorString = QStringLiteral("No answer within %1 ms").arg(m_timeoutMs);
    } else if (m_tooLarge) {
        // The request reached the server; what it did is unknown, as when the connection drops.
        response.tooLarge = true;
        response.networkFailure = true;
        response.errorString = QStringLiteral("The answer was larger than %1 MB and was not read.")
                                   .arg(m_maxBodyBytes / (1024 * 1024) > 0 ? m_maxBodyBytes / (1024 * 1024) : 1);
    } else {
        response.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto pairs = m_reply->rawHeaderPairs();
        response.headers = QList<QPair<QByteArray, QByteArray>>(pairs.cbegin(), pairs.cend());
        response.body = m_reply->readAll();
        m_http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    }
    // No complete HTTP answer, for a reason other than our own timeout or abort (which say so themselves).
    response.networkFailure = response.tooLarge
        || (!m_timedOut && !response.aborted
            && (isConnectionError(response.networkError)
                || (response.httpStatus == 0 && response.networkError != QNetworkReply::NoError)));
    response.failedBeforeSend = response.networkFailure && neverReachedServer(response.networkError);
    if (response.networkFailure || m_timedOut)
        qCInfo(lcApi) << "no answer for" << m_url.path() << response.errorString;
    else
        qCDebug(lcApi) << response.httpStatus << m_url.path() << response.durationMs << "ms";
    Q_EMIT finished(response);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : ApiClient(nam, NetworkPool::defaultFactory(nam), clock, parent)
{
}

ApiClient::ApiClient(QNetworkAccessManager *nam, NetworkPool::Factory moreManagers, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<NetworkPool>(nam, std::move(moreManagers), this))
    , m_clock(clock)
{
}

ApiClient::~ApiClient()
{
    // Calls (and their replies) go before the pool's own managers, which are children too.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> ApiClient::setBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::make(
            Error::Kind::InvalidConfig, QStringLiteral("\"%1\" is not a valid base URL.").arg(url.toString()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Error::make(Error::Kind::InvalidConfig,
            QStringLiteral("The base URL %1 must not carry a user name, password, query or fragment.")
                .arg(url.toString(QUrl::RemoveUserInfo)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && isLoopback(url))) {
        return Error::make(Error::Kind::InvalidConfig,
            QStringLiteral("The base URL %1 is not HTTPS; tokens are only sent over HTTPS (or to this computer).")
                .arg(url.toString()));
    }
    m_baseUrl = url;
    return {};
}

void ApiClient::setToken(const QString &token)
{
    m_token = cleanToken(token);
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

ApiCall *ApiClient::post(const QString &path, const QByteArray &jsonBody)
{
    return send(QByteArrayLiteral("POST"), urlFor(path), jsonBody);
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send(QByteArrayLiteral("GET"), urlFor(path, query), {});
}

ApiCall *ApiClient::postTokenKey(const QString &path)
{
    const QJsonObject body { { QStringLiteral("tokenKey"), m_token } };
    return send(QByteArrayLiteral("POST"), urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ApiClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0); // our own timeout, on the Clock
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Batchsmith/" + BuildInfo::version().toLatin1());
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());

    // Every header as sent (setHeader() keeps the raw header list in step), for the view of the request.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &name : request.rawHeaderList())
        headers.append({ name, request.rawHeader(name) });

    const int slot = m_pool->acquire(url);
    QNetworkAccessManager *nam = m_pool->manager(slot);
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        // Never let Qt resend a POST by itself (see OneShotUpload); the engine owns every retry.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(body);
        reply = nam->post(request, upload);
        upload->setParent(reply);
    } else {
        reply = nam->get(request);
    }
    qCDebug(lcApi) << method << url.path();
    auto *call = new ApiCall(reply, m_clock, m_timeoutMs, Redaction::headers(headers), this);
    call->m_method = method;
    call->m_maxBodyBytes = m_maxBodyBytes;
    // Connected before the caller's own slot, so the pool knows the manager is free when the caller sends again.
    connect(call, &ApiCall::finished, this, [this, slot, call](const ApiResponse &response) {
        m_pool->release(slot, call->usedHttp2(), response.httpStatus > 0);
    });
    return call;
}

} // namespace Batchsmith
