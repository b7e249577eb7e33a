// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include "core/api/apiresponse.h"
#include "core/api/networkpool.h"
#include "core/result.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Batchsmith {

class Clock;

/**
 * One request in flight. Emits finished() exactly once (answer, network failure, timeout or abort), then
 * deletes itself later; never inside post() or get(), so connecting right after them is safe. Created and owned
 * by ApiClient; destroying the client first drops the call without finished().
 */
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(QNetworkReply *reply, Clock *clock, int timeoutMs, QList<QPair<QByteArray, QByteArray>> redactedHeaders,
        QObject *parent);
    ~ApiCall() override;

    /// Ends the call now: finished() is emitted with aborted set (unless it already finished).
    void abort();

    /// A body (declared by Content-Length, or received so far) larger than this ends the call at once:
    /// finished() with ApiResponse::tooLarge and networkFailure set and no body. Set by ApiClient.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    QUrl url() const { return m_url; }

    QByteArray method() const { return m_method; }

    /// The headers as sent, with the token replaced (Redaction::headers), for the response view and cURL export.
    QList<QPair<QByteArray, QByteArray>> redactedRequestHeaders() const { return m_redactedHeaders; }

    /// Whether the answer came over HTTP/2 (false before it came).
    bool usedHttp2() const { return m_http2; }

Q_SIGNALS:
    /// The whole request body left for the server (Qt writes it later than post() returns, on a new connection
    /// after the connect): the departure time the rate limiter should count. At most once, before finished().
    void requestWritten();
    void finished(const Batchsmith::ApiResponse &response);

private:
    friend class ApiClient;
    void onReplyFinished();
    void checkBodySize();

    QPointer<QNetworkReply> m_reply;
    Clock *m_clock;
    QUrl m_url;
    QByteArray m_method;
    QList<QPair<QByteArray, QByteArray>> m_redactedHeaders;
    qint64 m_startedMs = 0;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
    bool m_done = false;
    bool m_written = false;
    bool m_http2 = false;
    qint64 m_maxBodyBytes = 0;
};

/**
 * The only place that builds QNetworkRequests and touches the token. Sends JSON to HubSpot (or the sandbox):
 * HTTPS only, plain HTTP only on loopback; redirects are never followed, so the token never reaches another host.
 * Owned by its user (QObject parent); the network manager and the clock are not owned. GUI thread only.
 * Requests are spread over a NetworkPool of managers so that more than Qt's 6 HTTP/1.1 connections per host can be
 * in flight: the given manager first, then more made by the factory (by default, for a plain QNetworkAccessManager,
 * plain managers with the same proxy; none for a subclass).
 *
 *     ApiClient api(&nam, SystemClock::instance());
 *     if (auto ok = api.setBaseUrl(url); !ok) return ok.error();
 *     api.setToken(token);
 *     ApiCall *call = api.post(u"/crm/v3/objects/contacts/batch/create"_s, body);
 *     connect(call, &ApiCall::finished, this, &Foo::onAnswer);
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    ApiClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    /// With @p moreManagers making the pool's other managers (an empty factory: @p nam alone).
    ApiClient(QNetworkAccessManager *nam, NetworkPool::Factory moreManagers, Clock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    /// The managers requests are spread over, for tests and diagnostics.
    const NetworkPool &networkPool() const { return *m_pool; }

    /// https, or http only for loopback (127.0.0.0/8, ::1, localhost); anything else, or a URL with user info, a
    /// query or a fragment, is an InvalidConfig error and leaves the base URL as it was. A path is kept as a prefix.
    Result<void> setBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }

    /// Sent as "Authorization: Bearer <token>", never logged. Whitespace and control characters are dropped (a
    /// pasted token often ends in a newline). Empty: no Authorization header.
    void setToken(const QString &token);

    /// Per request, measured on the Clock; 0 = none. Default 60 s.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    int timeoutMs() const { return m_timeoutMs; }

    /// The largest answer body read (default DefaultMaxBodyBytes, 64 MiB: HubSpot's batch answers for 100 records
    /// are well under 1 MB). A larger one is not read into memory: the call ends as a failed attempt (see
    /// ApiCall::setMaxBodyBytes), which RetryPolicy treats as an answer lost.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    static constexpr qint64 DefaultMaxBodyBytes = 64LL * 1024 * 1024;

    /// The base URL with @p path (starting with "/") appended to its path, and @p query.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    ApiCall *post(const QString &path, const QByteArray &jsonBody);
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    /// POSTs {"tokenKey": <the token>} to @p path (HubSpot's private-app token introspection), so that the token
    /// never has to leave the client.
    ApiCall *postTokenKey(const QString &path);

    static bool isLoopback(const QUrl &url);

private:
    ApiCall *send(const QByteArray &method, const QUrl &url, const QByteArray &body);

    std::unique_ptr<NetworkPool> m_pool;
    Clock *m_clock;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 60000;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace Batchsmith
