// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <sys/resource.h>

namespace Batchsmith::Bench {

/// Starts the batchsmith-sandbox executable and reads the address it listens on. Empty URL on failure.
inline QUrl startSandbox(QProcess &process, const QString &program, const QStringList &arguments, bool pinToFirstCore)
{
    QString command = program;
    QStringList args = arguments;
    if (pinToFirstCore
        && QProcess::execute(
               QStringLiteral("taskset"), { QStringLiteral("-c"), QStringLiteral("0"), QStringLiteral("true") })
            == 0) {
        args.prepend(program);
        args.prepend(QStringLiteral("0"));
        args.prepend(QStringLiteral("-c"));
        command = QStringLiteral("taskset");
    }
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(command, args);
    if (!process.waitForStarted(10000))
        return {};
    for (int i = 0; i < 100 && !process.canReadLine(); ++i)
        process.waitForReadyRead(100);
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("listening on "))
        return {};
    return QUrl(QString::fromUtf8(line.mid(13)));
}

/// CPU seconds (user + system) used by this process so far.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Peak resident memory of this process in MiB.
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace Batchsmith::Bench
