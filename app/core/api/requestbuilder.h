// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * Paths and bodies of HubSpot's batch endpoints, exactly as the official specs have them
 * (objects-v3.json and objects-2026-03.json, docs/hubspot-behaviour.md §13). Pure functions.
 */
class RequestBuilder final
{
public:
    /// "/crm/v3/objects/contacts" or "/crm/objects/2026-03/contacts".
    static QString objectsPath(ApiVersion version, const QString &objectType);
    static QString writePath(const BatchSpec &spec); // …/batch/create or …/batch/upsert
    static QString readPath(const BatchSpec &spec); // …/batch/read
    /// "/crm/v3/properties/contacts" or "/crm/properties/2026-03/contacts".
    static QString propertiesPath(ApiVersion version, const QString &objectType);
    /// "/crm-object-schemas/v3/schemas" or "/crm-object-schemas/2026-03/schemas".
    static QString schemasPath(ApiVersion version);
    /// "/crm/v4/associations/{from}/{to}/labels" or "/crm/associations/2026-03/{from}/{to}/labels".
    static QString associationLabelsPath(ApiVersion version, const QString &fromType, const QString &toType);
    /// "/crm/v3/pipelines/{objectType}" or "/crm/pipelines/2026-03/{objectType}".
    static QString pipelinesPath(ApiVersion version, const QString &objectType);
    /// "/crm/v3/owners" or "/crm/owners/2026-03".
    static QString ownersPath(ApiVersion version);
    /// "/account-info/v3/details" or "/account-info/2026-03/details".
    static QString accountDetailsPath(ApiVersion version);

    /// The batch create or upsert body for the rows at @p rowIndexes; @p traceIds holds one id per row of the run.
    static QByteArray writeBody(
        const BatchSpec &spec, const QList<Row> &rows, const QList<int> &rowIndexes, const QStringList &traceIds);
    /// A batch read by a unique property: {"idProperty", "inputs":[{"id"}], "properties", "propertiesWithHistory":[]}.
    static QByteArray lookupBody(const QString &idProperty, const QStringList &values, const QStringList &properties);
};

} // namespace Batchsmith
