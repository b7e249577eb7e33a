// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/tablecolumn.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Batchsmith {

TableColumn TableColumn::forProperty(const PropertyInfo &property)
{
    TableColumn column;
    column.kind = Kind::Property;
    column.property = property;
    return column;
}

TableColumn TableColumn::forAssociation(
    const QString &toObjectType, const QString &toObjectLabel, const AssociationLabelInfo &association)
{
    TableColumn column;
    column.kind = Kind::Association;
    column.toObjectType = toObjectType;
    column.toObjectLabel = toObjectLabel;
    column.association = association;
    return column;
}

QString TableColumn::key() const
{
    if (kind == Kind::Property)
        return property.name;
    const QString typeId = QString::number(association.typeId);
    // The CLI reads "assoc:<toObjectType>:<typeId>" as a HubSpot-defined type, so only the others spell it out.
    if (association.category.isEmpty() || association.category == u"HUBSPOT_DEFINED"_s)
        return u"assoc:"_s + toObjectType + u':' + typeId;
    return u"assoc:"_s + toObjectType + u':' + association.category + u':' + typeId;
}

QString TableColumn::title() const
{
    if (kind == Kind::Property)
        return property.label.isEmpty() ? property.name : property.label;
    const QString object = toObjectLabel.isEmpty() ? toObjectType : toObjectLabel;
    if (association.label.isEmpty())
        return object;
    //: Header of an association column: %1 is the target object ("Company"), %2 the association label
    //: ("Primary"). Example: "Company (Primary)".
    return QCoreApplication::translate("Batchsmith::TableColumn", "%1 (%2)").arg(object, association.label);
}

} // namespace Batchsmith
