// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>

#include "sandbox/batchhandlers.h"
#include "sandbox/catalogue.h"
#include "sandbox/faultinjector.h"
#include "sandbox/portal.h"
#include "sandbox/ratelimitbook.h"
#include "sandbox/readhandlers.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/searchhandler.h"
#include "sandbox/searchindexlag.h"
#include "sandbox/tokenbook.h"

class QHttpServerRequest;

namespace Batchsmith::Sandbox {

class SqliteStore;

/**
 * Everything behind SandboxServer except the sockets: the portal, tokens, limits, faults, persistence, counters,
 * and the routing of one request to its handler. Owned by SandboxServer; single thread.
 */
class SandboxState final
{
public:
    /// What to send for one request, and how (latency, fault).
    struct Outcome
    {
        HttpReply reply;
        int latencyMs = 0;
        FaultKind fault = FaultKind::None;
        bool api = true; // false for the /__sandbox/ control endpoints
    };

    explicit SandboxState(SandboxOptions options);
    ~SandboxState();
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    /// Opens the data file when there is one and loads the portal from it, else seeds the demo portal.
    bool loadData(QString *error);
    Outcome process(const QString &method, const QHttpServerRequest &request);

    /// Counts an answer that reached the wire, for stats().requestsByStatus.
    void countAnswer(int status) { ++m_requestsByStatus[status]; }

    QJsonObject stats() const;
    void reset();
    bool applyScenario(const QJsonObject &patch, QString *error);

    const SandboxOptions &options() const { return m_options; }

    const TokenBook &tokens() const { return m_tokens; }

private:
    HttpReply control(const QString &method, const QString &path, const QByteArray &body);
    HttpReply oauth(const QStringList &parts, const QByteArray &body, const CallContext &call) const;
    /// Authentication, the rate limit, then runWithFaults().
    void admit(Outcome &out, const QString &method, const QString &path, const QStringList &parts,
        const QHttpServerRequest &request, const CallContext &call);
    /// Draws the fault and latency for the request, then routes it unless the fault answers first.
    void runWithFaults(Outcome &out, const QString &method, const QString &path, const QStringList &parts,
        const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call);
    HttpReply route(const QString &method, const QStringList &parts, const QHttpServerRequest &request,
        const TokenInfo &token, const CallContext &call, bool *wrote);
    HttpReply routeBatch(
        const QStringList &parts, const QByteArray &body, const TokenInfo &token, const CallContext &call, bool *wrote);
    /// POST …/objects/{type}/search (docs/hubspot-behaviour.md §11.9).
    HttpReply routeSearch(
        const QStringList &parts, const QByteArray &body, const TokenInfo &token, const CallContext &call);
    /// The per-second search limit, then (when searches count toward it) the 10-second and daily limits; nullopt when
    /// the request may go on.
    std::optional<HttpReply> refuseOverLimit(bool search, const TokenInfo &token, const CallContext &call);
    HttpReply routeRead(
        const QStringList &parts, const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call);
    /// Pipelines and owners (docs/hubspot-behaviour.md §11.8); nullopt when the path is neither.
    std::optional<HttpReply> routePipelinesAndOwners(
        const QStringList &parts, const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call);
    std::optional<HttpReply> authenticate(
        const QHttpServerRequest &request, const CallContext &call, const TokenInfo **token) const;
    void addRateLimitHeaders(HttpReply &reply, const TokenInfo &token);
    void persist();

    SandboxOptions m_options;
    Catalogue m_catalogue;
    Portal m_portal;
    FaultInjector m_faults;
    BatchHandlers m_batch;
    ReadHandlers m_read;
    SearchIndexLag m_searchLag;
    QString m_lagStamp; // the last update's stamp, and the search index's cutoff then
    QString m_lagCutoff;
    SearchHandler m_search;
    RateLimitBook m_limits;
    TokenBook m_tokens;
    std::unique_ptr<SqliteStore> m_store;
    QHash<int, qint64> m_requestsByStatus;
    qint64 m_requests = 0;
    qint64 m_rateLimited = 0;
    qint64 m_faultsInjected = 0;
};

} // namespace Batchsmith::Sandbox
