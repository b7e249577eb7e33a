// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include "buildinfo.h"
#include "sandbox/sandboxserver.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Batchsmith::Sandbox;

namespace {

constexpr int BadUsage = 2;

#ifdef Q_OS_UNIX
int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

/// Ctrl-C and SIGTERM quit the event loop, so the server closes its sockets and its SQLite file cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) { }
#endif

int fail(const QString &message)
{
    std::fprintf(stderr, "batchsmith-sandbox: %s\n", qPrintable(message));
    return BadUsage;
}

bool readNumber(
    const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 takes a whole number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *value = v;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchsmith-sandbox"));
    QCoreApplication::setApplicationVersion(Batchsmith::BuildInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local imitation of HubSpot's CRM API, on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."), QStringLiteral("N"),
            QStringLiteral("0") },
        { QStringLiteral("accept-token"), QStringLiteral("Accept this token with every scope (repeatable)."),
            QStringLiteral("T") },
        { QStringLiteral("rate-limit"), QStringLiteral("Requests per rolling 10 seconds per token."),
            QStringLiteral("N") },
        { QStringLiteral("daily-limit"), QStringLiteral("Requests per day per token."), QStringLiteral("N") },
        { QStringLiteral("latency-ms"), QStringLiteral("Delay before each answer."), QStringLiteral("L") },
        { QStringLiteral("jitter-ms"),
            QStringLiteral(
                "Spread each answer's delay uniformly over L-J to L+J ms (never below 0), seeded by --seed."),
            QStringLiteral("J") },
        { QStringLiteral("search-rate-limit"), QStringLiteral("CRM search requests per second per token (default 4)."),
            QStringLiteral("N") },
        { QStringLiteral("search-delay-ms"),
            QStringLiteral("Search sees a record only D ms after it was written (default 0)."), QStringLiteral("D") },
        { QStringLiteral("idle-timeout-ms"),
            QStringLiteral("Close a connection silent this long with no answer pending (default 60000)."),
            QStringLiteral("MS") },
        { QStringLiteral("fault-rate"), QStringLiteral("Probability from 0 to 1 that a request gets a random fault."),
            QStringLiteral("F") },
        { QStringLiteral("seed"), QStringLiteral("Seed for the demo portal, shuffling and faults."),
            QStringLiteral("S") },
        { QStringLiteral("allow-duplicates"),
            QStringLiteral("Let creates with an existing unique value make a second record.") },
        { QStringLiteral("data"), QStringLiteral("Keep the portal in this SQLite file across restarts."),
            QStringLiteral("FILE") },
        { QStringLiteral("scenario"),
            QStringLiteral("Apply this JSON scenario file at start (see app/sandbox/README.md)."),
            QStringLiteral("FILE") },
    });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QStringLiteral("; see --help"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first()));

    SandboxOptions options;
    QString error;
    qint64 port = 0, rate = options.scenario.rateLimit, daily = options.scenario.dailyLimit, latency = 0, jitter = 0,
           seed = 42, idle = options.idleTimeoutMs, searchRate = options.scenario.searchRatePerSecond, searchDelay = 0;
    if (!readNumber(parser, QStringLiteral("port"), 0, 65535, &port, &error)
        || !readNumber(parser, QStringLiteral("rate-limit"), 1, 1000000, &rate, &error)
        || !readNumber(parser, QStringLiteral("daily-limit"), 1, 1000000000000LL, &daily, &error)
        || !readNumber(parser, QStringLiteral("latency-ms"), 0, 600000, &latency, &error)
        || !readNumber(parser, QStringLiteral("jitter-ms"), 0, 600000, &jitter, &error)
        || !readNumber(parser, QStringLiteral("search-rate-limit"), 1, 100000, &searchRate, &error)
        || !readNumber(parser, QStringLiteral("search-delay-ms"), 0, 86400000, &searchDelay, &error)
        || !readNumber(parser, QStringLiteral("idle-timeout-ms"), 100, 86400000, &idle, &error)
        || !readNumber(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed, &error))
        return fail(error);
    options.port = quint16(port);
    options.idleTimeoutMs = int(idle);
    options.acceptTokens = parser.values(QStringLiteral("accept-token"));
    options.dataFile = parser.value(QStringLiteral("data"));
    Scenario &s = options.scenario;
    s.rateLimit = int(rate);
    s.dailyLimit = daily;
    s.latencyMs = int(latency);
    s.jitterMs = int(jitter);
    s.searchRatePerSecond = int(searchRate);
    s.searchIndexDelayMs = int(searchDelay);
    s.seed = quint64(seed);
    s.allowDuplicates = parser.isSet(QStringLiteral("allow-duplicates"));
    if (parser.isSet(QStringLiteral("fault-rate"))) {
        bool ok = false;
        s.faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
        if (!ok || s.faultRate < 0 || s.faultRate > 1)
            return fail(QStringLiteral("--fault-rate takes a number from 0 to 1"));
    }
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString file = parser.value(QStringLiteral("scenario"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the scenario file %1: %2").arg(file, f.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (!doc.isObject())
            return fail(
                QStringLiteral("%1, offset %2: %3").arg(file).arg(parseError.offset).arg(parseError.errorString()));
        if (!s.applyJson(doc.object(), &error))
            return fail(QStringLiteral("%1: %2").arg(file, error));
    }

    // The listening line below is the one scripts wait for; the log's own copy would only repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("batchsmith.sandbox.info=false"));
    SandboxServer server(options);
    if (!server.listen(&error)) {
        std::fprintf(stderr, "batchsmith-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    quitOnSignals(app);
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
