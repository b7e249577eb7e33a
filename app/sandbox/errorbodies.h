// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "sandbox/httpreply.h"

namespace Batchsmith::Sandbox {

/**
 * The whole-request refusals that do not depend on a handler: 401, 403, 429 and the injected faults' bodies
 * (docs/hubspot-behaviour.md §4.4, §5.4, §10.4). Stateless.
 */
class ErrorBodies final
{
public:
    /// 401 INVALID_AUTHENTICATION with x-hubspot-auth-failure.
    static HttpReply invalidAuthentication(const QString &correlationId);
    /// 401 EXPIRED_AUTHENTICATION with context["expire time"].
    static HttpReply expiredAuthentication(const QString &correlationId, const QString &expiredAt);
    /// 403 MISSING_SCOPES: errors[0].context.requiredGranularScopes = @p anyOf, links.scopes.
    static HttpReply missingScopes(const QString &correlationId, const QStringList &anyOf);
    /// 429 in the legacy RATE_LIMIT shape; Retry-After only when @p retryAfterSeconds >= 0.
    static HttpReply rateLimited(const QString &correlationId, bool daily, int retryAfterSeconds);
    /// 429 for the CRM search's own per-second limit: policyName SECONDLY, category RATE_LIMITS
    /// (docs/hubspot-behaviour.md §11.9); Retry-After only when @p retryAfterSeconds >= 0.
    static HttpReply searchRateLimited(const QString &correlationId, int retryAfterSeconds);
    /// An injected status fault (423, 477, 5xx), with Retry-After when @p retryAfterSeconds >= 0.
    static HttpReply injectedStatus(const QString &correlationId, int status, int retryAfterSeconds);
    /// An injected proxy error page: 502 text/html.
    static HttpReply nonJson();
    /// 404 for a path the sandbox does not serve, or an unknown object type.
    static HttpReply notFound(const QString &correlationId, const QString &message);
};

} // namespace Batchsmith::Sandbox
