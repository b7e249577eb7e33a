// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_send: N rows to the sandbox with latency L (± J) and a rate limit of R requests per 10 s, through the real
// engine with its default settings. Prints one line: send: rows=N seconds=S rows_per_s=X ceiling_rows_per_s=C
// ratio=X/C cpu_s=U peak_rss_mb=M failed_429=F max_in_flight=I, where C = R x 100 / 10 is the most a client can do
// inside the limit and I the most batches the engine had in flight at once.
// --profile realistic: a busy Professional portal, 60,000 rows at 1,000 ± 200 ms and 190 requests per 10 s.
// As in the app, the token's limiter has heard the portal's limits before Send (the app reads the catalogue through
// it when the token is chosen): here one untimed read of the contact properties, a window before the run. --fresh-token
// skips it, as a CLI run of a token its process has not used yet, whose first request is a probe (core/net/pacer.h).
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include "../benchsupport.h"
#include "core/api/apiclient.h"
#include "core/api/pacedrequest.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchengine.h"
#include "core/clock.h"
#include "core/net/ratelimiter.h"
#include "core/net/ratelimiterpool.h"

using namespace Batchsmith;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        { { QStringLiteral("rows"), QStringLiteral("Rows to create."), QStringLiteral("N"), QStringLiteral("50000") },
            { QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency."), QStringLiteral("L"),
                QStringLiteral("150") },
            { QStringLiteral("rate-limit"), QStringLiteral("Requests per 10 s."), QStringLiteral("R"),
                QStringLiteral("100") },
            { QStringLiteral("jitter-ms"), QStringLiteral("Sandbox latency varies by up to ± J."), QStringLiteral("J"),
                QStringLiteral("0") },
            { QStringLiteral("concurrency"), QStringLiteral("Upper bound on batches in flight (0: automatic)."),
                QStringLiteral("N"), QStringLiteral("0") },
            { QStringLiteral("profile"),
                QStringLiteral("realistic: --rows 60000 --latency-ms 1000 --jitter-ms 200 --rate-limit 190, unless "
                               "given."),
                QStringLiteral("name") },
            { QStringLiteral("fresh-token"),
                QStringLiteral("No read before the run: the token's limits are unknown, the first request probes.") },
            { QStringLiteral("sandbox"), QStringLiteral("The batchsmith-sandbox executable."), QStringLiteral("path"),
                QStringLiteral(BATCHSMITH_SANDBOX) } });
    parser.process(app);
    const QString profile = parser.value(QStringLiteral("profile"));
    if (!profile.isEmpty() && profile != u"realistic") {
        std::fprintf(stderr, "bench_send: the only profile is \"realistic\"\n");
        return 2;
    }
    const bool realistic = profile == u"realistic";
    auto option = [&](const QString &name, int realisticValue) {
        return realistic && !parser.isSet(name) ? realisticValue : parser.value(name).toInt();
    };
    const int rows = option(QStringLiteral("rows"), 60000);
    const int latency = option(QStringLiteral("latency-ms"), 1000);
    const int jitter = option(QStringLiteral("jitter-ms"), 200);
    const int rate = option(QStringLiteral("rate-limit"), 190);
    const QString token = QStringLiteral("bench-send-token");

    QProcess sandbox;
    const QUrl url = Bench::startSandbox(sandbox, parser.value(QStringLiteral("sandbox")),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QString::number(rate),
            QStringLiteral("--latency-ms"), QString::number(latency), QStringLiteral("--jitter-ms"),
            QString::number(jitter), QStringLiteral("--accept-token"), token, QStringLiteral("--daily-limit"),
            QStringLiteral("100000000") },
        true);
    if (url.isEmpty()) {
        std::fprintf(stderr, "bench_send: the sandbox did not start\n");
        return 1;
    }

    QList<Row> input;
    input.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Row row;
        row.key = QStringLiteral("row-%1").arg(i + 1);
        row.properties.insert(QStringLiteral("email"), QStringLiteral("bench%1@example.com").arg(i + 1));
        row.properties.insert(QStringLiteral("firstname"), QStringLiteral("Bench %1").arg(i + 1));
        row.properties.insert(QStringLiteral("lifecyclestage"), QStringLiteral("lead"));
        input.append(row);
    }
    BatchSpec spec;
    spec.objectType = QStringLiteral("contacts");
    spec.baseUrl = url;
    // Default engine settings: the engine learns the limit from the sandbox's headers, as from HubSpot's.
    spec.concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    QNetworkAccessManager nam;
    RateLimiterPool limiters(SystemClock::instance());
    RateLimiter *limiter = limiters.limiterFor(token, spec.rateLimitPerWindow, spec.rateLimitWindowMs);
    if (!parser.isSet(QStringLiteral("fresh-token"))) {
        ApiClient api(&nam, SystemClock::instance());
        (void)api.setBaseUrl(url);
        api.setToken(token);
        const RetryPolicy policy;
        bool read = false;
        PacedRequest::Hooks hooks;
        hooks.send = [&](int) { return api.get(RequestBuilder::propertiesPath(spec.apiVersion, spec.objectType)); };
        hooks.done = [&](const ApiResponse &response, const ParsedBody &, const RetryDecision &) {
            read = response.httpStatus == 200;
            app.quit();
        };
        PacedRequest::start(limiter, SystemClock::instance(), &policy, true, std::move(hooks), &app);
        app.exec();
        if (!read) {
            std::fprintf(stderr, "bench_send: the catalogue read failed\n");
            return 1;
        }
        // The app's read comes when the token is chosen, well before Send: let it leave the window.
        QTimer::singleShot(limiter->windowMs() + limiter->marginMs(), &app, &QCoreApplication::quit);
        app.exec();
    }
    BatchEngine engine(&nam, SystemClock::instance());
    engine.setToken(token);
    engine.setRateLimiter(limiter);
    QElapsedTimer timer;
    RunSummary summary;
    int inFlight = 0;
    int maxInFlight = 0;
    QObject::connect(&engine, &BatchEngine::batchSent, &app, [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
    const qint64 startMs = SystemClock::instance()->nowMs();
    QObject::connect(&engine, &BatchEngine::batchAnswered, &app, [&](const BatchExchange &ex) {
        --inFlight;
        if (qEnvironmentVariableIsSet("BENCH_SEND_TRACE")) // when each request left, for bench/README.md
            std::fprintf(stderr, "trace batch=%d sent=%lld duration=%lld answered=%lld remaining=%d status=%d\n",
                ex.batchNumber, ex.sentAtMs - startMs, ex.durationMs, SystemClock::instance()->nowMs() - startMs,
                ex.rateLimit.remaining, ex.httpStatus);
    });
    QObject::connect(&engine, &BatchEngine::runFinished, &app, [&](const RunSummary &s) {
        summary = s;
        app.quit();
    });
    const double cpuBefore = Bench::cpuSeconds();
    timer.start();
    if (auto started = engine.start(spec, input); !started) {
        std::fprintf(stderr, "bench_send: %s\n", qPrintable(started.error().message));
        return 1;
    }
    app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    const double done = summary.created;
    const double rowsPerSecond = done / seconds;
    const double ceiling = rate * 100.0 / 10.0;
    std::printf(
        "send: rows=%d seconds=%.2f rows_per_s=%.1f ceiling_rows_per_s=%.1f ratio=%.3f cpu_s=%.2f peak_rss_mb=%.1f "
        "failed_429=%d max_in_flight=%d\n",
        summary.created, seconds, rowsPerSecond, ceiling, rowsPerSecond / ceiling, Bench::cpuSeconds() - cpuBefore,
        Bench::peakRssMb(), summary.rateLimited, maxInFlight);
    return summary.created == rows ? 0 : 1;
}
