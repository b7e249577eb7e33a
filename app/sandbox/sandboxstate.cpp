// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstate.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/sandboxlogging.h"
#include "sandbox/sqlitestore.h"

namespace Batchsmith::Sandbox {

namespace {

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isWrite(const QString &operation)
{
    return operation != u"read";
}

} // namespace

SandboxState::SandboxState(SandboxOptions opts)
    : options(std::move(opts))
    , m_portal(&m_catalogue)
    , m_faults(&options.scenario)
    , m_batch(m_catalogue, m_portal, options.scenario, m_faults.random())
    , m_read(m_catalogue)
{
    buildTokens();
}

SandboxState::~SandboxState() = default;

void SandboxState::buildTokens()
{
    const QStringList all = m_catalogue.allScopes();
    auto add = [this](const QString &token, QStringList scopes, bool expired = false, bool oauth = false) {
        m_tokens.insert(token, TokenInfo { token, std::move(scopes), expired, oauth, 1000 + int(m_tokens.size()) });
    };
    add(QStringLiteral("demo-all-scopes"), all);
    add(QStringLiteral("demo-contacts-only"),
        { QStringLiteral("crm.objects.contacts.read"), QStringLiteral("crm.objects.contacts.write"),
            QStringLiteral("crm.schemas.contacts.read") });
    QStringList readOnly;
    for (const QString &s : all) {
        if (s.endsWith(u".read") || s == u"tickets")
            readOnly.append(s);
    }
    readOnly.removeAll(QStringLiteral("tickets"));
    add(QStringLiteral("demo-read-only"), readOnly);
    add(QStringLiteral("demo-expired"), all, true, true);
    add(QStringLiteral("demo-oauth"), all, false, true);
    for (const QString &token : std::as_const(options.acceptTokens))
        add(token, all);
}

bool SandboxState::loadData(QString *error)
{
    if (options.dataFile.isEmpty()) {
        m_portal.seed(options.scenario.seed);
        return true;
    }
    m_store = std::make_unique<SqliteStore>(options.dataFile);
    if (!m_store->open(error))
        return false;
    if (!m_store->load(m_catalogue, m_portal)) {
        m_portal.seed(options.scenario.seed);
        m_store->save(m_catalogue, m_portal);
    }
    return true;
}

void SandboxState::persist()
{
    if (m_store)
        m_store->save(m_catalogue, m_portal);
}

QJsonObject SandboxState::stats() const
{
    QJsonObject byStatus;
    for (auto it = requestsByStatus.cbegin(); it != requestsByStatus.cend(); ++it)
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
    m_portal.seed(options.scenario.seed);
    m_faults.reseed();
    m_limits.clear();
    requestsByStatus.clear();
    m_requests = m_rateLimited = m_faultsInjected = 0;
    persist();
}

bool SandboxState::applyScenario(const QJsonObject &patch, QString *error)
{
    if (!options.scenario.applyJson(patch, error))
        return false;
    if (patch.contains(QStringLiteral("seed")))
        m_faults.reseed();
    return true;
}

HttpReply SandboxState::control(const QString &method, const QString &path, const QByteArray &body)
{
    const QString id = newCorrelationId();
    if (path == u"/__sandbox/stats" && method == u"GET")
        return HttpReply::json(200, stats());
    if (path == u"/__sandbox/reset" && method == u"POST") {
        reset();
        return HttpReply::json(200, stats());
    }
    if (path == u"/__sandbox/scenario") {
        if (method == u"POST") {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            QString error = parseError.error == QJsonParseError::NoError && doc.isObject()
                ? QString()
                : QStringLiteral("the body must be a JSON object");
            if (error.isEmpty() && !applyScenario(doc.object(), &error))
                return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"), error, id);
            if (!error.isEmpty())
                return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"), error, id);
        }
        return HttpReply::json(200, options.scenario.toJson());
    }
    return HttpReply::error(
        404, QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("No control endpoint %1").arg(path), id);
}

std::optional<HttpReply> SandboxState::authenticate(
    const QHttpServerRequest &request, const CallContext &call, TokenInfo *token)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QString bearer = header.startsWith("Bearer ") ? QString::fromUtf8(header.mid(7).trimmed()) : QString();
    const auto it = m_tokens.constFind(bearer);
    if (it == m_tokens.cend()) {
        HttpReply r = HttpReply::error(401, QStringLiteral("INVALID_AUTHENTICATION"),
            QStringLiteral(
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can "
                "find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"),
            call.correlationId);
        r.headers.append({ QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized") });
        return r;
    }
    if (it->expired) {
        HttpReply r = HttpReply::error(401, QStringLiteral("EXPIRED_AUTHENTICATION"),
            QStringLiteral("The OAuth token used to make this call expired 0 second(s) ago."), call.correlationId,
            QJsonObject { { QStringLiteral("context"),
                QJsonObject { { QStringLiteral("expire time"),
                    QJsonArray { call.now.addSecs(-1).toString(Qt::ISODateWithMs) } } } } });
        r.headers.append({ QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized") });
        return r;
    }
    *token = *it;
    return std::nullopt;
}

std::optional<HttpReply> SandboxState::requireScope(
    const TokenInfo &token, const QStringList &anyOf, const CallContext &call) const
{
    for (const QString &scope : anyOf) {
        if (token.scopes.contains(scope))
            return std::nullopt;
    }
    return HttpReply::error(403, QStringLiteral("MISSING_SCOPES"),
        QStringLiteral("This app hasn't been granted all required scopes to make this call. Read more about required "
                       "scopes here: https://developers.hubspot.com/scopes."),
        call.correlationId,
        QJsonObject {
            { QStringLiteral("errors"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("message"), QStringLiteral("One or more of the following scopes are required.") },
                    { QStringLiteral("context"),
                        QJsonObject {
                            { QStringLiteral("requiredGranularScopes"), QJsonArray::fromStringList(anyOf) } } } } } },
            { QStringLiteral("links"),
                QJsonObject {
                    { QStringLiteral("scopes"), QStringLiteral("https://developers.hubspot.com/scopes") } } } });
}

HttpReply SandboxState::rateLimited(bool daily, const CallContext &call) const
{
    const QString policy = daily ? QStringLiteral("DAILY") : QStringLiteral("TEN_SECONDLY_ROLLING");
    HttpReply r = HttpReply::json(429,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("message"),
                daily ? QStringLiteral("You have reached your daily limit.")
                      : QStringLiteral("You have reached your ten_secondly_rolling limit.") },
            { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
            { QStringLiteral("correlationId"), call.correlationId }, { QStringLiteral("policyName"), policy },
            { QStringLiteral("groupName"),
                QString((daily ? QStringLiteral("publicapi:private-app-api-calls-daily:")
                               : QStringLiteral("publicapi:private-app-api-calls-ten-secondly:"))
                    + QString::number(Catalogue::PortalId)) } });
    if (options.scenario.retryAfterOn429)
        r.headers.append(
            { QByteArrayLiteral("Retry-After"), daily ? QByteArrayLiteral("3600") : QByteArrayLiteral("10") });
    return r;
}

void SandboxState::addRateLimitHeaders(HttpReply &reply, const TokenInfo &token)
{
    const Scenario &s = options.scenario;
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

SandboxState::Outcome SandboxState::process(
    const QString &method, const QHttpServerRequest &request, const QString &path)
{
    Outcome out;
    if (path.startsWith(u"/__sandbox/")) {
        out.reply = control(method, path, request.body());
        return out;
    }
    ++m_requests;
    CallContext call { newCorrelationId(), QDateTime::currentDateTimeUtc() };
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);

    // The OAuth endpoints take the token in the path or the body, not in a header.
    if (parts.value(0) == u"oauth") {
        QString key = parts.size() == 4 && parts.at(1) == u"v1"
            ? parts.at(3)
            : QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("tokenKey")).toString();
        const auto it = m_tokens.constFind(key);
        if (it == m_tokens.cend()) {
            out.reply = HttpReply::error(
                404, QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("Token not found"), call.correlationId);
        } else {
            out.reply = parts.value(1) == u"v1" ? m_read.oauthMetadata(*it) : m_read.tokenInfo(*it);
        }
        out.reply.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), call.correlationId.toLatin1() });
        return out;
    }

    TokenInfo token;
    if (auto refused = authenticate(request, call, &token)) {
        out.reply = *refused;
    } else if (const auto verdict = m_limits.admit(
                   token.token, options.scenario.rateLimit, options.scenario.rateWindowMs, options.scenario.dailyLimit);
               verdict != RateLimitBook::Verdict::Allowed) {
        ++m_rateLimited;
        out.reply = rateLimited(verdict == RateLimitBook::Verdict::Daily, call);
        addRateLimitHeaders(out.reply, token);
    } else {
        const FaultSpec fault = m_faults.next(method, path);
        out.latencyMs = m_faults.nextLatencyMs();
        out.fault = fault.kind;
        if (fault.kind != FaultKind::None)
            ++m_faultsInjected;
        if (fault.kind == FaultKind::Status) {
            out.reply = HttpReply::error(fault.status,
                fault.status == 423 ? QStringLiteral("LOCKED") : QStringLiteral("INTERNAL_ERROR"),
                fault.status == 423 ? QStringLiteral("Too much data synced in a short time; the record is locked.")
                                    : QStringLiteral("The server encountered an error (injected by the sandbox)."),
                call.correlationId);
            if (fault.retryAfterSeconds >= 0)
                out.reply.headers.append(
                    { QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds) });
        } else if (fault.kind == FaultKind::NonJson) {
            out.reply.status = 502;
            out.reply.contentType = QByteArrayLiteral("text/html");
            out.reply.body
                = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>");
        } else if (fault.kind == FaultKind::Empty2xx) {
            out.reply = HttpReply::json(path.endsWith(u"/create") ? 201 : 200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("COMPLETE") },
                    { QStringLiteral("results"), QJsonArray() },
                    { QStringLiteral("startedAt"), call.now.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("completedAt"), call.now.toString(Qt::ISODateWithMs) } });
        } else if (fault.kind != FaultKind::Hang) {
            bool wrote = false;
            out.reply = route(method, parts, request, token, call, &wrote);
            if (wrote)
                persist();
        }
        addRateLimitHeaders(out.reply, token);
    }
    out.reply.headers.append({ QByteArrayLiteral("X-HubSpot-Correlation-Id"), call.correlationId.toLatin1() });
    return out;
}

HttpReply SandboxState::routeBatch(const QStringList &parts, int typeIndex, const QByteArray &body,
    const TokenInfo &token, const CallContext &call, bool *wrote)
{
    const QString typeName = QUrl::fromPercentEncoding(parts.at(typeIndex).toUtf8());
    const QString operation = parts.value(typeIndex + 2);
    static const QStringList operations { QStringLiteral("create"), QStringLiteral("upsert"), QStringLiteral("update"),
        QStringLiteral("read"), QStringLiteral("archive") };
    const ObjectDef *type = m_catalogue.find(typeName);
    if (!type) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Unable to infer object type from: %1").arg(typeName), call.correlationId);
    }
    if (!operations.contains(operation) || parts.size() != typeIndex + 3
        || (!type->batchWrite && operation != u"read")) {
        return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
            QStringLiteral("Batch %1 is not available for object type %2 (%3)")
                .arg(operation, type->name, type->typeId),
            call.correlationId);
    }
    if (auto refused = requireScope(token, { isWrite(operation) ? type->writeScope() : type->readScope() }, call))
        return *refused;
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
    // Batch endpoints: /crm/v3/objects/T/batch/op, /crm/objects/2026-03/T/batch/op, /crm/objects/v3/T/batch/op.
    const bool v3Objects = p0 == u"crm" && p1 == u"v3" && p2 == u"objects";
    const bool datedObjects = p0 == u"crm" && p1 == u"objects" && (p2 == u"2026-03" || p2 == u"v3");
    if ((v3Objects || datedObjects) && parts.value(4) == u"batch" && method == u"POST")
        return routeBatch(parts, 3, request.body(), token, call, wrote);

    if (method == u"GET") {
        const bool v3Props = p0 == u"crm" && p1 == u"v3" && p2 == u"properties";
        const bool datedProps = p0 == u"crm" && p1 == u"properties" && p2 == u"2026-03";
        if ((v3Props || datedProps) && (parts.size() == 4 || parts.size() == 5)) {
            const ObjectDef *type = m_catalogue.find(parts.at(3));
            if (!type)
                return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                    QStringLiteral("Unable to infer object type from: %1").arg(parts.at(3)), call.correlationId);
            if (auto refused = requireScope(
                    token, { type->readScope(), QStringLiteral("crm.schemas.%1.read").arg(type->name) }, call))
                return *refused;
            return m_read.properties(*type, parts.value(4), request.query(), call);
        }
        if (p0 == u"crm-object-schemas" && (p1 == u"v3" || p1 == u"2026-03") && p2 == u"schemas") {
            if (auto refused = requireScope(token,
                    { QStringLiteral("crm.schemas.custom.read"), QStringLiteral("crm.objects.custom.read") }, call))
                return *refused;
            return m_read.schemas(parts.value(3), m_portal, call);
        }
        const bool v4Labels = p0 == u"crm" && p1 == u"v4" && p2 == u"associations" && parts.size() == 6;
        const bool newLabels
            = p0 == u"crm" && p1 == u"associations" && (p2 == u"v4" || p2 == u"2026-03") && parts.size() == 6;
        if ((v4Labels || newLabels) && parts.at(5) == u"labels") {
            const ObjectDef *from = m_catalogue.find(parts.at(3));
            const ObjectDef *to = m_catalogue.find(parts.at(4));
            if (!from || !to)
                return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                    QStringLiteral("Unable to infer object type from: %1").arg(from ? parts.at(4) : parts.at(3)),
                    call.correlationId);
            if (auto refused = requireScope(token, { from->readScope(), to->readScope() }, call))
                return *refused;
            return m_read.labels(*from, *to);
        }
        if (p0 == u"account-info" && (p1 == u"v3" || p1 == u"2026-03")) {
            if (p2 == u"details" && parts.size() == 3)
                return m_read.accountDetails();
            if (p2 == u"api-usage")
                return m_read.apiUsage(options.scenario.dailyLimit, m_limits.usedToday(token.token), call);
        }
    }
    return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("No endpoint %1 /%2").arg(method, parts.join(u'/')), call.correlationId);
}

} // namespace Batchsmith::Sandbox
