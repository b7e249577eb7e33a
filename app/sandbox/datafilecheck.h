// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Batchsmith::Sandbox {

/**
 * Decides whether a `--data` file may be used, before anything opens it for writing: SqliteStore empties its tables
 * on a reset, so an SQLite file that is not the sandbox's own must be left alone. The sandbox marks its files with
 * `PRAGMA application_id` (ApplicationId); a file without the mark is taken only when its tables are exactly those
 * of an earlier sandbox version (it is marked when opened). Stateless.
 */
class DataFileCheck final
{
public:
    static constexpr qint32 ApplicationId = 0x42736278; // "Bsbx"

    /// True when @p file is missing, empty, or a sandbox database; else false and @p error says why (naming it).
    static bool mayUse(const QString &file, QString *error);
};

} // namespace Batchsmith::Sandbox
