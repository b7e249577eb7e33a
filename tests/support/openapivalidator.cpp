// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/openapivalidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Batchsmith::Test {

namespace {

constexpr int MaxDepth = 64;

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    return true;
}

} // namespace

bool OpenApiValidator::load(const QString &specFile, QString *error)
{
    QFile file(specFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(specFile);
        return false;
    }
    m_spec = QJsonDocument::fromJson(file.readAll()).object();
    return !m_spec.isEmpty();
}

QJsonObject OpenApiValidator::resolve(QJsonObject schema) const
{
    for (int hops = 0; hops < MaxDepth && schema.contains(QStringLiteral("$ref")); ++hops) {
        const QStringList parts = schema.value(QStringLiteral("$ref")).toString().mid(2).split(u'/'); // "#/a/b/c"
        QJsonValue target = m_spec;
        for (const QString &part : parts)
            target = target.toObject().value(part);
        schema = target.toObject();
    }
    return schema;
}

void OpenApiValidator::checkObject(
    const QJsonObject &object, const QJsonObject &schema, const QString &at, QStringList &problems, int depth) const
{
    for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
        if (!object.contains(required.toString()))
            problems.append(QStringLiteral("%1: the required field \"%2\" is missing").arg(at, required.toString()));
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString child = at + u'.' + it.key();
        if (properties.contains(it.key()))
            check(it.value(), properties.value(it.key()).toObject(), child, problems, depth + 1);
        else if (additional.isObject())
            check(it.value(), additional.toObject(), child, problems, depth + 1);
        else if (additional.isBool() && !additional.toBool())
            problems.append(QStringLiteral("%1: a field the schema does not allow").arg(child));
    }
}

void OpenApiValidator::check(
    const QJsonValue &value, const QJsonObject &rawSchema, const QString &at, QStringList &problems, int depth) const
{
    if (depth > MaxDepth)
        return;
    const QJsonObject schema = resolve(rawSchema);
    if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
        return;
    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        check(value, part.toObject(), at, problems, depth + 1);
    for (const char *alternatives : { "oneOf", "anyOf" }) {
        const QJsonArray options = schema.value(QString::fromLatin1(alternatives)).toArray();
        if (options.isEmpty())
            continue;
        const bool anyFits = std::any_of(options.begin(), options.end(), [&](const QJsonValue &option) {
            QStringList scratch;
            check(value, option.toObject(), at, scratch, depth + 1);
            return scratch.isEmpty();
        });
        if (!anyFits)
            problems.append(
                QStringLiteral("%1: matches none of the %2 alternatives").arg(at, QString::fromLatin1(alternatives)));
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !hasType(value, type)) {
        problems.append(QStringLiteral("%1: expected %2, found %3").arg(at, type, typeOf(value)));
        return;
    }
    const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value))
        problems.append(
            QStringLiteral("%1: %2 is not one of the allowed values").arg(at, value.toVariant().toString()));
    if (value.isString() && schema.value(QStringLiteral("format")).toString() == u"date-time"
        && !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
        problems.append(QStringLiteral("%1: \"%2\" is not an ISO 8601 date-time").arg(at, value.toString()));
    if (value.isObject())
        checkObject(value.toObject(), schema, at, problems, depth);
    if (value.isArray()) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items, QStringLiteral("%1[%2]").arg(at).arg(i), problems, depth + 1);
    }
}

QStringList OpenApiValidator::validate(const QJsonValue &value, const QString &schemaName) const
{
    const QJsonObject schema = m_spec[QStringLiteral("components")][QStringLiteral("schemas")][schemaName].toObject();
    if (schema.isEmpty())
        return { QStringLiteral("the spec has no schema %1").arg(schemaName) };
    QStringList problems;
    check(value, schema, QStringLiteral("$"), problems, 0);
    return problems;
}

QStringList OpenApiValidator::validateResponse(
    const QString &pathTemplate, const QString &method, int status, const QJsonValue &body) const
{
    const QJsonObject responses
        = m_spec[QStringLiteral("paths")][pathTemplate][method][QStringLiteral("responses")].toObject();
    if (responses.isEmpty())
        return { QStringLiteral("the spec has no %1 %2").arg(method.toUpper(), pathTemplate) };
    QJsonObject response = responses.value(QString::number(status)).toObject();
    if (response.isEmpty())
        response = responses.value(QStringLiteral("default")).toObject();
    if (response.isEmpty())
        return {
            QStringLiteral("the spec lists no answer %1 for %2 %3").arg(status).arg(method.toUpper(), pathTemplate)
        };
    const QJsonObject content = resolve(response).value(QStringLiteral("content")).toObject();
    const QJsonObject media = content.contains(QStringLiteral("application/json"))
        ? content.value(QStringLiteral("application/json")).toObject()
        : content.value(QStringLiteral("*/*")).toObject();
    QStringList problems;
    check(body, media.value(QStringLiteral("schema")).toObject(), QStringLiteral("$"), problems, 0);
    return problems;
}

} // namespace Batchsmith::Test
