// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Batchsmith::Test {

/**
 * A small filesystem of its own for a test that needs a full disk: a size-limited tmpfs mounted on a temporary
 * folder (Linux, as root), that fill() fills up and makeRoom() empties again. Unmounted when destroyed. When it
 * cannot be mounted (not root, not Linux, no permission in a container), mounted() is false and whyNot() says why:
 * the test skips. Every command it runs is bounded (10 s each) and fill() writes at most the filesystem's size, so a
 * test on it cannot hang.
 */
class FullFilesystem final
{
public:
    explicit FullFilesystem(qint64 bytes)
        : m_bytes(bytes)
    {
#ifdef Q_OS_LINUX
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small tmpfs needs root");
            return;
        }
        if (!m_folder.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder to mount on");
            return;
        }
        const QString out = run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1,mode=0700").arg(bytes), QStringLiteral("tmpfs"), m_folder.path() });
        if (!out.isNull()) {
            m_whyNot = QStringLiteral("cannot mount a tmpfs: %1").arg(out);
            return;
        }
        m_mounted = true;
#else
        m_whyNot = QStringLiteral("a small tmpfs is mounted on Linux only");
#endif
    }

    ~FullFilesystem()
    {
        if (!m_mounted)
            return;
        // Lazily when busy (a file still open): the mount goes once it is closed, and never outlives the test.
        if (!run(QStringLiteral("umount"), { m_folder.path() }).isNull())
            run(QStringLiteral("umount"), { QStringLiteral("-l"), m_folder.path() });
    }

    FullFilesystem(const FullFilesystem &) = delete;
    FullFilesystem &operator=(const FullFilesystem &) = delete;

    bool mounted() const
    {
        return m_mounted;
    }

    QString whyNot() const
    {
        return m_whyNot;
    }

    QString filePath(const QString &name) const
    {
        return QDir(m_folder.path()).filePath(name);
    }

    /// Fills what is left with a file of its own until the filesystem refuses a byte more. True when it did.
    bool fill()
    {
#ifdef Q_OS_LINUX
        const QByteArray name = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0)
            return false;
        static const QByteArray chunk(4096, 'x');
        bool full = false;
        for (qint64 i = 0; i <= m_bytes / chunk.size() + 16; ++i) { // bounded by the filesystem's size
            if (::write(fd, chunk.constData(), size_t(chunk.size())) < chunk.size()) {
                full = ::write(fd, chunk.constData(), 1) < 1; // a short write: the next one is refused
                break;
            }
        }
        ::close(fd);
        return full;
#else
        return false;
#endif
    }

    /// Removes what fill() wrote.
    void makeRoom()
    {
        QFile::remove(filePath(QStringLiteral("filler")));
    }

    /// Frees about @p bytes of what fill() wrote, no more.
    void makeRoom(qint64 bytes)
    {
        QFile filler(filePath(QStringLiteral("filler")));
        filler.resize(qMax<qint64>(0, filler.size() - bytes));
    }

private:
    /// Runs @p program; a null string when it succeeded, else what it said (never empty).
    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(1000);
            return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        }
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return said.isEmpty() ? QStringLiteral("%1 failed").arg(program) : said;
    }

    QTemporaryDir m_folder; // first: removed after the filesystem on it is unmounted
    qint64 m_bytes = 0;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace Batchsmith::Test
