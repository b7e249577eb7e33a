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

    const PropertyDef *property(const QString &name) const;
    QStringList uniqueProperties() const; // email for contacts, then hasUniqueValue ones
    QString writeScope() const;
    QString readScope() const;
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

    Catalogue();

    /// By name or objectTypeId (also the fully qualified name of the custom object).
    const ObjectDef *find(const QString &nameOrId) const;

    const QList<ObjectDef> &objects() const { return m_objects; }

    QList<AssociationLabel> labels(const QString &fromTypeId, const QString &toTypeId) const;
    std::optional<AssociationLabel> label(const QString &fromTypeId, const QString &category, int typeId) const;
    QStringList allScopes() const;

private:
    void addStandardObjects();
    void addLabels();

    QList<ObjectDef> m_objects;
    QList<AssociationLabel> m_labels;
};

} // namespace Batchsmith::Sandbox
