// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class ApiCall;
class ApiClient;
class Clock;
struct TokenProfile;

/**
 * Talks to a Batchsmith sandbox's control endpoints (app/sandbox/README.md, "Control endpoints"): its counters, a reset
 * to the seeded portal, and partial scenarios. Every request goes through ApiClient, so it carries the profile's token
 * as `Authorization: Bearer` (the sandbox refuses control requests without one) and never an `Origin` header; none
 * goes through a rate limiter, since the sandbox does not count them.
 *
 * Each call takes a context object and a callback, called exactly once, later, unless the context is destroyed
 * first. Owned by the front end; GUI thread. The network manager and the clock must outlive it.
 *
 *     SandboxControl control(&nam, SystemClock::instance());
 *     control.setEndpoint(session.endpoint(), session.token());
 *     control.applyScenario(QJsonObject { { u"latencyMs"_s, 1000 } }, this, [](const Result<QJsonObject> &r) { … });
 */
class SandboxControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxControl)

public:
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    SandboxControl(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~SandboxControl() override;

    /// Whether @p profile's requests go to a sandbox: the embedded one, or any base URL on loopback (a
    /// batchsmith-sandbox started by hand). Real HubSpot is never on loopback.
    static bool isSandbox(const TokenProfile &profile);

    /// Where the sandbox is, and the token it accepts. Fails (keeping the previous one) for a URL ApiClient refuses.
    Result<void> setEndpoint(const QUrl &baseUrl, const QString &token);

    /// GET /__sandbox/stats.
    void stats(QObject *context, Callback done);
    /// POST /__sandbox/reset: the seeded portal again, counters and limits cleared; answers the stats.
    void reset(QObject *context, Callback done);
    /// GET /__sandbox/scenario.
    void scenario(QObject *context, Callback done);
    /// POST /__sandbox/scenario with a partial scenario; answers the whole scenario, or the sandbox's reason.
    void applyScenario(const QJsonObject &patch, QObject *context, Callback done);

private:
    void finish(ApiCall *call, QObject *context, Callback done);

    std::unique_ptr<ApiClient> m_client;
};

} // namespace Batchsmith
