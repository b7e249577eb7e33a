// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace Batchsmith {
class Clock;
} // namespace Batchsmith

namespace Batchsmith::Test {

/// A request as the fake network saw it.
struct RecordedRequest
{
    QNetworkAccessManager::Operation op = QNetworkAccessManager::GetOperation;
    QString method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/**
 * A QNetworkAccessManager that never touches the network (after Nextcloud's FakeQNAM). It records every request
 * (method, URL, headers, the whole body) and answers from an override handler, then the routes in the order they
 * were added (method, and a pattern searched in the URL path), then a default 404 with a HubSpot-like error body.
 * A handler returns a reply made with FakeReply, or nullptr to fall through. Replies always finish through a
 * queued call, never inside createRequest, and report HTTP errors with the QNetworkReply::NetworkError Qt's own
 * HTTP backend would use. Test thread only.
 *
 *     FakeNetworkAccessManager nam;
 *     nam.addRoute(u"POST"_s, QRegularExpression(u"/batch/create$"_s), [](const RecordedRequest &r, QObject *p) {
 *         return FakeReply::json(r, 201, QJsonObject{{u"status"_s, u"COMPLETE"_s}}, {}, p);
 *     });
 */
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetworkAccessManager)

public:
    using Handler = std::function<QNetworkReply *(const RecordedRequest &, QObject *parent)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void addRoute(const QString &method, const QRegularExpression &path, Handler handler);
    void setOverride(Handler handler);

    QList<RecordedRequest> requests() const { return m_requests; }

    /// The requests whose URL path ends with @p pathSuffix (e.g. "/batch/read"), in the order they were made.
    QList<RecordedRequest> requestsTo(const QString &pathSuffix) const;

    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Route
    {
        QString method;
        QRegularExpression path;
        Handler handler;
    };

    QList<Route> m_routes;
    Handler m_override;
    QList<RecordedRequest> m_requests;
};

/// Replies for FakeNetworkAccessManager handlers.
namespace FakeReply {

QNetworkReply *json(const RecordedRequest &request, int status, const QJsonValue &body, Headers headers = {},
    QObject *parent = nullptr);
/// Any bytes: truncated JSON, an HTML error page, nothing.
QNetworkReply *raw(const RecordedRequest &request, int status, const QByteArray &body, Headers headers = {},
    QObject *parent = nullptr);
/// A transport failure with no HTTP answer (refused, reset, closed).
QNetworkReply *error(const RecordedRequest &request, QNetworkReply::NetworkError error, QObject *parent = nullptr);
/// Never finishes by itself; abort() ends it with OperationCanceledError.
QNetworkReply *hanging(const RecordedRequest &request, QObject *parent = nullptr);
/// A JSON reply that finishes after @p ms of real time.
QNetworkReply *delayed(int ms, const RecordedRequest &request, int status, const QJsonValue &body, Headers headers = {},
    QObject *parent = nullptr);
/// A JSON reply that finishes (through a queued call) once @p clock (a ManualClock) has moved @p ms on: a server that
/// takes @p ms to answer, in the test's own time.
QNetworkReply *onClock(Clock *clock, qint64 ms, const RecordedRequest &request, int status, const QJsonValue &body,
    Headers headers = {}, QObject *parent = nullptr);

} // namespace FakeReply

} // namespace Batchsmith::Test
