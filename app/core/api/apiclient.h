// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include "core/api/apiresponse.h"
#include "core/result.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Batchsmith {

class Clock;

/**
 * One request in flight. Emits finished() exactly once (answer, network failure, timeout or abort), then
 * deletes itself later. Created and owned by ApiClient.
 */
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(QNetworkReply *reply, Clock *clock, int timeoutMs, QList<QPair<QByteArray, QByteArray>> redactedHeaders,
        QObject *parent);
    ~ApiCall() override;

    void abort();

    QUrl url() const { return m_url; }

    QList<QPair<QByteArray, QByteArray>> redactedRequestHeaders() const { return m_redactedHeaders; }

Q_SIGNALS:
    void finished(const Batchsmith::ApiResponse &response);

private:
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    Clock *m_clock;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_redactedHeaders;
    qint64 m_startedMs = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

/**
 * The only place that builds QNetworkRequests and touches the token. Sends JSON to HubSpot (or the sandbox):
 * HTTPS only, plain HTTP only on loopback; redirects are never followed, so the token never reaches another host.
 * Owned by its user (QObject parent); the network manager and the clock are not owned. GUI thread only.
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

    /// https, or http only for loopback (127.0.0.1, ::1, localhost); anything else is an InvalidConfig error.
    Result<void> setBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }

    void setToken(const QString &token);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    int timeoutMs() const { return m_timeoutMs; }

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    ApiCall *post(const QString &path, const QByteArray &jsonBody);
    ApiCall *get(const QString &path, const QUrlQuery &query = {});

    static bool isLoopback(const QUrl &url);

private:
    ApiCall *send(const QByteArray &method, const QUrl &url, const QByteArray &body);

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 60000;
};

} // namespace Batchsmith
