// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <random>

#include <QHash>
#include <QUuid>

#include "sandbox/batchhandlers.h"
#include "sandbox/catalogue.h"
#include "sandbox/faultinjector.h"
#include "sandbox/portal.h"
#include "sandbox/ratelimitbook.h"
#include "sandbox/readhandlers.h"
#include "sandbox/sandboxserver.h"

class QHttpServerRequest;

namespace Batchsmith::Sandbox {

class HttpFront;
class SqliteStore;

/// Everything behind SandboxServer: the portal, the limits, the faults, and the routing of one request.
class SandboxState final
{
public:
    struct Outcome
    {
        HttpReply reply;
        int latencyMs = 0;
        FaultKind fault = FaultKind::None;
    };

    explicit SandboxState(SandboxOptions options);
    ~SandboxState();

    bool loadData(QString *error);
    Outcome process(const QString &method, const QHttpServerRequest &request, const QString &path);
    QJsonObject stats() const;
    void reset();
    bool applyScenario(const QJsonObject &patch, QString *error);

    SandboxOptions options;
    HttpFront *front = nullptr;
    quint16 port = 0;
    QHash<int, qint64> requestsByStatus;

private:
    HttpReply control(const QString &method, const QString &path, const QByteArray &body);
    HttpReply route(const QString &method, const QStringList &parts, const QHttpServerRequest &request,
        const TokenInfo &token, const CallContext &call, bool *wrote);
    HttpReply routeBatch(const QStringList &parts, int typeIndex, const QByteArray &body, const TokenInfo &token,
        const CallContext &call, bool *wrote);
    std::optional<HttpReply> authenticate(const QHttpServerRequest &request, const CallContext &call, TokenInfo *token);
    std::optional<HttpReply> requireScope(
        const TokenInfo &token, const QStringList &anyOf, const CallContext &call) const;
    void addRateLimitHeaders(HttpReply &reply, const TokenInfo &token);
    HttpReply rateLimited(bool daily, const CallContext &call) const;
    void persist();
    void buildTokens();

    Catalogue m_catalogue;
    Portal m_portal;
    FaultInjector m_faults;
    BatchHandlers m_batch;
    ReadHandlers m_read;
    RateLimitBook m_limits;
    QHash<QString, TokenInfo> m_tokens;
    std::unique_ptr<SqliteStore> m_store;
    qint64 m_requests = 0;
    qint64 m_rateLimited = 0;
    qint64 m_faultsInjected = 0;
};

} // namespace Batchsmith::Sandbox
