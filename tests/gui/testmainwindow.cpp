// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTranslator>

#include "gui/mainwindow.h"

using namespace Batchsmith;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /// A main window showing the first-launch profile on an embedded sandbox.
    static std::unique_ptr<MainWindow> sandboxWindow()
    {
        auto window = std::make_unique<MainWindow>();
        TokenProfile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.embeddedSandbox = true;
        window->showConnection(profile, QUrl(QStringLiteral("http://127.0.0.1:53211")));
        window->resize(900, 600);
        return window;
    }

    static void saveScreenshot(MainWindow &window, const QString &name)
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(QDir(shots).filePath(name)));
    }

private Q_SLOTS:

    void testShowsTheSandboxConnection()
    {
        const auto shown = sandboxWindow();
        MainWindow &window = *shown;
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileLabel"))->text(), QStringLiteral("Sandbox"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("endpointLabel"))->text(),
            QStringLiteral("http://127.0.0.1:53211"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("apiVersionLabel"))->text(), QStringLiteral("2026-03"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("sandbox")));

        saveScreenshot(window, QStringLiteral("mainwindow.png"));
    }

    void testTranslations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Arquivo");
        QTest::newRow("pt_PT uses the same file") << QStringLiteral("pt_PT") << QStringLiteral("&Arquivo");
    }

    void testTranslations()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("batchsmith"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const auto shown = sandboxWindow();
        MainWindow &window = *shown;
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), fileMenu);
        QVERIFY(
            !window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().startsWith(QStringLiteral("You are")));
        saveScreenshot(window, QStringLiteral("mainwindow_%1.png").arg(language));
        QCoreApplication::removeTranslator(&translator);
    }

    void testRealAccountProfileSaysSo()
    {
        MainWindow window;
        TokenProfile profile;
        profile.name = QStringLiteral("Production");
        profile.apiVersion = ApiVersion::V3;
        window.showConnection(profile, QUrl(QStringLiteral("https://api.hubapi.com")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("apiVersionLabel"))->text(), QStringLiteral("v3"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("sandbox")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
