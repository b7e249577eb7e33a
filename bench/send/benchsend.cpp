// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_send: N rows to the sandbox with latency L and a rate limit of R requests per 10 s, through the real
// engine. Prints one line: send: rows=N seconds=S rows_per_s=X ceiling_rows_per_s=C ratio=X/C cpu_s=U
// peak_rss_mb=M failed_429=F, where C = R x 100 / 10 is the most a client can do inside the limit.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include "../benchsupport.h"
#include "core/batch/batchengine.h"
#include "core/clock.h"

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
            { QStringLiteral("concurrency"), QStringLiteral("Batches in flight."), QStringLiteral("N"),
                QStringLiteral("4") },
            { QStringLiteral("sandbox"), QStringLiteral("The batchsmith-sandbox executable."), QStringLiteral("path"),
                QStringLiteral(BATCHSMITH_SANDBOX) } });
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int rate = parser.value(QStringLiteral("rate-limit")).toInt();
    const QString token = QStringLiteral("bench-send-token");

    QProcess sandbox;
    const QUrl url = Bench::startSandbox(sandbox, parser.value(QStringLiteral("sandbox")),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QString::number(rate),
            QStringLiteral("--latency-ms"), QString::number(latency), QStringLiteral("--accept-token"), token,
            QStringLiteral("--daily-limit"), QStringLiteral("100000000") },
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
    spec.rateLimitPerWindow = rate;
    spec.concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    QNetworkAccessManager nam;
    BatchEngine engine(&nam, SystemClock::instance());
    engine.setToken(token);
    QElapsedTimer timer;
    RunSummary summary;
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
        "failed_429=%d\n",
        summary.created, seconds, rowsPerSecond, ceiling, rowsPerSecond / ceiling, Bench::cpuSeconds() - cpuBefore,
        Bench::peakRssMb(), summary.rateLimited);
    return summary.created == rows ? 0 : 1;
}
