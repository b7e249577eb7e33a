// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/datafolder.h"
#include "core/settings/settings.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file under @p root, relative to it, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    const QFileInfoList found = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : found) {
        if (info.isDir()) {
            for (const QString &inner : filesUnder(info.absoluteFilePath()))
                files.append(info.fileName() + u'/' + inner);
        } else {
            files.append(info.fileName());
        }
    }
    files.sort();
    return files;
}

/// A lock file as QLockFile writes it, but naming a process that does not run (the lock of a crashed app).
bool writeDeadLock(const QString &path)
{
    const QString scratch = path + u".scratch"_s;
    QByteArray content;
    {
        QLockFile lock(scratch);
        if (!lock.tryLock(0))
            return false;
        content = readFile(scratch);
    } // unlocked and removed
    const qsizetype endOfPid = content.indexOf('\n');
    if (endOfPid < 0)
        return false;
    return writeFile(path, "999999999" + content.mid(endOfPid)); // above any PID Linux hands out
}

} // namespace

class TestDataFolder : public QObject
{
    Q_OBJECT

private:
    QString oldDir() const { return m_dir->filePath(u"share/Batchsmith/Batchsmith"_s); }

    QString newDir() const { return m_dir->filePath(u"share/Batchsmith"_s); }

    QString oldFile(const QString &name) const { return oldDir() + u'/' + name; }

    QString newFile(const QString &name) const { return newDir() + u'/' + name; }

    /// What an earlier version left: autosaves, journals with their SQLite files, the sandbox's database.
    void fillOldFolder() const
    {
        QVERIFY(writeFile(oldFile(u"autosave/autosave-a1b2c3d4e5f6.batchsmith"_s), "draft"));
        QVERIFY(writeFile(oldFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite"_s), "journal 1"));
        QVERIFY(writeFile(oldFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-wal"_s), "wal 1"));
        QVERIFY(writeFile(oldFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-shm"_s), "shm 1"));
        QVERIFY(writeFile(oldFile(u"runs/run-20260302-090000-bbbbbbbbbbbb.sqlite"_s), "journal 2"));
        QVERIFY(writeFile(oldFile(u"sandbox.sqlite"_s), "portal"));
        QVERIFY(writeFile(oldFile(u"sandbox.sqlite-wal"_s), "portal wal"));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DataFolder::nameApplication();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a home of its own for each test
        QVERIFY(m_dir->isValid());
    }

    void testTheFolderIsNamedOnce()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(DataFolder::path(), data + u"/Batchsmith"_s);
        QCOMPARE(DataFolder::doubledPath(), data + u"/Batchsmith/Batchsmith"_s);
    }

    void testTheSettingsFileStaysWhereItWas()
    {
        // Where QSettings put it while the organisation was also named "Batchsmith": the token profiles are there.
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QString file;
        {
            Settings settings;
            file = settings.fileName();
        }
        QCOMPARE(QFileInfo(file).absoluteFilePath(),
            QFileInfo(config + u"/Batchsmith/Batchsmith.conf"_s).absoluteFilePath());
        QFile::remove(file);
    }

    void testMovesEverythingIntoTheNewFolder()
    {
        fillOldFolder();
        const QStringList before = filesUnder(oldDir());

        const DataFolder::Migration migration = DataFolder::migrate(oldDir(), newDir());

        QCOMPARE(migration.kept, QStringList());
        QStringList moved = migration.moved;
        moved.sort();
        QCOMPARE(moved, before);
        QCOMPARE(filesUnder(newDir()), before);
        QCOMPARE(readFile(newFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-wal"_s)), "wal 1"_ba);
        QCOMPARE(readFile(newFile(u"sandbox.sqlite"_s)), "portal"_ba);
        QVERIFY(!QFileInfo::exists(oldDir())); // emptied, then removed
    }

    void testTheSecondStartDoesNothing()
    {
        fillOldFolder();
        DataFolder::migrate(oldDir(), newDir());
        const QStringList after = filesUnder(newDir());

        const DataFolder::Migration again = DataFolder::migrate(oldDir(), newDir());

        QVERIFY(again.moved.isEmpty());
        QVERIFY(again.kept.isEmpty());
        QCOMPARE(filesUnder(newDir()), after);
    }

    void testNeverOverwrites()
    {
        fillOldFolder();
        QVERIFY(writeFile(newFile(u"sandbox.sqlite"_s), "newer portal"));
        QVERIFY(writeFile(newFile(u"runs/run-20260302-090000-bbbbbbbbbbbb.sqlite"_s), "newer journal"));
        // Only the WAL of the first journal is in the new folder: the journal stays whole in the old one.
        QVERIFY(writeFile(newFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-wal"_s), "newer wal"));

        const DataFolder::Migration migration = DataFolder::migrate(oldDir(), newDir());

        QCOMPARE(migration.moved, QStringList { u"autosave/autosave-a1b2c3d4e5f6.batchsmith"_s });
        QCOMPARE(readFile(newFile(u"sandbox.sqlite"_s)), "newer portal"_ba);
        QVERIFY(!QFileInfo::exists(newFile(u"sandbox.sqlite-wal"_s))); // not beside another database
        QCOMPARE(readFile(newFile(u"runs/run-20260302-090000-bbbbbbbbbbbb.sqlite"_s)), "newer journal"_ba);
        QCOMPARE(readFile(newFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-wal"_s)), "newer wal"_ba);
        QVERIFY(!QFileInfo::exists(newFile(u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite"_s)));
        QStringList kept = migration.kept;
        kept.sort();
        QCOMPARE(kept,
            QStringList({ u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite"_s,
                u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-shm"_s,
                u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite-wal"_s,
                u"runs/run-20260302-090000-bbbbbbbbbbbb.sqlite"_s, u"sandbox.sqlite"_s, u"sandbox.sqlite-wal"_s }));
        QCOMPARE(filesUnder(oldDir()), kept); // still there, as they were
        QCOMPARE(readFile(oldFile(u"sandbox.sqlite"_s)), "portal"_ba);
    }

    void testAFileAProcessHoldsStays()
    {
        const QString journal = u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite"_s;
        QVERIFY(writeFile(oldFile(journal), "journal being sent"));
        QLockFile held(oldFile(journal + u".lock"_s)); // a running Batchsmith sends this run
        QVERIFY(held.tryLock(0));
        QVERIFY(writeFile(oldFile(u"autosave/autosave-a1b2c3d4e5f6.batchsmith"_s), "draft"));
        QLockFile session(oldFile(u"autosave/autosave-a1b2c3d4e5f6.lock"_s)); // its window is open
        QVERIFY(session.tryLock(0));

        DataFolder::Migration migration = DataFolder::migrate(oldDir(), newDir());

        QVERIFY(migration.moved.isEmpty());
        QCOMPARE(migration.kept.size(), 4);
        QCOMPARE(readFile(oldFile(journal)), "journal being sent"_ba);
        QVERIFY(!QFileInfo::exists(newFile(journal)));

        // Once the process is gone, the next start moves them.
        held.unlock();
        session.unlock();
        migration = DataFolder::migrate(oldDir(), newDir());
        migration.moved.sort();
        QCOMPARE(migration.moved, QStringList({ u"autosave/autosave-a1b2c3d4e5f6.batchsmith"_s, journal }));
        QCOMPARE(readFile(newFile(journal)), "journal being sent"_ba);
    }

    void testTheLockOfADeadProcessIsLeftBehind()
    {
        const QString journal = u"runs/run-20260301-120000-aaaaaaaaaaaa.sqlite"_s;
        QVERIFY(writeFile(oldFile(journal), "journal of a crashed run"));
        QVERIFY(writeFile(oldFile(journal + u"-journal"_s), "rollback journal"));
        QVERIFY(writeDeadLock(oldFile(journal + u".lock"_s)));

        const DataFolder::Migration migration = DataFolder::migrate(oldDir(), newDir());

        QCOMPARE(migration.kept, QStringList());
        QCOMPARE(filesUnder(newDir()), QStringList({ journal, journal + u"-journal"_s }));
        QVERIFY(!QFileInfo::exists(oldDir()));
        // The moved run can be locked at once, as a resume does.
        QLockFile lock(newFile(journal + u".lock"_s));
        QVERIFY(lock.tryLock(0));
    }

    void testNoOldFolderIsNothingToDo()
    {
        const DataFolder::Migration migration = DataFolder::migrate(oldDir(), newDir());
        QVERIFY(migration.moved.isEmpty());
        QVERIFY(migration.kept.isEmpty());
        QVERIFY(!QFileInfo::exists(newDir()));
    }

    void testMigratesTheDoubledFolderOfThisUser()
    {
        // What both front ends call, in QStandardPaths' test folders.
        const QString file = DataFolder::doubledPath() + u"/runs/run-20260303-080000-cccccccccccc.sqlite"_s;
        const QString moved = DataFolder::path() + u"/runs/run-20260303-080000-cccccccccccc.sqlite"_s;
        QFile::remove(moved);
        QVERIFY(writeFile(file, "journal"));

        const DataFolder::Migration migration = DataFolder::migrateDoubledFolder();

        QCOMPARE(migration.moved, QStringList { u"runs/run-20260303-080000-cccccccccccc.sqlite"_s });
        QCOMPARE(readFile(moved), "journal"_ba);
        QVERIFY(!QFileInfo::exists(DataFolder::doubledPath()));
        QVERIFY(QFile::remove(moved));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "testdatafolder.moc"
