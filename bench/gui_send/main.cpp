// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui_send FILE [ROWS]: the real main window (offscreen, on its embedded sandbox, settings in a temporary
// folder) imports FILE into its grid, presses Send, and stops the run once ROWS rows (default 20,000) have an
// outcome. An event-loop tick monitor (a zero-interval timer) records the longest gap between ticks from the press
// of Send on, and apart from the press itself (the start: planning and journaling every row). Prints
// "gui_send: rows=N sent=S file_mb=F peak_rss_mb=P ratio=R start_ms=A max_stall_ms=M run_s=T". With --after-run,
// then exports the results (File > Export Results) and opens Preview Requests on the rows left, and prints what each
// took and how much it raised the peak. See bench/README.md.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "../benchsupport.h"
#include "../tablesupport.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/sendcontroller.h"
#include "gui/document/documentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"

#include <malloc.h>

using namespace Batchsmith;

namespace {

/// The longest gap between two passes of the event loop, once started.
class TickMonitor final : public QObject
{
public:
    TickMonitor()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_max = std::max(m_max, now - m_last);
                // --verbose: each stall over the target, to match against the log's times.
                if (m_verbose && now - m_last > 50'000'000)
                    qInfo("stall of %.1f ms ended at %.6f (CLOCK_MONOTONIC)", double(now - m_last) / 1e6,
                        double(std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                                   .count())
                            / 1e6);
            }
            m_last = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_last = -1;
        m_max = 0;
        m_timer.start();
    }

    double maxGapMs() const { return double(m_max) / 1e6; }

    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_max = 0;
    bool m_verbose = false;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    // --external-sandbox: the portal runs in a batchsmith-sandbox process, as HubSpot does, so the figures are the
    // app's alone (the embedded sandbox keeps every record it is sent in this process).
    const bool external = args.removeAll(QStringLiteral("--external-sandbox")) > 0;
    // --after-run: the two whole-grid actions a user takes after a stopped run, timed and measured.
    const bool afterRun = args.removeAll(QStringLiteral("--after-run")) > 0;
    // --shot FILE [--language CODE]: the window as the run left it, to look at (en, fr, ja, pt).
    QString shot;
    QString language;
    for (const QString &option : { QStringLiteral("--shot"), QStringLiteral("--language") }) {
        const qsizetype at = args.indexOf(option);
        if (at > 0 && at + 1 < args.size()) {
            (option == u"--shot" ? shot : language) = args.at(at + 1);
            args.remove(at, 2);
        }
    }
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr,
            "usage: bench_gui_send [--verbose] [--external-sandbox] [--after-run] [--shot PNG [--language CODE]] FILE "
            "[ROWS]\n"
            "  --verbose: say when each stall over 50 ms ended, and the memory at each stage\n"
            "  --external-sandbox: send to a batchsmith-sandbox process, so the figures are the app's alone\n"
            "  --after-run: then export the results and preview the rows left, timed\n"
            "  --shot: save the window as the run left it\n  ROWS: rows to send before stopping (20000)\n");
        return 2;
    }
    const QString file = args.at(1);
    const int toSend = args.size() > 2 ? args.at(2).toInt() : 20000;
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("batchsmith.ini")));
    TokenStore tokens(settings);
    tokens.ensureFirstLaunchProfile(); // the embedded sandbox's profile
    QProcess sandbox;
    if (external) {
        const QString token = QStringLiteral("bench-gui-send-token");
        const QUrl url = Bench::startSandbox(sandbox, QStringLiteral(BATCHSMITH_SANDBOX),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--accept-token"), token }, false);
        if (url.isEmpty()) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        TokenProfile profile;
        profile.name = QStringLiteral("external sandbox");
        profile.baseUrl = url;
        const Result<QString> id = tokens.saveProfile(profile, token);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        tokens.setActiveProfileId(*id);
    }
    LanguageManager languages;
    if (!language.isEmpty())
        languages.setLanguage(language);
    // As the app does (app/gui/main.cpp): the embedded sandbox keeps its portal in an SQLite file.
    AppContext context(settings, tokens, &languages, dir.filePath(QStringLiteral("sandbox.sqlite")));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    if (window.properties().isEmpty()) {
        QEventLoop waiting;
        QObject::connect(&window, &MainWindow::propertiesLoaded, &waiting, &QEventLoop::quit);
        QTimer::singleShot(20000, &waiting, &QEventLoop::quit);
        waiting.exec();
        if (window.properties().isEmpty()) {
            std::fprintf(stderr, "the sandbox's properties did not load\n");
            return 1;
        }
    }

    RecordTableModel &model = *window.recordModel();
    TableLoader loader;
    QList<int> identity;
    int exitCode = 0;
    QObject::connect(&loader, &TableLoader::headerRead, &model, [&](const QStringList &header) {
        // As an import into a new window does: the file's columns and rows replace the starting grid (its default
        // columns and one empty row), so the rows are adopted as read, and no empty row is sent.
        model.takeRecords(0, model.rowCount());
        while (model.dataColumnCount() > 0)
            model.removeDataColumn(model.dataColumnCount() - 1);
        identity = Bench::addPlainColumns(model, header);
    });
    QObject::connect(
        &loader, &TableLoader::rowsRead, &model, [&](const RowBlock &block) { model.appendRows(block, identity); });
    QEventLoop loading;
    QObject::connect(&loader, &TableLoader::finished, &loading, [&](qint64, const Error &error) {
        if (error.kind != Error::Kind::None) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            exitCode = 1;
        }
        loading.quit();
    });
    loader.start(file);
    loading.exec();
    if (exitCode != 0)
        return exitCode;
    while (model.isCountingProblems())
        QCoreApplication::processEvents();
    const double loadedMb = Bench::peakRssMb();

    SendController *send = window.sendController();
    TickMonitor ticks;
    ticks.setVerbose(verbose);
    QElapsedTimer clock;
    qint64 startMs = -1;
    int done = 0;
    QObject::connect(send, &SendController::runningChanged, &app, [&](bool running) {
        if (running && startMs < 0) {
            startMs = clock.elapsed();
            ticks.start(); // from the first event-loop pass after the press
        }
    });
    if (verbose) { // where the memory goes: resident now and at its peak, as the run passes each stage
        const auto say = [](const char *stage) {
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray rss;
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        rss = line.mid(6).trimmed();
                }
            }
            const struct mallinfo2 heap = mallinfo2();
            qInfo("%s: rss %s, peak %.1f MB, heap in use %.1f MB, free in heap %.1f MB, mapped %.1f MB", stage,
                rss.constData(), Bench::peakRssMb(), double(heap.uordblks) / 1048576.0,
                double(heap.fordblks) / 1048576.0, double(heap.hblkhd) / 1048576.0);
        };
        say("loaded");
        QObject::connect(send, &SendController::preparing, &app, [say](int percent) {
            if (percent % 25 == 0)
                say(qPrintable(QStringLiteral("preparing %1 %").arg(percent)));
        });
        QObject::connect(send, &SendController::engineStarted, &app, [say] { say("engine started"); });
        QObject::connect(send, &SendController::finished, &app, [say] { say("finished"); });
    }
    QObject::connect(send, &SendController::progressChanged, &app, [&](const Progress &progress) {
        done = progress.done;
        if (done >= toSend)
            send->cancel();
    });
    QEventLoop running;
    QObject::connect(send, &SendController::finished, &running, &QEventLoop::quit);
    QAction *sendAction = window.findChild<QAction *>(QStringLiteral("sendAction"));
    clock.start();
    sendAction->trigger();
    if (send->isRunning())
        running.exec();
    const double runS = double(clock.elapsed() - std::max<qint64>(startMs, 0)) / 1000.0;
    const double fileMb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    const double peak = Bench::peakRssMb();
    std::printf("gui_send: rows=%d sent=%d file_mb=%.1f loaded_rss_mb=%.1f peak_rss_mb=%.1f ratio=%.2f start_ms=%lld "
                "max_stall_ms=%.1f run_s=%.1f\n",
        model.rowCount(), done, fileMb, loadedMb, peak, peak / fileMb, startMs, ticks.maxGapMs(), runS);
    if (afterRun) {
        // Export Results writes every row with its outcome; Preview Requests plans every row left.
        auto *document = window.findChild<DocumentController *>();
        const double before = Bench::peakRssMb();
        clock.restart();
        // Written on a thread of its own: timed to its end, and the window's longest stall meanwhile.
        bool exported = false;
        if (document) {
            QEventLoop writing;
            QObject::connect(
                document, &DocumentController::resultsExportFinished, &writing, [&](const QString &, int, bool ok) {
                    exported = ok;
                    writing.quit();
                });
            ticks.start();
            if (document->exportResults(dir.filePath(QStringLiteral("results.csv"))))
                writing.exec();
        }
        const qint64 exportMs = clock.elapsed();
        const double exportStallMs = ticks.maxGapMs();
        const double afterExport = Bench::peakRssMb();
        std::printf("export_results: ok=%d ms=%lld max_stall_ms=%.1f file_mb=%.1f peak_rise_mb=%.1f\n", int(exported),
            exportMs, exportStallMs,
            double(QFileInfo(dir.filePath(QStringLiteral("results.csv"))).size()) / (1024.0 * 1024.0),
            afterExport - before);
        clock.restart();
        window.findChild<QAction *>(QStringLiteral("previewAction"))->trigger();
        const qint64 previewMs = clock.elapsed();
        auto *preview = window.findChild<QDialog *>(QStringLiteral("PreviewDialog"));
        std::printf("preview: shown=%d ms=%lld peak_rise_mb=%.1f\n", int(preview && preview->isVisible()), previewMs,
            Bench::peakRssMb() - afterExport);
        if (preview)
            preview->close();
        // File > Save As: the draft of every row, timed to the file's end, with the window's longest stall meanwhile.
        const double beforeSave = Bench::peakRssMb();
        const QString draft = dir.filePath(QStringLiteral("draft.batchsmith"));
        bool saved = false;
        clock.restart();
        ticks.start();
        if (document && document->saveAs(draft)) {
            // Written on a thread of its own: timed to its end.
            QEventLoop writing;
            QObject::connect(
                document, &DocumentController::saveFinished, &writing, [&](const QString &, qsizetype, bool ok) {
                    saved = ok;
                    writing.quit();
                });
            writing.exec();
        }
        QCoreApplication::processEvents(); // the tick after the save ends its gap
        const qint64 saveMs = clock.elapsed();
        std::printf("save: ok=%d ms=%lld max_stall_ms=%.1f file_mb=%.1f peak_rise_mb=%.1f\n", int(saved), saveMs,
            ticks.maxGapMs(), double(QFileInfo(draft).size()) / (1024.0 * 1024.0), Bench::peakRssMb() - beforeSave);
        // File > Open of that draft: read back into the grid.
        const double beforeOpen = Bench::peakRssMb();
        clock.restart();
        const bool opened = document && document->open(draft);
        std::printf("open: ok=%d rows=%d ms=%lld peak_rise_mb=%.1f\n", int(opened), model.rowCount(), clock.elapsed(),
            Bench::peakRssMb() - beforeOpen);
    }
    if (!shot.isEmpty()) {
        QCoreApplication::processEvents();
        window.grab().save(shot);
    }
    if (external) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(30000))
            sandbox.kill();
    }
    return 0;
}
