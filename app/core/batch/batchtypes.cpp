// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/batchtypes.h"

namespace Batchsmith {

QString wireName(WriteMode mode)
{
    return mode == WriteMode::Create ? QStringLiteral("create") : QStringLiteral("upsert");
}

QString wireName(ApiVersion version)
{
    return version == ApiVersion::V3 ? QStringLiteral("v3") : QStringLiteral("2026-03");
}

std::optional<WriteMode> writeModeFromString(const QString &text)
{
    if (text == u"create")
        return WriteMode::Create;
    if (text == u"upsert")
        return WriteMode::Upsert;
    return std::nullopt;
}

std::optional<ApiVersion> apiVersionFromString(const QString &text)
{
    if (text == u"v3")
        return ApiVersion::V3;
    if (text == u"2026-03")
        return ApiVersion::V2026_03;
    return std::nullopt;
}

QString wireName(RowStatus status)
{
    switch (status) {
    case RowStatus::Pending:
        return QStringLiteral("pending");
    case RowStatus::Created:
        return QStringLiteral("created");
    case RowStatus::Updated:
        return QStringLiteral("updated");
    case RowStatus::Failed:
        return QStringLiteral("failed");
    case RowStatus::Unknown:
        return QStringLiteral("unknown");
    case RowStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<RowStatus> rowStatusFromString(const QString &text)
{
    for (RowStatus s : { RowStatus::Pending, RowStatus::Created, RowStatus::Updated, RowStatus::Failed,
             RowStatus::Unknown, RowStatus::Skipped }) {
        if (wireName(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace Batchsmith
