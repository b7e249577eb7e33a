// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Batchsmith::Sandbox {

struct OptionDef
{
    QString label;
    QString value;
};

struct PropertyDef
{
    /// What a value is checked against besides its type: the portal's owners, or its pipelines and their stages.
    enum class Source { Options, Owners, Teams, Pipelines, Stages };

    QString name;
    QString label;
    QString type; // string, number, bool, enumeration, date, datetime (also spelled dateTime)
    QString fieldType; // text, textarea, phonenumber, html, number, booleancheckbox, select, radio, checkbox, date
    QString group;
    QList<OptionDef> options;
    QHash<QString, int> optionIndex; // value -> index in options, so a value is checked without a scan
    Source source = Source::Options;
    bool hubspotDefined = true; // false for the portal's own (custom) properties
    bool unique = false; // hasUniqueValue
    bool readOnly = false; // modificationMetadata.readOnlyValue
    bool calculated = false;
    bool sensitive = false; // listed only when dataSensitivity=sensitive is asked for
    bool email = false; // validated as an email address

    bool hasOption(const QString &value) const { return optionIndex.contains(value); }

    QJsonObject toJson(int displayOrder) const;
};

/// One stage of a pipeline (docs/hubspot-behaviour.md §11.8).
struct PipelineStage
{
    QString id;
    QString label;
    QJsonObject metadata; // probability and isClosed for deals, ticketState for tickets; values are strings
};

struct Pipeline
{
    QString id;
    QString label;
    QList<PipelineStage> stages;

    bool hasStage(const QString &stageId) const;
};

struct Team
{
    QString id;
    QString name;
};

/// A user who can own records: hubspot_owner_id holds its id.
struct Owner
{
    QString id;
    qint64 userId = 0;
    QString email;
    QString firstName;
    QString lastName;
    QStringList teamIds; // the first is the primary team
    bool archived = false;
};

/// Association type between two object types, one direction.
struct AssociationLabel
{
    QString fromTypeId;
    QString toTypeId;
    QString category; // HUBSPOT_DEFINED, USER_DEFINED
    int typeId = 0;
    QString label; // empty = unlabeled (null in JSON)
};

struct ObjectDef
{
    QString typeId; // 0-1, 2-3508482
    QString name; // contacts, cars
    QString singular;
    QString plural;
    QString scope; // crm.objects.contacts, tickets, crm.objects.custom
    bool batchWrite = true;
    bool custom = false;
    QStringList required; // required on create
    QString primaryDisplayProperty;
    QString pipelineProperty; // pipeline or hs_pipeline, when the type has pipelines
    QString stageProperty; // dealstage or hs_pipeline_stage
    QList<PropertyDef> properties;
    QHash<QString, int> propertyIndex;
    QStringList uniqueNames; // filled with propertyIndex: email for contacts, then the hasUniqueValue ones

    const PropertyDef *property(const QString &name) const;

    /// The properties an upsert may name as idProperty, and whose values no two records may share.
    const QStringList &uniqueProperties() const { return uniqueNames; }

    QString writeScope() const;
    QString readScope() const;
    /// Any one of these lets a token write (or read) records of this type: the plain scope and its sensitive
    /// variants, as in a 403's requiredGranularScopes (docs/hubspot-behaviour.md §10.4).
    QStringList writeScopes() const;
    QStringList readScopes() const;
    /// Any one of these lets a token list the type's properties.
    QStringList propertyScopes() const;
};

/**
 * The demo portal's schema: object types, their property catalogues, association labels, pipelines and owners.
 * Read once from the JSON files in app/sandbox/portal/ (a Qt resource, :/sandbox/portal/); records live in Portal.
 * Every lookup made per input is a hash lookup. Never uses the client's code.
 */
class Catalogue final
{
public:
    static constexpr int PortalId = 12345678;

    static QString customObjectTypeId() { return QStringLiteral("2-3508482"); }

    /// The portal's time zone (account details; the daily rate limit resets at its midnight).
    static QString timeZone() { return QStringLiteral("US/Eastern"); }

    Catalogue();

    /// By name (any case), objectTypeId or, for the custom object, fully qualified name. A hash lookup.
    const ObjectDef *find(const QString &nameOrId) const;

    const QList<ObjectDef> &objects() const { return m_objects; }

    QList<AssociationLabel> labels(const QString &fromTypeId, const QString &toTypeId) const;
    std::optional<AssociationLabel> label(const QString &fromTypeId, const QString &category, int typeId) const;
    QStringList allScopes() const;

    /// The pipelines of a type (empty when it has none), the default one first.
    QList<Pipeline> pipelines(const QString &typeId) const { return m_pipelines.value(typeId); }

    const Pipeline *pipeline(const QString &typeId, const QString &pipelineId) const;

    /// Every owner, archived ones included; owner() finds one by id, or by userId when @p byUserId.
    const QList<Owner> &owners() const { return m_owners; }

    const Owner *owner(const QString &id, bool byUserId = false) const;

    const QList<Team> &teams() const { return m_teams; }

    QString teamName(const QString &teamId) const;

private:
    // cataloguedata.cpp: reading the JSON files.
    void loadObjects();
    void loadPipelinesAndOwners();
    void loadLabels();
    void resolveOptionSources();
    ObjectDef loadObject(const QJsonObject &json, const QJsonObject &optionSets) const;
    void indexObjects();

    static QString labelKey(const QString &fromTypeId, const QString &category, int typeId);

    QList<ObjectDef> m_objects;
    QHash<QString, qsizetype> m_objectIndex; // lower-case name, type id, fully qualified name -> m_objects
    QList<AssociationLabel> m_labels;
    QHash<QString, qsizetype> m_labelIndex; // labelKey() -> m_labels
    QHash<QString, QList<Pipeline>> m_pipelines; // typeId -> pipelines
    QList<Owner> m_owners;
    QHash<QString, qsizetype> m_ownerIndex; // id and "user:" + userId -> m_owners
    QList<Team> m_teams;
};

} // namespace Batchsmith::Sandbox
