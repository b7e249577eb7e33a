// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Batchsmith::Sandbox {

class Portal;

/**
 * Keeps the demo portal in an SQLite file (`batchsmith-sandbox --data FILE`) so it survives restarts: records,
 * associations and the id counter. Writes only what changed since the last save, in one transaction per request.
 * Uses its own uniquely named QSQLITE connection. Owned by SandboxState; single thread.
 */
class SqliteStore final
{
public:
    explicit SqliteStore(QString file);
    ~SqliteStore();
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    bool open(QString *error);
    /// Puts the stored portal into @p portal. False when the file holds no portal yet.
    bool load(Portal &portal);
    /// Writes the records and associations changed since the last save (Portal::takeDirty()).
    bool saveChanges(Portal &portal);
    /// Forgets what the file held and writes the whole portal (after seeding or a reset).
    bool replaceAll(Portal &portal);

private:
    bool exec(const QString &statement);

    QString m_file;
    QString m_connection;
};

} // namespace Batchsmith::Sandbox
