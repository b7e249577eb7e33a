// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

#include "journal/journallock.h"

/// "Another Batchsmith process" for tests of the run journal's lock: the test executable started again, holding
/// the lock of one journal until it is killed. Header only, for tests that link batchsmith_journal.
namespace Batchsmith::Test {

inline constexpr char HoldJournalVariable[] = "BATCHSMITH_TEST_HOLD_JOURNAL";

/// Call from the test class's static initMain(), which QTEST_MAIN runs before anything else. When this process was
/// started by startJournalHolder(), it takes that journal's lock, says "locked" (or "refused") on stdout and waits
/// to be killed; otherwise it returns at once.
inline void holdJournalIfAsked()
{
    const QString journal = qEnvironmentVariable(HoldJournalVariable);
    if (journal.isEmpty())
        return;
    const auto lock = JournalLock::acquire(journal);
    std::puts(lock ? "locked" : "refused");
    std::fflush(stdout);
    if (lock)
        QThread::sleep(120); // killed long before
    std::_Exit(lock ? 0 : 1);
}

/// Starts this test executable again as the holder of @p journal's lock. True once it says it holds it.
inline bool startJournalHolder(QProcess &process, const QString &journal)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(HoldJournalVariable), journal);
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), {});
    return process.waitForStarted(10000) && process.waitForReadyRead(10000)
        && process.readAllStandardOutput() == QByteArray("locked\n");
}

} // namespace Batchsmith::Test
