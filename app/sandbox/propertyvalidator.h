// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "sandbox/catalogue.h"
#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

struct Scenario;

/// One property value HubSpot would refuse.
struct PropertyProblem
{
    QString code; // PROPERTY_DOESNT_EXIST, INVALID_OPTION, READ_ONLY_VALUE, …
    QString name; // the property
    QString message;
};

/// Checks property values the way HubSpot does (docs/hubspot-behaviour.md §8, §11.4, §11.8): types, options,
/// read-only values, required properties, owners, and stages against their pipeline.
class PropertyValidator final
{
public:
    static constexpr int MaxStringLength = 65536;

    /// @p properties is the input's "properties" object. @p create adds the required-property checks. When
    /// @p values is given it receives the values as they would be stored (names shared with the catalogue).
    /// @p existing is the record an update or upsert changes: a stage alone is checked against its pipeline.
    static QList<PropertyProblem> validate(const Catalogue &catalogue, const ObjectDef &type,
        const QJsonObject &properties, bool create, const Scenario &scenario, PropertyValues *values = nullptr,
        const Record *existing = nullptr);

    /// The error object HubSpot sends for these problems: "Property values were not valid: [...]" and errors[].
    static QJsonObject errorBody(const QList<PropertyProblem> &problems, const QString &correlationId);

private:
    /// The stage named by @p properties against the pipeline it names, else the record's, else the default one.
    static std::optional<PropertyProblem> checkStage(const Catalogue &catalogue, const ObjectDef &type,
        const QJsonObject &properties, const Scenario &scenario, const Record *existing);
    static std::optional<PropertyProblem> checkValue(const PropertyDef &property, const QString &value);
    static std::optional<PropertyProblem> checkDate(const PropertyDef &property, const QString &value);
};

} // namespace Batchsmith::Sandbox
