// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogtypes.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

PropertyKind PropertyInfo::kind() const
{
    const QString t = type.toLower();
    const QString f = fieldType.toLower();
    // A file property holds HubSpot file ids and a calculated one is computed: neither can be typed in a cell.
    if (f == u"file"_s || (f.startsWith(u"calculation_"_s) && !isWritable()))
        return PropertyKind::Unsupported;
    if (t == u"bool"_s)
        return PropertyKind::Bool;
    if (t == u"enumeration"_s) {
        if (f == u"booleancheckbox"_s)
            return PropertyKind::Bool;
        if (f == u"checkbox"_s)
            return PropertyKind::MultiEnumeration;
        return PropertyKind::Enumeration;
    }
    if (t == u"date"_s)
        return PropertyKind::Date;
    if (t == u"datetime"_s) // HubSpot writes both "datetime" and "dateTime"
        return PropertyKind::DateTime;
    if (t == u"number"_s)
        return PropertyKind::Number;
    if (t == u"string"_s || t == u"phone_number"_s)
        return PropertyKind::Text;
    return PropertyKind::Unsupported;
}

bool PropertyInfo::isWritable() const
{
    return !archived && !readOnlyValue && !calculated;
}

QString PropertyInfo::labelForValue(const QString &value) const
{
    for (const PropertyOption &option : options) {
        if (option.value == value)
            return option.label.isEmpty() ? value : option.label;
    }
    return value;
}

QString OwnerInfo::displayName() const
{
    const QString name = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? id : email;
}

} // namespace Batchsmith
