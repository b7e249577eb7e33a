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
    QString name;
    QString label;
    QString type; // string, number, bool, enumeration, date, dateTime
    QString fieldType; // text, textarea, number, booleancheckbox, select, radio, checkbox, date
    QString group;
    QList<OptionDef> options;
    bool unique = false; // hasUniqueValue
    bool readOnly = false; // modificationMetadata.readOnlyValue
    bool calculated = false;
    bool sensitive = false; // listed only when dataSensitivity=sensitive is asked for
    bool email = false; // validated as an email address

    QJsonObject toJson(int displayOrder) const;
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
 * The demo portal's schema: object types, their property catalogues and association labels. Fixed, built once;
 * records live in Portal. Never uses the client's code.
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

private:
    void addStandardObjects();
    void addLabels();

    static QString labelKey(const QString &fromTypeId, const QString &category, int typeId);

    QList<ObjectDef> m_objects;
    QHash<QString, qsizetype> m_objectIndex; // lower-case name, type id, fully qualified name -> m_objects
    QList<AssociationLabel> m_labels;
    QHash<QString, qsizetype> m_labelIndex; // labelKey() -> m_labels
};

} // namespace Batchsmith::Sandbox
