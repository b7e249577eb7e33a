// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/portalsession.h"

#include "core/api/apiclient.h"
#include "core/catalog/portalcatalog.h"
#include "core/clock.h"
#include "core/net/ratelimiterpool.h"
#include "core/settings/settings.h"
#include "gui/appcontext.h"
#include "gui/logging.h"

namespace Batchsmith {

PortalSession::PortalSession(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

PortalSession::~PortalSession()
{
    m_catalog.reset(); // before the client it uses
}

Result<void> PortalSession::activate(const TokenProfile &profile)
{
    Result<QUrl> endpoint = m_context.endpointFor(profile);
    if (!endpoint)
        return endpoint.error();
    Result<QString> token = m_context.tokens().secret(profile.id);
    if (!token)
        return token.error();
    auto client = std::make_unique<ApiClient>(m_context.network(), SystemClock::instance());
    if (auto ok = client->setBaseUrl(endpoint.value()); !ok)
        return ok.error();
    client->setToken(token.value());
    client->setTimeoutMs(m_context.settings().requestTimeoutMs());

    m_catalog.reset();
    m_client = std::move(client);
    m_catalog = std::make_unique<PortalCatalog>(m_client.get(), profile.apiVersion);
    m_catalog->setRateLimiter(m_context.rateLimiters()->limiterFor(token.value()), SystemClock::instance());
    m_profile = profile;
    m_endpoint = endpoint.value();
    m_token = token.value();
    m_context.tokens().setActiveProfileId(profile.id);
    qCInfo(lcGui) << "working with profile" << profile.name << "at" << m_endpoint.toString();
    Q_EMIT activated(m_profile);
    return {};
}

} // namespace Batchsmith
