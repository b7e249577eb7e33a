// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/batchhandlers.h"

#include <algorithm>

#include "sandbox/propertyvalidator.h"

namespace Batchsmith::Sandbox {

namespace {

const QString Inputs = QStringLiteral("inputs");
const QString Properties = QStringLiteral("properties");
const QString TraceId = QStringLiteral("objectWriteTraceId");
const QString IdProperty = QStringLiteral("idProperty");
const QString Id = QStringLiteral("id");

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool everyInputTraced(const QJsonArray &inputs)
{
    return !inputs.isEmpty() && std::all_of(inputs.begin(), inputs.end(), [](const QJsonValue &v) {
        return !v.toObject().value(TraceId).toString().isEmpty();
    });
}

/// The value of @p name among @p values, or an empty string.
QString valueOf(const PropertyValues &values, const QString &name)
{
    return values.value(name).value_or(QString());
}

QJsonObject standardError(const QString &category, const QString &message, const QJsonObject &context = {})
{
    QJsonObject e { { QStringLiteral("category"), category }, { QStringLiteral("message"), message } };
    if (!context.isEmpty())
        e.insert(QStringLiteral("context"), context);
    return e;
}

QJsonObject conflictError(const ObjectDef &type, const QString &existingId)
{
    return standardError(QStringLiteral("CONFLICT"),
        QStringLiteral("%1 already exists. Existing ID: %2").arg(type.singular, existingId));
}

QJsonObject notFoundError(const ObjectDef &type, const QString &id)
{
    return standardError(QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("Could not get some %1 objects, they may be deleted or not exist. Check that ids are valid.")
            .arg(type.singular.toUpper()),
        QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } });
}

QJsonObject duplicateIdError(const QString &id)
{
    return standardError(QStringLiteral("VALIDATION_ERROR"),
        QStringLiteral("Duplicate IDs found in batch input: [%1]. IDs must be unique").arg(id),
        QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } });
}

/// A StandardError (category, message, context) as a whole-request error reply.
HttpReply wholeRequest(int status, const QJsonObject &error, const CallContext &call)
{
    QJsonObject extra;
    if (error.contains(QStringLiteral("context")))
        extra.insert(QStringLiteral("context"), error.value(QStringLiteral("context")));
    return HttpReply::error(status, error.value(QStringLiteral("category")).toString(),
        error.value(QStringLiteral("message")).toString(), call.correlationId, extra);
}

HttpReply nonUnique(const ObjectDef &type, const QString &property, const CallContext &call)
{
    return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
        QStringLiteral("Unable to perform update/upsert by non-unique %1 property %2 in portal ID %3")
            .arg(type.typeId, property)
            .arg(Catalogue::PortalId),
        call.correlationId);
}

/// The value of a unique property that an earlier input of this create batch already uses, or empty.
QString repeatedInBatch(const ObjectDef &type, const PropertyValues &values, QSet<QString> &seen)
{
    for (const QString &name : type.uniqueProperties()) {
        const QString value = valueOf(values, name);
        if (value.trimmed().isEmpty())
            continue;
        const QString key = name + u'\x1f' + Portal::normalized(name, value);
        if (seen.contains(key))
            return value;
        seen.insert(key);
    }
    return {};
}

/// The scenario's refuseEveryNthInput: every Nth input of a batch (@p index from 0) is refused on its first property,
/// as HubSpot refuses an option it does not have (README.md, "Scenario").
QList<PropertyProblem> scenarioRefusal(const Scenario &scenario, qsizetype index, const QJsonObject &properties)
{
    const int every = scenario.refuseEveryNthInput;
    if (every <= 0 || (index + 1) % every != 0 || properties.isEmpty())
        return {};
    const QString name = properties.constBegin().key();
    const QString value = properties.constBegin().value().toVariant().toString();
    return { { QStringLiteral("INVALID_OPTION"), name,
        QStringLiteral("%1 was not one of the allowed options (the sandbox refuses every %2th input)")
            .arg(value)
            .arg(every) } };
}

} // namespace

BatchHandlers::BatchHandlers(
    const Catalogue &catalogue, Portal &portal, const Scenario &scenario, std::mt19937_64 &random)
    : m_catalogue(catalogue)
    , m_portal(portal)
    , m_scenario(scenario)
    , m_random(random)
{
}

HttpReply BatchHandlers::handle(
    const ObjectDef &type, const QString &operation, const QJsonObject &body, const CallContext &call)
{
    const QJsonValue inputsValue = body.value(Inputs);
    if (!inputsValue.isArray()) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Invalid input JSON on line 1: the required field \"inputs\" is missing"),
            call.correlationId);
    }
    const QJsonArray inputs = inputsValue.toArray();
    if (inputs.size() > m_scenario.maxInputs)
        return HttpReply::error(
            400, QStringLiteral("VALIDATION_ERROR"), m_scenario.tooManyInputsMessage, call.correlationId);
    if (operation == u"read")
        return read(type, body, call);
    if (operation == u"create")
        return create(type, inputs, call);
    if (operation == u"upsert")
        return upsert(type, inputs, call);
    if (operation == u"update")
        return update(type, inputs, call);
    return archive(type, inputs, call);
}

QJsonObject BatchHandlers::associationProblem(const ObjectDef &type, const QJsonArray &associations) const
{
    static const QStringList categories { QStringLiteral("HUBSPOT_DEFINED"), QStringLiteral("USER_DEFINED"),
        QStringLiteral("INTEGRATOR_DEFINED"), QStringLiteral("WORK") };
    const QString invalid = QStringLiteral("VALIDATION_ERROR");
    for (const QJsonValue &v : associations) {
        const QJsonObject a = v.toObject();
        const QString toId = stringOf(a.value(QStringLiteral("to")).toObject().value(Id));
        const QJsonArray types = a.value(QStringLiteral("types")).toArray();
        if (toId.isEmpty() || types.isEmpty())
            return standardError(invalid, QStringLiteral("Each association needs \"to.id\" and \"types\""));
        for (const QJsonValue &t : types) {
            const QString category = t.toObject().value(QStringLiteral("associationCategory")).toString();
            const int typeId = t.toObject().value(QStringLiteral("associationTypeId")).toInt(-1);
            if (!categories.contains(category))
                return standardError(invalid, QStringLiteral("%1 is not a valid association category").arg(category));
            const auto label = m_catalogue.label(type.typeId, category, typeId);
            if (!label) {
                return standardError(invalid,
                    QStringLiteral("%1 association type id %2 does not exist for %3")
                        .arg(category)
                        .arg(typeId)
                        .arg(type.name));
            }
            if (!m_portal.find(label->toTypeId, toId)) {
                return standardError(invalid,
                    QStringLiteral("Could not find object of type %1 with id %2").arg(label->toTypeId, toId),
                    QJsonObject { { QStringLiteral("ids"), QJsonArray { toId } } });
            }
        }
    }
    return {};
}

void BatchHandlers::storeAssociations(const ObjectDef &type, const QString &recordId, const QJsonArray &associations)
{
    for (const QJsonValue &a : associations) {
        const QString toId = stringOf(a[QStringLiteral("to")][Id]);
        for (const QJsonValue &t : a[QStringLiteral("types")].toArray()) {
            const QString category = t[QStringLiteral("associationCategory")].toString();
            const int typeId = t[QStringLiteral("associationTypeId")].toInt();
            const auto label = m_catalogue.label(type.typeId, category, typeId);
            m_portal.associate({ type.typeId, recordId, label ? label->toTypeId : QString(), toId, category, typeId });
        }
    }
}

QString BatchHandlers::uniqueClash(
    const ObjectDef &type, const PropertyValues &values, const QString &selfId, const QString &skipProperty) const
{
    for (const QString &name : type.uniqueProperties()) {
        if (name == skipProperty)
            continue;
        const QString value = valueOf(values, name);
        if (value.trimmed().isEmpty())
            continue;
        const Record *owner = m_portal.findByUnique(type.typeId, name, value);
        if (owner && owner->id != selfId)
            return owner->id;
    }
    return {};
}

std::optional<HttpReply> BatchHandlers::duplicateIds(const QJsonArray &inputs, const CallContext &call) const
{
    QSet<QString> seen;
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        const QString id = stringOf(in.value(Id));
        const QString key = Portal::normalized(in.value(IdProperty).toString(), id);
        if (seen.contains(key))
            return wholeRequest(400, duplicateIdError(id.trimmed()), call);
        seen.insert(key);
    }
    return std::nullopt;
}

HttpReply BatchHandlers::create(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    const bool traced = everyInputTraced(inputs);
    QList<QJsonObject> inputErrors(inputs.size());
    QList<PropertyValues> values(inputs.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        QList<PropertyProblem> problems = PropertyValidator::validate(
            m_catalogue, type, in.value(Properties).toObject(), true, m_scenario, &values[i]);
        if (problems.isEmpty())
            problems = scenarioRefusal(m_scenario, i, in.value(Properties).toObject());
        if (!problems.isEmpty()) {
            if (!traced)
                return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
            inputErrors[i] = PropertyValidator::errorBody(problems, call.correlationId);
            continue;
        }
        const QJsonObject assocError = associationProblem(type, in.value(QStringLiteral("associations")).toArray());
        if (!assocError.isEmpty()) {
            if (!traced)
                return wholeRequest(400, assocError, call);
            inputErrors[i] = assocError;
            continue;
        }
        if (m_scenario.allowDuplicates)
            continue;
        if (const QString existing = uniqueClash(type, values.at(i), {}); !existing.isEmpty()) {
            if (!(traced && m_scenario.conflictAs207))
                return wholeRequest(409, conflictError(type, existing), call);
            inputErrors[i] = conflictError(type, existing);
        } else if (const QString repeated = repeatedInBatch(type, values.at(i), seen); !repeated.isEmpty()) {
            if (!traced)
                return wholeRequest(400, duplicateIdError(repeated), call);
            inputErrors[i] = duplicateIdError(repeated);
        }
    }
    BatchResponse response(type, m_scenario, call);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString trace = in.value(TraceId).toString();
        if (!inputErrors.at(i).isEmpty()) {
            response.addError(inputErrors.at(i), trace);
            continue;
        }
        const Record &record = m_portal.create(type, std::move(values[i]), call.stamp);
        storeAssociations(type, record.id, in.value(QStringLiteral("associations")).toArray());
        response.addResult(record, trace);
    }
    return response.finish(201, m_random);
}

std::optional<HttpReply> BatchHandlers::upsertRefusal(
    const ObjectDef &type, const QJsonArray &inputs, const CallContext &call) const
{
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        const QString idProperty = in.value(IdProperty).toString();
        if (idProperty.isEmpty()) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("idProperty is required for batch upsert"), call.correlationId);
        }
        if (!type.uniqueProperties().contains(idProperty))
            return nonUnique(type, idProperty, call);
        if (stringOf(in.value(Id)).trimmed().isEmpty()) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Invalid input JSON: every upsert input needs an \"id\""), call.correlationId);
        }
        if (m_scenario.rejectUpsertAssociations && in.contains(QStringLiteral("associations"))) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Invalid input JSON: associations are not supported on batch upsert"),
                call.correlationId);
        }
    }
    return duplicateIds(inputs, call);
}

HttpReply BatchHandlers::upsert(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    if (auto refused = upsertRefusal(type, inputs, call))
        return *refused;
    const bool traced = everyInputTraced(inputs);
    const bool allOrNothing = m_scenario.emailUpsertAllOrNothing && !inputs.isEmpty()
        && inputs.first().toObject().value(IdProperty).toString() == u"email";
    QList<QJsonObject> inputErrors(inputs.size());
    QList<QString> matched(inputs.size());
    QList<PropertyValues> values(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString idProperty = in.value(IdProperty).toString();
        const Record *existing
            = m_portal.findByUnique(type.typeId, idProperty, stringOf(in.value(Id)), m_scenario.matchAdditionalEmails);
        matched[i] = existing ? existing->id : QString();
        QList<PropertyProblem> problems = PropertyValidator::validate(
            m_catalogue, type, in.value(Properties).toObject(), false, m_scenario, &values[i], existing);
        if (problems.isEmpty())
            problems = scenarioRefusal(m_scenario, i, in.value(Properties).toObject());
        if (!problems.isEmpty()) {
            if (!traced || allOrNothing)
                return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
            inputErrors[i] = PropertyValidator::errorBody(problems, call.correlationId);
        } else if (const QString clash = uniqueClash(type, values.at(i), matched.at(i), idProperty);
                   !clash.isEmpty() && !m_scenario.allowDuplicates) {
            if (!traced || allOrNothing)
                return wholeRequest(409, conflictError(type, clash), call);
            inputErrors[i] = conflictError(type, clash);
        }
    }
    BatchResponse response(type, m_scenario, call);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString trace = in.value(TraceId).toString();
        if (!inputErrors.at(i).isEmpty()) {
            response.addError(inputErrors.at(i), trace);
            continue;
        }
        PropertyValues &props = values[i];
        if (!matched.at(i).isEmpty()) {
            m_portal.update(type, matched.at(i), props, call.stamp);
            response.addResult(*m_portal.find(type.typeId, matched.at(i)), trace, false);
        } else {
            const QString idProperty = in.value(IdProperty).toString();
            props.remove(idProperty);
            props.append({ idProperty, stringOf(in.value(Id)).trimmed() });
            response.addResult(m_portal.create(type, std::move(props), call.stamp), trace, true);
        }
    }
    return response.finish(200, m_random);
}

HttpReply BatchHandlers::read(const ObjectDef &type, const QJsonObject &body, const CallContext &call)
{
    const QString idProperty = body.value(IdProperty).toString();
    if (!idProperty.isEmpty() && !type.uniqueProperties().contains(idProperty))
        return nonUnique(type, idProperty, call);
    QStringList wanted;
    for (const QJsonValue &v : body.value(Properties).toArray())
        wanted.append(v.toString());
    BatchResponse response(type, m_scenario, call);
    QJsonArray missing;
    for (const QJsonValue &v : body.value(Inputs).toArray()) {
        const QString id = stringOf(v.toObject().value(Id));
        const Record *r = idProperty.isEmpty() ? m_portal.find(type.typeId, id)
                                               : m_portal.findByUnique(type.typeId, idProperty, id);
        if (r)
            response.addResult(*r, {}, std::nullopt, &wanted);
        else
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        QJsonObject error = notFoundError(type, {});
        error.insert(QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), missing } });
        response.addError(error);
    }
    return response.finish(200, m_random);
}

HttpReply BatchHandlers::update(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    if (auto duplicate = duplicateIds(inputs, call))
        return *duplicate;
    const bool traced = everyInputTraced(inputs);
    QList<QJsonObject> inputErrors(inputs.size());
    QList<QString> matched(inputs.size());
    QList<PropertyValues> values(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString id = stringOf(in.value(Id));
        const QString idProperty = in.value(IdProperty).toString();
        if (!idProperty.isEmpty() && !type.uniqueProperties().contains(idProperty))
            return nonUnique(type, idProperty, call);
        const Record *r = idProperty.isEmpty() ? m_portal.find(type.typeId, id)
                                               : m_portal.findByUnique(type.typeId, idProperty, id);
        matched[i] = r ? r->id : QString();
        const QList<PropertyProblem> problems = PropertyValidator::validate(
            m_catalogue, type, in.value(Properties).toObject(), false, m_scenario, &values[i], r);
        if (!problems.isEmpty()) {
            if (!traced)
                return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
            inputErrors[i] = PropertyValidator::errorBody(problems, call.correlationId);
        } else if (!r) {
            inputErrors[i] = notFoundError(type, id);
        } else if (const QString clash = uniqueClash(type, values.at(i), r->id);
                   !clash.isEmpty() && !m_scenario.allowDuplicates) {
            inputErrors[i] = conflictError(type, clash);
        }
    }
    BatchResponse response(type, m_scenario, call);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString trace = in.value(TraceId).toString();
        if (!inputErrors.at(i).isEmpty()) {
            response.addError(inputErrors.at(i), trace);
            continue;
        }
        m_portal.update(type, matched.at(i), values.at(i), call.stamp);
        response.addResult(*m_portal.find(type.typeId, matched.at(i)), trace);
    }
    return response.finish(200, m_random);
}

HttpReply BatchHandlers::archive(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    for (const QJsonValue &v : inputs)
        m_portal.archive(type.typeId, stringOf(v.toObject().value(Id)), call.stamp);
    HttpReply reply;
    reply.status = 204;
    return reply;
}

} // namespace Batchsmith::Sandbox
