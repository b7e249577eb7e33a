// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/sandboxfixture.h"

namespace Batchsmith::Test {

/// Runs the real batchsmith-cli (BATCHSMITH_CLI, set by CMake) and waits for it without blocking the event loop,
/// so an in-process sandbox keeps answering.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &env = {}, int timeoutMs = 60000,
    const std::function<void(QProcess &)> &whileRunning = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    if (!env.contains(QStringLiteral("XDG_CONFIG_HOME"))) // where --token-profile finds the app's settings
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/batchsmith-cli-test-config"));
    if (!env.contains(QStringLiteral("XDG_DATA_HOME"))) // the app's data folder, which the CLI tidies on start
        environment.insert(
            QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/batchsmith-cli-test-data"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BATCHSMITH_CLI), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (whileRunning)
        whileRunning(process);
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace Batchsmith::Test
