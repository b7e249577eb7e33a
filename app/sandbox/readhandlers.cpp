// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/readhandlers.h"

#include <QJsonArray>

namespace Batchsmith::Sandbox {

ReadHandlers::ReadHandlers(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
}

HttpReply ReadHandlers::properties(
    const ObjectDef &type, const QString &one, const QUrlQuery &query, const CallContext &call) const
{
    const QString sensitivity = query.queryItemValue(QStringLiteral("dataSensitivity"));
    if (!one.isEmpty()) {
        if (const PropertyDef *p = type.property(one))
            return HttpReply::json(200, p->toJson(int(type.propertyIndex.value(one))));
        return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
            QStringLiteral("Unable to find property %1 for object type %2").arg(one, type.typeId), call.correlationId);
    }
    QJsonArray results;
    for (int i = 0; i < type.properties.size(); ++i) {
        const PropertyDef &p = type.properties.at(i);
        const bool wantSensitive = sensitivity == u"sensitive" || sensitivity == u"highly_sensitive";
        if (p.sensitive != wantSensitive)
            continue;
        results.append(p.toJson(i));
    }
    return HttpReply::json(200, QJsonObject { { QStringLiteral("results"), results } });
}

QJsonObject ReadHandlers::schemaJson(const ObjectDef &type) const
{
    QJsonArray properties;
    for (int i = 0; i < type.properties.size(); ++i)
        properties.append(type.properties.at(i).toJson(i));
    QJsonArray associations;
    int n = 0;
    for (const ObjectDef &other : m_catalogue.objects()) {
        for (const AssociationLabel &l : m_catalogue.labels(type.typeId, other.typeId)) {
            associations.append(QJsonObject { { QStringLiteral("id"), QString::number(l.typeId) },
                { QStringLiteral("fromObjectTypeId"), l.fromTypeId }, { QStringLiteral("toObjectTypeId"), l.toTypeId },
                { QStringLiteral("name"),
                    l.label.isEmpty() ? QStringLiteral("%1_to_%2").arg(type.name, other.name) : l.label },
                { QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
                { QStringLiteral("updatedAt"), QStringLiteral("2024-01-15T10:00:00.000Z") } });
            ++n;
        }
    }
    return QJsonObject { { QStringLiteral("id"), type.typeId.section(u'-', 1) },
        { QStringLiteral("objectTypeId"), type.typeId }, { QStringLiteral("name"), type.name },
        { QStringLiteral("fullyQualifiedName"), QStringLiteral("p%1_%2").arg(Catalogue::PortalId).arg(type.name) },
        { QStringLiteral("labels"),
            QJsonObject { { QStringLiteral("singular"), type.singular }, { QStringLiteral("plural"), type.plural } } },
        { QStringLiteral("primaryDisplayProperty"), type.primaryDisplayProperty },
        { QStringLiteral("secondaryDisplayProperties"), QJsonArray() },
        { QStringLiteral("requiredProperties"), QJsonArray::fromStringList(type.required) },
        { QStringLiteral("searchableProperties"), QJsonArray::fromStringList(type.required) },
        { QStringLiteral("properties"), properties }, { QStringLiteral("associations"), associations },
        { QStringLiteral("archived"), false }, { QStringLiteral("allowsSensitiveProperties"), false },
        { QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2024-01-15T10:00:00.000Z") } };
}

HttpReply ReadHandlers::schemas(const QString &one, const Portal &portal, const CallContext &call) const
{
    Q_UNUSED(portal)
    if (!one.isEmpty()) {
        const ObjectDef *type = m_catalogue.find(one);
        if (!type || !type->custom) {
            return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                QStringLiteral("Unable to find object schema %1").arg(one), call.correlationId);
        }
        return HttpReply::json(200, schemaJson(*type));
    }
    QJsonArray results;
    for (const ObjectDef &o : m_catalogue.objects()) {
        if (o.custom)
            results.append(schemaJson(o));
    }
    return HttpReply::json(200, QJsonObject { { QStringLiteral("results"), results } });
}

HttpReply ReadHandlers::labels(const ObjectDef &from, const ObjectDef &to) const
{
    QJsonArray results;
    for (const AssociationLabel &l : m_catalogue.labels(from.typeId, to.typeId)) {
        results.append(QJsonObject { { QStringLiteral("category"), l.category }, { QStringLiteral("typeId"), l.typeId },
            { QStringLiteral("label"), l.label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.label) } });
    }
    return HttpReply::json(200, QJsonObject { { QStringLiteral("results"), results } });
}

namespace {

/// HubSpot's default pipelines were created at the epoch (pipelines-v3.json: "createdAt = 0").
const QString Epoch = QStringLiteral("1970-01-01T00:00:00.000Z");

QJsonObject pipelineJson(const Pipeline &pipeline, int displayOrder)
{
    QJsonArray stages;
    for (int i = 0; i < pipeline.stages.size(); ++i) {
        const PipelineStage &s = pipeline.stages.at(i);
        stages.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("label"), s.label },
            { QStringLiteral("displayOrder"), i }, { QStringLiteral("metadata"), s.metadata },
            { QStringLiteral("archived"), false }, { QStringLiteral("createdAt"), Epoch },
            { QStringLiteral("updatedAt"), Epoch },
            { QStringLiteral("writePermissions"), QStringLiteral("CRM_PERMISSIONS_ENFORCEMENT") } });
    }
    return QJsonObject { { QStringLiteral("id"), pipeline.id }, { QStringLiteral("label"), pipeline.label },
        { QStringLiteral("displayOrder"), displayOrder }, { QStringLiteral("stages"), stages },
        { QStringLiteral("archived"), false }, { QStringLiteral("createdAt"), Epoch },
        { QStringLiteral("updatedAt"), Epoch } };
}

} // namespace

HttpReply ReadHandlers::pipelines(const ObjectDef &type, const QString &one, const CallContext &call) const
{
    const QList<Pipeline> list = m_catalogue.pipelines(type.typeId);
    if (!one.isEmpty()) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).id == one)
                return HttpReply::json(200, pipelineJson(list.at(i), i));
        }
        return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
            QStringLiteral("Unable to find pipeline %1 for object type %2").arg(one, type.typeId), call.correlationId);
    }
    QJsonArray results;
    for (int i = 0; i < list.size(); ++i)
        results.append(pipelineJson(list.at(i), i));
    return HttpReply::json(200, QJsonObject { { QStringLiteral("results"), results } });
}

QJsonObject ReadHandlers::ownerJson(const Owner &owner) const
{
    QJsonArray teams;
    for (int i = 0; i < owner.teamIds.size(); ++i) {
        teams.append(QJsonObject { { QStringLiteral("id"), owner.teamIds.at(i) },
            { QStringLiteral("name"), m_catalogue.teamName(owner.teamIds.at(i)) },
            { QStringLiteral("primary"), i == 0 } });
    }
    QJsonObject json { { QStringLiteral("id"), owner.id }, { QStringLiteral("email"), owner.email },
        { QStringLiteral("type"), QStringLiteral("PERSON") }, { QStringLiteral("firstName"), owner.firstName },
        { QStringLiteral("lastName"), owner.lastName }, { QStringLiteral("userIdIncludingInactive"), owner.userId },
        { QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("archived"), owner.archived }, { QStringLiteral("teams"), teams } };
    if (!owner.archived) // an archived owner's user is no longer active: only userIdIncludingInactive remains
        json.insert(QStringLiteral("userId"), owner.userId);
    return json;
}

HttpReply ReadHandlers::owners(
    const QString &one, const QUrlQuery &query, const QString &path, const CallContext &call) const
{
    const bool archived = query.queryItemValue(QStringLiteral("archived")) == u"true";
    if (!one.isEmpty()) {
        const bool byUserId = query.queryItemValue(QStringLiteral("idProperty")) == u"userId";
        const Owner *owner = m_catalogue.owner(one, byUserId);
        if (!owner || owner->archived != archived) {
            return HttpReply::error(404, QStringLiteral("OBJECT_NOT_FOUND"),
                QStringLiteral("Owner %1 not found").arg(one), call.correlationId);
        }
        return HttpReply::json(200, ownerJson(*owner));
    }
    const QString email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    bool limitOk = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    limit = limitOk ? qBound(1, limit, 500) : 100;
    const int after = qMax(0, query.queryItemValue(QStringLiteral("after")).toInt());
    QList<const Owner *> matching;
    for (const Owner &o : m_catalogue.owners()) {
        if (o.archived == archived && (email.isEmpty() || o.email.compare(email, Qt::CaseInsensitive) == 0))
            matching.append(&o);
    }
    QJsonArray results;
    for (int i = after; i < matching.size() && i < after + limit; ++i)
        results.append(ownerJson(*matching.at(i)));
    QJsonObject body { { QStringLiteral("results"), results } };
    if (after + limit < matching.size()) {
        const QString next = QString::number(after + limit);
        body.insert(QStringLiteral("paging"),
            QJsonObject { { QStringLiteral("next"),
                QJsonObject { { QStringLiteral("after"), next },
                    { QStringLiteral("link"),
                        QStringLiteral("https://api.hubapi.com%1?limit=%2&after=%3")
                            .arg(path)
                            .arg(limit)
                            .arg(next) } } } });
    }
    return HttpReply::json(200, body);
}

HttpReply ReadHandlers::accountDetails() const
{
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("portalId"), Catalogue::PortalId },
            { QStringLiteral("accountType"), QStringLiteral("SANDBOX") },
            { QStringLiteral("timeZone"), Catalogue::timeZone() },
            { QStringLiteral("companyCurrency"), QStringLiteral("USD") },
            { QStringLiteral("additionalCurrencies"),
                QJsonArray { QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("BRL") } },
            { QStringLiteral("utcOffset"), QStringLiteral("-05:00") },
            { QStringLiteral("utcOffsetMilliseconds"), -18000000 },
            { QStringLiteral("uiDomain"), QStringLiteral("app.hubspot.com") },
            { QStringLiteral("dataHostingLocation"), QStringLiteral("na1") } });
}

HttpReply ReadHandlers::apiUsage(
    qint64 dailyLimit, qint64 used, const QDateTime &resetsAt, const CallContext &call) const
{
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("results"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("private-apps-api-calls-daily") },
                { QStringLiteral("usageLimit"), double(dailyLimit) }, { QStringLiteral("currentUsage"), double(used) },
                { QStringLiteral("collectedAt"), call.now.toString(Qt::ISODateWithMs) },
                { QStringLiteral("resetsAt"), resetsAt.toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("fetchStatus"), QStringLiteral("SUCCESS") } } } } });
}

HttpReply ReadHandlers::tokenInfo(const TokenInfo &token) const
{
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("hubId"), Catalogue::PortalId }, { QStringLiteral("appId"), token.appId },
            { QStringLiteral("userId"), 4242 },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes) } });
}

HttpReply ReadHandlers::oauthMetadata(const TokenInfo &token) const
{
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("token"), token.token },
            { QStringLiteral("user"), QStringLiteral("demo@example.com") },
            { QStringLiteral("hub_domain"), QStringLiteral("demo-portal.example.com") },
            { QStringLiteral("hub_id"), Catalogue::PortalId }, { QStringLiteral("app_id"), token.appId },
            { QStringLiteral("expires_in"), token.expired ? 0 : 1800 }, { QStringLiteral("user_id"), 4242 },
            { QStringLiteral("token_type"), QStringLiteral("access") },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes) } });
}

} // namespace Batchsmith::Sandbox
