// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>
#include <QUrl>

#include "core/tokens/tokenstore.h"

namespace Ui {
class MainWindow;
}

namespace Batchsmith {

/**
 * The main window. It only wires things together: what it shows comes from core services handed to it.
 * Owned by main(); GUI thread.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the active profile and the address its requests go to (the embedded sandbox's, when it has one).
    void showConnection(const TokenProfile &profile, const QUrl &endpoint);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace Batchsmith
