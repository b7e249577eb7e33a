// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: JournalReader on a fuzzed file, as the history window opens whatever lies in the journal folder.
// Each input is written to a file of its own in a scratch folder and opened as an SQLite run journal.
#include <cstddef>
#include <cstdint>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include "journal/journalreader.h"

namespace {

QTemporaryDir *s_dir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin: it needs an application object to be found.
    static QCoreApplication app(*argc, *argv);
    QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")); // loads the plugin here, outside the timed runs
    static QTemporaryDir dir;
    s_dir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString path = s_dir->filePath(QStringLiteral("run.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(bytes), qint64(size));
    }
    using Batchsmith::JournalReader;
    // Only that reading them neither crashes nor misbehaves matters, not what they find.
    static_cast<void>(JournalReader::summary(path));
    static_cast<void>(JournalReader::rows(path));
    static_cast<void>(JournalReader::beforeValues(path));
    static_cast<void>(JournalReader::results(path));
    static_cast<void>(JournalReader::list(s_dir->path()));
    for (const QString &name : QDir(s_dir->path()).entryList(QDir::Files))
        QFile::remove(s_dir->filePath(name)); // the -wal and -shm files too
    return 0;
}
