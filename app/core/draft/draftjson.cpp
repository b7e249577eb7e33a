// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/draft/draftjson.h"

#include <QJsonArray>

#include "core/catalog/catalogjson.h"

using namespace Qt::StringLiterals;

namespace Batchsmith::DraftJson {

namespace {

QJsonObject propertyToJson(const PropertyInfo &p)
{
    QJsonArray options;
    for (const PropertyOption &option : p.options) {
        QJsonObject o { { u"label"_s, option.label }, { u"value"_s, option.value } };
        if (option.hidden)
            o.insert(u"hidden"_s, true);
        options.append(o);
    }
    return QJsonObject { { u"name"_s, p.name }, { u"label"_s, p.label }, { u"type"_s, p.type },
        { u"fieldType"_s, p.fieldType }, { u"groupName"_s, p.groupName }, { u"description"_s, p.description },
        { u"options"_s, options }, { u"hasUniqueValue"_s, p.hasUniqueValue }, { u"readOnlyValue"_s, p.readOnlyValue },
        { u"calculated"_s, p.calculated }, { u"hidden"_s, p.hidden }, { u"archived"_s, p.archived },
        { u"hubspotDefined"_s, p.hubspotDefined } };
}

/// A draft keeps a property as HubSpot's properties endpoint does (app/core/draft/FORMAT.md), except that
/// readOnlyValue stands at the top level instead of in modificationMetadata; the catalogue's reader does the rest.
PropertyInfo propertyFromJson(const QJsonObject &json)
{
    PropertyInfo p = CatalogJson::property(json);
    p.readOnlyValue = p.readOnlyValue || json.value(u"readOnlyValue"_s).toBool();
    return p;
}

void insertIfSet(QJsonObject &json, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

QJsonObject columnToJson(const TableColumn &column)
{
    if (column.kind == TableColumn::Kind::Property)
        return { { u"kind"_s, u"property"_s }, { u"key"_s, column.key() },
            { u"property"_s, propertyToJson(column.property) } };
    return { { u"kind"_s, u"association"_s }, { u"key"_s, column.key() }, { u"toObjectType"_s, column.toObjectType },
        { u"toObjectLabel"_s, column.toObjectLabel }, { u"category"_s, column.association.category },
        { u"typeId"_s, column.association.typeId }, { u"label"_s, column.association.label } };
}

bool columnFromJson(const QJsonObject &json, TableColumn *column)
{
    const QString kind = json.value(u"kind"_s).toString();
    if (kind == u"property") {
        *column = TableColumn::forProperty(propertyFromJson(json.value(u"property"_s).toObject()));
        return !column->property.name.isEmpty();
    }
    if (kind == u"association") {
        AssociationLabelInfo association;
        association.category = json.value(u"category"_s).toString();
        association.typeId = json.value(u"typeId"_s).toInt();
        association.label = json.value(u"label"_s).toString();
        *column = TableColumn::forAssociation(
            json.value(u"toObjectType"_s).toString(), json.value(u"toObjectLabel"_s).toString(), association);
        return !column->toObjectType.isEmpty() && association.typeId > 0;
    }
    return false;
}

QJsonObject outcomeToJson(const RowOutcome &o)
{
    QJsonObject json;
    if (!o.isFinal() && o == RowOutcome())
        return json;
    json.insert(u"status"_s, wireName(o.status));
    insertIfSet(json, u"id"_s, o.id);
    insertIfSet(json, u"category"_s, o.category);
    insertIfSet(json, u"code"_s, o.code);
    insertIfSet(json, u"message"_s, o.message);
    insertIfSet(json, u"property"_s, o.property);
    if (o.httpStatus != 0)
        json.insert(u"httpStatus"_s, o.httpStatus);
    insertIfSet(json, u"correlationId"_s, o.correlationId);
    return json;
}

bool outcomeFromJson(const QJsonObject &json, RowOutcome *o)
{
    *o = RowOutcome();
    if (json.isEmpty())
        return true;
    const auto status = rowStatusFromString(json.value(u"status"_s).toString());
    if (!status)
        return false;
    o->status = *status;
    o->id = json.value(u"id"_s).toString();
    o->category = json.value(u"category"_s).toString();
    o->code = json.value(u"code"_s).toString();
    o->message = json.value(u"message"_s).toString();
    o->property = json.value(u"property"_s).toString();
    o->httpStatus = json.value(u"httpStatus"_s).toInt();
    o->correlationId = json.value(u"correlationId"_s).toString();
    return true;
}

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (c == '\n') {
            out.append("\\n", 2);
        } else if (c == '\t') {
            out.append("\\t", 2);
        } else if (c == '\r') {
            out.append("\\r", 2);
        } else if (u < 0x20) {
            out.append("\\u00", 4).append(Hex[u >> 4]).append(Hex[u & 0xf]);
        } else {
            out.append(c); // UTF-8 bytes pass through: JSON text is UTF-8
        }
    }
    out.append('"');
}

} // namespace Batchsmith::DraftJson
