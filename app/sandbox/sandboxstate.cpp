// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstate.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include "sandbox/errorbodies.h"
#include "sandbox/sqlitestore.h"

namespace Batchsmith::Sandbox {

namespace {

bool isWrite(const QString &operation)
{
    return operation != u"read";
}

bool isBatchOperation(const QString &operation)
{
    return operation == u"create" || operation == u"upsert" || operation == u"update" || operation == u"read"
        || operation == u"archive";
}

/// /crm/v3/objects/T/…, /crm/objects/2026-03/T/… and the alias /crm/objects/v3/T/…
bool isObjectsPath(const QStringList &parts)
{
    const QString p0 = parts.value(0), p1 = parts.value(1), p2 = parts.value(2);
    return p0 == u"crm"
        && ((p1 == u"v3" && p2 == u"objects") || (p1 == u"objects" && (p2 == u"2026-03" || p2 == u"v3")));
}

bool isSearchPath(const QString &method, const QStringList &parts)
{
    return method == u"POST" && parts.size() == 5 && parts.at(4) == u"search" && isObjectsPath(parts);
}

HttpReply unknownType(const QString &name, const CallContext &call)
{
    return ErrorBodies::notFound(call.correlationId, QStringLiteral("Unable to infer object type from: %1").arg(name));
}

} // namespace

SandboxState::SandboxState(SandboxOptions options)
    : m_options(std::move(options))
    , m_portal(&m_catalogue)
    , m_faults(&m_options.scenario)
    , m_batch(m_catalogue, m_portal, m_options.scenario, m_faults.random())
    , m_read(m_catalogue)
    , m_search(m_portal, m_searchLag, m_options.scenario)
    , m_tokens(m_catalogue.allScopes(), m_options.acceptTokens, m_options.demoTokens)
{
    if (m_options.monotonicClockMs)
        m_limits.setClock(m_options.monotonicClockMs);
    m_portal.setBeforeUpdate([this](const QString &typeId, const Record &previous, const QString &stamp) {
        const int delay = m_options.scenario.searchIndexDelayMs;
        if (delay <= 0)
            return;
        m_searchLag.keep(typeId, previous, stamp);
        // Forget as the writes go, not only when a search comes: a long run of updates with no search would pile
        // up versions. The inputs of one batch share a stamp, so the cutoff is worked out once per batch.
        if (stamp != m_lagStamp) {
            m_lagStamp = stamp;
            m_lagCutoff = QDateTime::fromString(stamp, Qt::ISODateWithMs).addMSecs(-delay).toString(Qt::ISODateWithMs);
        }
        m_searchLag.forget(m_lagCutoff);
    });
}

SandboxState::~SandboxState() = default;

bool SandboxState::loadData(QString *error)
{
    if (m_options.dataFile.isEmpty()) {
        m_portal.seed(m_options.scenario.seed);
        return true;
    }
    m_store = std::make_unique<SqliteStore>(m_options.dataFile);
    if (!m_store->open(error)) {
        m_store.reset();
        return false;
    }
    m_portal.setTrackChanges(true);
    if (!m_store->load(m_portal)) {
        m_portal.seed(m_options.scenario.seed);
        m_store->replaceAll(m_portal);
    }
    return true;
}

void SandboxState::persist()
{
    if (m_store)
        m_store->saveChanges(m_portal);
}

QJsonObject SandboxState::stats() const
{
    QJsonObject byStatus;
    for (auto it = m_requestsByStatus.cbegin(); it != m_requestsByStatus.cend(); ++it)
        byStatus.insert(QString::number(it.key()), double(it.value()));
    QJsonObject objects;
    for (const ObjectDef &o : m_catalogue.objects())
        objects.insert(o.name, double(m_portal.count(o.typeId)));
    const PortalCounters &c = m_portal.counters();
    return QJsonObject { { QStringLiteral("requests"), double(m_requests) },
        { QStringLiteral("requestsByStatus"), byStatus }, { QStringLiteral("recordsCreated"), double(c.created) },
        { QStringLiteral("recordsUpdated"), double(c.updated) },
        { QStringLiteral("recordsArchived"), double(c.archived) },
        { QStringLiteral("duplicateCreates"), double(c.duplicateCreates) },
        { QStringLiteral("rateLimited429"), double(m_rateLimited) },
        { QStringLiteral("faultsInjected"), double(m_faultsInjected) }, { QStringLiteral("objects"), objects } };
}

void SandboxState::reset()
{
    m_portal.seed(m_options.scenario.seed);
    m_faults.reseed();
    m_faults.restartCounts();
    m_limits.clear();
    m_searchLag.clear();
    m_requestsByStatus.clear();
    m_requests = m_rateLimited = m_faultsInjected = 0;
    if (m_store)
        m_store->replaceAll(m_portal);
}

bool SandboxState::applyScenario(const QJsonObject &patch, QString *error)
{
    if (!m_options.scenario.applyJson(patch, error))
        return false;
    if (patch.contains(QStringLiteral("seed")))
        m_faults.reseed();
    return true;
}

HttpReply SandboxState::control(const QString &method, const QString &path, const QByteArray &body)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (path == u"/__sandbox/stats" && method == u"GET")
        return HttpReply::json(200, stats());
    if (path == u"/__sandbox/reset" && method == u"POST") {
        reset();
        return HttpReply::json(200, stats());
    }
    if (path == u"/__sandbox/scenario" && (method == u"GET" || method == u"POST")) {
        if (method == u"POST") {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                return HttpReply::error(
                    400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("the body must be a JSON object"), id);
            }
            QString error;
            if (!applyScenario(doc.object(), &error))
                return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"), error, id);
        }
        return HttpReply::json(200, m_options.scenario.toJson());
    }
    return ErrorBodies::notFound(id, QStringLiteral("No control endpoint %1 %2").arg(method, path));
}

HttpReply SandboxState::oauth(const QStringList &parts, const QByteArray &body, const CallContext &call) const
{
    // GET /oauth/v1/access-tokens/{token}; POST /oauth/v2/private-apps/get/access-token-info {"tokenKey": …}
    const bool metadata = parts.size() == 4 && parts.at(1) == u"v1" && parts.at(2) == u"access-tokens";
    const bool info = parts.join(u'/') == u"oauth/v2/private-apps/get/access-token-info";
    if (!metadata && !info)
        return ErrorBodies::notFound(call.correlationId, QStringLiteral("No endpoint /%1").arg(parts.join(u'/')));
    const QString key = metadata ? QUrl::fromPercentEncoding(parts.at(3).toUtf8())
                                 : QJsonDocument::fromJson(body).object().value(QStringLiteral("tokenKey")).toString();
    const TokenInfo *token = m_tokens.find(key);
    if (!token)
        return ErrorBodies::notFound(call.correlationId, QStringLiteral("Token not found"));
    return metadata ? m_read.oauthMetadata(*token) : m_read.tokenInfo(*token);
}

std::optional<HttpReply> SandboxState::authenticate(
    const QHttpServerRequest &request, const CallContext &call, const TokenInfo **token) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const bool bearer = header.size() > 7 && header.first(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    const TokenInfo *found = bearer ? m_tokens.find(QString::fromUtf8(header.mid(7).trimmed())) : nullptr;
    if (!found)
        return ErrorBodies::invalidAuthentication(call.correlationId);
    if (found->expired)
        return ErrorBodies::expiredAuthentication(call.correlationId, call.now.addSecs(-1).toString(Qt::ISODateWithMs));
    *token = found;
    return std::nullopt;
}

void SandboxState::addRateLimitHeaders(HttpReply &reply, const TokenInfo &token)
{
    const Scenario &s = m_options.scenario;
    reply.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Max"), QByteArray::number(s.rateLimit) });
    reply.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"),
        QByteArray::number(m_limits.remaining(token.token, s.rateLimit, s.rateWindowMs)) });
    reply.headers.append(
        { QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray::number(s.rateWindowMs) });
    if (!token.oauth) {
        reply.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Daily"), QByteArray::number(s.dailyLimit) });
        reply.headers.append({ QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining"),
            QByteArray::number(qMax<qint64>(0, s.dailyLimit - m_limits.usedToday(token.token))) });
    }
}

SandboxState::Outcome SandboxState::process(const QString &method, const QHttpServerRequest &request)
{
    Outcome out;
    const QString path = request.url().path();
    if (path.startsWith(u"/__sandbox/")) {
        out.api = false;
        out.reply = control(method, path, request.body());
        return out;
    }
    ++m_requests;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CallContext call { QUuid::createUuid().toString(QUuid::WithoutBraces), now, now.toString(Qt::ISODateWithMs) };
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.value(0) == u"oauth") // the token travels in the path or the body, not in a header
        out.reply = oauth(parts, request.body(), call);
    else
        admit(out, method, path, parts, request, call);
    out.reply.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), call.correlationId.toLatin1() });
    return out;
}

void SandboxState::admit(Outcome &out, const QString &method, const QString &path, const QStringList &parts,
    const QHttpServerRequest &request, const CallContext &call)
{
    const TokenInfo *token = nullptr;
    if (auto refused = authenticate(request, call, &token)) {
        out.reply = *refused;
        return;
    }
    const bool search = isSearchPath(method, parts);
    if (auto refused = refuseOverLimit(search, *token, call))
        out.reply = *refused;
    else
        runWithFaults(out, method, path, parts, request, *token, call);
    if (!search) // search answers carry no rate-limit headers (docs/hubspot-behaviour.md §5.3)
        addRateLimitHeaders(out.reply, *token);
}

std::optional<HttpReply> SandboxState::refuseOverLimit(bool search, const TokenInfo &token, const CallContext &call)
{
    const Scenario &s = m_options.scenario;
    // Refused requests do not use up the budget (README.md, "Rate limits").
    if (search && !m_limits.searchAllowed(token.token, s.searchRatePerSecond)) {
        ++m_rateLimited;
        return ErrorBodies::searchRateLimited(call.correlationId, s.retryAfterOn429 ? 1 : -1);
    }
    if (!search || s.searchCountsTowardRateLimit) {
        const auto verdict = m_limits.admit(token.token, s.rateLimit, s.rateWindowMs, s.dailyLimit);
        if (verdict != RateLimitBook::Verdict::Allowed) {
            ++m_rateLimited;
            const bool daily = verdict == RateLimitBook::Verdict::Daily;
            const int retryAfter = !s.retryAfterOn429 ? -1 : daily ? 3600 : qMax(1, s.rateWindowMs / 1000);
            return ErrorBodies::rateLimited(call.correlationId, daily, retryAfter);
        }
    }
    if (search)
        m_limits.countSearch(token.token);
    return std::nullopt;
}

void SandboxState::runWithFaults(Outcome &out, const QString &method, const QString &path, const QStringList &parts,
    const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call)
{
    const FaultSpec fault = m_faults.next(method, path);
    out.latencyMs = m_faults.nextLatencyMs();
    out.fault = fault.kind;
    switch (fault.kind) {
    case FaultKind::Status:
        ++m_faultsInjected;
        out.reply = ErrorBodies::injectedStatus(call.correlationId, fault.status, fault.retryAfterSeconds);
        return;
    case FaultKind::NonJson:
        ++m_faultsInjected;
        out.reply = ErrorBodies::nonJson();
        return;
    case FaultKind::Hang:
        ++m_faultsInjected;
        return;
    case FaultKind::RateLimit: {
        ++m_faultsInjected;
        ++m_rateLimited;
        const bool daily = fault.policyName == u"DAILY";
        const Scenario &s = m_options.scenario;
        const int retryAfter = fault.retryAfterSeconds >= 0 ? fault.retryAfterSeconds
            : !s.retryAfterOn429                            ? -1
            : daily                                         ? 3600
                                                            : qMax(1, s.rateWindowMs / 1000);
        out.reply = ErrorBodies::rateLimited(call.correlationId, daily, retryAfter);
        return;
    }
    case FaultKind::TokenRefused:
        ++m_faultsInjected;
        out.reply = ErrorBodies::invalidAuthentication(call.correlationId);
        return;
    case FaultKind::Empty2xx: {
        ++m_faultsInjected;
        if (isSearchPath(method, parts)) { // a search that finds nothing, as an index that lags would answer
            out.reply.body = QByteArrayLiteral("{\"total\":0,\"results\":[]}");
            return;
        }
        const QByteArray stamp = call.stamp.toLatin1();
        out.reply.status = path.endsWith(u"/create") ? 201 : 200;
        out.reply.body = "{\"status\":\"COMPLETE\",\"results\":[],\"startedAt\":\"" + stamp + "\",\"completedAt\":\""
            + stamp + "\"}";
        return;
    }
    case FaultKind::DropAfterCommit:
    case FaultKind::Truncated:
    case FaultKind::StatusAfterCommit:
        ++m_faultsInjected;
        break; // the write happens; SandboxServer spoils the answer, or the status below replaces it
    case FaultKind::None:
        break;
    }
    bool wrote = false;
    out.reply = route(method, parts, request, token, call, &wrote);
    if (wrote)
        persist();
    if (fault.kind == FaultKind::StatusAfterCommit)
        out.reply = ErrorBodies::injectedStatus(call.correlationId, fault.status, fault.retryAfterSeconds);
}

HttpReply SandboxState::routeBatch(
    const QStringList &parts, const QByteArray &body, const TokenInfo &token, const CallContext &call, bool *wrote)
{
    const QString typeName = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
    const QString operation = parts.value(5);
    const ObjectDef *type = m_catalogue.find(typeName);
    if (!type)
        return unknownType(typeName, call);
    if (!isBatchOperation(operation) || parts.size() != 6) {
        return ErrorBodies::notFound(call.correlationId, QStringLiteral("No endpoint /%1").arg(parts.join(u'/')));
    }
    if (!type->batchWrite && isWrite(operation)) { // no such endpoint: the type's API is read-only
        return ErrorBodies::notFound(call.correlationId,
            QStringLiteral("Batch %1 is not supported for object type %2 (%3)")
                .arg(operation, type->name, type->typeId));
    }
    const QStringList scopes = isWrite(operation) ? type->writeScopes() : type->readScopes();
    if (!token.hasAnyScope(scopes))
        return ErrorBodies::missingScopes(call.correlationId, scopes);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Invalid input JSON on line 1, column %1: %2")
                .arg(parseError.offset + 1)
                .arg(parseError.errorString()),
            call.correlationId);
    }
    *wrote = isWrite(operation);
    return m_batch.handle(*type, operation, doc.object(), call);
}

HttpReply SandboxState::route(const QString &method, const QStringList &parts, const QHttpServerRequest &request,
    const TokenInfo &token, const CallContext &call, bool *wrote)
{
    const QString p0 = parts.value(0), p1 = parts.value(1), p2 = parts.value(2);
    // /crm/v3/objects/T/batch/op, /crm/objects/2026-03/T/batch/op and the alias /crm/objects/v3/T/batch/op.
    const bool v3Objects = p0 == u"crm" && p1 == u"v3" && p2 == u"objects";
    const bool datedObjects = p0 == u"crm" && p1 == u"objects" && (p2 == u"2026-03" || p2 == u"v3");
    if ((v3Objects || datedObjects) && parts.value(4) == u"batch" && method == u"POST")
        return routeBatch(parts, request.body(), token, call, wrote);
    if (isSearchPath(method, parts))
        return routeSearch(parts, request.body(), token, call);
    if (method == u"GET")
        return routeRead(parts, request, token, call);
    return ErrorBodies::notFound(
        call.correlationId, QStringLiteral("No endpoint %1 /%2").arg(method, parts.join(u'/')));
}

HttpReply SandboxState::routeSearch(
    const QStringList &parts, const QByteArray &body, const TokenInfo &token, const CallContext &call)
{
    const QString typeName = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
    const ObjectDef *type = m_catalogue.find(typeName);
    if (!type)
        return unknownType(typeName, call);
    if (!token.hasAnyScope(type->readScopes()))
        return ErrorBodies::missingScopes(call.correlationId, type->readScopes());
    return m_search.search(*type, body, call);
}

std::optional<HttpReply> SandboxState::routePipelinesAndOwners(
    const QStringList &parts, const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call)
{
    const QString p0 = parts.value(0), p1 = parts.value(1), p2 = parts.value(2);
    // /crm/v3/pipelines/{type}[/{id}], /crm/pipelines/2026-03/{type}[/{id}]
    const bool pipelines = p0 == u"crm"
        && ((p1 == u"v3" && p2 == u"pipelines") || (p1 == u"pipelines" && p2 == u"2026-03"))
        && (parts.size() == 4 || parts.size() == 5);
    if (pipelines) {
        const QString typeName = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
        const ObjectDef *type = m_catalogue.find(typeName);
        if (!type)
            return unknownType(typeName, call);
        if (!token.hasAnyScope(type->readScopes()))
            return ErrorBodies::missingScopes(call.correlationId, type->readScopes());
        return m_read.pipelines(*type, QUrl::fromPercentEncoding(parts.value(4).toUtf8()), call);
    }
    // /crm/v3/owners[/{id}], /crm/owners/2026-03[/{id}]
    const bool v3Owners = p0 == u"crm" && p1 == u"v3" && p2 == u"owners" && parts.size() <= 4;
    const bool datedOwners = p0 == u"crm" && p1 == u"owners" && p2 == u"2026-03" && parts.size() <= 4;
    if (!v3Owners && !datedOwners)
        return std::nullopt;
    const QStringList scopes { QStringLiteral("crm.objects.owners.read") };
    if (!token.hasAnyScope(scopes))
        return ErrorBodies::missingScopes(call.correlationId, scopes);
    return m_read.owners(parts.value(3), request.query(), request.url().path(), call);
}

HttpReply SandboxState::routeRead(
    const QStringList &parts, const QHttpServerRequest &request, const TokenInfo &token, const CallContext &call)
{
    const QString p0 = parts.value(0), p1 = parts.value(1), p2 = parts.value(2);
    const bool properties = p0 == u"crm"
        && ((p1 == u"v3" && p2 == u"properties") || (p1 == u"properties" && p2 == u"2026-03"))
        && (parts.size() == 4 || parts.size() == 5);
    if (properties) {
        const ObjectDef *type = m_catalogue.find(parts.at(3));
        if (!type)
            return unknownType(parts.at(3), call);
        if (!token.hasAnyScope(type->propertyScopes()))
            return ErrorBodies::missingScopes(call.correlationId, type->propertyScopes());
        return m_read.properties(*type, parts.value(4), request.query(), call);
    }
    if (auto reply = routePipelinesAndOwners(parts, request, token, call))
        return *reply;
    const bool schemas = (p0 == u"crm-object-schemas" && (p1 == u"v3" || p1 == u"2026-03") && p2 == u"schemas")
        || (p0 == u"crm" && p1 == u"v3" && p2 == u"schemas");
    if (schemas && parts.size() <= 4) {
        const QStringList scopes { QStringLiteral("crm.schemas.custom.read"),
            QStringLiteral("crm.objects.custom.read") };
        if (!token.hasAnyScope(scopes))
            return ErrorBodies::missingScopes(call.correlationId, scopes);
        return m_read.schemas(parts.value(3), m_portal, call);
    }
    const bool labels = p0 == u"crm" && parts.size() == 6 && parts.at(5) == u"labels"
        && ((p1 == u"v4" && p2 == u"associations") || (p1 == u"associations" && (p2 == u"v4" || p2 == u"2026-03")));
    if (labels) {
        const ObjectDef *from = m_catalogue.find(parts.at(3));
        const ObjectDef *to = m_catalogue.find(parts.at(4));
        if (!from || !to)
            return unknownType(from ? parts.at(4) : parts.at(3), call);
        const QStringList scopes = from->readScopes() + to->readScopes();
        if (!token.hasAnyScope(scopes))
            return ErrorBodies::missingScopes(call.correlationId, scopes);
        return m_read.labels(*from, *to);
    }
    if (p0 == u"account-info" && (p1 == u"v3" || p1 == u"2026-03")) {
        if (p2 == u"details" && parts.size() == 3)
            return m_read.accountDetails();
        if (parts.mid(2).join(u'/') == u"api-usage/daily/private-apps")
            return m_read.apiUsage(
                m_options.scenario.dailyLimit, m_limits.usedToday(token.token), m_limits.dailyResetsAt(), call);
    }
    return ErrorBodies::notFound(call.correlationId, QStringLiteral("No endpoint GET /%1").arg(parts.join(u'/')));
}

} // namespace Batchsmith::Sandbox
