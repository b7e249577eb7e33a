// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/batchhandlers.h"

#include <algorithm>

#include "sandbox/propertyvalidator.h"

namespace Batchsmith::Sandbox {

namespace {

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
        return !v.toObject().value(QStringLiteral("objectWriteTraceId")).toString().isEmpty();
    });
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
    if (operation == u"read")
        return read(type, body, call);
    const QJsonValue inputsValue = body.value(QStringLiteral("inputs"));
    if (!inputsValue.isArray()) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Invalid input JSON on line 1: the required field \"inputs\" is missing"),
            call.correlationId);
    }
    const QJsonArray inputs = inputsValue.toArray();
    if (inputs.size() > m_scenario.maxInputs)
        return HttpReply::error(
            400, QStringLiteral("VALIDATION_ERROR"), m_scenario.tooManyInputsMessage, call.correlationId);
    if (operation == u"create")
        return create(type, inputs, call);
    if (operation == u"upsert")
        return upsert(type, inputs, call);
    if (operation == u"update")
        return update(type, inputs, call);
    return archive(type, inputs, call);
}

QHash<QString, QString> BatchHandlers::propertyMap(const QJsonObject &properties)
{
    QHash<QString, QString> map;
    map.reserve(properties.size());
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        map.insert(it.key(), stringOf(it.value()));
    return map;
}

QJsonObject BatchHandlers::inputError(const QJsonObject &error, const QString &traceId)
{
    QJsonObject e = error;
    e.remove(QStringLiteral("correlationId"));
    QJsonObject context = e.value(QStringLiteral("context")).toObject();
    if (!traceId.isEmpty())
        context.insert(QStringLiteral("objectWriteTraceId"), QJsonArray { traceId });
    e.insert(QStringLiteral("context"), context);
    e.insert(QStringLiteral("status"), QStringLiteral("error"));
    return e;
}

QJsonObject BatchHandlers::resultJson(
    const ObjectDef &type, const Record &record, const QString &traceId, const QStringList &onlyProperties) const
{
    QJsonObject props;
    if (onlyProperties.isEmpty()) {
        for (auto it = record.properties.cbegin(); it != record.properties.cend(); ++it)
            props.insert(it.key(), it.value());
    } else {
        for (const QString &name : onlyProperties) {
            if (record.properties.contains(name))
                props.insert(name, record.properties.value(name));
        }
        props.insert(QStringLiteral("hs_object_id"), record.id);
    }
    QJsonObject r { { QStringLiteral("id"), record.id }, { QStringLiteral("properties"), props },
        { QStringLiteral("createdAt"), record.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("updatedAt"), record.updatedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("archived"), false },
        { QStringLiteral("url"),
            QStringLiteral("https://app.hubspot.com/contacts/%1/record/%2/%3")
                .arg(Catalogue::PortalId)
                .arg(type.typeId, record.id) } };
    if (!traceId.isEmpty() && m_scenario.echoTraceIdOnSuccess)
        r.insert(QStringLiteral("objectWriteTraceId"), traceId);
    return r;
}

HttpReply BatchHandlers::batchReply(int okStatus, QJsonArray results, const QJsonArray &errors, const CallContext &call)
{
    if (m_scenario.shuffleResults && results.size() > 1) {
        QList<QJsonValue> list(results.begin(), results.end());
        std::shuffle(list.begin(), list.end(), m_random);
        results = QJsonArray();
        for (const QJsonValue &v : std::as_const(list))
            results.append(v);
    }
    const QString stamp = call.now.toString(Qt::ISODateWithMs);
    QJsonObject body { { QStringLiteral("status"), QStringLiteral("COMPLETE") }, { QStringLiteral("results"), results },
        { QStringLiteral("startedAt"), stamp }, { QStringLiteral("completedAt"), stamp } };
    int status = okStatus;
    if (!errors.isEmpty()) {
        body.insert(QStringLiteral("errors"), errors);
        body.insert(QStringLiteral("numErrors"), errors.size());
        if (!m_scenario.version202609)
            status = 207;
    }
    return HttpReply::json(status, body);
}

QJsonObject BatchHandlers::associationProblem(const ObjectDef &type, const QJsonArray &associations) const
{
    for (const QJsonValue &v : associations) {
        const QJsonObject a = v.toObject();
        const QString toId = stringOf(a.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")));
        for (const QJsonValue &t : a.value(QStringLiteral("types")).toArray()) {
            const QString category = t.toObject().value(QStringLiteral("associationCategory")).toString();
            const int typeId = t.toObject().value(QStringLiteral("associationTypeId")).toInt(-1);
            static const QStringList categories { QStringLiteral("HUBSPOT_DEFINED"), QStringLiteral("USER_DEFINED"),
                QStringLiteral("INTEGRATOR_DEFINED"), QStringLiteral("WORK") };
            if (!categories.contains(category)) {
                return QJsonObject { { QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR") },
                    { QStringLiteral("message"),
                        QStringLiteral("%1 is not a valid association category").arg(category) } };
            }
            const auto label = m_catalogue.label(type.typeId, category, typeId);
            if (!label) {
                return QJsonObject { { QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR") },
                    { QStringLiteral("message"),
                        QStringLiteral("%1 association type id %2 does not exist for %3")
                            .arg(category)
                            .arg(typeId)
                            .arg(type.name) } };
            }
            if (!m_portal.find(label->toTypeId, toId)) {
                return QJsonObject { { QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR") },
                    { QStringLiteral("message"),
                        QStringLiteral("Could not find object of type %1 with id %2").arg(label->toTypeId, toId) },
                    { QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), QJsonArray { toId } } } } };
            }
        }
    }
    return {};
}

QString BatchHandlers::conflictWith(
    const ObjectDef &type, const QJsonObject &properties, QHash<QString, QString> &batchSeen) const
{
    for (const QString &name : type.uniqueProperties()) {
        const QString value = stringOf(properties.value(name));
        if (value.trimmed().isEmpty())
            continue;
        if (const Record *existing = m_portal.findByUnique(type.typeId, name, value))
            return existing->id;
        const QString key = name + u'\x1f' + Portal::normalized(name, value);
        if (batchSeen.contains(key))
            return batchSeen.value(key);
        batchSeen.insert(key, QStringLiteral("(earlier input in this batch)"));
    }
    return {};
}

HttpReply BatchHandlers::create(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    const bool traced = everyInputTraced(inputs);
    QList<QJsonObject> inputErrors(inputs.size());
    QHash<QString, QString> batchSeen;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QJsonObject props = in.value(QStringLiteral("properties")).toObject();
        const QList<PropertyProblem> problems = PropertyValidator::validate(type, props, true, m_scenario);
        if (!problems.isEmpty()) {
            if (!traced)
                return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
            inputErrors[i] = PropertyValidator::errorBody(problems, call.correlationId);
            continue;
        }
        QJsonObject assocError = associationProblem(type, in.value(QStringLiteral("associations")).toArray());
        if (!assocError.isEmpty()) {
            if (!traced)
                return HttpReply::error(400, assocError.value(QStringLiteral("category")).toString(),
                    assocError.value(QStringLiteral("message")).toString(), call.correlationId);
            inputErrors[i] = assocError;
            continue;
        }
        if (m_scenario.allowDuplicates)
            continue;
        const QString existing = conflictWith(type, props, batchSeen);
        if (existing.isEmpty())
            continue;
        const QString message = QStringLiteral("%1 already exists. Existing ID: %2").arg(type.singular, existing);
        if (!(traced && m_scenario.conflictAs207))
            return HttpReply::error(409, QStringLiteral("CONFLICT"), message, call.correlationId);
        inputErrors[i] = QJsonObject { { QStringLiteral("category"), QStringLiteral("CONFLICT") },
            { QStringLiteral("message"), message } };
    }

    QJsonArray results;
    QJsonArray errors;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString trace = in.value(QStringLiteral("objectWriteTraceId")).toString();
        if (!inputErrors.at(i).isEmpty()) {
            errors.append(inputError(inputErrors.at(i), trace));
            continue;
        }
        const Record &record
            = m_portal.create(type, propertyMap(in.value(QStringLiteral("properties")).toObject()), call.now);
        for (const QJsonValue &a : in.value(QStringLiteral("associations")).toArray()) {
            const QString toId = stringOf(a[QStringLiteral("to")][QStringLiteral("id")]);
            for (const QJsonValue &t : a[QStringLiteral("types")].toArray()) {
                const QString category = t[QStringLiteral("associationCategory")].toString();
                const int typeId = t[QStringLiteral("associationTypeId")].toInt();
                const auto label = m_catalogue.label(type.typeId, category, typeId);
                m_portal.associate(
                    { type.typeId, record.id, label ? label->toTypeId : QString(), toId, category, typeId });
            }
        }
        results.append(resultJson(type, record, trace));
    }
    return batchReply(201, results, errors, call);
}

HttpReply BatchHandlers::upsert(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    const QStringList allowed = type.uniqueProperties();
    QHash<QString, QString> seen;
    QString idProperty;
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        idProperty = in.value(QStringLiteral("idProperty")).toString();
        if (idProperty.isEmpty()) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("idProperty is required for batch upsert"), call.correlationId);
        }
        if (!allowed.contains(idProperty)) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Unable to perform update/upsert by non-unique %1 property %2 in portal ID %3")
                    .arg(type.typeId, idProperty)
                    .arg(Catalogue::PortalId),
                call.correlationId);
        }
        if (m_scenario.rejectUpsertAssociations && in.contains(QStringLiteral("associations"))) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Invalid input JSON: associations are not supported on batch upsert"),
                call.correlationId);
        }
        const QString id = stringOf(in.value(QStringLiteral("id")));
        const QString key = Portal::normalized(idProperty, id);
        if (seen.contains(key)) {
            return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Duplicate IDs found in batch input: [%1]. IDs must be unique").arg(id),
                call.correlationId,
                QJsonObject {
                    { QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } } } });
        }
        seen.insert(key, id);
    }
    const bool traced = everyInputTraced(inputs);
    const bool allOrNothing = m_scenario.emailUpsertAllOrNothing && idProperty == u"email";
    QList<QJsonObject> inputErrors(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QList<PropertyProblem> problems
            = PropertyValidator::validate(type, in.value(QStringLiteral("properties")).toObject(), false, m_scenario);
        if (problems.isEmpty())
            continue;
        if (!traced || allOrNothing)
            return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
        inputErrors[i] = PropertyValidator::errorBody(problems, call.correlationId);
    }
    QJsonArray results;
    QJsonArray errors;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QString trace = in.value(QStringLiteral("objectWriteTraceId")).toString();
        if (!inputErrors.at(i).isEmpty()) {
            errors.append(inputError(inputErrors.at(i), trace));
            continue;
        }
        const QString idProp = in.value(QStringLiteral("idProperty")).toString();
        const QString id = stringOf(in.value(QStringLiteral("id")));
        QHash<QString, QString> props = propertyMap(in.value(QStringLiteral("properties")).toObject());
        const Record *existing = m_portal.findByUnique(type.typeId, idProp, id, m_scenario.matchAdditionalEmails);
        QJsonObject result;
        if (existing) {
            const QString recordId = existing->id;
            m_portal.update(type, recordId, props, call.now);
            result = resultJson(type, *m_portal.find(type.typeId, recordId), trace);
        } else {
            props.insert(idProp, id);
            result = resultJson(type, m_portal.create(type, props, call.now), trace);
        }
        result.insert(QStringLiteral("new"), existing == nullptr);
        results.append(result);
    }
    return batchReply(200, results, errors, call);
}

HttpReply BatchHandlers::read(const ObjectDef &type, const QJsonObject &body, const CallContext &call)
{
    const QString idProperty = body.value(QStringLiteral("idProperty")).toString();
    if (!idProperty.isEmpty() && !type.uniqueProperties().contains(idProperty)) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Unable to perform read by non-unique %1 property %2 in portal ID %3")
                .arg(type.typeId, idProperty)
                .arg(Catalogue::PortalId),
            call.correlationId);
    }
    QStringList wanted;
    for (const QJsonValue &v : body.value(QStringLiteral("properties")).toArray())
        wanted.append(v.toString());
    if (wanted.isEmpty())
        wanted = { QStringLiteral("createdate"), QStringLiteral("lastmodifieddate") };
    QJsonArray results;
    QJsonArray missing;
    for (const QJsonValue &v : body.value(QStringLiteral("inputs")).toArray()) {
        const QString id = stringOf(v.toObject().value(QStringLiteral("id")));
        const Record *r = idProperty.isEmpty() ? m_portal.find(type.typeId, id)
                                               : m_portal.findByUnique(type.typeId, idProperty, id);
        if (r)
            results.append(resultJson(type, *r, {}, wanted));
        else
            missing.append(id);
    }
    QJsonArray errors;
    if (!missing.isEmpty()) {
        errors.append(QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND") },
            { QStringLiteral("message"),
                QStringLiteral(
                    "Could not get some %1 objects, they may be deleted or not exist. Check that ids are valid.")
                    .arg(type.singular.toUpper()) },
            { QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), missing } } } });
    }
    return batchReply(200, results, errors, call);
}

HttpReply BatchHandlers::update(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    QJsonArray results;
    QJsonArray errors;
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        const QString id = stringOf(in.value(QStringLiteral("id")));
        const QString idProperty = in.value(QStringLiteral("idProperty")).toString();
        const QString trace = in.value(QStringLiteral("objectWriteTraceId")).toString();
        const Record *r = idProperty.isEmpty() ? m_portal.find(type.typeId, id)
                                               : m_portal.findByUnique(type.typeId, idProperty, id);
        const QJsonObject props = in.value(QStringLiteral("properties")).toObject();
        const QList<PropertyProblem> problems = PropertyValidator::validate(type, props, false, m_scenario);
        if (!problems.isEmpty()) {
            if (trace.isEmpty())
                return HttpReply::json(400, PropertyValidator::errorBody(problems, call.correlationId));
            errors.append(inputError(PropertyValidator::errorBody(problems, call.correlationId), trace));
            continue;
        }
        if (!r) {
            QJsonObject e { { QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND") },
                { QStringLiteral("message"),
                    QStringLiteral(
                        "Could not get some %1 objects, they may be deleted or not exist. Check that ids are valid.")
                        .arg(type.singular.toUpper()) },
                { QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } } } };
            errors.append(inputError(e, trace));
            continue;
        }
        const QString recordId = r->id;
        m_portal.update(type, recordId, propertyMap(props), call.now);
        results.append(resultJson(type, *m_portal.find(type.typeId, recordId), trace));
    }
    return batchReply(200, results, errors, call);
}

HttpReply BatchHandlers::archive(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call)
{
    for (const QJsonValue &v : inputs)
        m_portal.archive(type.typeId, stringOf(v.toObject().value(QStringLiteral("id"))), call.now);
    HttpReply reply;
    reply.status = 204;
    return reply;
}

} // namespace Batchsmith::Sandbox
