// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_csv_load FILE: loads FILE with TableLoader into a RecordTableModel, as the grid does, and prints
// "csv_load: rows=N bytes=B first_rows_s=X total_s=Y peak_rss_mb=Z". See bench/README.md.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include "../benchsupport.h"
#include "../tablesupport.h"
#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"

using namespace Batchsmith;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_csv_load FILE\n");
        return 2;
    }
    const QString path = args.at(1);
    RecordTableModel model;
    TableLoader loader;
    QList<int> identity;
    double firstRowsS = -1;
    double totalS = 0;
    int exitCode = 0;
    QElapsedTimer timer;

    QObject::connect(&loader, &TableLoader::headerRead, &model, [&](const QStringList &header, const QString &notice) {
        if (!notice.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(notice));
        identity = Bench::addPlainColumns(model, header);
    });
    QObject::connect(&loader, &TableLoader::rowsRead, &model, [&](const RowBlock &block) {
        model.appendRows(block, identity);
        if (firstRowsS < 0)
            firstRowsS = double(timer.nsecsElapsed()) / 1e9;
    });
    QObject::connect(&loader, &TableLoader::finished, &app, [&](qint64, const Error &error) {
        totalS = double(timer.nsecsElapsed()) / 1e9;
        if (error.kind != Error::Kind::None) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            exitCode = 1;
        }
        app.quit();
    });
    timer.start();
    loader.start(path);
    app.exec();
    std::printf("csv_load: rows=%d bytes=%lld first_rows_s=%.3f total_s=%.3f peak_rss_mb=%.1f\n", model.rowCount(),
        static_cast<long long>(QFileInfo(path).size()), firstRowsS, totalS, Bench::peakRssMb());
    return exitCode;
}
