// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench/startup: the app's cold start to its first painted main window, against a bare QWidget window built in the
// same tree, in one run; and the same bare window drawing one menu, one icon and some text (the floor of any main
// window). See bench/README.md.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace {

/// Starts @p program with @p arguments in @p environment and returns the milliseconds from the start until it
/// printed "painted", or -1 when it did not within 60 s. The process is then left to quit, or killed.
qint64 timeToFirstPaint(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, bool showErrors)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (showErrors)
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    qint64 ms = -1;
    QByteArray out;
    while (timer.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (out.contains("painted")) {
            ms = timer.elapsed();
            break;
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return ms;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions of each (default 9)."),
        QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QStringLiteral("Print every repetition's times, and what the programs print on stderr."));
    parser.addOptions({ runs, verbose });
    parser.process(app);

    // A home of its own: the app starts as it does for a user who has launched it before (the first launch, which
    // writes the sandbox profile, is an unmeasured warm-up that also fills the file cache for both programs).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const QString appProgram = QStringLiteral(BATCHSMITH_APP);
    const QStringList appArgs { QStringLiteral("--benchmark-startup") };
    const QString helloProgram = QStringLiteral(BATCHSMITH_HELLO);
    if (timeToFirstPaint(appProgram, appArgs, env, parser.isSet(verbose)) < 0
        || timeToFirstPaint(helloProgram, {}, env, parser.isSet(verbose)) < 0) {
        std::fprintf(stderr, "bench_startup: a program did not paint its window within 60 s\n");
        return 1;
    }
    QList<qint64> appMs;
    QList<qint64> helloMs;
    QList<qint64> floorMs; // the bare window drawing one menu, one icon and some text (hello.cpp)
    const QStringList floorArgs { QStringLiteral("--text-and-icon") };
    const int n = qMax(1, parser.value(runs).toInt());
    for (int i = 0; i < n; ++i) {
        // Alternated, so that a burst of load from elsewhere hits both alike.
        helloMs.append(timeToFirstPaint(helloProgram, {}, env, parser.isSet(verbose)));
        appMs.append(timeToFirstPaint(appProgram, appArgs, env, parser.isSet(verbose)));
        floorMs.append(timeToFirstPaint(helloProgram, floorArgs, env, parser.isSet(verbose)));
        if (parser.isSet(verbose))
            std::printf("run %d: app_ms=%lld hello_ms=%lld floor_ms=%lld\n", i + 1, appMs.last(), helloMs.last(),
                floorMs.last());
        if (appMs.last() < 0 || helloMs.last() < 0 || floorMs.last() < 0) {
            std::fprintf(stderr, "bench_startup: a program did not paint its window within 60 s\n");
            return 1;
        }
    }
    const double a = median(appMs);
    const double h = median(helloMs);
    std::printf("startup: app_ms=%.0f hello_ms=%.0f ratio=%.2f runs=%d\n", a, h, a / h, n);
    const double f = median(floorMs);
    std::printf("startup_floor: floor_ms=%.0f ratio=%.2f\n", f, f / h);
    return 0;
}
