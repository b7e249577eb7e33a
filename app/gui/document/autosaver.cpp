// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/autosaver.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include "core/draft/draftfile.h"
#include "core/io/privatefiles.h"
#include "gui/logging.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

QString lockPathFor(const QString &copy)
{
    const QFileInfo info(copy);
    return info.dir().filePath(info.completeBaseName() + u".lock"_s);
}

} // namespace

Autosaver::Autosaver(const QString &dir, std::function<DraftDocument()> capture, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
    , m_capture(std::move(capture))
{
    PrivateFiles::makeFolder(m_dir);
    const QString session = u"autosave-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_path = QDir(m_dir).filePath(session + u'.' + DraftFile::Suffix);
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0); // only a dead process makes a lock stale, never its age
    if (!m_lock->tryLock(0))
        qCWarning(lcGui) << "cannot lock the autosave of this session:" << m_lock->error();
    else
        PrivateFiles::restrict(lockPathFor(m_path));
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::onInterval);
}

// The copy stays: only discard() (a clean close) removes it, so a crash that unwinds still leaves it.
Autosaver::~Autosaver()
{
    waitForWriter();
    if (m_discardWhenWritten)
        removeCopy();
}

void Autosaver::waitForWriter()
{
    if (!m_writer)
        return;
    m_writer->wait();
    delete m_writer;
    m_writer = nullptr;
}

void Autosaver::setHeld(bool held)
{
    hold(HeldByRun, held);
}

void Autosaver::setHeldBySave(bool held)
{
    hold(HeldBySave, held);
}

void Autosaver::hold(int reason, bool held)
{
    m_holds = held ? (m_holds | reason) : (m_holds & ~reason);
    if (m_holds == 0 && m_pending) {
        m_pending = false;
        documentChanged();
    }
}

void Autosaver::onInterval()
{
    if (m_holds != 0 || m_writer) {
        m_pending = true; // saved when released, or once the copy being written is done
        return;
    }
    if (!m_snapshot) {
        saveNow();
        return;
    }
    auto ok = std::make_shared<bool>(false);
    m_writer = QThread::create([snapshot = m_snapshot(), path = m_path, ok] {
        auto written = DraftFile::write(path, snapshot, DraftFile::Access::OwnerOnly);
        if (!written)
            qCWarning(lcGui) << "autosave failed:" << written.error().message;
        *ok = bool(written);
    });
    const int writer = ++m_writers;
    connect(m_writer, &QThread::finished, this, [this, ok, writer] {
        if (!m_writer || writer != m_writers)
            return; // waited for and deleted already
        m_writer->deleteLater();
        m_writer = nullptr;
        qCDebug(lcGui) << "autosaved to" << m_path;
        if (m_discardWhenWritten) {
            m_discardWhenWritten = false;
            removeCopy();
        }
        Q_EMIT saved(*ok);
        if (m_pending && m_holds == 0) {
            m_pending = false;
            documentChanged();
        }
    });
    m_writer->start(QThread::LowPriority);
}

QStringList Autosaver::orphans()
{
    const QString pattern = u"autosave-*."_s + DraftFile::Suffix;
    // Copies set aside to be deleted (removeCopy()) by a session that ended before the deletion did: never needed.
    const QFileInfoList aside = QDir(m_dir).entryInfoList({ pattern + u".discarded-*"_s }, QDir::Files);
    for (const QFileInfo &info : aside) {
        if (!info.fileName().startsWith(QFileInfo(m_path).fileName()))
            QFile::remove(info.absoluteFilePath());
    }
    const QFileInfoList found = QDir(m_dir).entryInfoList({ pattern }, QDir::Files, QDir::Time);
    QStringList result;
    for (const QFileInfo &info : found) {
        const QString copy = info.absoluteFilePath();
        if (copy == QFileInfo(m_path).absoluteFilePath())
            continue;
        auto lock = std::make_unique<QLockFile>(lockPathFor(copy));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its session is still running
        PrivateFiles::restrict(lockPathFor(copy));
        result.append(copy);
        m_orphanLocks[copy] = std::move(lock);
    }
    return result;
}

void Autosaver::releaseOrphan(const QString &path)
{
    QFile::remove(path);
    keepOrphan(path);
}

void Autosaver::keepOrphan(const QString &path)
{
    const auto it = m_orphanLocks.find(QFileInfo(path).absoluteFilePath());
    if (it != m_orphanLocks.end()) {
        it->second->unlock();
        m_orphanLocks.erase(it);
    }
}

void Autosaver::documentChanged()
{
    if (!m_timer.isActive())
        m_timer.start();
}

bool Autosaver::saveNow()
{
    m_timer.stop();
    waitForWriter(); // one writer of the file at a time, and this copy is the newer
    m_discardWhenWritten = false;
    const auto written = m_snapshot ? DraftFile::write(m_path, m_snapshot(), DraftFile::Access::OwnerOnly)
                                    : DraftFile::write(m_path, m_capture(), DraftFile::Access::OwnerOnly);
    if (!written) {
        qCWarning(lcGui) << "autosave failed:" << written.error().message;
        return false;
    }
    qCDebug(lcGui) << "autosaved to" << m_path;
    return true;
}

void Autosaver::discard()
{
    m_timer.stop();
    m_pending = false;
    if (m_writer) {
        // Removed once written, else the writer would put it back. Waiting here would hold the window for the whole
        // copy: seconds, for a million rows.
        m_discardWhenWritten = true;
        return;
    }
    removeCopy();
}

void Autosaver::removeCopy()
{
    if (!QFile::exists(m_path))
        return;
    // Deleting a large file takes the file system a while (about 100 ms for the 180 MB copy of a million rows): it
    // is renamed aside at once, so that a new copy can take its place, and deleted on another thread.
    const QString aside = m_path + u".discarded-"_s + QString::number(++m_discards);
    if (!QFile::rename(m_path, aside)) {
        QFile::remove(m_path);
        return;
    }
    QThreadPool::globalInstance()->start([aside] { QFile::remove(aside); });
}

} // namespace Batchsmith
