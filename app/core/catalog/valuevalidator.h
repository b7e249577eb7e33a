// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/catalog/catalogtypes.h"

namespace Batchsmith {

/**
 * Checks one cell value against its property before anything is sent, with HubSpot's rules
 * (docs/hubspot-behaviour.md §8): numbers, booleans, enum options, multi-checkbox parts, emails, dates at UTC
 * midnight, datetimes, read-only properties, 65,536 characters. An empty value is always valid (it clears the property,
 * or is left out). Pure functions; any thread.
 */
class ValueValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::ValueValidator)

public:
    /// Empty when @p value can be sent for @p property; otherwise a translated sentence that says why, naming
    /// the value and, for enumerations, the allowed options ("“gold” is not one of the options of Lifecycle
    /// stage: Lead, Customer…").
    static QString problem(const PropertyInfo &property, const QString &value);

    /// The value in the form HubSpot wants, when an obvious equivalent was typed: a date "2024-5-1" or
    /// "2024-05-01T00:00:00Z" -> "2024-05-01"; booleans "Yes"/"1"/"TRUE" -> "true"; enumeration labels -> values
    /// (case-insensitive); numbers with surrounding spaces trimmed. Anything else is returned unchanged.
    static QString normalised(const PropertyInfo &property, const QString &value);
};

} // namespace Batchsmith
