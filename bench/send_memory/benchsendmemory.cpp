// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_send_memory: creates every row of a contacts CSV (bench/csv_load/make_csv.py: 12 columns) with
// batchsmith-cli against the sandbox at a high rate limit, and prints the CLI's peak memory against the file's size:
// send_memory: rows=N file_mb=F peak_rss_mb=M ratio=M/F seconds=S created=C
// The CLI runs as a child process; its peak RSS is the ru_maxrss that wait4() reports for it alone (the sandbox,
// another child, is not counted).
#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include "../benchsupport.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct ChildResult
{
    int exitCode = -1;
    double peakRssMb = 0;
};

/// Runs @p program with @p arguments, its stdout and stderr going to @p log, and waits for it with wait4(). With
/// @p interruptAfterMs > 0, sends it SIGINT (Ctrl-C: batches in flight finish and are recorded) after that long.
ChildResult runChild(const QString &program, const QStringList &arguments, const QString &log, int interruptAfterMs = 0)
{
    QList<QByteArray> args { program.toLocal8Bit() };
    for (const QString &a : arguments)
        args.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : args)
        argv.append(a.data());
    argv.append(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray logPath = log.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    ChildResult result;
    if (posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), environ) != 0)
        return result;
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (interruptAfterMs > 0) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < interruptAfterMs && wait4(pid, &status, WNOHANG, &usage) == 0)
            usleep(50 * 1000);
        if (waited.elapsed() >= interruptAfterMs)
            kill(pid, SIGINT);
    }
    if (wait4(pid, &status, 0, &usage) == pid) {
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        result.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("rows"), QStringLiteral("Rows to generate (without --input)."),
                            QStringLiteral("N"), QStringLiteral("1000000") },
        { QStringLiteral("input"), QStringLiteral("A contacts CSV to send instead (make_csv.py's columns)."),
            QStringLiteral("file") },
        { QStringLiteral("rate-limit"), QStringLiteral("Sandbox requests per 10 s."), QStringLiteral("R"),
            QStringLiteral("1000000") },
        { QStringLiteral("results"), QStringLiteral("Also write --results (the default)."), QStringLiteral("yes|no"),
            QStringLiteral("yes") },
        { QStringLiteral("journal"), QStringLiteral("Also keep a run journal (--journal; not the default)."),
            QStringLiteral("yes|no"), QStringLiteral("no") },
        { QStringLiteral("read-before"),
            QStringLiteral("Upsert by email with a journal and --read-before: the values in place are read first (not "
                           "the default)."),
            QStringLiteral("yes|no"), QStringLiteral("no") },
        { QStringLiteral("resume-after"),
            QStringLiteral(
                "With --journal yes: interrupt the run (SIGINT) after S seconds, then resume its journal and "
                "print a second line for the resume."),
            QStringLiteral("S"), QStringLiteral("0") },
        { QStringLiteral("sandbox"), QStringLiteral("The batchsmith-sandbox executable."), QStringLiteral("path"),
            QStringLiteral(BATCHSMITH_SANDBOX) },
        { QStringLiteral("cli"), QStringLiteral("The batchsmith-cli executable."), QStringLiteral("path"),
            QStringLiteral(BATCHSMITH_CLI) } });
    parser.process(app);
    QTemporaryDir dir;
    QString input = parser.value(QStringLiteral("input"));
    if (input.isEmpty()) {
        input = dir.filePath(QStringLiteral("contacts.csv"));
        const int made = QProcess::execute(QStringLiteral("python3"),
            { QStringLiteral(BATCHSMITH_MAKE_CSV), input, parser.value(QStringLiteral("rows")) });
        if (made != 0) {
            std::fprintf(stderr, "bench_send_memory: make_csv.py failed\n");
            return 1;
        }
    }
    const double fileMb = double(QFileInfo(input).size()) / (1024.0 * 1024.0);
    const QString token = QStringLiteral("bench-send-memory-token");
    QProcess sandbox;
    const QUrl url = Batchsmith::Bench::startSandbox(sandbox, parser.value(QStringLiteral("sandbox")),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
            parser.value(QStringLiteral("rate-limit")), QStringLiteral("--latency-ms"), QStringLiteral("0"),
            QStringLiteral("--accept-token"), token, QStringLiteral("--daily-limit"), QStringLiteral("100000000") },
        true);
    if (url.isEmpty()) {
        std::fprintf(stderr, "bench_send_memory: the sandbox did not start\n");
        return 1;
    }
    qputenv("BENCH_SEND_MEMORY_TOKEN", token.toUtf8());
    QStringList cliArgs { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
        QStringLiteral("--mode"), QStringLiteral("create"), QStringLiteral("--input"), input,
        QStringLiteral("--base-url"), url.toString(), QStringLiteral("--token-env"),
        QStringLiteral("BENCH_SEND_MEMORY_TOKEN") };
    if (parser.value(QStringLiteral("results")) != u"no")
        cliArgs << QStringLiteral("--results") << dir.filePath(QStringLiteral("results.csv"));
    const QString journal = dir.filePath(QStringLiteral("run.bsjournal"));
    const bool readBefore = parser.value(QStringLiteral("read-before")) == u"yes";
    const bool journaled = readBefore || parser.value(QStringLiteral("journal")) == u"yes";
    if (readBefore) {
        cliArgs[cliArgs.indexOf(QStringLiteral("create"))] = QStringLiteral("upsert");
        cliArgs << QStringLiteral("--id-property") << QStringLiteral("email") << QStringLiteral("--read-before");
    }
    const int resumeAfterMs = journaled ? int(parser.value(QStringLiteral("resume-after")).toDouble() * 1000) : 0;
    // One line per CLI run: the send, then (with --resume-after) the resume of its journal.
    const auto report = [&](const ChildResult &cli, const QString &log, double seconds) {
        QFile logFile(log);
        QByteArray summary;
        if (logFile.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : logFile.readAll().split('\n')) {
                if (line.startsWith("created="))
                    summary = line;
            }
        }
        int rows = 0; // every data row, as the CLI's summary line counts them: created + updated + failed + …
        for (const QByteArray &field : summary.split(' '))
            rows += field.mid(field.indexOf('=') + 1).toInt();
        std::printf("send_memory: rows=%d file_mb=%.1f peak_rss_mb=%.1f ratio=%.2f seconds=%.1f exit=%d %s\n", rows,
            fileMb, cli.peakRssMb, cli.peakRssMb / fileMb, seconds, cli.exitCode, summary.constData());
        std::fflush(stdout);
    };
    if (journaled)
        cliArgs << QStringLiteral("--journal") << journal;
    QElapsedTimer timer;
    timer.start();
    const QString log = dir.filePath(QStringLiteral("cli.log"));
    ChildResult cli = runChild(parser.value(QStringLiteral("cli")), cliArgs, log, resumeAfterMs);
    report(cli, log, double(timer.elapsed()) / 1000.0);
    if (resumeAfterMs > 0) {
        QStringList resumeArgs { QStringLiteral("resume"), journal, QStringLiteral("--token-env"),
            QStringLiteral("BENCH_SEND_MEMORY_TOKEN") };
        if (parser.value(QStringLiteral("results")) != u"no")
            resumeArgs << QStringLiteral("--results") << dir.filePath(QStringLiteral("results-resumed.csv"));
        const QString resumeLog = dir.filePath(QStringLiteral("resume.log"));
        timer.restart();
        cli = runChild(parser.value(QStringLiteral("cli")), resumeArgs, resumeLog);
        report(cli, resumeLog, double(timer.elapsed()) / 1000.0);
    }
    sandbox.terminate();
    if (!sandbox.waitForFinished(30000)) // a million contacts take a while to free
        sandbox.kill();
    sandbox.waitForFinished(5000);
    return cli.exitCode == 0 ? 0 : 1;
}
