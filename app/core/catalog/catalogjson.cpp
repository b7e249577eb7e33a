// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogjson.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Batchsmith::CatalogJson {

namespace {

Error::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Error::Kind::Authentication;
    case 403:
        return Error::Kind::Permission;
    case 429:
        return Error::Kind::RateLimited;
    default:
        return Error::Kind::Http;
    }
}

Error protocolError(const ApiResponse &response, const QString &what)
{
    Error e = Error::make(Error::Kind::Protocol, what);
    e.httpStatus = response.httpStatus;
    e.correlationId = response.correlationId();
    return e;
}

/// "results" as an array, or a Protocol error.
Result<QJsonArray> results(const ApiResponse &response)
{
    Result<QJsonObject> json = object(response);
    if (!json)
        return json.error();
    const QJsonValue value = json->value(u"results"_s);
    if (!value.isArray())
        return protocolError(response, u"The answer has no \"results\" list."_s);
    return value.toArray();
}

QString text(const QJsonValue &value)
{
    // HubSpot's ids are numbers in some answers and strings in others.
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

} // namespace

Result<QJsonObject> object(const ApiResponse &response)
{
    if (response.timedOut) {
        Error e = Error::make(Error::Kind::Timeout, response.errorString);
        return e;
    }
    if (response.aborted)
        return Error::make(Error::Kind::Cancelled, u"The request was cancelled."_s);
    if (response.networkFailure || response.httpStatus == 0) {
        return Error::make(Error::Kind::Network,
            response.errorString.isEmpty() ? u"No answer from the server."_s : response.errorString);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (response.httpStatus < 200 || response.httpStatus > 299) {
        Error e;
        e.kind = kindForStatus(response.httpStatus);
        e.httpStatus = response.httpStatus;
        e.correlationId = response.correlationId();
        e.message = doc.object().value(u"message"_s).toString();
        if (e.message.isEmpty())
            e.message = u"HTTP %1 %2"_s.arg(response.httpStatus).arg(response.errorString);
        return e;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return protocolError(response, u"The answer is not a JSON object."_s);
    return doc.object();
}

PropertyInfo property(const QJsonObject &json)
{
    PropertyInfo p;
    p.name = json.value(u"name"_s).toString();
    p.label = json.value(u"label"_s).toString();
    p.type = json.value(u"type"_s).toString();
    p.fieldType = json.value(u"fieldType"_s).toString();
    p.groupName = json.value(u"groupName"_s).toString();
    p.description = json.value(u"description"_s).toString();
    p.hasUniqueValue = json.value(u"hasUniqueValue"_s).toBool();
    p.readOnlyValue = json.value(u"modificationMetadata"_s).toObject().value(u"readOnlyValue"_s).toBool();
    p.calculated = json.value(u"calculated"_s).toBool();
    p.hidden = json.value(u"hidden"_s).toBool();
    p.archived = json.value(u"archived"_s).toBool();
    p.hubspotDefined = json.value(u"hubspotDefined"_s).toBool();
    p.referencedObjectType = json.value(u"referencedObjectType"_s).toString();
    QList<std::pair<int, PropertyOption>> options;
    const QJsonArray jsonOptions = json.value(u"options"_s).toArray();
    for (const QJsonValue &v : jsonOptions) {
        const QJsonObject o = v.toObject();
        const int order = o.value(u"displayOrder"_s).toInt(-1);
        options.append({ order < 0 ? int(options.size()) + 1000000 : order,
            PropertyOption {
                o.value(u"label"_s).toString(), o.value(u"value"_s).toString(), o.value(u"hidden"_s).toBool() } });
    }
    // displayOrder is how HubSpot's own pickers list the options; -1 (or none) means "after the others".
    std::stable_sort(options.begin(), options.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &o : std::as_const(options))
        p.options.append(o.second);
    return p;
}

Result<QList<PropertyInfo>> properties(const ApiResponse &response)
{
    Result<QJsonArray> array = results(response);
    if (!array)
        return array.error();
    QList<PropertyInfo> list;
    for (const QJsonValue &v : std::as_const(*array)) {
        PropertyInfo p = property(v.toObject());
        if (!p.archived && !p.name.isEmpty())
            list.append(std::move(p));
    }
    std::sort(list.begin(), list.end(), [](const PropertyInfo &a, const PropertyInfo &b) {
        const int byLabel = a.label.localeAwareCompare(b.label);
        return byLabel != 0 ? byLabel < 0 : a.name < b.name;
    });
    return list;
}

Result<QList<ObjectTypeEntry>> schemas(const ApiResponse &response)
{
    Result<QJsonArray> array = results(response);
    if (!array)
        return array.error();
    QList<ObjectTypeEntry> list;
    for (const QJsonValue &v : std::as_const(*array)) {
        const QJsonObject schema = v.toObject();
        if (schema.value(u"archived"_s).toBool())
            continue;
        ObjectTypeEntry e;
        e.objectTypeId = schema.value(u"objectTypeId"_s).toString();
        e.name = e.objectTypeId; // the portal-independent way to name a custom object in a path
        const QJsonObject labels = schema.value(u"labels"_s).toObject();
        const QString name = schema.value(u"name"_s).toString();
        e.singularLabel = labels.value(u"singular"_s).toString(name);
        e.pluralLabel = labels.value(u"plural"_s).toString(e.singularLabel);
        e.custom = true;
        if (!e.objectTypeId.isEmpty())
            list.append(e);
    }
    return list;
}

Result<QList<AssociationLabelInfo>> associationLabels(const ApiResponse &response)
{
    Result<QJsonArray> array = results(response);
    if (!array)
        return array.error();
    QList<AssociationLabelInfo> list;
    for (const QJsonValue &v : std::as_const(*array)) {
        const QJsonObject o = v.toObject();
        list.append(
            { o.value(u"category"_s).toString(), o.value(u"typeId"_s).toInt(), o.value(u"label"_s).toString() });
    }
    std::stable_sort(list.begin(), list.end(), [](const AssociationLabelInfo &a, const AssociationLabelInfo &b) {
        return a.label.isEmpty() && !b.label.isEmpty();
    });
    return list;
}

Result<AccountInfo> account(const ApiResponse &response)
{
    Result<QJsonObject> json = object(response);
    if (!json)
        return json.error();
    AccountInfo info;
    info.portalId = text(json->value(u"portalId"_s));
    if (info.portalId.isEmpty())
        return protocolError(response, u"The account details have no portalId."_s);
    info.accountType = json->value(u"accountType"_s).toString();
    info.timeZone = json->value(u"timeZone"_s).toString();
    info.companyCurrency = json->value(u"companyCurrency"_s).toString();
    info.uiDomain = json->value(u"uiDomain"_s).toString();
    info.dataHostingLocation = json->value(u"dataHostingLocation"_s).toString();
    return info;
}

Result<QList<PipelineInfo>> pipelines(const ApiResponse &response)
{
    Result<QJsonArray> array = results(response);
    if (!array)
        return array.error();
    QList<PipelineInfo> list;
    for (const QJsonValue &v : std::as_const(*array)) {
        const QJsonObject o = v.toObject();
        PipelineInfo pipeline { text(o.value(u"id"_s)), o.value(u"label"_s).toString(),
            o.value(u"displayOrder"_s).toInt(), o.value(u"archived"_s).toBool(), {} };
        const QJsonArray stages = o.value(u"stages"_s).toArray();
        for (const QJsonValue &sv : stages) {
            const QJsonObject so = sv.toObject();
            const QJsonObject meta = so.value(u"metadata"_s).toObject();
            // metadata values are strings in the specs ("true", "0.2"); accept JSON booleans and numbers too.
            const QJsonValue closed = meta.value(u"isClosed"_s);
            PipelineStageInfo stage { text(so.value(u"id"_s)), so.value(u"label"_s).toString(),
                so.value(u"displayOrder"_s).toInt(), so.value(u"archived"_s).toBool(),
                meta.value(u"probability"_s).isDouble() ? QString::number(meta.value(u"probability"_s).toDouble())
                                                        : meta.value(u"probability"_s).toString(),
                closed.isBool() ? closed.toBool() : closed.toString() == u"true"_s,
                meta.value(u"ticketState"_s).toString() };
            if (!stage.id.isEmpty() && !stage.archived)
                pipeline.stages.append(stage);
        }
        std::stable_sort(pipeline.stages.begin(), pipeline.stages.end(),
            [](const PipelineStageInfo &a, const PipelineStageInfo &b) { return a.displayOrder < b.displayOrder; });
        if (!pipeline.id.isEmpty() && !pipeline.archived)
            list.append(pipeline);
    }
    // As HubSpot's pickers list them: by displayOrder, then by label (the specs' rule for equal displayOrder).
    std::stable_sort(list.begin(), list.end(), [](const PipelineInfo &a, const PipelineInfo &b) {
        return a.displayOrder != b.displayOrder ? a.displayOrder < b.displayOrder
                                                : a.label.localeAwareCompare(b.label) < 0;
    });
    return list;
}

Result<QList<OwnerInfo>> owners(const ApiResponse &response, QString *nextAfter)
{
    Result<QJsonArray> array = results(response);
    if (!array)
        return array.error();
    QList<OwnerInfo> list;
    for (const QJsonValue &v : std::as_const(*array)) {
        const QJsonObject o = v.toObject();
        OwnerInfo owner { text(o.value(u"id"_s)), o.value(u"email"_s).toString(), o.value(u"firstName"_s).toString(),
            o.value(u"lastName"_s).toString(), text(o.value(u"userId"_s)), o.value(u"archived"_s).toBool() };
        if (!owner.id.isEmpty())
            list.append(owner);
    }
    if (nextAfter) {
        *nextAfter = QJsonDocument::fromJson(response.body)
                         .object()
                         .value(u"paging"_s)
                         .toObject()
                         .value(u"next"_s)
                         .toObject()
                         .value(u"after"_s)
                         .toString();
    }
    return list;
}

QStringList requiredScopes(const ApiResponse &response)
{
    QStringList scopes;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonArray errors = body.value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject context = e.toObject().value(u"context"_s).toObject();
        for (const QString &key : { u"requiredGranularScopes"_s, u"requiredScopes"_s }) {
            const QJsonArray names = context.value(key).toArray();
            for (const QJsonValue &name : names) {
                if (!scopes.contains(name.toString()))
                    scopes.append(name.toString());
            }
        }
    }
    scopes.removeAll(QString());
    return scopes;
}

QStringList scopes(const ApiResponse &response)
{
    Result<QJsonObject> json = object(response);
    if (!json)
        return {};
    QStringList list;
    const QJsonArray array = json->value(u"scopes"_s).toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    list.removeAll(QString());
    return list;
}

} // namespace Batchsmith::CatalogJson
