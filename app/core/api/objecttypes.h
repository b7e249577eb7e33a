// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/result.h"

namespace Batchsmith {

/// A standard HubSpot object type (docs/hubspot-behaviour.md §7).
struct ObjectTypeInfo
{
    QString name; // path name: "contacts", "0-421", …
    QString id; // objectTypeId: "0-1"
    bool batchWrite = true; // batch create and upsert exist
};

/// The standard object types, and the rules for the `{objectType}` path segment.
namespace ObjectTypes {

const QList<ObjectTypeInfo> &standard();
/// By name (case-insensitive) or objectTypeId.
std::optional<ObjectTypeInfo> find(const QString &nameOrId);
/// The objectTypeId for a standard name, or the text itself for ids and custom objects.
QString canonicalId(const QString &nameOrId);
bool isContacts(const QString &nameOrId);
/// Accepts standard names and ids, custom objectTypeIds (2-<n>) and fully qualified names (p<portal>_<name>);
/// refuses types without batch create/upsert and anything that is not a path segment.
Result<void> validateForBatchWrite(const QString &nameOrId);

} // namespace ObjectTypes

} // namespace Batchsmith
