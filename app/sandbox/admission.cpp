// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/admission.h"

#include <QHttpServerRequest>
#include <QUuid>

#include "sandbox/errorbodies.h"
#include "sandbox/tokenbook.h"

namespace Batchsmith::Sandbox {

namespace {

bool hasHeader(const QHttpServerRequest &request, QByteArrayView name, QByteArray *value = nullptr)
{
    const auto headers = request.headers();
    for (const auto &[key, headerValue] : headers) {
        if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            if (value)
                *value = headerValue.trimmed();
            return true;
        }
    }
    return false;
}

} // namespace

bool Admission::isControlPath(const QString &path)
{
    return path.startsWith(u"/__sandbox/") || path == u"/__sandbox";
}

std::optional<HttpReply> Admission::check(const QHttpServerRequest &request, const TokenBook &tokens)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (hasHeader(request, "Origin")) {
        HttpReply r = HttpReply::error(403, QStringLiteral("FORBIDDEN"),
            QStringLiteral("The sandbox refuses requests from web pages (requests with an Origin header)."), id);
        r.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), id.toLatin1() });
        return r;
    }
    if (!isControlPath(request.url().path()))
        return std::nullopt;
    QByteArray authorization;
    hasHeader(request, "Authorization", &authorization);
    const bool bearer = authorization.size() > 7 && authorization.first(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    const TokenInfo *token = bearer ? tokens.find(QString::fromUtf8(authorization.mid(7).trimmed())) : nullptr;
    if (!token || token->expired) {
        HttpReply r = ErrorBodies::invalidAuthentication(id);
        r.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), id.toLatin1() });
        return r;
    }
    return std::nullopt;
}

} // namespace Batchsmith::Sandbox
