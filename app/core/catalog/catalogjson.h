// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/api/apiresponse.h"
#include "core/catalog/catalogtypes.h"
#include "core/result.h"

namespace Batchsmith {

/// Reads HubSpot's read-endpoint answers into catalogue values (shapes from HubSpot's OpenAPI specs,
/// docs/hubspot-behaviour.md §13). Pure functions, used by PortalCatalog; any thread.
namespace CatalogJson {

/// The answer's JSON object, or the Error it stands for: our timeout (Timeout), no HTTP answer (Network), an HTTP
/// error (401 Authentication, 403 Permission, 429 RateLimited, others Http) with HubSpot's message and correlation
/// id, or a 2xx that is not a JSON object (Protocol).
Result<QJsonObject> object(const ApiResponse &response);

PropertyInfo property(const QJsonObject &json);
/// {"results":[Property]}: archived properties dropped, sorted by label (then name).
Result<QList<PropertyInfo>> properties(const ApiResponse &response);
/// {"results":[ObjectSchema]}: the custom object types, archived ones dropped, named by objectTypeId.
Result<QList<ObjectTypeEntry>> schemas(const ApiResponse &response);
/// {"results":[{category, typeId, label}]}: the unlabeled types first, then the others as HubSpot listed them.
Result<QList<AssociationLabelInfo>> associationLabels(const ApiResponse &response);
/// Account details; the portal id is a number in the specs, kept as text.
Result<AccountInfo> account(const ApiResponse &response);
/// {"results":[Pipeline]}: archived pipelines and stages dropped; pipelines and stages by displayOrder.
Result<QList<PipelineInfo>> pipelines(const ApiResponse &response);
/// One page of {"results":[PublicOwner], "paging":{"next":{"after"}}}; @p nextAfter gets the cursor of the next
/// page, empty on the last one.
Result<QList<OwnerInfo>> owners(const ApiResponse &response, QString *nextAfter);
/// The scopes a 403 MISSING_SCOPES body asks for (errors[].context.requiredGranularScopes), any one of which would do.
QStringList requiredScopes(const ApiResponse &response);
/// The scopes of a private-app token-info or OAuth metadata answer; empty when it is not a readable success.
QStringList scopes(const ApiResponse &response);

} // namespace CatalogJson

} // namespace Batchsmith
