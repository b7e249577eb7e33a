// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QUrl>

#include "core/batch/batchtypes.h"
#include "core/catalog/catalogtypes.h"
#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class RateLimiter;

/**
 * One "Test connection" run of the token manager: its own ApiClient and PortalCatalog asking the portal for its
 * account details, through the token's RateLimiter when one is given (setRateLimiter()), and sent once: a test
 * reports a failure at once rather than retrying it. The callback runs once, later, unless the test is destroyed first,
 * which cancels the request. Owned by the dialog (QObject parent); the network manager must outlive it. GUI thread.
 */
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    using Done = std::function<void(const Result<AccountInfo> &)>;

    ConnectionTest(QNetworkAccessManager *network, QObject *parent);

    /// The tested token's limiter (RateLimiterPool::limiterFor); not owned, must outlive the test. Set before start().
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }

    void start(const QUrl &endpoint, const QString &token, ApiVersion version, Done done);

    /// "Connected to portal 12345678 (time zone US/Eastern, 58 scopes: …)."; the full scope list goes to @p scopes.
    static QString describe(const AccountInfo &info, QString *scopes = nullptr);
    /// "Connection failed: HTTP 401, <HubSpot's message> (correlation ID …)".
    static QString describe(const Error &error);

private:
    QNetworkAccessManager *m_network;
    RateLimiter *m_limiter = nullptr;
};

} // namespace Batchsmith
