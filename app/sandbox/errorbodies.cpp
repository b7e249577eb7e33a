// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/errorbodies.h"

#include <QJsonArray>

#include "sandbox/catalogue.h"

namespace Batchsmith::Sandbox {

HttpReply ErrorBodies::invalidAuthentication(const QString &correlationId)
{
    HttpReply r = HttpReply::error(401, QStringLiteral("INVALID_AUTHENTICATION"),
        QStringLiteral("Authentication credentials not found. This API supports OAuth 2.0 authentication and you can "
                       "find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"),
        correlationId);
    r.headers.append({ QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized") });
    return r;
}

HttpReply ErrorBodies::expiredAuthentication(const QString &correlationId, const QString &expiredAt)
{
    HttpReply r = HttpReply::error(401, QStringLiteral("EXPIRED_AUTHENTICATION"),
        QStringLiteral("The OAuth token used to make this call expired 0 second(s) ago."), correlationId,
        QJsonObject { { QStringLiteral("context"),
            QJsonObject { { QStringLiteral("expire time"), QJsonArray { expiredAt } } } } });
    r.headers.append({ QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized") });
    return r;
}

HttpReply ErrorBodies::missingScopes(const QString &correlationId, const QStringList &anyOf)
{
    const QJsonObject detail { { QStringLiteral("message"),
                                   QStringLiteral("One or more of the following scopes are required.") },
        { QStringLiteral("context"),
            QJsonObject { { QStringLiteral("requiredGranularScopes"), QJsonArray::fromStringList(anyOf) } } } };
    return HttpReply::error(403, QStringLiteral("MISSING_SCOPES"),
        QStringLiteral("This app hasn't been granted all required scopes to make this call. Read more about required "
                       "scopes here: https://developers.hubspot.com/scopes."),
        correlationId,
        QJsonObject { { QStringLiteral("errors"), QJsonArray { detail } },
            { QStringLiteral("links"),
                QJsonObject {
                    { QStringLiteral("scopes"), QStringLiteral("https://developers.hubspot.com/scopes") } } } });
}

HttpReply ErrorBodies::rateLimited(const QString &correlationId, bool daily, int retryAfterSeconds)
{
    const QString group = daily ? QStringLiteral("publicapi:private-app-api-calls-daily:%1")
                                : QStringLiteral("publicapi:private-app-api-calls-ten-secondly:%1");
    HttpReply r = HttpReply::json(429,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("message"),
                daily ? QStringLiteral("You have reached your daily limit.")
                      : QStringLiteral("You have reached your ten_secondly_rolling limit.") },
            { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
            { QStringLiteral("correlationId"), correlationId },
            { QStringLiteral("policyName"), daily ? QStringLiteral("DAILY") : QStringLiteral("TEN_SECONDLY_ROLLING") },
            { QStringLiteral("groupName"), group.arg(Catalogue::PortalId) } });
    if (retryAfterSeconds >= 0)
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
    return r;
}

HttpReply ErrorBodies::searchRateLimited(const QString &correlationId, int retryAfterSeconds)
{
    HttpReply r = HttpReply::json(429,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("message"), QStringLiteral("You have reached your secondly limit.") },
            { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
            { QStringLiteral("category"), QStringLiteral("RATE_LIMITS") },
            { QStringLiteral("correlationId"), correlationId },
            { QStringLiteral("policyName"), QStringLiteral("SECONDLY") },
            { QStringLiteral("groupName"),
                QStringLiteral("publicapi:private-app-crm-search-secondly:%1").arg(Catalogue::PortalId) } });
    if (retryAfterSeconds >= 0)
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
    return r;
}

HttpReply ErrorBodies::injectedStatus(const QString &correlationId, int status, int retryAfterSeconds)
{
    QString category = QStringLiteral("INTERNAL_ERROR");
    QString message = QStringLiteral("The server encountered an error (injected by the sandbox).");
    if (status == 423) {
        category = QStringLiteral("LOCKED");
        message = QStringLiteral("Too much data was synced in a short time; the records are locked for 2 seconds.");
    } else if (status == 477) {
        category = QStringLiteral("MIGRATION_IN_PROGRESS");
        message = QStringLiteral("The account is being migrated between data-hosting locations.");
    } else if (status == 503 || status == 504 || status == 524) {
        category = QStringLiteral("SERVICE_UNAVAILABLE");
        message = QStringLiteral("The service is temporarily unavailable (injected by the sandbox).");
    }
    HttpReply r = HttpReply::error(status, category, message, correlationId);
    if (retryAfterSeconds >= 0)
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
    return r;
}

HttpReply ErrorBodies::nonJson()
{
    HttpReply r;
    r.status = 502;
    r.contentType = QByteArrayLiteral("text/html");
    r.body = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                               "<p>The upstream server did not answer (injected by the sandbox).</p></body></html>");
    return r;
}

HttpReply ErrorBodies::notFound(const QString &correlationId, const QString &message)
{
    return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"), message, correlationId);
}

} // namespace Batchsmith::Sandbox
