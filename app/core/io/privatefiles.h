// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFileDevice>
#include <QString>

namespace Batchsmith {

/**
 * Owner-only files and folders for what holds customer data: run journals, autosaved drafts, the embedded
 * sandbox's database, files written into the data folder, and the settings file when it keeps a token. Files are
 * 0600 and folders 0700 from the moment they exist, before any data is written to them: a file is created with
 * those permissions (or restricted while still empty or through its open descriptor), never chmod-ed after the
 * data is in. SQLite gives a database's `-wal`, `-shm` and `-journal` files the permissions of the database file,
 * so a database created by prepareFile() keeps its side files private too. On Windows the permission calls do
 * little; the per-user profile folder is what keeps the files private there.
 *
 * Static functions; any thread (the test hook excepted).
 *
 *     PrivateFiles::makeFolder(dir);             // mkpath, each folder it creates 0700, and dir itself 0700
 *     PrivateFiles::prepareFile(journalPath);    // an empty 0600 file for SQLite to open
 *     QSaveFile file(path); file.open(…); PrivateFiles::restrict(file); // the temporary file, before writing
 */
class PrivateFiles final
{
public:
    PrivateFiles() = delete;

    static constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    /// Creates @p path and its missing parents; each folder created, and @p path itself, is made owner-only.
    /// Folders that existed above @p path are left as they are (the user's home, ~/.local/share).
    static bool makeFolder(const QString &path);
    /// Creates @p path as an empty owner-only file if it does not exist; restricts it if it does. False when it
    /// cannot.
    static bool prepareFile(const QString &path);
    /// Restricts the open @p file (through its descriptor: for a QSaveFile, its temporary file) to its owner.
    static bool restrict(QFileDevice &file);
    /// Restricts the file or folder at @p path to its owner (0600 for a file, 0700 for a folder).
    static bool restrict(const QString &path);

    /// Restricts an SQLite database and its `-wal`, `-shm` and `-journal` files, those that exist (a database an
    /// earlier version created with the umask's permissions).
    static void restrictDatabase(const QString &path);

    /// Whether @p path is inside DataFolder::path(): files written there are made owner-only.
    static bool inDataFolder(const QString &path);

    /// Test only: decides the outcome of every restrict() of a path (true: go ahead); null restores the default.
    static void setRestrictHookForTesting(std::function<bool(const QString &path)> hook);
};

/**
 * While it lives, files and folders this process creates are owner-only (umask 077 on POSIX; nothing elsewhere).
 * For code that creates files it does not let us open first, such as the embedded sandbox opening its database:
 * the umask is process-wide, so hold it briefly, on the thread that creates the files, while no other thread
 * creates any.
 */
class OwnerOnlyCreation final
{
public:
    OwnerOnlyCreation();
    ~OwnerOnlyCreation();
    Q_DISABLE_COPY_MOVE(OwnerOnlyCreation)

private:
    unsigned m_previous = 0;
};

} // namespace Batchsmith
