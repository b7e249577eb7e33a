// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catalogue's reading of the demo portal's definition: the JSON files in app/sandbox/portal/, compiled in as the
// resource :/sandbox/portal/. The files are data, checked when the sandbox's tests run (testsandboxportal).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/catalogue.h"
#include "sandbox/logging.h"

namespace Batchsmith::Sandbox {

namespace {

QJsonDocument readResource(const QString &name)
{
    QFile file(QStringLiteral(":/sandbox/portal/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSandboxServer) << "missing portal resource" << name;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qCCritical(lcSandboxServer) << "bad portal resource" << name << error.errorString();
    return doc;
}

PropertyDef systemProperty(const char *name, const char *label, const char *type, const char *fieldType)
{
    PropertyDef p;
    p.name = QString::fromLatin1(name);
    p.label = QString::fromLatin1(label);
    p.type = QString::fromLatin1(type);
    p.fieldType = QString::fromLatin1(fieldType);
    p.group = QStringLiteral("system");
    p.readOnly = true;
    return p;
}

/// Properties every object has: id and timestamps, all read-only.
QList<PropertyDef> systemProperties()
{
    return { systemProperty("hs_object_id", "Record ID", "number", "number"),
        systemProperty("createdate", "Create Date", "datetime", "date"),
        systemProperty("lastmodifieddate", "Last Modified Date", "datetime", "date"),
        systemProperty("hs_lastmodifieddate", "Object last modified date/time", "datetime", "date") };
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

/// A row of an object file: [name, label, type, fieldType, group, flags, options]. Flags: r read-only, c calculated
/// (and read-only), u unique, s sensitive, e e-mail address, x the portal's own property (not hubspotDefined).
/// Options: empty, the name of a set in options.json, or @owners, @teams, @pipelines, @stages.
PropertyDef propertyFromRow(const QJsonArray &row, const QJsonObject &optionSets)
{
    PropertyDef p;
    p.name = row.at(0).toString();
    p.label = row.at(1).toString();
    p.type = row.at(2).toString();
    p.fieldType = row.at(3).toString();
    p.group = row.at(4).toString();
    const QString flags = row.at(5).toString();
    p.readOnly = flags.contains(u'r') || flags.contains(u'c');
    p.calculated = flags.contains(u'c');
    p.unique = flags.contains(u'u');
    p.sensitive = flags.contains(u's');
    p.email = flags.contains(u'e');
    p.hubspotDefined = !flags.contains(u'x');
    const QString options = row.at(6).toString();
    if (options == u"@owners")
        p.source = PropertyDef::Source::Owners;
    else if (options == u"@teams")
        p.source = PropertyDef::Source::Teams;
    else if (options == u"@pipelines")
        p.source = PropertyDef::Source::Pipelines;
    else if (options == u"@stages")
        p.source = PropertyDef::Source::Stages;
    else if (!options.isEmpty()) {
        for (const QJsonValue &pair : optionSets.value(options).toArray())
            p.options.append({ pair[1].toString(), pair[0].toString() });
    }
    return p;
}

} // namespace

ObjectDef Catalogue::loadObject(const QJsonObject &json, const QJsonObject &optionSets) const
{
    ObjectDef o;
    o.typeId = json.value(QStringLiteral("typeId")).toString();
    o.name = json.value(QStringLiteral("name")).toString();
    o.singular = json.value(QStringLiteral("singular")).toString();
    o.plural = json.value(QStringLiteral("plural")).toString();
    o.scope = json.value(QStringLiteral("scope")).toString();
    o.custom = json.value(QStringLiteral("custom")).toBool();
    o.batchWrite = json.value(QStringLiteral("batchWrite")).toBool(true);
    o.required = stringList(json.value(QStringLiteral("required")));
    o.primaryDisplayProperty = json.value(QStringLiteral("primaryDisplayProperty")).toString();
    o.properties = systemProperties();
    for (const QJsonValue &row : json.value(QStringLiteral("properties")).toArray()) {
        PropertyDef p = propertyFromRow(row.toArray(), optionSets);
        if (p.source == PropertyDef::Source::Pipelines)
            o.pipelineProperty = p.name;
        else if (p.source == PropertyDef::Source::Stages)
            o.stageProperty = p.name;
        o.properties.append(std::move(p));
    }
    return o;
}

void Catalogue::loadObjects()
{
    const QJsonObject optionSets = readResource(QStringLiteral("options.json")).object();
    for (const QJsonValue &name : readResource(QStringLiteral("objects.json")).array()) {
        const QJsonObject json = readResource(QStringLiteral("objects/%1.json").arg(name.toString())).object();
        m_objects.append(loadObject(json, optionSets));
    }
    ObjectDef feedback;
    feedback.typeId = QStringLiteral("0-19");
    feedback.name = QStringLiteral("feedback_submissions");
    feedback.singular = QStringLiteral("Feedback submission");
    feedback.plural = QStringLiteral("Feedback submissions");
    feedback.scope = QStringLiteral("crm.objects.feedback_submissions");
    feedback.batchWrite = false; // HubSpot's feedback submissions API is read-only
    feedback.properties = systemProperties();
    m_objects.append(feedback);
}

void Catalogue::loadPipelinesAndOwners()
{
    const QJsonObject pipelines = readResource(QStringLiteral("pipelines.json")).object();
    for (auto it = pipelines.constBegin(); it != pipelines.constEnd(); ++it) {
        QList<Pipeline> list;
        for (const QJsonValue &pj : it.value().toArray()) {
            Pipeline p { pj[QStringLiteral("id")].toString(), pj[QStringLiteral("label")].toString(), {} };
            for (const QJsonValue &sj : pj[QStringLiteral("stages")].toArray()) {
                const QJsonArray row = sj.toArray();
                p.stages.append({ row.at(0).toString(), row.at(1).toString(), row.at(2).toObject() });
            }
            list.append(p);
        }
        const auto type = std::find_if(
            m_objects.cbegin(), m_objects.cend(), [&](const ObjectDef &o) { return o.name == it.key(); });
        if (type != m_objects.cend())
            m_pipelines.insert(type->typeId, list);
    }
    const QJsonObject owners = readResource(QStringLiteral("owners.json")).object();
    for (const QJsonValue &t : owners.value(QStringLiteral("teams")).toArray())
        m_teams.append({ t[QStringLiteral("id")].toString(), t[QStringLiteral("name")].toString() });
    for (const QJsonValue &oj : owners.value(QStringLiteral("owners")).toArray()) {
        Owner o { oj[QStringLiteral("id")].toString(), oj[QStringLiteral("userId")].toInteger(),
            oj[QStringLiteral("email")].toString(), oj[QStringLiteral("firstName")].toString(),
            oj[QStringLiteral("lastName")].toString(), stringList(oj[QStringLiteral("teams")]),
            oj[QStringLiteral("archived")].toBool() };
        m_ownerIndex.insert(o.id, m_owners.size());
        m_ownerIndex.insert(QStringLiteral("user:") + QString::number(o.userId), m_owners.size());
        m_owners.append(o);
    }
}

/// Fills the options of the properties whose values are owners, teams, pipelines or stages, as HubSpot lists them.
void Catalogue::resolveOptionSources()
{
    for (ObjectDef &o : m_objects) {
        const QList<Pipeline> pipelines = m_pipelines.value(o.typeId);
        for (PropertyDef &p : o.properties) {
            switch (p.source) {
            case PropertyDef::Source::Options:
                break;
            case PropertyDef::Source::Owners:
                for (const Owner &owner : std::as_const(m_owners)) {
                    if (!owner.archived)
                        p.options.append({ owner.firstName + u' ' + owner.lastName, owner.id });
                }
                break;
            case PropertyDef::Source::Teams:
                for (const Team &t : std::as_const(m_teams))
                    p.options.append({ t.name, t.id });
                break;
            case PropertyDef::Source::Pipelines:
                for (const Pipeline &pipeline : pipelines)
                    p.options.append({ pipeline.label, pipeline.id });
                break;
            case PropertyDef::Source::Stages:
                for (const Pipeline &pipeline : pipelines) {
                    for (const PipelineStage &s : pipeline.stages)
                        p.options.append({ s.label, s.id });
                }
                break;
            }
            for (int i = 0; i < p.options.size(); ++i)
                p.optionIndex.insert(p.options.at(i).value, i);
        }
    }
}

void Catalogue::indexObjects()
{
    for (qsizetype i = 0; i < m_objects.size(); ++i) {
        ObjectDef &o = m_objects[i];
        o.propertyIndex.clear();
        o.uniqueNames.clear();
        if (o.typeId == u"0-1")
            o.uniqueNames.append(QStringLiteral("email"));
        for (int j = 0; j < o.properties.size(); ++j) {
            o.propertyIndex.insert(o.properties.at(j).name, j);
            if (o.properties.at(j).unique)
                o.uniqueNames.append(o.properties.at(j).name);
        }
        m_objectIndex.insert(o.typeId, i);
        m_objectIndex.insert(o.name.toLower(), i);
        if (o.custom)
            m_objectIndex.insert(QStringLiteral("p%1_%2").arg(PortalId).arg(o.name), i);
    }
}

void Catalogue::loadLabels()
{
    const QJsonObject json = readResource(QStringLiteral("associations.json")).object();
    for (const QJsonValue &v : json.value(QStringLiteral("pairs")).toArray()) {
        const QJsonArray row = v.toArray();
        const ObjectDef *a = find(row.at(0).toString());
        const ObjectDef *b = find(row.at(1).toString());
        if (!a || !b) {
            qCCritical(lcSandboxServer) << "association between unknown types" << row;
            continue;
        }
        const QString label = row.at(4).toString();
        const QString category = row.at(5).toString();
        const int ab = row.at(2).toInt();
        const int ba = row.at(3).toInt();
        m_labels.append({ a->typeId, b->typeId, category, ab, label });
        if (a != b || ab != ba) // a type with itself and one id (contact to contact, 449) is one type, not two
            m_labels.append({ b->typeId, a->typeId, category, ba, label });
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const AssociationLabel &l = m_labels.at(i);
        m_labelIndex.insert(labelKey(l.fromTypeId, l.category, l.typeId), i);
    }
}

} // namespace Batchsmith::Sandbox
