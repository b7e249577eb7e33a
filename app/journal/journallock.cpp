// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journallock.h"

#include <QCoreApplication>
#include <QDir>

#include "core/io/privatefiles.h"

namespace Batchsmith {

namespace {

/// Only a dead holder makes a lock stale: a live run may hold it for hours (QLockFile's default is 30 s).
void neverStaleByAge(QLockFile &file)
{
    file.setStaleLockTime(0);
}

Error journalInUse(const QString &journalPath, qint64 pid)
{
    const QString file = QDir::toNativeSeparators(journalPath);
    QString message;
    if (pid == QCoreApplication::applicationPid())
        message = QStringLiteral("the journal %1 is already open for writing in this process").arg(file);
    else if (pid > 0)
        message = QStringLiteral("the journal %1 is in use: another Batchsmith process (PID %2) is running it; wait "
                                 "for it to finish, or stop it, then try again")
                      .arg(file)
                      .arg(pid);
    else
        message = QStringLiteral("the journal %1 is in use: another Batchsmith process is running it; wait for it to "
                                 "finish, or stop it, then try again")
                      .arg(file);
    Error error = Error::make(Error::Kind::InvalidInput, message);
    error.file = journalPath;
    return error;
}

} // namespace

JournalLock::JournalLock(const QString &journalPath)
    : m_file(lockPath(journalPath))
{
    neverStaleByAge(m_file);
}

JournalLock::~JournalLock() = default;

QString JournalLock::lockPath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

Result<std::unique_ptr<JournalLock>> JournalLock::acquire(const QString &journalPath)
{
    std::unique_ptr<JournalLock> lock(new JournalLock(journalPath));
    if (lock->m_file.tryLock(0)) {
        PrivateFiles::restrict(lockPath(journalPath)); // only a PID inside, but every file beside a journal is private
        return lock;
    }
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        if (!lock->m_file.getLockInfo(&pid, nullptr, nullptr))
            pid = 0; // released or unreadable meanwhile: say it without a PID
        return journalInUse(journalPath, pid);
    }
    case QLockFile::PermissionError:
        return Error::make(Error::Kind::Io,
            QStringLiteral("cannot lock the journal %1: no permission to create %2")
                .arg(QDir::toNativeSeparators(journalPath), QDir::toNativeSeparators(lockPath(journalPath))));
    default:
        return Error::make(Error::Kind::Io,
            QStringLiteral("cannot lock the journal %1: %2 could not be created")
                .arg(QDir::toNativeSeparators(journalPath), QDir::toNativeSeparators(lockPath(journalPath))));
    }
}

std::optional<qint64> JournalLock::holder(const QString &journalPath)
{
    QLockFile probe(lockPath(journalPath));
    neverStaleByAge(probe);
    if (probe.tryLock(0)) {
        probe.unlock();
        return std::nullopt;
    }
    if (probe.error() != QLockFile::LockFailedError)
        return std::nullopt; // no lock can be taken there (a read-only folder): nobody holds one either
    qint64 pid = 0;
    if (!probe.getLockInfo(&pid, nullptr, nullptr))
        pid = 0;
    return pid;
}

} // namespace Batchsmith
