// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_grid FILE: loads FILE into the grid (RecordTableModel in a RecordTableView, offscreen), then times what a
// person does with a big grid and prints
// "grid: rows=N filter_text_s=A filter_failed_s=B clear_filter_s=C sort_s=D undo_sort_s=E edit_s=F scroll_s=G".
// See bench/README.md.
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QUndoStack>

#include "../benchsupport.h"
#include "../tablesupport.h"
#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"
#include "gui/editor/gridfiltermodel.h"
#include "gui/editor/recordtableview.h"

using namespace Batchsmith;

namespace {

template <typename Work> double timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_grid FILE TEXT\n  TEXT: what to type in the filter bar\n");
        return 2;
    }
    RecordTableModel model;
    QUndoStack undo;
    RecordTableView view;
    view.setRecordModel(&model);
    view.setUndoStack(&undo);
    view.resize(1200, 800);
    view.show();

    TableLoader loader;
    QList<int> identity;
    int exitCode = 0;
    QObject::connect(&loader, &TableLoader::headerRead, &model,
        [&](const QStringList &header) { identity = Bench::addPlainColumns(model, header); });
    QObject::connect(
        &loader, &TableLoader::rowsRead, &model, [&](const RowBlock &block) { model.appendRows(block, identity); });
    QObject::connect(&loader, &TableLoader::finished, &app, [&](qint64, const Error &error) {
        if (error.kind != Error::Kind::None) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            exitCode = 1;
        }
        app.quit();
    });
    loader.start(args.at(1));
    app.exec();
    if (exitCode != 0)
        return exitCode;
    while (model.isCountingProblems())
        QCoreApplication::processEvents();

    // Every tenth row failed, as after a run with problems.
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.message = QStringLiteral("Property values were not valid");
    for (int row = 0; row < model.rowCount(); row += 10)
        model.setOutcome(row, failed);
    QCoreApplication::processEvents();

    GridFilterModel *filter = view.filterModel();
    const double filterText = timed([&] { filter->setText(args.at(2)); });
    const int matched = filter->rowCount();
    const double filterFailed = timed([&] { filter->setRowKind(GridFilterModel::RowKind::Failed); });
    const double clearFilter = timed([&] { view.clearFilter(); });
    const double sort = timed([&] { view.sortByColumn(0, Qt::DescendingOrder); });
    const double undoSort = timed([&] { undo.undo(); });
    const double edit = timed([&] {
        const QModelIndex cell = model.index(model.rowCount() / 2, RecordTableModel::FirstDataColumn);
        model.setData(cell, QStringLiteral("edited@example.com"), RecordTableModel::ValueRole);
    });
    const double scroll = timed([&] {
        QScrollBar *bar = view.verticalScrollBar();
        for (int step = 0; step <= 100; ++step) {
            bar->setValue(bar->maximum() / 100 * step);
            (void)view.grab(); // paints every visible cell, as a screen refresh would
        }
    });
    std::printf("grid: rows=%d matched=%d filter_text_s=%.3f filter_failed_s=%.3f clear_filter_s=%.3f sort_s=%.3f "
                "undo_sort_s=%.3f edit_s=%.4f scroll_100_pages_s=%.3f peak_rss_mb=%.1f\n",
        model.rowCount(), matched, filterText, filterFailed, clearFilter, sort, undoSort, edit, scroll,
        Bench::peakRssMb());
    return 0;
}
