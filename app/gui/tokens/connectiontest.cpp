// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tokens/connectiontest.h"

#include <QTimer>

#include "core/api/apiclient.h"
#include "core/catalog/portalcatalog.h"
#include "core/clock.h"

namespace Batchsmith {

namespace {

constexpr int TimeoutMs = 30000;
constexpr int ScopesShown = 3;

} // namespace

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void ConnectionTest::start(const QUrl &endpoint, const QString &token, ApiVersion version, Done done)
{
    auto *client = new ApiClient(m_network, SystemClock::instance(), this);
    if (auto ok = client->setBaseUrl(endpoint); !ok) {
        QTimer::singleShot(0, this, [done, error = ok.error()] { done(error); });
        return;
    }
    client->setToken(token);
    client->setTimeoutMs(TimeoutMs);
    auto *catalog = new PortalCatalog(client, version, this);
    catalog->setReadAttempts(1);
    if (m_limiter)
        catalog->setRateLimiter(m_limiter, SystemClock::instance());
    catalog->account(this, std::move(done));
}

QString ConnectionTest::describe(const AccountInfo &info, QString *scopes)
{
    const QString timeZone = info.timeZone.isEmpty() ? tr("unknown") : info.timeZone;
    if (scopes)
        *scopes = info.scopes.join(u'\n');
    if (info.scopes.isEmpty()) {
        //: %1 portal id (12345678), %2 its time zone (US/Eastern)
        return tr("Connected to portal %1 (time zone %2; the portal did not say which scopes the token has).")
            .arg(info.portalId, timeZone);
    }
    QStringList shown = info.scopes.mid(0, ScopesShown);
    if (info.scopes.size() > ScopesShown)
        shown.append(QStringLiteral("…"));
    //: %1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes
    return tr("Connected to portal %1 (time zone %2, %Ln scope(s): %3).", nullptr, int(info.scopes.size()))
        .arg(info.portalId, timeZone, shown.join(QStringLiteral(", ")));
}

QString ConnectionTest::describe(const Error &error)
{
    const QString message = error.message.isEmpty() ? tr("no details") : error.message;
    if (error.httpStatus > 0 && !error.correlationId.isEmpty()) {
        //: %1 HTTP status (401), %2 HubSpot's message, %3 HubSpot's correlation id (a UUID) for its support
        return tr("Connection failed: HTTP %1, %2 (correlation ID %3)")
            .arg(error.httpStatus)
            .arg(message, error.correlationId);
    }
    if (error.httpStatus > 0) {
        //: %1 HTTP status (401), %2 HubSpot's message
        return tr("Connection failed: HTTP %1, %2").arg(error.httpStatus).arg(message);
    }
    //: %1 what went wrong, e.g. "Connection refused"
    return tr("Connection failed: %1").arg(message);
}

} // namespace Batchsmith
