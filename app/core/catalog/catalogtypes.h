// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What a portal says about itself, as plain values: object types, their properties, association labels and the
// account behind a token. Filled by PortalCatalog from HubSpot's read endpoints
// (docs/hubspot-behaviour.md §2.3, §10.2).
namespace Batchsmith {

struct PropertyOption
{
    PropertyOption() = default;

    PropertyOption(QString label, QString value, bool hidden = false, QString description = {}, QString group = {},
        QString groupLabel = {})
        : label(std::move(label))
        , value(std::move(value))
        , hidden(hidden)
        , description(std::move(description))
        , group(std::move(group))
        , groupLabel(std::move(groupLabel))
    {
    }

    QString label;
    QString value; // what is sent
    bool hidden = false;
    QString description; // an owner's email (ReferenceOptions)
    QString group; // the pipeline a stage belongs to (ReferenceOptions); empty for ordinary options
    QString groupLabel; // that pipeline's label

    friend bool operator==(const PropertyOption &, const PropertyOption &) = default;
};

/// How a property's values are edited and checked (docs/hubspot-behaviour.md §8.1), from its `type` and `fieldType`.
enum class PropertyKind {
    Text, // string: text, textarea, phone…
    Number,
    Bool, // bool, or enumeration with fieldType booleancheckbox
    Date, // "YYYY-MM-DD" or epoch ms at UTC midnight
    DateTime, // epoch ms or ISO 8601
    Enumeration, // one option value (select, radio)
    MultiEnumeration, // option values joined with ';' (checkbox)
    Unsupported, // file, calculation, unknown types: shown, not edited
};

struct PropertyInfo
{
    QString name; // internal name: always what is sent
    QString label;
    QString type; // string, number, bool, enumeration, date, datetime, …
    QString fieldType; // text, textarea, number, select, checkbox, radio, booleancheckbox, date, …
    QString groupName;
    QString description;
    QList<PropertyOption> options;
    QString referencedObjectType; // "OWNER" for owner properties
    /// Set on a stage property (ReferenceOptions): the property whose value in the same row picks the options'
    /// group, such as "pipeline" for "dealstage", and the group used when that value is empty.
    QString optionGroupProperty;
    QString defaultOptionGroup;
    bool hasUniqueValue = false;
    bool readOnlyValue = false; // modificationMetadata.readOnlyValue
    bool calculated = false;
    bool hidden = false;
    bool archived = false;
    bool hubspotDefined = false;

    PropertyKind kind() const;
    /// !archived && !readOnlyValue && !calculated (docs/hubspot-behaviour.md §2.4).
    bool isWritable() const;
    /// The option label for a value, or the value itself when it is not an option.
    QString labelForValue(const QString &value) const;

    friend bool operator==(const PropertyInfo &, const PropertyInfo &) = default;
};

/// One association type between two object types; typeId is what is sent, the label is display text only.
struct AssociationLabelInfo
{
    QString category; // HUBSPOT_DEFINED, USER_DEFINED, INTEGRATOR_DEFINED
    int typeId = 0;
    QString label; // empty for the unlabeled default type

    friend bool operator==(const AssociationLabelInfo &, const AssociationLabelInfo &) = default;
};

/// One stage of a pipeline (GET /crm/v3/pipelines/{objectType}, docs/hubspot-behaviour.md §2.5).
struct PipelineStageInfo
{
    QString id; // what dealstage / hs_pipeline_stage holds
    QString label;
    int displayOrder = 0;
    bool archived = false;
    QString probability; // deal stages: metadata.probability, "0.0" … "1.0"
    bool isClosed = false; // deal stages: metadata.isClosed
    QString ticketState; // ticket stages: metadata.ticketState, OPEN or CLOSED

    friend bool operator==(const PipelineStageInfo &, const PipelineStageInfo &) = default;
};

/// A pipeline of deals, tickets or another object with a pipeline property; its stages sorted by displayOrder.
struct PipelineInfo
{
    QString id; // what pipeline / hs_pipeline holds: "default" for deals, "0" for tickets
    QString label;
    int displayOrder = 0;
    bool archived = false;
    QList<PipelineStageInfo> stages;

    friend bool operator==(const PipelineInfo &, const PipelineInfo &) = default;
};

/// A HubSpot user or team member records can be assigned to (GET /crm/v3/owners).
struct OwnerInfo
{
    QString id; // what hubspot_owner_id holds
    QString email;
    QString firstName;
    QString lastName;
    QString userId;
    bool archived = false;

    /// "First Last", else the email, else the id.
    QString displayName() const;

    friend bool operator==(const OwnerInfo &, const OwnerInfo &) = default;
};

/// The pipelines and owners a type's properties refer to. Parts that could not be read are left empty and
/// explained in notices (translated): they never fail the catalogue.
struct ReferenceData
{
    QList<PipelineInfo> pipelines;
    QList<OwnerInfo> owners;
    bool pipelinesRead = false;
    bool ownersRead = false;
    QStringList notices;
};

/// An object type the picker offers: the standard ones, and the portal's custom objects from the schemas endpoint.
struct ObjectTypeEntry
{
    QString name; // path name: "contacts", "0-421", or a custom object's objectTypeId "2-3508482"
    QString objectTypeId; // "0-1", "2-3508482"
    QString singularLabel; // "Contact", "Car"
    QString pluralLabel; // "Contacts", "Cars"
    bool custom = false;

    friend bool operator==(const ObjectTypeEntry &, const ObjectTypeEntry &) = default;
};

/// Account details (GET /account-info/…/details) and, when the portal tells, the token's scopes.
struct AccountInfo
{
    QString portalId;
    QString accountType; // STANDARD, SANDBOX, DEVELOPER_TEST, APP_DEVELOPER
    QString timeZone;
    QString companyCurrency;
    QString uiDomain;
    QString dataHostingLocation;
    QStringList scopes; // empty when unknown
};

} // namespace Batchsmith

Q_DECLARE_METATYPE(Batchsmith::PropertyInfo)
Q_DECLARE_METATYPE(Batchsmith::AssociationLabelInfo)
Q_DECLARE_METATYPE(Batchsmith::ObjectTypeEntry)
Q_DECLARE_METATYPE(Batchsmith::AccountInfo)
Q_DECLARE_METATYPE(Batchsmith::ReferenceData)
