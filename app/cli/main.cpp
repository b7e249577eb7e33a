// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include "buildinfo.h"
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "core/settings/datafolder.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Batchsmith;

namespace {

#ifdef Q_OS_UNIX
int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

/// Turns SIGINT and SIGTERM into calls of @p runner.interrupt() on the event loop.
void forwardSignals(Cli::CliRunner *runner)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, runner);
    QObject::connect(notifier, &QSocketNotifier::activated, runner, [runner] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &byte, 1);
        runner->interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void forwardSignals(Cli::CliRunner *) { }
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so journals and the data folder are the app's (Settings names its own file).
    DataFolder::nameApplication();
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    auto command = Cli::parseArguments(QCoreApplication::arguments());
    if (!command) {
        std::fprintf(stderr, "batchsmith-cli: %s\n", qPrintable(command.error().message));
        return Cli::ExitCode::BadInput;
    }
    if (!command->send) {
        std::fputs(qPrintable(command->output), stdout);
        return command->exitCode;
    }
    // stderr is for progress and the summary; the developer log shows only with --verbose (or QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QCoreApplication::arguments().contains(QStringLiteral("--verbose"))
            ? QStringLiteral("batchsmith.*.debug=true")
            : QStringLiteral("batchsmith.*.info=false"));
    DataFolder::migrateDoubledFolder(); // the app does it too: whichever starts first after an update

    Cli::CliRunner runner(*command->send);
    QObject::connect(&runner, &Cli::CliRunner::finished, &app, &QCoreApplication::exit);
    forwardSignals(&runner);
    runner.start();
    return app.exec();
}
