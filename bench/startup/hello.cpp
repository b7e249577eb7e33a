// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench/startup: a bare QWidget window, built like the app (same Qt, flags and probe), that prints
// "painted <ms>" after its first paint and quits. Its size is the main window's on a first start (ui/mainwindow.ui),
// so both fill the same number of pixels. With --text-and-icon it is the least a main window draws instead: one
// menu, one toolbar button with an SVG icon and its text, and a line of text; bench/README.md calls it the floor.
#include <cstring>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

#include "gui/common/firstpaintprobe.h"

int main(int argc, char **argv)
{
    QElapsedTimer since;
    since.start();
    const bool textAndIcon = argc > 1 && std::strcmp(argv[1], "--text-and-icon") == 0;
    QApplication app(argc, argv);
    // The bare window is a plain QWidget, as bench/README.md says; the floor is a main window. Only one is made.
    std::unique_ptr<QWidget> window;
    if (textAndIcon) {
        auto mainWindow = std::make_unique<QMainWindow>();
        mainWindow->menuBar()->addMenu(QStringLiteral("&File"));
        QToolBar *tools = mainWindow->addToolBar(QStringLiteral("Batch"));
        tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        tools->addAction(QIcon(QStringLiteral(BATCHSMITH_ICON)), QStringLiteral("Send"));
        mainWindow->setCentralWidget(new QLabel(QStringLiteral("Build and send batches of HubSpot CRM records.")));
        window = std::move(mainWindow);
    } else {
        window = std::make_unique<QWidget>();
    }
    window->resize(1180, 760);
    window->setWindowTitle(QStringLiteral("hello"));
    new Batchsmith::FirstPaintProbe(window.get(), since);
    window->show();
    return app.exec();
}
