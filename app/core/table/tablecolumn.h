// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/catalog/catalogtypes.h"

namespace Batchsmith {

/// A data column of the grid: one property, or the associations of one association type to one object type.
struct TableColumn
{
    enum class Kind { Property, Association };
    Kind kind = Kind::Property;
    PropertyInfo property; // Kind::Property
    QString toObjectType; // Kind::Association: "companies", "0-2", "2-123"
    QString toObjectLabel; // "Company"
    AssociationLabelInfo association; // Kind::Association: category, typeId, label

    static TableColumn forProperty(const PropertyInfo &property);
    static TableColumn forAssociation(
        const QString &toObjectType, const QString &toObjectLabel, const AssociationLabelInfo &association);

    /// The column's name in files, as the CLI reads it: the property's internal name, or
    /// "assoc:<toObjectType>:<typeId>" (HUBSPOT_DEFINED) / "assoc:<toObjectType>:<category>:<typeId>".
    QString key() const;
    /// What the header shows: the property label, or "Company (Primary)" / "Company" for associations.
    QString title() const;

    friend bool operator==(const TableColumn &, const TableColumn &) = default;
};

} // namespace Batchsmith
