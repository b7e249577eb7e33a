// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/datafolder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>

#include "core/io/privatefiles.h"
#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

const QString ApplicationName = u"Batchsmith"_s;

/// What SQLite keeps beside a database while it is open or after a crash: it belongs to the database.
const QStringList SqliteCompanions { u"-wal"_s, u"-shm"_s, u"-journal"_s };
const QString LockSuffix = u".lock"_s;

bool isCompanion(const QString &name)
{
    return name.endsWith(LockSuffix)
        || std::any_of(SqliteCompanions.cbegin(), SqliteCompanions.cend(),
            [&name](const QString &suffix) { return name.endsWith(suffix); });
}

/// A file and what must move with it; @p lock is one of the members, or empty.
struct Group
{
    QStringList members; // the companions first, the file itself last
    QString lock;
};

/// The files of one folder, grouped: each file with its SQLite companions and its lock. A companion whose file is
/// gone is a group of its own.
QList<Group> groupFiles(const QStringList &files)
{
    const QSet<QString> present(files.cbegin(), files.cend());
    QSet<QString> taken;
    QList<Group> groups;
    for (const QString &file : files) {
        if (isCompanion(file))
            continue;
        Group group;
        for (const QString &suffix : SqliteCompanions) {
            if (present.contains(file + suffix))
                group.members.append(file + suffix);
        }
        // A journal's lock is `<journal>.lock`; an autosave's is `<base name>.lock`.
        const QStringList locks { file + LockSuffix, QFileInfo(file).completeBaseName() + LockSuffix };
        for (const QString &lock : locks) {
            if (group.lock.isEmpty() && present.contains(lock)) {
                group.lock = lock;
                group.members.append(lock);
            }
        }
        group.members.append(file);
        for (const QString &member : std::as_const(group.members))
            taken.insert(member);
        groups.append(group);
    }
    for (const QString &file : files) {
        if (!taken.contains(file))
            groups.append(Group { { file }, isCompanion(file) && file.endsWith(LockSuffix) ? file : QString() });
    }
    return groups;
}

/// Moves one group from @p source to @p target (the same folder, relative @p folder, in the old and new trees).
void moveGroup(Group group, const QDir &source, const QDir &target, const QString &folder, DataFolder::Migration &out)
{
    const auto relative = [&folder](const QString &name) { return folder.isEmpty() ? name : folder + u'/' + name; };
    const auto keep = [&] {
        for (const QString &member : std::as_const(group.members))
            out.kept.append(relative(member));
    };
    for (const QString &member : std::as_const(group.members)) {
        if (QFileInfo::exists(target.filePath(member))) {
            qCInfo(lcSettings) << "data folder: left" << source.filePath(member)
                               << "where it is:" << target.filePath(member) << "exists already";
            return keep();
        }
    }
    if (!group.lock.isEmpty()) {
        QLockFile probe(source.filePath(group.lock));
        probe.setStaleLockTime(0); // only a dead holder makes a lock stale, as JournalLock and Autosaver say
        if (!probe.tryLock(0)) {
            qCInfo(lcSettings) << "data folder: left" << source.filePath(group.members.constLast())
                               << "where it is: a running process holds" << group.lock;
            return keep();
        }
        probe.unlock(); // removes the lock of the dead process: nobody holds the file
        group.members.removeOne(group.lock);
    }
    if (!PrivateFiles::makeFolder(target.path())) {
        qCWarning(lcSettings) << "data folder: cannot create" << target.path();
        return keep();
    }
    QStringList done;
    for (const QString &member : std::as_const(group.members)) {
        if (QFile::rename(source.filePath(member), target.filePath(member))) {
            done.append(member);
            continue;
        }
        qCWarning(lcSettings) << "data folder: cannot move" << source.filePath(member) << "to"
                              << target.filePath(member);
        for (const QString &back : std::as_const(done)) // all or nothing: a database without its WAL loses data
            QFile::rename(target.filePath(back), source.filePath(back));
        return keep();
    }
    for (const QString &member : std::as_const(done))
        out.moved.append(relative(member));
}

} // namespace

void DataFolder::nameApplication()
{
    QCoreApplication::setApplicationName(ApplicationName);
    QCoreApplication::setOrganizationName(QString());
}

QString DataFolder::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFolder::doubledPath()
{
    return QDir(path()).filePath(ApplicationName);
}

DataFolder::Migration DataFolder::migrateDoubledFolder()
{
    return migrate(doubledPath(), path());
}

DataFolder::Migration DataFolder::migrate(const QString &from, const QString &to)
{
    Migration out;
    const QDir source(from);
    if (from.isEmpty() || to.isEmpty() || !source.exists())
        return out;
    QStringList folders { QString() };
    QDirIterator it(from, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(source.relativeFilePath(it.next()));
    for (const QString &folder : std::as_const(folders)) {
        const QDir in(source.filePath(folder));
        const QDir into(QDir(to).filePath(folder));
        const QStringList files = in.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        for (const Group &group : groupFiles(files))
            moveGroup(group, in, into, folder, out);
    }
    // The deepest first; rmdir() leaves a folder that still holds something.
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(source.filePath(folder));
    if (!out.moved.isEmpty()) {
        qCInfo(lcSettings).noquote() << u"data folder: moved %1 file(s) from %2 to %3: %4"_s.arg(
            QString::number(out.moved.size()), QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
            out.moved.join(u", "_s));
    }
    return out;
}

} // namespace Batchsmith
