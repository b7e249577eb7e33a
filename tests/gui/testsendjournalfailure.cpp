// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app when its run journal cannot be written during a run (issue #13): the run pauses with a message beside it
// naming the journal and SQLite's error, nothing more is sent, nothing is lost; Resume goes on once the journal can
// be written, Cancel ends the run. Failures are injected with JournalDb::failNextCommits().
#include <utility>

#include <QDir>
#include <QLabel>
#include <QStandardPaths>

#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "journal/journaldb.h"
#include "journal/journalreader.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : MainWindowFixture
{
    SendController *controller() const { return window->sendController(); }

    QLabel *problemLabel() const { return window->findChild<QLabel *>(u"journalProblemLabel"_s); }

    void paste(int rows, const QString &prefix) const
    {
        QList<QStringList> cells;
        for (int i = 0; i < rows; ++i)
            cells.append({ u"%1%2@pause.example"_s.arg(prefix).arg(i), u"P"_s, u"%1"_s.arg(i) });
        view()->setCurrentIndex(view()->model()->index(0, RecordTableModel::FirstDataColumn));
        view()->pasteCells(cells);
    }

    /// The grid's rows with each outcome status.
    int rowsWith(RowStatus status) const
    {
        int n = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            n += model()->record(row).outcome.status == status ? 1 : 0;
        return n;
    }
};

} // namespace

class TestSendJournalFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { JournalDb::failNextCommits(0); }

    /// The journal cannot record the first request: nothing is sent, the run pauses, and the label beside it says
    /// which file and why. Resume sends every row, each once, and the journal has them all.
    void testAFailedSendRecordPausesAndResumeGoesOn()
    {
        Fixture f;
        QVERIFY(f.start());
        f.paste(3, u"first"_s);
        // Once the plan is written and the engine attached, the next commit (the first request's) fails.
        connect(f.controller(), &SendController::engineStarted, this, [] { JournalDb::failNextCommits(1); });
        const int requests = f.stat(u"requests"_s);
        QSignalSpy finished(f.controller(), &SendController::finished);
        f.action(u"sendAction"_s)->trigger();

        QVERIFY(f.controller()->isRunning());
        QVERIFY(f.controller()->isPaused());
        QCOMPARE(f.action(u"pauseAction"_s)->text(), u"&Resume"_s);
        QLabel *label = f.problemLabel();
        QVERIFY(label);
        QVERIFY(label->isVisible());
        const QString journal = f.controller()->journalPath();
        QVERIFY(label->text().contains(QDir::toNativeSeparators(journal)));
        QVERIFY2(label->text().contains(u"database or disk is full"_s), qPrintable(label->text()));
        QVERIFY(label->text().startsWith(u"Paused"_s));
        QCOMPARE(f.controller()->journalProblem(), label->text());
        QCoreApplication::processEvents();
        QCOMPARE(f.stat(u"requests"_s), requests); // nothing sent
        QCOMPARE(f.rowsWith(RowStatus::Pending), 3);

        f.action(u"pauseAction"_s)->trigger(); // Resume
        QVERIFY(!finished.isEmpty() || finished.wait(20000)); // a run with nothing in flight ends at once
        QCOMPARE(f.rowsWith(RowStatus::Created), 3);
        QVERIFY(!label->isVisible());
        QVERIFY(f.controller()->journalProblem().isEmpty());
        QCOMPARE(f.stat(u"duplicateCreates"_s), 0);
        auto rows = JournalReader::rows(journal);
        QVERIFY(rows);
        for (const JournalRow &r : std::as_const(*rows)) {
            QCOMPARE(r.outcome.status, RowStatus::Created);
            QCOMPARE(r.sends, 1);
        }
    }

    /// The journal fails once answers come in: the run pauses after the batches in flight, their outcomes are in the
    /// grid and kept by the journal; Resume fails again while the disk is still full (still paused, still said),
    /// then goes on once it can write, and the journal ends with every outcome.
    void testOutcomesKeptWhilePausedAreWrittenOnResume()
    {
        Fixture f;
        QVERIFY(f.start());
        f.settings->setBatchSize(10);
        f.paste(60, u"mid"_s);
        connect(f.controller(), &SendController::engineStarted, this, [this](BatchEngine *engine) {
            // Once: the first answer's commit and every later one fail, until the test frees the disk.
            connect(engine, &BatchEngine::batchAnswered, this, [armed = false]() mutable {
                if (!std::exchange(armed, true))
                    JournalDb::failNextCommits(1000);
            });
        });
        QSignalSpy paused(f.controller(), &SendController::pausedChanged);
        QSignalSpy finished(f.controller(), &SendController::finished);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(QTest::qWaitFor([&] { return f.controller()->isPaused(); }, 20000));
        QVERIFY(f.problemLabel()->isVisible());
        QVERIFY(finished.isEmpty());
        // Let the batches in flight finish: nothing more goes out while paused.
        QVERIFY(QTest::qWaitFor([&] { return f.rowsWith(RowStatus::Pending) < 60; }, 20000));
        const QString journal = f.controller()->journalPath();

        f.action(u"pauseAction"_s)->trigger(); // Resume, but the disk is still full
        QVERIFY(f.controller()->isPaused());
        QVERIFY(f.problemLabel()->isVisible());

        JournalDb::failNextCommits(0);
        f.action(u"pauseAction"_s)->trigger();
        QVERIFY(!finished.isEmpty() || finished.wait(20000)); // a run with nothing in flight ends at once
        QCOMPARE(f.rowsWith(RowStatus::Created), 60);
        QCOMPARE(f.stat(u"duplicateCreates"_s), 0);
        QVERIFY(!f.problemLabel()->isVisible());
        auto summary = JournalReader::summary(journal);
        QVERIFY(summary);
        QCOMPARE(summary->created, 60);
        QVERIFY(summary->finished);
    }

    /// Cancel while paused by the journal, the disk still full: the run ends, the grid keeps every outcome, and the
    /// message names the journal and SQLite's error; the journal's rows are pending or sent, never lost.
    void testCancelWhilePausedSaysTheJournalIsBehind()
    {
        Fixture f;
        QVERIFY(f.start());
        f.settings->setBatchSize(10);
        f.paste(40, u"cancel"_s);
        connect(f.controller(), &SendController::engineStarted, this, [this](BatchEngine *engine) {
            // Once: the first answer's commit and every later one fail, until the test frees the disk.
            connect(engine, &BatchEngine::batchAnswered, this, [armed = false]() mutable {
                if (!std::exchange(armed, true))
                    JournalDb::failNextCommits(1000);
            });
        });
        QSignalSpy finished(f.controller(), &SendController::finished);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(QTest::qWaitFor([&] { return f.controller()->isPaused(); }, 20000));
        const QString journal = f.controller()->journalPath();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.action(u"cancelAction"_s)->trigger();
        QVERIFY(!finished.isEmpty() || finished.wait(20000)); // a run with nothing in flight ends at once
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.fatal);
        QVERIFY2(summary.fatal->message.contains(journal + u": database or disk is full"_s),
            qPrintable(summary.fatal->message));
        QVERIFY(MessageBox::lastText().contains(journal));
        QVERIFY(!f.problemLabel()->isVisible());
        JournalDb::failNextCommits(0);
        // Every row the grid has an outcome for was sent: the journal has it as done, or as sent (a resume settles it).
        auto rows = JournalReader::rows(journal);
        QVERIFY(rows);
        for (int i = 0; i < rows->size(); ++i) {
            const JournalRow &r = rows->at(i);
            if (f.model()->record(i).outcome.status == RowStatus::Created)
                QVERIFY(r.outcome.status == RowStatus::Created || r.sends > 0);
        }
    }
};

QTEST_MAIN(TestSendJournalFailure)
#include "testsendjournalfailure.moc"
