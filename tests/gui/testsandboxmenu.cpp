// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sandbox menu (issue #15): each scenario picked from the menu, a batch sent, and the batch's one-line
// explanation checked against what the engine did; reset, counters, and the menu hidden away from a sandbox.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/api/sandboxcontrol.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/response/batchlistmodel.h"
#include "gui/response/responseview.h"
#include "gui/sandbox/sandboxcountersdialog.h"
#include "gui/sandbox/sandboxmenu.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : MainWindowFixture
{
    SandboxMenu *menu() const { return window->sandboxMenu(); }

    BatchListModel *batches() const { return window->findChild<ResponseView *>(u"responseView"_s)->batchModel(); }

    /// Picks a scenario from the menu, as a person would, and waits for the sandbox to take it.
    bool pick(const QString &id) const
    {
        QAction *action = window->findChild<QAction *>(id + u"ScenarioAction");
        if (!action || !menu()->menu()->actions().contains(action))
            return false;
        QSignalSpy applied(menu(), &SandboxMenu::scenarioApplied);
        action->trigger();
        return (applied.count() > 0 || applied.wait(5000)) && action->isChecked() && menu()->currentScenario() == id;
    }

    /// @p count more contacts in the grid (emails <prefix>N@demo.example), sent @p batchSize per request, one at a
    /// time; rows sent before are done and are not sent again.
    bool send(int count, int batchSize, const QString &prefix = u"demo"_s) const
    {
        settings->setBatchSize(batchSize);
        settings->setConcurrency(1);
        QList<QStringList> cells;
        for (int i = 1; i <= count; ++i)
            cells.append({ u"%1%2@demo.example"_s.arg(prefix).arg(i), u"Demo"_s, QString::number(i) });
        int start = 0;
        if (!model()->record(0).values.value(0).isEmpty()) {
            // A new row below the last one: the rows sent before stay as they are.
            view()->setCurrentIndex(view()->model()->index(model()->rowCount() - 1, RecordTableModel::FirstDataColumn));
            action(u"addRowAction"_s)->trigger();
            start = model()->rowCount() - 1;
        }
        view()->setCurrentIndex(view()->model()->index(start, RecordTableModel::FirstDataColumn));
        view()->pasteCells(cells);
        if (model()->rowCount() != start + count)
            return false;
        SendController *controller = window->sendController();
        QSignalSpy finished(controller, &SendController::finished);
        action(u"sendAction"_s)->trigger();
        return finished.count() > 0 || finished.wait(30000);
    }

    QString explanation(int batchNumber) const
    {
        const int row = batches()->rowOfBatch(batchNumber);
        return batches()
            ->index(row, BatchListModel::ExplanationColumn)
            .data(BatchListModel::ExplanationRole)
            .toString();
    }

    int retries(int batchNumber) const
    {
        const int row = batches()->rowOfBatch(batchNumber);
        return batches()->index(row, BatchListModel::RetriesColumn).data().toInt();
    }

    RowStatus status(int row) const { return model()->record(row).outcome.status; }

    int objects(const QString &type) const
    {
        return context->sandbox()->stats().value(u"objects"_s).toObject().value(type).toInt();
    }
};

/// "row(s)" until the English plurals are translated, "rows" after.
QRegularExpression pattern(const QString &text)
{
    QString re = QRegularExpression::escape(text);
    re.replace(u"ROWS"_s, u"rows?(\\(s\\))?"_s);
    return QRegularExpression(u"^"_s + re + u"$"_s);
}

} // namespace

class TestSandboxMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testMenuShownOnlyForASandbox()
    {
        Fixture f;
        f.prepare();
        TokenProfile hubspot;
        hubspot.name = u"Production"_s;
        hubspot.baseUrl = QUrl(u"https://api.hubapi.invalid"_s);
        QVERIFY(f.tokens->saveProfile(hubspot, u"pat-na1-00000000-0000-0000-0000-000000000000"_s));
        // A batchsmith-sandbox started by hand answers on loopback: here, the embedded one's address.
        const Result<QUrl> sandbox = f.context->sandboxEndpoint();
        QVERIFY(sandbox);
        TokenProfile local;
        local.name = u"Local sandbox"_s;
        local.baseUrl = sandbox.value();
        // The embedded sandbox accepts its own token only (TokenStore::newSandboxToken()).
        QString token;
        for (const TokenProfile &profile : f.tokens->profiles()) {
            if (profile.embeddedSandbox)
                token = f.tokens->secret(profile.id).value();
        }
        QVERIFY(token.startsWith(u"sandbox-"_s));
        QVERIFY(f.tokens->saveProfile(local, token));
        QVERIFY(f.openWindow());
        auto *bar = f.window->menuBar();
        QMenu *menu = f.window->findChild<QMenu *>(u"sandboxMenu"_s);
        QVERIFY(menu);
        QVERIFY(bar->actions().contains(menu->menuAction()));
        QVERIFY(menu->menuAction()->isVisible()); // first launch: the embedded sandbox
        QStringList ids;
        for (QAction *a : menu->actions()) {
            if (a->isCheckable())
                ids.append(a->data().toString());
        }
        QCOMPARE(ids,
            (QStringList { u"normal"_s, u"slowPortal"_s, u"rateLimitStorm"_s, u"lostAnswers"_s, u"flakyServer"_s,
                u"partialFailures"_s, u"tokenRefused"_s, u"dailyLimit"_s }));

        auto *profiles = f.window->findChild<QComboBox *>(u"profileComboBox"_s);
        const auto choose = [&](const QString &name) {
            const int index = profiles->findText(name);
            QVERIFY(index >= 0);
            profiles->setCurrentIndex(index);
            Q_EMIT profiles->activated(index);
        };
        choose(u"Production"_s);
        QVERIFY(!menu->menuAction()->isVisible());
        QVERIFY(!f.menu()->isAvailable());

        choose(u"Local sandbox"_s);
        QVERIFY(menu->menuAction()->isVisible());
        QVERIFY(f.pick(u"slowPortal"_s)); // with that profile's token
        QCOMPARE(f.context->sandbox()->scenario().latencyMs, 1000);
        choose(u"Sandbox"_s);
        QVERIFY(menu->menuAction()->isVisible());
    }

    void testNormalExplainsWrittenRows()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.pick(u"slowPortal"_s));
        QVERIFY(f.pick(u"normal"_s));
        QCOMPARE(f.context->sandbox()->scenario().latencyMs, 0);
        QVERIFY(f.send(3, 100));
        QCOMPARE(f.explanation(1), u"201: 3 written"_s);
    }

    void testSlowPortal()
    {
        Fixture f;
        QVERIFY(f.start());
        f.menu()->presets().setPatch(u"slowPortal"_s, QJsonObject { { u"latencyMs"_s, 30 } }); // fast test
        QVERIFY(f.pick(u"slowPortal"_s));
        QCOMPARE(f.context->sandbox()->scenario().latencyMs, 30);
        QVERIFY(f.send(2, 100));
        QCOMPARE(f.explanation(1), u"201: 2 written"_s);
        QCOMPARE(f.retries(1), 0);
    }

    void testRateLimitStormWaitsForTheWindow()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.pick(u"rateLimitStorm"_s));
        QString error;
        QVERIFY(f.context->sandbox()->applyScenario(QJsonObject { { u"rateWindowMs"_s, 100 } }, &error)); // fast test
        QVERIFY(f.send(4, 1)); // requests 1–3 pass, the 4th gets 429, the 5th (batch 4 again) passes
        for (int batch = 1; batch <= 3; ++batch)
            QCOMPARE(f.explanation(batch), u"201: 1 written"_s);
        const QString fourth = f.explanation(4);
        QVERIFY2(QRegularExpression(u"^429 TEN_SECONDLY_ROLLING: waited \\d+[.,]\\d s for the window, then sent again; "
                                    u"201: 1 written$"_s)
                     .match(fourth)
                     .hasMatch(),
            qPrintable(fourth));
        QCOMPARE(f.retries(4), 1);
        QCOMPARE(f.status(3), RowStatus::Created);
        QCOMPARE(f.context->sandbox()->stats().value(u"duplicateCreates"_s).toInt(), 0);
    }

    void testLostAnswersAreLookedUpNotSentTwice()
    {
        Fixture f;
        QVERIFY(f.start());
        const int before = f.objects(u"contacts"_s);
        QVERIFY(f.pick(u"lostAnswers"_s));
        QVERIFY(f.send(6, 2)); // the 3rd create is written, then answered 502
        QCOMPARE(f.explanation(1), u"201: 2 written"_s);
        const QString third = f.explanation(3);
        QVERIFY2(pattern(u"502: may have been written, so looked up before sending again; looked up 2 ROWS by email: "
                         u"2 found, nothing sent twice"_s)
                     .match(third)
                     .hasMatch(),
            qPrintable(third));
        for (int row = 0; row < 6; ++row)
            QCOMPARE(f.status(row), RowStatus::Created);
        QCOMPARE(f.objects(u"contacts"_s), before + 6); // nothing created twice
        QCOMPARE(f.context->sandbox()->stats().value(u"duplicateCreates"_s).toInt(), 0);
    }

    void testFlakyServerLooksUpThenSendsAgain()
    {
        Fixture f;
        QVERIFY(f.start());
        const int before = f.objects(u"contacts"_s);
        QVERIFY(f.pick(u"flakyServer"_s));
        QVERIFY(f.send(6, 2)); // the 3rd batch request gets 503 before anything is written
        const QString third = f.explanation(3);
        QVERIFY2(pattern(u"503: may have been written, so looked up before sending again; looked up 2 ROWS by email: "
                         u"0 found, 2 sent again; 201: 2 written"_s)
                     .match(third)
                     .hasMatch(),
            qPrintable(third));
        QCOMPARE(f.retries(3), 1);
        QCOMPARE(f.objects(u"contacts"_s), before + 6);
    }

    void testPartialFailuresNameTheRefusedInputs()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.pick(u"partialFailures"_s));
        QVERIFY(f.send(12, 100)); // input 10 is refused
        const QString line = f.explanation(1);
        QVERIFY2(QRegularExpression(u"^207: 1 inputs?(\\(s\\))? refused \\(property “email”\\), 11 written$"_s)
                     .match(line)
                     .hasMatch(),
            qPrintable(line));
        QCOMPARE(f.status(9), RowStatus::Failed);
        QCOMPARE(f.status(10), RowStatus::Created);
    }

    void testTokenRefusedStopsTheRun()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.pick(u"tokenRefused"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Sending Stopped"
        QVERIFY(f.send(2, 1));
        QVERIFY(MessageBox::lastText().contains(u"Authentication"_s));
        QCOMPARE(f.explanation(1), u"401: token refused; the run stopped"_s);
        QCOMPARE(f.explanation(2), QString()); // never sent
        QVERIFY(f.pick(u"normal"_s)); // control requests still pass with the profile's token
    }

    void testDailyLimitStopsTheRun()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.pick(u"dailyLimit"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Sending Stopped"
        QVERIFY(f.send(2, 1));
        QCOMPARE(f.explanation(1), u"429 DAILY: daily limit reached; the run stopped"_s);
        QVERIFY(f.status(0) != RowStatus::Created && f.status(0) != RowStatus::Failed); // left for later
        QCOMPARE(f.explanation(2), QString());
    }

    void testResetRestoresTheSeededPortal()
    {
        Fixture f;
        QVERIFY(f.start());
        const int seeded = f.objects(u"contacts"_s);
        QVERIFY(f.send(3, 100));
        QCOMPARE(f.objects(u"contacts"_s), seeded + 3);

        MessageBox::setNextAnswer(QMessageBox::No);
        f.action(u"resetSandboxAction"_s)->trigger();
        QCOMPARE(f.objects(u"contacts"_s), seeded + 3); // not confirmed: nothing happens

        QSignalSpy reset(f.menu(), &SandboxMenu::portalReset);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        f.action(u"resetSandboxAction"_s)->trigger();
        QVERIFY(reset.wait(5000));
        QCOMPARE(f.objects(u"contacts"_s), seeded);
        QCOMPARE(f.context->sandbox()->stats().value(u"requests"_s).toInt(), 0);
    }

    /// With BATCHSMITH_SCREENSHOT_DIR set: the window with the Sandbox menu open, and the response view after a
    /// rate-limit storm and lost answers, in English, French and Japanese.
    void testScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void testScreenshots()
    {
        QFETCH(QString, language);
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("BATCHSMITH_SCREENSHOT_DIR is not set");
        Fixture f;
        f.prepare();
        f.languages->setLanguage(language);
        QVERIFY(f.openWindow(QSize(1280, 800)));
        QString error;
        QVERIFY(f.context->sandbox()->applyScenario(QJsonObject { { u"rateWindowMs"_s, 1000 } }, &error));
        QVERIFY(f.pick(u"rateLimitStorm"_s));
        // Open the menu and paint its popup onto the window's picture, where it shows.
        QMenu *menu = f.menu()->menu();
        f.window->menuBar()->setActiveAction(menu->menuAction());
        QTRY_VERIFY(menu->isVisible());
        QTest::qWait(50);
        QPixmap picture = f.window->grab();
        {
            QPainter painter(&picture);
            painter.drawPixmap(f.window->mapFromGlobal(menu->pos()), menu->grab());
        }
        QVERIFY(picture.save(QDir(shots).filePath(u"demo-menu-%1.png"_s.arg(language))));
        menu->hide();

        // One picture per run: the response view shows the last run, the batch that met the scenario selected.
        auto *response = f.window->findChild<ResponseView *>(u"responseView"_s);
        auto *table = response->findChild<QTableView *>(u"batchesTableView"_s);
        const auto shoot = [&](const QString &name, int batchNumber) {
            table->setCurrentIndex(f.batches()->index(f.batches()->rowOfBatch(batchNumber), 0));
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents();
            QVERIFY(response->grab().save(QDir(shots).filePath(u"demo-%1-%2.png"_s.arg(name, language))));
        };
        QVERIFY(f.send(5, 1, u"storm"_s));
        shoot(u"storm"_s, 4);
        QVERIFY(f.pick(u"lostAnswers"_s));
        QVERIFY(f.send(6, 2, u"lost"_s));
        shoot(u"lost"_s, 3);
        QVERIFY(f.pick(u"partialFailures"_s));
        QVERIFY(f.send(12, 100, u"partial"_s));
        shoot(u"partial"_s, 1);
        QVERIFY(f.pick(u"normal"_s));
        QVERIFY(f.window->grab().save(QDir(shots).filePath(u"demo-window-%1.png"_s.arg(language))));
        f.languages->setLanguage(u"en"_s);
    }

    void testCountersDialogShowsNoDuplicates()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.send(2, 100));
        f.action(u"sandboxCountersAction"_s)->trigger();
        auto *dialog = f.window->findChild<SandboxCountersDialog *>(u"sandboxCountersDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->refreshes() > 0);
        auto *duplicates = dialog->findChild<QLabel *>(u"duplicatesLabel"_s);
        QCOMPARE(duplicates->property("duplicates").toInt(), 0);
        auto *statuses = dialog->findChild<QTableWidget *>(u"requestsByStatusTableWidget"_s);
        const auto countOf = [](QTableWidget *table, const QString &key) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == key)
                    return table->item(row, 1)->data(Qt::UserRole).toInt();
            }
            return -1;
        };
        QCOMPARE(countOf(statuses, u"201"_s), 1);
        auto *types = dialog->findChild<QTableWidget *>(u"recordsByTypeTableWidget"_s);
        QCOMPARE(countOf(types, u"contacts"_s), f.objects(u"contacts"_s));

        // Refreshed while open: a second send shows up without touching the dialog.
        QVERIFY(f.send(2, 100, u"again"_s));
        QTRY_COMPARE_WITH_TIMEOUT(countOf(statuses, u"201"_s), 2, 10000);
        dialog->close();
    }
};

QTEST_MAIN(TestSandboxMenu)
#include "testsandboxmenu.moc"
