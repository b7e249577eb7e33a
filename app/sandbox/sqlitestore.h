// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Batchsmith::Sandbox {

class Catalogue;
class Portal;

/**
 * Keeps the demo portal in an SQLite file (`batchsmith-sandbox --data FILE`) so it survives restarts. Writes only
 * what changed since the last save, in one transaction per request. Owned by SandboxState.
 */
class SqliteStore final
{
public:
    explicit SqliteStore(QString file);
    ~SqliteStore();
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    bool open(QString *error);
    /// False when the file holds no portal yet.
    bool load(const Catalogue &catalogue, Portal &portal);
    void save(const Catalogue &catalogue, Portal &portal);

private:
    QString m_file;
    QString m_connection;
};

} // namespace Batchsmith::Sandbox
