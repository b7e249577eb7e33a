// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apiclient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "buildinfo.h"
#include "core/api/redaction.h"
#include "core/logging.h"
#include "core/net/clock.h"
#include "core/net/oneshotupload.h"

namespace Batchsmith {

namespace {

bool isConnectionError(QNetworkReply::NetworkError error)
{
    // Qt numbers transport-level errors below 100. ContentReSendError means the connection closed before the
    // answer and the body (a OneShotUpload) could not be sent again: the request may or may not have been done.
    return (error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError && error < 100)
        || error == QNetworkReply::ContentReSendError;
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
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
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
    if (m_reply && !m_done)
        m_reply->abort();
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
    response.durationMs = m_clock->nowMs() - m_startedMs;
    response.networkFailure = isConnectionError(response.networkError);
    response.failedBeforeSend = neverReachedServer(response.networkError);
    if (!m_timedOut) {
        response.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto pairs = m_reply->rawHeaderPairs();
        response.headers = QList<QPair<QByteArray, QByteArray>>(pairs.cbegin(), pairs.cend());
        response.body = m_reply->readAll();
    }
    if (response.networkFailure)
        qCDebug(lcApi) << "network failure on" << m_url.path() << response.errorString;
    Q_EMIT finished(response);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
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
    m_token = token;
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

ApiCall *ApiClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0); // our own timeout, on the Clock
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Batchsmith/" + BuildInfo::version().toLatin1());
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &name : request.rawHeaderList())
        headers.append({ name, request.rawHeader(name) });
    if (!body.isEmpty() || method == "POST")
        headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });

    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        // Never let Qt resend a POST by itself (see OneShotUpload); the engine owns every retry.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(body);
        reply = m_nam->post(request, upload);
        upload->setParent(reply);
    } else {
        reply = m_nam->get(request);
    }
    qCDebug(lcApi) << method << url.path();
    return new ApiCall(reply, m_clock, m_timeoutMs, Redaction::headers(headers), this);
}

} // namespace Batchsmith
