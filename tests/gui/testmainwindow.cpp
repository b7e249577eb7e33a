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

private Q_SLOTS:

    void testShowsTheSandboxConnection()
    {
        MainWindow window;
        TokenProfile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.embeddedSandbox = true;
        window.showConnection(profile, QUrl(QStringLiteral("http://127.0.0.1:53211")));
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileLabel"))->text(), QStringLiteral("Sandbox"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("endpointLabel"))->text(),
            QStringLiteral("http://127.0.0.1:53211"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("apiVersionLabel"))->text(), QStringLiteral("2026-03"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("sandbox")));

        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("mainwindow.png"))));
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
        MainWindow window;
        TokenProfile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.embeddedSandbox = true;
        window.showConnection(profile, QUrl(QStringLiteral("http://127.0.0.1:53211")));
        window.resize(900, 600);
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), fileMenu);
        QVERIFY(
            !window.findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().startsWith(QStringLiteral("You are")));
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("mainwindow_%1.png").arg(language))));
        }
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
