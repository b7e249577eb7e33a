// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Batchsmith {

/**
 * Where the app and batchsmith-cli keep their files: the drafts' autosaves (`autosave/`), the run journals (`runs/`)
 * and the embedded sandbox's database (`sandbox.sqlite`). It is QStandardPaths::AppDataLocation under the
 * application name "Batchsmith" and no organisation name: `~/.local/share/Batchsmith` on Linux,
 * `%APPDATA%\Batchsmith` on Windows, `~/Library/Application Support/Batchsmith` on macOS.
 *
 * Earlier versions also named the organisation "Batchsmith", which doubled the folder
 * (`~/.local/share/Batchsmith/Batchsmith`). migrateDoubledFolder() moves what they left there. The settings file
 * (the token profiles) does not depend on these names: Settings names it itself, so it stays where it always was.
 *
 * Both front ends call nameApplication() right after creating their application object, then
 * migrateDoubledFolder() before anything opens a file in the folder. Main thread; no state of its own.
 *
 *     QCoreApplication app(argc, argv);
 *     DataFolder::nameApplication();
 *     DataFolder::migrateDoubledFolder(); // logs what it moved; a failure does not stop the start
 */
class DataFolder final
{
public:
    DataFolder() = delete;

    /// What migrate() did, as paths relative to the old folder ("runs/run-20260301-120000-a1b2c3.sqlite").
    struct Migration
    {
        QStringList moved;
        /// Left in the old folder: the new folder has a file of that name already, a live process holds the file's
        /// lock, or the move failed. The next start tries again.
        QStringList kept;
    };

    /// Names the process for QStandardPaths: application "Batchsmith", no organisation.
    static void nameApplication();
    /// QStandardPaths::AppDataLocation, as named by nameApplication().
    static QString path();
    /// Where versions that doubled the name kept their files: path() + "/Batchsmith".
    static QString doubledPath();

    /// migrate(doubledPath(), path()).
    static Migration migrateDoubledFolder();
    /// Moves every file under @p from to the same place under @p to, and removes the folders it empties (@p from
    /// too). Never overwrites: a file whose name is taken in @p to stays. An SQLite file moves with its `-wal`,
    /// `-shm` and `-journal` files, or not at all. A file with a lock (`<file>.lock`, or `<base name>.lock` as the
    /// autosaves have) stays while a live process holds the lock; a lock left by a dead process is released, so
    /// the file moves without it. Logs what it moved (qCInfo) and what it could not move.
    static Migration migrate(const QString &from, const QString &to);
};

} // namespace Batchsmith
