// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QUrl>

#include "core/result.h"
#include "core/tokens/tokenstore.h"

namespace Batchsmith {

class ApiClient;
class AppContext;
class PortalCatalog;

/**
 * The account the window works with: the active token profile, the address its requests go to (the embedded
 * sandbox's for the Sandbox profile), its token, and a PortalCatalog reading that portal. Switching profiles
 * builds a fresh client and catalog, so nothing cached from one portal shows up in another.
 * Owned by the main window; GUI thread.
 */
class PortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSession)

public:
    explicit PortalSession(AppContext &context, QObject *parent = nullptr);
    ~PortalSession() override;

    /// Makes @p profile the active one. Fails (keeping the previous one) when its token cannot be read or the
    /// embedded sandbox does not start.
    Result<void> activate(const TokenProfile &profile);

    const TokenProfile &profile() const { return m_profile; }

    QUrl endpoint() const { return m_endpoint; }

    /// The bearer token; never logged or shown.
    QString token() const { return m_token; }

    PortalCatalog *catalog() const { return m_catalog.get(); }

    bool isActive() const { return m_catalog != nullptr; }

Q_SIGNALS:
    void activated(const Batchsmith::TokenProfile &profile);

private:
    AppContext &m_context;
    TokenProfile m_profile;
    QUrl m_endpoint;
    QString m_token;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PortalCatalog> m_catalog;
};

} // namespace Batchsmith
