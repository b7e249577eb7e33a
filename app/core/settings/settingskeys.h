// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// Every QSettings key of the application, grouped by section (Section/camelCaseName). Only the Settings facade
// and TokenStore read them.
namespace Batchsmith::SettingsKeys {

// The version of this file's layout (Settings::CurrentSchemaVersion); Settings::migrate() brings an older file up to
// it.
constexpr QLatin1StringView schemaVersion { "General/schemaVersion" };

// Token profiles: Profiles/<id>/<field>; the active one by id.
constexpr QLatin1StringView profilesGroup { "Profiles" };
constexpr QLatin1StringView activeProfile { "General/activeProfile" };
constexpr QLatin1StringView profileName { "name" };
constexpr QLatin1StringView profileBaseUrl { "baseUrl" };
constexpr QLatin1StringView profileApiVersion { "apiVersion" };
constexpr QLatin1StringView profilePortalId { "portalId" };
constexpr QLatin1StringView profileEmbeddedSandbox { "embeddedSandbox" };
constexpr QLatin1StringView profileSecret { "secret" }; // only when no keychain answers

// Sending defaults
// The most batches in flight, an upper bound; absent or 0: automatic (the Pacer decides). Before schema 2 it was a
// fixed number, 4 by default; Settings::migrate() turns such a 4 into automatic.
constexpr QLatin1StringView sendConcurrency { "Send/concurrency" };
constexpr QLatin1StringView sendBatchSize { "Send/batchSize" };
constexpr QLatin1StringView sendRequestTimeoutMs { "Send/requestTimeoutMs" };
// Upserts read the values they overwrite into the run journal first, so the run can be reverted.
constexpr QLatin1StringView sendKeepRevertValues { "Send/keepRevertValues" }; // default true

// Interface
constexpr QLatin1StringView uiLanguage { "Interface/language" }; // default "" (follow the system)

// Window state saved by gui code as opaque bytes: Window/<name> (geometry, state, splitters, headers).
constexpr QLatin1StringView windowGroup { "Window" };

// What the last batch was built for, offered again next time.
constexpr QLatin1StringView batchLastObjectType { "Batch/lastObjectType" }; // default "contacts"
constexpr QLatin1StringView batchLastMode { "Batch/lastMode" }; // default "create" (wireName of WriteMode)
constexpr QLatin1StringView batchLastIdProperty { "Batch/lastIdProperty" }; // default ""
constexpr QLatin1StringView batchLastApiVersion { "Batch/lastApiVersion" }; // default "2026-03" (wireName)

// Recently opened files, most recent first, at most Settings::MaxRecentFiles.
constexpr QLatin1StringView filesRecent { "Files/recent" }; // default empty

// Import: how a file's columns were mapped, per object type: Import/columnMappings/<objectTypeId>, a map of
// normalized header -> column key ("" = skip).
constexpr QLatin1StringView importColumnMappings { "Import/columnMappings" };

} // namespace Batchsmith::SettingsKeys
