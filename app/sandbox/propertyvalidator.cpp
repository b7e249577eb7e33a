// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/propertyvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "sandbox/scenario.h"

namespace Batchsmith::Sandbox {

namespace {

PropertyProblem problem(const char *code, const QString &name, const QString &message)
{
    return { QString::fromLatin1(code), name, message };
}

/// A JSON property value as HubSpot stores it: a string.
QString valueString(const QJsonValue &v)
{
    return v.isString() ? v.toString()
        : v.isDouble()  ? QString::number(v.toDouble(), 'g', 17)
        : v.isBool()    ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : QString();
}

QString optionList(const PropertyDef &p)
{
    QStringList values;
    for (const OptionDef &o : p.options)
        values.append(o.value);
    return u'[' + values.join(QStringLiteral(", ")) + u']';
}

/// local@domain.tld without spaces: what the regular expression ^[^@\s]+@[^@\s]+\.[^@\s]+$ accepts, without its
/// cost on every contact of every batch.
bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) >= 0)
        return false;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QStringView domain = text.sliced(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1;
}

} // namespace

std::optional<PropertyProblem> PropertyValidator::checkDate(const PropertyDef &p, const QString &value)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression digits(QStringLiteral("^-?\\d+$"));
    if (p.type == u"date") {
        if (isoDate.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid())
            return std::nullopt;
        if (digits.match(value).hasMatch()) {
            const qint64 ms = value.toLongLong();
            const qint64 intoDay = ((ms % 86400000) + 86400000) % 86400000;
            if (intoDay == 0)
                return std::nullopt;
            const QTime t = QTime::fromMSecsSinceStartOfDay(int(intoDay));
            return problem("INVALID_DATE", p.name,
                QStringLiteral("%1 is at %2 UTC, not midnight!").arg(value, t.toString(QStringLiteral("H:mm:ss.zzz"))));
        }
        return problem("INVALID_DATE", p.name, QStringLiteral("%1 is not a valid date").arg(value));
    }
    if (digits.match(value).hasMatch() || QDateTime::fromString(value, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(value, Qt::ISODate).isValid())
        return std::nullopt;
    return problem("INVALID_DATETIME", p.name, QStringLiteral("%1 is not a valid datetime").arg(value));
}

std::optional<PropertyProblem> PropertyValidator::checkValue(const PropertyDef &p, const QString &value)
{
    if (p.readOnly || p.calculated)
        return problem("READ_ONLY_VALUE", p.name,
            QStringLiteral("\"%1\" is a read only property; its value cannot be set.").arg(p.name));
    if (value.isEmpty())
        return std::nullopt; // clearing a value
    if (value.size() > MaxStringLength) {
        return problem("INVALID_STRING_LENGTH", p.name,
            QStringLiteral("%1 is longer than the %2 characters a property value may have")
                .arg(p.name)
                .arg(MaxStringLength));
    }
    if (p.type == u"enumeration") {
        const QStringList parts
            = p.fieldType == u"checkbox" ? value.split(u';', Qt::SkipEmptyParts) : QStringList { value };
        for (const QString &part : parts) {
            if (!p.hasOption(part)) {
                return problem("INVALID_OPTION", p.name,
                    QStringLiteral("%1 was not one of the allowed options: %2").arg(part, optionList(p)));
            }
        }
        return std::nullopt;
    }
    if (p.type == u"number") {
        static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
        if (!number.match(value).hasMatch())
            return problem("INVALID_INTEGER", p.name, QStringLiteral("%1 was not a valid number").arg(p.name));
        return std::nullopt;
    }
    if (p.type == u"bool") {
        if (value != u"true" && value != u"false")
            return problem(
                "INVALID_BOOLEAN", p.name, QStringLiteral("%1 is not a valid boolean: use true or false").arg(value));
        return std::nullopt;
    }
    if (p.type == u"date" || p.type == u"datetime" || p.type == u"dateTime")
        return checkDate(p, value);
    if (p.email) {
        if (!looksLikeEmail(value.trimmed()))
            return problem("INVALID_EMAIL", p.name, QStringLiteral("Email address %1 is invalid").arg(value));
    }
    return std::nullopt;
}

std::optional<PropertyProblem> PropertyValidator::checkStage(const Catalogue &catalogue, const ObjectDef &type,
    const QJsonObject &properties, const Scenario &scenario, const Record *existing)
{
    const QString stage = valueString(properties.value(type.stageProperty));
    if (stage.isEmpty())
        return std::nullopt;
    QString pipelineId = valueString(properties.value(type.pipelineProperty));
    if (pipelineId.isEmpty() && existing) {
        if (const std::optional<QString> stored = existing->value(type.pipelineProperty))
            pipelineId = *stored;
    }
    // A record without a pipeline is in the default one (docs/hubspot-behaviour.md §11.8).
    if (pipelineId.isEmpty())
        pipelineId = catalogue.pipelines(type.typeId).value(0).id;
    const Pipeline *pipeline = catalogue.pipeline(type.typeId, pipelineId);
    if (!pipeline) // an unknown pipeline is already an INVALID_OPTION of its own property
        return std::nullopt;
    if (pipeline->hasStage(stage))
        return std::nullopt;
    return problem("INVALID_OPTION", type.stageProperty, scenario.invalidStageMessage.arg(stage, pipelineId));
}

QList<PropertyProblem> PropertyValidator::validate(const Catalogue &catalogue, const ObjectDef &type,
    const QJsonObject &properties, bool create, const Scenario &scenario, PropertyValues *values,
    const Record *existing)
{
    QList<PropertyProblem> problems;
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const PropertyDef *p = type.property(it.key());
        if (!p) {
            problems.append(problem(
                "PROPERTY_DOESNT_EXIST", it.key(), QStringLiteral("Property \"%1\" does not exist").arg(it.key())));
            continue;
        }
        const QString value = valueString(it.value());
        if (p->source == PropertyDef::Source::Owners && !p->readOnly && !value.isEmpty()) {
            const Owner *owner = catalogue.owner(value);
            if (!owner || owner->archived) {
                problems.append(problem("INVALID_OWNER_ID", p->name, scenario.invalidOwnerMessage.arg(value)));
                continue;
            }
        } else if (auto bad = checkValue(*p, value)) {
            problems.append(*bad);
            continue;
        }
        if (values)
            values->append({ p->name, value });
    }
    if (!type.stageProperty.isEmpty() && problems.isEmpty()) {
        if (auto bad = checkStage(catalogue, type, properties, scenario, existing))
            problems.append(*bad);
    }
    if (create) {
        for (const QString &name : type.required) {
            if (properties.value(name).toString().trimmed().isEmpty())
                problems.append(problem("REQUIRED_PROPERTY", name, scenario.requiredPropertyMessage.arg(name)));
        }
    }
    return problems;
}

QJsonObject PropertyValidator::errorBody(const QList<PropertyProblem> &problems, const QString &correlationId)
{
    QJsonArray embedded;
    QJsonArray errors;
    for (const PropertyProblem &p : problems) {
        embedded.append(QJsonObject { { QStringLiteral("isValid"), false }, { QStringLiteral("message"), p.message },
            { QStringLiteral("error"), p.code }, { QStringLiteral("name"), p.name },
            { QStringLiteral("localizedErrorMessage"), p.message },
            { QStringLiteral("portalId"), Catalogue::PortalId } });
        errors.append(QJsonObject { { QStringLiteral("message"), p.message }, { QStringLiteral("code"), p.code },
            { QStringLiteral("context"), QJsonObject { { QStringLiteral("propertyName"), QJsonArray { p.name } } } } });
    }
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("message"),
            QString(QStringLiteral("Property values were not valid: ")
                + QString::fromUtf8(QJsonDocument(embedded).toJson(QJsonDocument::Compact))) },
        { QStringLiteral("correlationId"), correlationId }, { QStringLiteral("errors"), errors },
        { QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR") } };
}

} // namespace Batchsmith::Sandbox
