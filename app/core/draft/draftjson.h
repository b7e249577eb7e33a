// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "core/batch/batchtypes.h"
#include "core/table/tablecolumn.h"

namespace Batchsmith::DraftJson {

// The pieces of a draft file as JSON (FORMAT.md). Columns and outcomes go through QJsonObject; the rows are
// written as text by DraftFile, one at a time, so a million-row grid never becomes one QJsonDocument.

QJsonObject columnToJson(const TableColumn &column);
/// False when the object is not a column (unknown kind, no name).
bool columnFromJson(const QJsonObject &json, TableColumn *column);

/// Only the fields that are set; an empty object for a Pending outcome.
QJsonObject outcomeToJson(const RowOutcome &outcome);
/// False when the status is not one of the known words.
bool outcomeFromJson(const QJsonObject &json, RowOutcome *outcome);

/// Appends @p text as a JSON string literal (quoted, escaped, UTF-8) to @p out.
void appendString(QByteArray &out, const QString &text);

} // namespace Batchsmith::DraftJson
