// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

#include "buildinfo.h"
#include "ui_mainwindow.h"

namespace Batchsmith {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showConnection(const TokenProfile &profile, const QUrl &endpoint)
{
    m_ui->profileLabel->setText(profile.name);
    m_ui->endpointLabel->setText(endpoint.toString());
    m_ui->apiVersionLabel->setText(wireName(profile.apiVersion));
    if (profile.embeddedSandbox) {
        //: %1 is a URL such as http://127.0.0.1:53211
        m_ui->noticeLabel->setText(tr("You are working on the built-in sandbox, a local imitation of HubSpot's CRM "
                                      "API at %1. Nothing you send here reaches a real HubSpot account, and no "
                                      "token or network connection is needed.")
                                       .arg(endpoint.toString()));
        m_ui->statusBar->showMessage(tr("Sandbox ready"));
    } else {
        m_ui->noticeLabel->setText(tr("Requests go to the HubSpot account of this profile."));
    }
}

void MainWindow::showAbout()
{
    //: %1 is the version of Batchsmith, %2 the version of Qt it runs on
    QMessageBox::about(this, tr("About Batchsmith"),
        tr("<p><b>Batchsmith %1</b></p><p>Builds and sends batches of HubSpot CRM records.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p><p>Built with Qt %2.</p>")
            .arg(BuildInfo::version(), QString::fromLatin1(qVersion())));
}

} // namespace Batchsmith
