// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/privatefiles.h"

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/logging.h"
#include "core/settings/datafolder.h"

namespace Batchsmith {

namespace {

std::function<bool(const QString &)> &restrictHook()
{
    static std::function<bool(const QString &)> hook;
    return hook;
}

bool hookAllows(const QString &path)
{
    return !restrictHook() || restrictHook()(path);
}

} // namespace

bool PrivateFiles::makeFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    // The folders to create, deepest last: each is restricted as soon as it exists, before anything goes in.
    QStringList missing;
    for (QString folder = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(folder);) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir()) {
            qCWarning(lcSettings) << "cannot create" << folder;
            return false;
        }
        if (!restrict(folder))
            return false;
    }
    return missing.isEmpty() ? restrict(path) : true;
}

bool PrivateFiles::prepareFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return restrict(path);
    QFile file(path);
    // Created with the permissions at once (open(2) with mode 0600): there is no moment when it is readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode)) {
        qCWarning(lcSettings) << "cannot create" << path << file.errorString();
        return false;
    }
    return restrict(file);
}

bool PrivateFiles::restrict(QFileDevice &file)
{
    if (!hookAllows(file.fileName()) || !file.setPermissions(FileMode)) {
        qCWarning(lcSettings) << "cannot make" << file.fileName() << "readable by its owner only";
        return false;
    }
    return true;
}

bool PrivateFiles::restrict(const QString &path)
{
    const bool folder = QFileInfo(path).isDir();
    if (!hookAllows(path) || !QFile::setPermissions(path, folder ? FolderMode : FileMode)) {
        qCWarning(lcSettings) << "cannot make" << path << "readable by its owner only";
        return false;
    }
    return true;
}

void PrivateFiles::restrictDatabase(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (QFileInfo::exists(path + suffix))
            restrict(path + suffix);
    }
}

bool PrivateFiles::inDataFolder(const QString &path)
{
    const QString data = QDir::cleanPath(QFileInfo(DataFolder::path()).absoluteFilePath());
    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return !data.isEmpty() && file.startsWith(data + u'/');
}

void PrivateFiles::setRestrictHookForTesting(std::function<bool(const QString &)> hook)
{
    restrictHook() = std::move(hook);
}

OwnerOnlyCreation::OwnerOnlyCreation()
{
#ifdef Q_OS_UNIX
    m_previous = ::umask(077);
#endif
}

OwnerOnlyCreation::~OwnerOnlyCreation()
{
#ifdef Q_OS_UNIX
    ::umask(mode_t(m_previous));
#endif
}

} // namespace Batchsmith
