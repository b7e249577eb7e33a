// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/catalogue.h"

#include <QJsonArray>

namespace Batchsmith::Sandbox {

QJsonObject PropertyDef::toJson(int displayOrder) const
{
    QJsonArray optionArray;
    for (int i = 0; i < options.size(); ++i) {
        optionArray.append(QJsonObject { { QStringLiteral("label"), options.at(i).label },
            { QStringLiteral("value"), options.at(i).value }, { QStringLiteral("hidden"), false },
            { QStringLiteral("displayOrder"), i }, { QStringLiteral("description"), QString() } });
    }
    const bool system = hubspotDefined; // HubSpot's own definitions can be neither changed nor archived
    QJsonObject json { { QStringLiteral("name"), name }, { QStringLiteral("label"), label },
        { QStringLiteral("type"), type }, { QStringLiteral("fieldType"), fieldType },
        { QStringLiteral("groupName"), group }, { QStringLiteral("description"), QString() },
        { QStringLiteral("options"), optionArray }, { QStringLiteral("displayOrder"), displayOrder },
        { QStringLiteral("hasUniqueValue"), unique }, { QStringLiteral("hidden"), false },
        { QStringLiteral("calculated"), calculated }, { QStringLiteral("hubspotDefined"), hubspotDefined },
        { QStringLiteral("formField"), !readOnly }, { QStringLiteral("archived"), false },
        { QStringLiteral("dataSensitivity"),
            sensitive ? QStringLiteral("sensitive") : QStringLiteral("non_sensitive") },
        { QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("modificationMetadata"),
            QJsonObject { { QStringLiteral("archivable"), !system }, { QStringLiteral("readOnlyDefinition"), system },
                { QStringLiteral("readOnlyValue"), readOnly } } } };
    // HubSpot's owner properties point at the owners API (docs/hubspot-behaviour.md §11.8).
    if (source == Source::Owners) {
        json.insert(QStringLiteral("referencedObjectType"), QStringLiteral("OWNER"));
        json.insert(QStringLiteral("externalOptions"), true);
    }
    return json;
}

const PropertyDef *ObjectDef::property(const QString &name) const
{
    const auto it = propertyIndex.constFind(name);
    return it == propertyIndex.cend() ? nullptr : &properties.at(*it);
}

QString ObjectDef::writeScope() const
{
    return scope == u"tickets" ? scope : scope + QStringLiteral(".write");
}

QString ObjectDef::readScope() const
{
    return scope == u"tickets" ? scope : scope + QStringLiteral(".read");
}

QStringList ObjectDef::writeScopes() const
{
    if (scope == u"tickets")
        return { scope };
    return { writeScope(), scope + QStringLiteral(".sensitive.write.v2"),
        scope + QStringLiteral(".highly_sensitive.write.v2") };
}

QStringList ObjectDef::readScopes() const
{
    if (scope == u"tickets")
        return { scope };
    return { readScope(), scope + QStringLiteral(".sensitive.read.v2"),
        scope + QStringLiteral(".highly_sensitive.read.v2") };
}

QStringList ObjectDef::propertyScopes() const
{
    return { readScope(),
        custom ? QStringLiteral("crm.schemas.custom.read") : QStringLiteral("crm.schemas.%1.read").arg(name) };
}

bool Pipeline::hasStage(const QString &stageId) const
{
    return std::any_of(stages.cbegin(), stages.cend(), [&](const PipelineStage &s) { return s.id == stageId; });
}

Catalogue::Catalogue()
{
    loadObjects();
    loadPipelinesAndOwners();
    resolveOptionSources();
    indexObjects();
    loadLabels();
}

QString Catalogue::labelKey(const QString &fromTypeId, const QString &category, int typeId)
{
    return fromTypeId + u'/' + category + u'/' + QString::number(typeId);
}

const Pipeline *Catalogue::pipeline(const QString &typeId, const QString &pipelineId) const
{
    const auto it = m_pipelines.constFind(typeId);
    if (it == m_pipelines.cend())
        return nullptr;
    for (const Pipeline &p : *it) {
        if (p.id == pipelineId)
            return &p;
    }
    return nullptr;
}

const Owner *Catalogue::owner(const QString &id, bool byUserId) const
{
    const auto it = m_ownerIndex.constFind(byUserId ? QStringLiteral("user:") + id : id);
    return it == m_ownerIndex.cend() ? nullptr : &m_owners.at(*it);
}

QString Catalogue::teamName(const QString &teamId) const
{
    for (const Team &t : m_teams) {
        if (t.id == teamId)
            return t.name;
    }
    return {};
}

const ObjectDef *Catalogue::find(const QString &nameOrId) const
{
    auto it = m_objectIndex.constFind(nameOrId);
    if (it == m_objectIndex.cend())
        it = m_objectIndex.constFind(nameOrId.toLower());
    return it == m_objectIndex.cend() ? nullptr : &m_objects.at(*it);
}

QList<AssociationLabel> Catalogue::labels(const QString &fromTypeId, const QString &toTypeId) const
{
    QList<AssociationLabel> out;
    for (const AssociationLabel &l : m_labels) {
        if (l.fromTypeId == fromTypeId && l.toTypeId == toTypeId)
            out.append(l);
    }
    return out;
}

std::optional<AssociationLabel> Catalogue::label(const QString &fromTypeId, const QString &category, int typeId) const
{
    const auto it = m_labelIndex.constFind(labelKey(fromTypeId, category, typeId));
    if (it == m_labelIndex.cend())
        return std::nullopt;
    return m_labels.at(*it);
}

QStringList Catalogue::allScopes() const
{
    QStringList scopes;
    for (const ObjectDef &o : m_objects) {
        scopes << o.writeScope() << o.readScope();
        if (o.scope != u"tickets") {
            scopes << o.writeScopes() << o.readScopes();
            if (!o.custom)
                scopes << QStringLiteral("crm.schemas.%1.read").arg(o.name);
        }
    }
    scopes << QStringLiteral("crm.schemas.custom.read") << QStringLiteral("crm.objects.owners.read")
           << QStringLiteral("oauth");
    scopes.removeDuplicates();
    return scopes;
}

} // namespace Batchsmith::Sandbox
