// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/batch/rowkey.h"
#include "core/io/batchinput.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/document/filedialog.h"
#include "gui/editor/recordtableview.h"
#include "gui/history/runhistorycontroller.h"
#include "gui/history/runhistorydialog.h"
#include "gui/history/runhistorymodel.h"
#include "gui/history/runrowsmodel.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "journal/journallock.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"
#include "mainwindowfixture.h"
#include "sandbox/sandboxserver.h"
#include "support/journalholder.h"
#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// Settings in a temporary folder and the first-launch Sandbox profile; the window is made by window(), so a test
/// can lay journals and records down first (the resume offer is asked as the window first shows).
struct Fixture : MainWindowFixture
{
    QNetworkAccessManager nam;

    Fixture() { prepare(); }

    /// Where the window keeps its journals: beside the ini file.
    QString journals() const { return dir.filePath(u"runs"_s); }

    QUrl sandbox() const { return context->sandboxEndpoint().value(); }

    bool open() { return openWindow(QSize(1180, 760), false); }

    QJsonObject post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(sandbox().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + tokens->secret(tokens->activeProfileId()).value().toUtf8());
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// Creates a contact in the sandbox, as an earlier process did; returns its id.
    QString createContact(const QString &email)
    {
        const QJsonObject input { { u"properties"_s, QJsonObject { { u"email"_s, email } } } };
        const QJsonObject answer
            = post(u"/crm/v3/objects/contacts/batch/create"_s, { { u"inputs"_s, QJsonArray { input } } });
        return answer.value(u"results"_s).toArray().first().toObject().value(u"id"_s).toString();
    }

    QString firstName(const QString &id)
    {
        const QJsonObject answer = post(u"/crm/v3/objects/contacts/batch/read"_s,
            { { u"inputs"_s, QJsonArray { QJsonObject { { u"id"_s, id } } } },
                { u"properties"_s, QJsonArray { u"firstname"_s } } });
        return answer.value(u"results"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"properties"_s)
            .toObject()
            .value(u"firstname"_s)
            .toString();
    }

    bool waitForRunEnd() const
    {
        SendController *send = window->sendController();
        if (!send->isRunning())
            return true;
        QSignalSpy finished(send, &SendController::finished);
        return finished.wait(20000);
    }

    RunHistoryDialog *showHistory() const
    {
        window->findChild<QAction *>(u"runHistoryAction"_s)->trigger();
        RunHistoryDialog *dialog = window->runHistory()->dialog();
        if (dialog && dialog->runsModel()->isLoading()) {
            QSignalSpy loaded(dialog->runsModel(), &RunHistoryModel::loaded);
            loaded.wait(10000);
        }
        return dialog;
    }
};

/// The key of row @p number (from 1): this version's, or as earlier versions made them (kept as they are).
QString keyOf(int number, bool earlierKeys = false)
{
    return earlierKeys ? u"row-%1"_s.arg(number, 6, 10, QLatin1Char('0')) : RowKey::make(quint32(number));
}

BatchInput contactsInput(int count, const QString &prefix = u"person"_s, bool earlierKeys = false)
{
    BatchInput input;
    input.columns = { u"email"_s, u"firstname"_s };
    for (int i = 1; i <= count; ++i) {
        const QString email = u"%1%2@journal.example"_s.arg(prefix).arg(i);
        const QString first = u"First %1"_s.arg(i);
        input.cells.append({ email, first });
        Row row;
        row.key = keyOf(i, earlierKeys);
        row.sourceLine = i + 1;
        row.properties = { { u"email"_s, email }, { u"firstname"_s, first } };
        input.rows.append(row);
    }
    input.previous.resize(count);
    return input;
}

RunSetup contactsSetup(const QUrl &baseUrl, WriteMode mode = WriteMode::Create)
{
    RunSetup setup;
    setup.spec.objectType = u"contacts"_s;
    setup.spec.mode = mode;
    setup.spec.idProperty = mode == WriteMode::Upsert ? u"email"_s : QString();
    setup.spec.baseUrl = baseUrl;
    setup.spec.runId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    return setup;
}

BatchExchange writeOf(const QStringList &keys, const QUrl &baseUrl)
{
    BatchExchange ex;
    ex.batchNumber = 1;
    ex.kind = BatchExchange::Kind::Write;
    ex.rowKeys = keys;
    ex.method = u"POST"_s;
    ex.url = baseUrl.resolved(QUrl(u"/crm/objects/2026-03/contacts/batch/create"_s));
    ex.requestBody = "{}";
    ex.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    return ex;
}

/// Lays down the journal of a run of two contacts whose process died after the first was created and its outcome
/// recorded: a run to resume, or to revert. Its path, or "" when it could not be written.
QString interruptedRun(Fixture &f, const RunSetup &setup, const QString &prefix)
{
    QDir().mkpath(f.journals());
    const QString path = RunJournal::newPath(f.journals(), setup.spec.runId);
    auto journal = RunJournal::create(path, setup, contactsInput(2, prefix));
    if (!journal || !(*journal)->beginSession())
        return {};
    RowOutcome created;
    created.status = RowStatus::Created;
    created.id = f.createContact(u"%11@journal.example"_s.arg(prefix));
    if (created.id.isEmpty())
        return {};
    (*journal)->recordOutcome(keyOf(1), created);
    return (*journal)->flush() ? path : QString(); // no end recorded
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

public:
    /// Called by QTEST_MAIN before the application exists. With BATCHSMITH_TEST_HOLD_JOURNAL set, this executable is
    /// the other Batchsmith process of testRunSentByAnotherProcessIsRefused: it takes that journal's lock, says
    /// "locked" (or "refused") on stdout and waits to be killed.
    static void initMain() { Test::holdJournalIfAsked(); }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testResumeOfferSendsOnlyWhatIsLeft_data()
    {
        QTest::addColumn<bool>("earlierKeys");
        QTest::newRow("this version's journal") << false;
        QTest::newRow("journal of an earlier version") << true;
    }

    /// A process died during a run of three contacts: the first was created and its answer recorded, the
    /// second was sent (and created) but its answer never recorded, the third was never sent. Resuming at the
    /// next start sends only what is left, and the second is found, not created twice. The grid's rows take the
    /// journal's keys, also those an earlier version made (`row-000001`), and the outcomes come back by them.
    void testResumeOfferSendsOnlyWhatIsLeft()
    {
        QFETCH(bool, earlierKeys);
        Fixture f;
        const QUrl sandbox = f.sandbox();
        QDir().mkpath(f.journals());
        const RunSetup setup = contactsSetup(sandbox);
        const QString path = RunJournal::newPath(f.journals(), setup.spec.runId);
        {
            auto journal = RunJournal::create(path, setup, contactsInput(3, u"person"_s, earlierKeys));
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            QVERIFY((*journal)->recordSend(writeOf({ keyOf(1, earlierKeys), keyOf(2, earlierKeys) }, sandbox)));
            RowOutcome created;
            created.status = RowStatus::Created;
            created.id = f.createContact(u"person1@journal.example"_s);
            QVERIFY(!created.id.isEmpty());
            (*journal)->recordOutcome(keyOf(1, earlierKeys), created);
            QVERIFY((*journal)->flush());
            QVERIFY(!f.createContact(u"person2@journal.example"_s).isEmpty()); // its answer was lost
        } // the process "dies": no end recorded
        QCOMPARE(JournalReader::unfinished(f.journals()).size(), 1);
        QCOMPARE(f.stat(u"recordsCreated"_s), 2);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(f.open());
        QTRY_VERIFY(f.window->sendController()->isRunning() || f.model()->rowCount() == 3);
        QVERIFY2(
            MessageBox::lastText().contains(u"A run of 3 Contacts stopped before it finished: 1 sent, 2 not sent"_s),
            qPrintable(MessageBox::lastText()));
        QVERIFY(f.waitForRunEnd());

        QCOMPARE(f.model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(f.model()->record(row).outcome.status, RowStatus::Created);
            QVERIFY(!f.model()->record(row).outcome.id.isEmpty());
            QCOMPARE(f.model()->record(row).values.value(f.model()->findDataColumn(u"email"_s)),
                u"person%1@journal.example"_s.arg(row + 1));
            QCOMPARE(f.model()->record(row).key, keyOf(row + 1, earlierKeys));
        }
        QCOMPARE(f.stat(u"recordsCreated"_s), 3); // every contact once
        QCOMPARE(f.stat(u"duplicateCreates"_s), 0);
        auto done = JournalReader::summary(path);
        QVERIFY(done);
        QCOMPARE(done->created, 3);
        QVERIFY(done->finished);
        QCOMPARE(done->sessions, 2);
        QVERIFY(JournalReader::unfinished(f.journals()).isEmpty());
    }

    void testDiscardStopsAskingAndKeepsTheRun()
    {
        Fixture f;
        QDir().mkpath(f.journals());
        const RunSetup setup = contactsSetup(f.sandbox());
        const QString path = RunJournal::newPath(f.journals(), setup.spec.runId);
        {
            auto journal = RunJournal::create(path, setup, contactsInput(2));
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
        }
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(f.open());
        QTRY_VERIFY(JournalReader::unfinished(f.journals()).isEmpty());
        QVERIFY(f.model()->rowsWithStatus(RowStatus::Created).isEmpty()); // nothing loaded, nothing sent
        QCOMPARE(f.stat(u"recordsCreated"_s), 0);
        auto kept = JournalReader::summary(path);
        QVERIFY(kept);
        QCOMPARE(kept->pending, 2);
        QVERIFY(kept->resumable());

        // Still there to resume from the history.
        RunHistoryDialog *history = f.showHistory();
        QVERIFY(history);
        QCOMPARE(history->runsModel()->rowCount(), 1);
        auto *view = history->findChild<QTableView *>(u"runHistoryTableView"_s);
        QCOMPARE(view->model()->index(0, RunHistoryModel::StateColumn).data().toString(), u"Stopped"_s);
        auto *resume = history->findChild<QPushButton *>(u"resumeRunButton"_s);
        QVERIFY(resume->isEnabled());
        QVERIFY(!history->findChild<QPushButton *>(u"revertRunButton"_s)->isEnabled()); // nothing to revert
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(f.model()->rowsWithStatus(RowStatus::Created).size(), 2);
        QCOMPARE(f.stat(u"recordsCreated"_s), 2);
    }

    /// Another process (this executable again) is sending an unfinished run: the start does not offer it, the history
    /// lists it, and resuming or reverting it is refused with that process's ID, the grid kept and nothing sent.
    /// Once that process is killed, the run is offered and resumes.
    void testRunSentByAnotherProcessIsRefused()
    {
        Fixture f;
        // It looks like a run whose process died, but another process resumed it.
        const QString path = interruptedRun(f, contactsSetup(f.sandbox()), u"locked"_s);
        QVERIFY(!path.isEmpty());
        QProcess other;
        QVERIFY(Test::startJournalHolder(other, path));
        const QString inUse
            = u"This run is being sent by another Batchsmith window or batchsmith-cli (process ID %1)."_s.arg(
                other.processId());

        QCOMPARE(JournalReader::unfinished(f.journals()).size(), 1);
        QVERIFY(!RunHistoryController::interruptedRun(f.journals()));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::warning(nullptr, u"mark"_s, u"nothing asked yet"_s);
        MessageBox::setNextAnswer(QMessageBox::No); // were the start to ask after all: Later
        QVERIFY(f.open());
        QCoreApplication::processEvents(); // the start's offer, queued by the window
        MessageBox::setNextAnswer(QMessageBox::No);
        f.window->runHistory()->offerResume(); // once more, for sure
        QCOMPARE(MessageBox::lastText(), u"nothing asked yet"_s);
        const auto gridHasTheRun = [&f] {
            for (int row = 0; row < f.model()->rowCount(); ++row) {
                if (f.model()->record(row).values.contains(u"locked2@journal.example"_s))
                    return true;
            }
            return false;
        };
        QVERIFY(!gridHasTheRun());

        RunHistoryDialog *history = f.showHistory();
        QVERIFY(history);
        QCOMPARE(history->runsModel()->rowCount(), 1); // still listed
        auto *resume = history->findChild<QPushButton *>(u"resumeRunButton"_s);
        QVERIFY(resume->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().startsWith(inUse), qPrintable(MessageBox::lastText()));
        QVERIFY(!f.window->sendController()->isRunning());
        QVERIFY(!gridHasTheRun()); // the grid was kept

        auto *revert = history->findChild<QPushButton *>(u"revertRunButton"_s);
        QVERIFY(revert->isEnabled()); // it created a record
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(revert, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().startsWith(inUse), qPrintable(MessageBox::lastText()));
        QVERIFY(!history->isReverting());
        QCOMPARE(f.stat(u"recordsCreated"_s), 1);
        QCOMPARE(f.stat(u"recordsArchived"_s), 0);

        // Killed: its lock is left behind, and taken over at once.
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(QFile::exists(JournalLock::lockPath(path)));
        const auto offered = RunHistoryController::interruptedRun(f.journals());
        QVERIFY(offered);
        QCOMPARE(offered->path, path);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(f.waitForRunEnd());
        QVERIFY(gridHasTheRun());
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(f.model()->rowsWithStatus(RowStatus::Created).size(), 2);
        QCOMPARE(f.stat(u"recordsCreated"_s), 2);
        QCOMPARE(f.stat(u"duplicateCreates"_s), 0);
        QVERIFY(!QFile::exists(JournalLock::lockPath(path))); // released when the run ended
    }

    /// Record ids and the rows left belong to where the run went: another portal, or HubSpot when the account in
    /// use is the sandbox, neither resumes nor reverts it.
    void testRunOfAnotherAccountIsRefused()
    {
        Fixture f;
        RunSetup setup = contactsSetup(f.sandbox());
        setup.portalId = u"99999999"_s; // the sandbox's account is portal 12345678
        const QString otherPortal = interruptedRun(f, setup, u"other"_s);
        QVERIFY(!otherPortal.isEmpty());
        RunSetup hubspot = contactsSetup(QUrl(u"https://api.hubapi.com"_s));
        const QString onHubSpot = RunJournal::newPath(f.journals(), hubspot.spec.runId);
        QVERIFY(RunJournal::create(onHubSpot, hubspot, contactsInput(2, u"hub"_s)));

        MessageBox::setNextAnswer(QMessageBox::No); // the start's offer: Later
        QVERIFY(f.open());
        // The properties and then the owners are read as the window opens: count from when they are in.
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->properties().isEmpty() && f.ownersIn(), 10000);
        const int requests = f.stat(u"requests"_s);
        const int rows = f.model()->rowCount();
        const auto resumed = f.window->runHistory()->resume(otherPortal);
        QVERIFY(!resumed);
        QCOMPARE(resumed.error().message,
            u"This run went to portal 99999999, but the account in use is portal 12345678. Choose that portal's "
            "account, then try again."_s);
        const auto toHubSpot = f.window->runHistory()->resume(onHubSpot);
        QVERIFY(!toHubSpot);
        QVERIFY2(toHubSpot.error().message.startsWith(
                     u"This run went to HubSpot (api.hubapi.com), but the account in use is the sandbox"_s),
            qPrintable(toHubSpot.error().message));
        QCOMPARE(f.model()->rowCount(), rows); // the grid was kept
        QVERIFY(!f.window->sendController()->isRunning());

        RunHistoryDialog *history = f.showHistory();
        QVERIFY(history);
        auto *table = history->findChild<QTableView *>(u"runHistoryTableView"_s);
        table->selectRow(history->runsModel()->rowOfPath(otherPortal));
        auto *revert = history->findChild<QPushButton *>(u"revertRunButton"_s);
        QVERIFY(revert->isEnabled()); // it created a record
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(revert, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().startsWith(u"This run went to portal 99999999"_s),
            qPrintable(MessageBox::lastText()));
        QVERIFY(!history->isReverting());
        QCOMPARE(f.stat(u"recordsArchived"_s), 0);
        QCOMPARE(f.stat(u"requests"_s), requests);
    }

    void testHistoryListsRunsAndReadsRowsPageByPage()
    {
        Fixture f;
        QDir().mkpath(f.journals());
        QStringList paths;
        Test::ManualClock clock;
        for (const int rows : { 5, 2500 }) {
            const RunSetup setup = contactsSetup(QUrl(u"https://api.hubapi.com"_s));
            paths.append(RunJournal::newPath(f.journals(), setup.spec.runId, &clock));
            auto journal = RunJournal::create(paths.last(), setup, contactsInput(rows), &clock);
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            RowOutcome created;
            created.status = RowStatus::Created;
            created.id = u"9001"_s;
            (*journal)->recordOutcome(keyOf(1), created);
            QVERIFY((*journal)->recordFinished(RunSummary {}));
            clock.advance(60000); // distinct start times, so newest first is one order
        }
        QVERIFY(f.open());
        RunHistoryDialog *history = f.showHistory();
        QVERIFY(history);
        auto *runs = history->findChild<QTableView *>(u"runHistoryTableView"_s);
        QCOMPARE(runs->model()->rowCount(), 2);
        QCOMPARE(runs->model()->index(0, 0).data(RunHistoryModel::PathRole).toString(), paths.last()); // newest
        QCOMPARE(runs->model()->index(0, RunHistoryModel::CreatedColumn).data().toString(), u"1"_s);
        QCOMPARE(runs->model()->index(0, RunHistoryModel::NotSentColumn).data().toString(), QLocale().toString(2499));
        QCOMPARE(runs->model()->index(0, RunHistoryModel::ModeColumn).data().toString(), u"create"_s);

        auto *rows = history->findChild<QTableView *>(u"runRowsTableView"_s);
        QCOMPARE(history->rowsModel()->journalPath(), paths.last());
        QCOMPARE(rows->model()->rowCount(), RunRowsModel::PageSize);
        QCOMPARE(history->rowsModel()->totalRows(), 2500);
        QCOMPARE(rows->model()->index(0, RunRowsModel::OutcomeColumn).data().toString(), u"Created"_s);
        QCOMPARE(rows->model()->index(0, RunRowsModel::RecordIdColumn).data().toString(), u"9001"_s);
        QCOMPARE(rows->model()->index(1, RunRowsModel::OutcomeColumn).data().toString(), u"Not sent"_s);
        QCOMPARE(rows->model()->headerData(RunRowsModel::FirstInputColumn, Qt::Horizontal).toString(), u"email"_s);
        QCOMPARE(
            rows->model()->index(2, RunRowsModel::FirstInputColumn).data().toString(), u"person3@journal.example"_s);
        rows->scrollToBottom(); // the view asks for the next page
        QTRY_VERIFY(rows->model()->rowCount() > RunRowsModel::PageSize);
        while (history->rowsModel()->canFetchMore({}))
            history->rowsModel()->fetchMore({});
        QCOMPARE(rows->model()->rowCount(), 2500);
        QCOMPARE(rows->model()->index(2499, RunRowsModel::RowColumn).data().toString(), QLocale().toString(2500));

        // Export the selected run's results file.
        const QString csv = f.dir.filePath(u"results.csv"_s);
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(history->findChild<QPushButton *>(u"exportRunResultsButton"_s), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("person2500@journal.example"));
        QVERIFY(text.contains("9001"));
    }

    void testRevertRestoresAndArchives()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy loaded(f.window.get(), &MainWindow::propertiesLoaded);
        QVERIFY(!f.window->properties().isEmpty() || loaded.wait(10000));
        const QString graceId = f.createContact(u"grace.hopper@navy.example"_s);
        QVERIFY(!graceId.isEmpty());
        f.post(u"/crm/v3/objects/contacts/batch/update"_s,
            { { u"inputs"_s,
                QJsonArray { QJsonObject {
                    { u"id"_s, graceId }, { u"properties"_s, QJsonObject { { u"firstname"_s, u"Grace"_s } } } } } } });
        QCOMPARE(f.firstName(graceId), u"Grace"_s);

        // Upsert on email: Grace is updated, Margaret created; what Grace had is kept first.
        auto *mode = f.window->findChild<QComboBox *>(u"modeComboBox"_s);
        mode->setCurrentIndex(1);
        Q_EMIT mode->activated(1);
        auto *id = f.window->findChild<QComboBox *>(u"idPropertyComboBox"_s);
        id->setCurrentIndex(id->findData(u"email"_s));
        auto *view = f.window->findChild<RecordTableView *>(u"rowsTableView"_s);
        view->setCurrentIndex(view->model()->index(0, RecordTableModel::FirstDataColumn));
        view->pasteCells({ { u"grace.hopper@navy.example"_s, u"Amazing Grace"_s, u"Hopper"_s },
            { u"margaret.hamilton@mit.example"_s, u"Margaret"_s, u"Hamilton"_s } });
        f.window->findChild<QAction *>(u"sendAction"_s)->trigger();
        QVERIFY(f.waitForRunEnd());
        QCOMPARE(f.model()->record(0).outcome.status, RowStatus::Updated);
        QCOMPARE(f.model()->record(1).outcome.status, RowStatus::Created);
        QCOMPARE(f.firstName(graceId), u"Amazing Grace"_s);

        RunHistoryDialog *history = f.showHistory();
        QVERIFY(history);
        QCOMPARE(history->runsModel()->rowCount(), 1);
        auto *revert = history->findChild<QPushButton *>(u"revertRunButton"_s);
        QVERIFY(revert->isEnabled());
        QSignalSpy finished(history, &RunHistoryDialog::revertFinished);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(revert, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(u"Restore 1 updated record to their previous values."_s)
                || MessageBox::lastText().contains(u"Restore 1 updated record(s)"_s),
            qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"Archive 1 record"_s));
        QVERIFY(history->isReverting());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<RunSummary>().updated, 2);
        QCOMPARE(f.firstName(graceId), u"Grace"_s);
        QCOMPARE(f.stat(u"recordsArchived"_s), 1);

        // The revert is a run of its own, and the reverted run cannot be reverted twice.
        QTRY_COMPARE(history->runsModel()->rowCount(), 2);
        const QList<JournalSummary> runs = JournalReader::list(f.journals());
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().kind, RunKind::Revert);
        QVERIFY(runs.first().complete());
        auto *table = history->findChild<QTableView *>(u"runHistoryTableView"_s);
        table->selectRow(history->runsModel()->rowOfPath(runs.last().path));
        QVERIFY(!revert->isEnabled());
    }

    void testListingFiftyJournals()
    {
        Fixture f;
        QDir().mkpath(f.journals());
        for (int i = 0; i < 50; ++i) {
            const RunSetup setup = contactsSetup(QUrl(u"https://api.hubapi.com"_s));
            auto journal = RunJournal::create(
                RunJournal::newPath(f.journals(), setup.spec.runId), setup, contactsInput(200, u"p%1-"_s.arg(i)));
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            QVERIFY((*journal)->recordFinished(RunSummary {}));
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(JournalReader::list(f.journals()).size(), 50);
        const qint64 listMs = timer.elapsed();

        RunHistoryModel model;
        timer.restart();
        model.reload(f.journals());
        const qint64 returnedMs = timer.elapsed();
        QSignalSpy loaded(&model, &RunHistoryModel::loaded);
        QVERIFY(loaded.wait(20000));
        qInfo("listing 50 journals: %lld ms; reload() returned to the event loop after %lld ms", listMs, returnedMs);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(returnedMs < listMs || returnedMs < 20); // the reading happened off the GUI thread
    }

    void testScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    /// With BATCHSMITH_SCREENSHOT_DIR set: the history window and the resume question, to look at.
    void testScreenshots()
    {
        QFETCH(QString, language);
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("BATCHSMITH_SCREENSHOT_DIR is not set");
        Fixture f;
        QDir().mkpath(f.journals());

        // A finished run with a failure, an upsert stopped half-way, and an interrupted run.
        const struct
        {
            WriteMode mode;
            int rows;
            int done;
            bool ended;
        } runs[] = { { WriteMode::Create, 120, 120, true }, { WriteMode::Upsert, 2400, 1300, true },
            { WriteMode::Create, 45, 20, false } };

        Test::ManualClock clock;
        for (const auto &run : runs) {
            const RunSetup setup = contactsSetup(QUrl(u"https://api.hubapi.com"_s), run.mode);
            auto journal = RunJournal::create(
                RunJournal::newPath(f.journals(), setup.spec.runId, &clock), setup, contactsInput(run.rows), &clock);
            QVERIFY(journal);
            QVERIFY((*journal)->beginSession());
            for (int i = 1; i <= run.done; ++i) {
                RowOutcome outcome;
                outcome.status = i == 7
                    ? RowStatus::Failed
                    : (run.mode == WriteMode::Upsert && i % 3 ? RowStatus::Updated : RowStatus::Created);
                outcome.id = outcome.status == RowStatus::Failed ? QString() : QString::number(51000 + i);
                if (outcome.status == RowStatus::Failed)
                    outcome.message = u"Property values were not valid: lifecyclestage \"partner\" is not an option"_s;
                (*journal)->recordOutcome(u"row-%1"_s.arg(i, 6, 10, QLatin1Char('0')), outcome);
            }
            QVERIFY((*journal)->flush());
            if (run.ended)
                QVERIFY((*journal)->recordFinished(RunSummary {}));
            clock.advance(3600000); // an hour apart: newest first is one order
        }
        // The dialog alone: the picture does not depend on the main window.
        f.languages->setLanguage(language);
        RunHistoryDialog dialog(f.journals());
        RunHistoryDialog *history = &dialog;
        const QHash<QString, QString> labels = RunHistoryController::objectTypeLabels();
        history->setObjectTypeLabels(labels);
        QSignalSpy loaded(history->runsModel(), &RunHistoryModel::loaded);
        QVERIFY(loaded.wait(10000));
        history->resize(1000, 620);
        history->show();
        QVERIFY(QTest::qWaitForWindowExposed(history));
        auto *table = history->findChild<QTableView *>(u"runHistoryTableView"_s);
        table->selectRow(1);
        QCoreApplication::processEvents();
        QVERIFY(history->grab().save(QDir(shots).filePath(u"runhistory-%1.png"_s.arg(language))));

        const auto interrupted = RunHistoryController::interruptedRun(f.journals());
        QVERIFY(interrupted);
        QMessageBox box(QMessageBox::Question, RunHistoryController::tr("Resume Run"),
            RunHistoryController::resumeQuestion(*interrupted, labels.value(u"contacts"_s)) + u"\n\n"_s
                + RunHistoryController::resumeDetails(),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, history);
        for (const auto &[button, text] : RunHistoryController::resumeButtonTexts())
            box.button(button)->setText(text);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QVERIFY(box.grab().save(QDir(shots).filePath(u"resume-question-%1.png"_s.arg(language))));
    }
};

QTEST_MAIN(TestRunHistory)
#include "testrunhistory.moc"
