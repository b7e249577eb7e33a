// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Batchsmith::Sandbox {

/// An answer before it is written to the socket.
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json;charset=utf-8");

    static HttpReply json(int status, const QJsonObject &object)
    {
        HttpReply r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }

    /// HubSpot's whole-request error body (docs/hubspot-behaviour.md §4.4).
    static HttpReply error(int status, const QString &category, const QString &message, const QString &correlationId,
        const QJsonObject &extra = {})
    {
        QJsonObject body { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("message"), message }, { QStringLiteral("correlationId"), correlationId },
            { QStringLiteral("category"), category } };
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        return json(status, body);
    }

    /// The bytes on the wire: status line, headers, body.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace Batchsmith::Sandbox
