// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/portalsession.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/editor/recordtableview.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "journal/journaldb.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "mainwindowfixture.h"
#include "sandbox/sandboxserver.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// Settings in a temporary folder, the first-launch Sandbox profile, a main window on it.
struct Fixture : MainWindowFixture
{

    QString journals() const { return window->sendController()->journalDirectory(); }

    /// Pastes @p cells at the grid's first data cell (email, firstname, lastname).
    void paste(const QList<QStringList> &cells) const
    {
        view()->setCurrentIndex(view()->model()->index(0, RecordTableModel::FirstDataColumn));
        view()->pasteCells(cells);
    }

    bool send() const
    {
        SendController *controller = window->sendController();
        QSignalSpy finished(controller, &SendController::finished);
        action(u"sendAction"_s)->trigger();
        return controller->isRunning() ? finished.wait(20000) : !finished.isEmpty();
    }

    void chooseUpsertOn(const QString &idProperty) const
    {
        auto *mode = window->findChild<QComboBox *>(u"modeComboBox"_s);
        mode->setCurrentIndex(1);
        Q_EMIT mode->activated(1);
        auto *id = window->findChild<QComboBox *>(u"idPropertyComboBox"_s);
        id->setCurrentIndex(id->findData(idProperty));
        Q_EMIT id->activated(id->currentIndex());
    }
};

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-journal"_s }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestSendJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testEveryRunLeavesAJournalWithEveryOutcome()
    {
        Fixture f;
        QVERIFY(f.start());
        f.paste({ { u"ada.lovelace@analytical.example"_s, u"Ada"_s, u"Lovelace"_s },
            { u"charles.babbage@analytical.example"_s, u"Charles"_s, u"Babbage"_s } });
        QCOMPARE(f.model()->rowCount(), 2);
        QVERIFY(f.send());

        const QList<JournalSummary> runs = JournalReader::list(f.journals());
        QCOMPARE(runs.size(), 1);
        const JournalSummary run = runs.first();
        QCOMPARE(run.objectType, u"contacts"_s);
        QCOMPARE(run.mode, u"create"_s);
        QCOMPARE(run.total, 2);
        QCOMPARE(run.created, 2);
        QCOMPARE(run.pending, 0);
        QVERIFY(run.finished);
        QCOMPARE(f.window->sendController()->journalPath(), run.path);

        auto rows = JournalReader::rows(run.path);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        for (int i = 0; i < 2; ++i) {
            const JournalRow &row = rows->at(i);
            QCOMPARE(row.outcome.status, RowStatus::Created);
            QCOMPARE(row.outcome.id, f.model()->record(i).outcome.id); // the grid and the journal agree
            QCOMPARE(row.row.key, f.model()->record(i).key);
            QCOMPARE(row.cells.value(0), f.model()->record(i).values.value(0));
            QCOMPARE(row.sends, 1);
        }

        // The token is nowhere in the file, its write-ahead log included.
        const QString token = f.window->session()->token();
        QVERIFY(!token.isEmpty());
        // The plan and the bodies are compressed: search them unpacked too.
        QByteArray unpacked = fileBytes(run.path);
        {
            auto db = JournalDb::open(run.path, JournalDb::Mode::Read);
            QVERIFY(db);
            auto plan = (*db)->exec(u"SELECT data FROM plan"_s);
            QVERIFY(plan);
            while (plan->next())
                unpacked += qUncompress(plan->value(0).toByteArray());
            auto bodies = (*db)->exec(u"SELECT request_body, response_body FROM requests"_s);
            QVERIFY(bodies);
            while (bodies->next()) {
                for (int column : { 0, 1 })
                    unpacked += JournalCodec::unpackBody(bodies->value(column).toByteArray(), (*db)->format());
            }
        }
        QVERIFY(!unpacked.contains(token.toUtf8()));
        QVERIFY(unpacked.contains("ada.lovelace@analytical.example"));
    }

    void testUpsertKeepsTheValuesItOverwrites()
    {
        Fixture f;
        QVERIFY(f.start());
        f.paste({ { u"grace.hopper@navy.example"_s, u"Grace"_s, u"Hopper"_s } });
        QVERIFY(f.send());
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        const QString id = f.model()->record(0).outcome.id;

        // The same person again, upserted on email with a new first name; a second, new one is created.
        f.settings->setKeepRevertValues(true);
        f.chooseUpsertOn(u"email"_s);
        f.model()->clearOutcomes();
        f.paste({ { u"grace.hopper@navy.example"_s, u"Amazing Grace"_s, u"Hopper"_s },
            { u"margaret.hamilton@mit.example"_s, u"Margaret"_s, u"Hamilton"_s } });
        QVERIFY(f.send());
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Updated);
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Created);

        const QList<JournalSummary> runs = JournalReader::list(f.journals());
        QCOMPARE(runs.size(), 2);
        const JournalSummary upsert = runs.first().mode == u"upsert" ? runs.first() : runs.last();
        QCOMPARE(upsert.mode, u"upsert"_s);
        auto before = JournalReader::beforeValues(upsert.path);
        QVERIFY(before);
        BeforeValues grace;
        for (const BeforeValues &v : *before) {
            if (v.found())
                grace = v;
        }
        QCOMPARE(grace.recordId, id);
        QCOMPARE(grace.properties.value(u"firstname"_s), u"Grace"_s);

        auto plan = RevertPlanner::build(upsert.path);
        QVERIFY(plan);
        QCOMPARE(plan->restores.size(), 1);
        QCOMPARE(plan->archiveIds.size(), 1);
    }

    void testWithoutKeepingValuesNothingIsRead()
    {
        Fixture f;
        QVERIFY(f.start());
        f.settings->setKeepRevertValues(false);
        f.chooseUpsertOn(u"email"_s);
        f.paste({ { u"hedy.lamarr@patent.example"_s, u"Hedy"_s, u"Lamarr"_s } });
        const int reads = f.stat(u"requests"_s);
        QVERIFY(f.send());
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Created);
        QCOMPARE(f.stat(u"requests"_s), reads + 1); // the upsert alone
        const QList<JournalSummary> runs = JournalReader::list(f.journals());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().beforeValues, 0);
    }

    void testAJournalThatCannotBeWrittenSendsNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        // A file where the journal folder should be: the folder cannot be made, the journal cannot be written.
        QFile blocker(f.dir.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        f.window->sendController()->setJournalDirectory(blocker.fileName() + u"/runs");
        f.paste({ { u"nobody@nowhere.example"_s, u"No"_s, u"Body"_s } });
        const int requests = f.stat(u"requests"_s);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(!f.window->sendController()->isRunning());
        QCOMPARE(f.stat(u"requests"_s), requests);
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Pending);
        auto *problems = f.window->findChild<QListWidget *>(u"problemsListWidget"_s);
        QCOMPARE(problems->count(), 1);
        QVERIFY2(problems->item(0)->text().contains(u"journal"_s), qPrintable(problems->item(0)->text()));
    }

    void testClosingDuringARunIsNotTakenForACrash()
    {
        Fixture f;
        QVERIFY(f.start());
        QList<QStringList> cells;
        for (int i = 0; i < 250; ++i)
            cells.append({ u"person%1@many.example"_s.arg(i), u"P"_s, u"%1"_s.arg(i) });
        f.paste(cells);
        f.action(u"sendAction"_s)->trigger();
        QVERIFY(f.window->sendController()->isRunning());
        const QString journals = f.journals();
        f.window.reset(); // no close event: the controller goes with a run going
        const QList<JournalSummary> runs = JournalReader::list(journals);
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().finished);
        QVERIFY(JournalReader::unfinished(journals).isEmpty());
    }
};

QTEST_MAIN(TestSendJournal)
#include "testsendjournal.moc"
