// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench/startup: a bare QWidget window, built like the app (same Qt, flags and probe), that prints
// "painted <ms>" after its first paint and quits. Its size is the main window's on a first start (ui/mainwindow.ui),
// so both fill the same number of pixels.
#include <QApplication>
#include <QElapsedTimer>
#include <QWidget>

#include "gui/common/firstpaintprobe.h"

int main(int argc, char **argv)
{
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1180, 760);
    window.setWindowTitle(QStringLiteral("hello"));
    new Batchsmith::FirstPaintProbe(&window, since);
    window.show();
    return app.exec();
}
