// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <numeric>
#include <random>

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/net/ratelimiterpool.h"
#include "core/table/recordtablemodel.h"
#include "gui/batch/sendcontroller.h"
#include "journal/journalreader.h"
#include "support/sandboxfixture.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

QString emailOf(const TableRecord &record)
{
    return record.values.value(0);
}

} // namespace

/// SendController writes each row's outcome back by the row's key, the one identity a row has from the grid to
/// the engine, the journal and back: rows that move while their batch is in flight still get their own outcome.
class TestSendController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testOutcomesFindTheirRowsAfterASort_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::newRow("create") << WriteMode::Create;
        QTest::newRow("upsert") << WriteMode::Upsert;
    }

    void testOutcomesFindTheirRowsAfterASort()
    {
        QFETCH(WriteMode, mode);
        Test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir journals;
        QNetworkAccessManager network;
        RecordTableModel model;
        model.insertDataColumn(0, TableColumn::forProperty(Test::textProperty(u"email"_s)));
        model.insertDataColumn(1, TableColumn::forProperty(Test::textProperty(u"firstname"_s)));
        constexpr int Rows = 60;
        QList<TableRecord> records;
        for (int i = 0; i < Rows; ++i) {
            TableRecord record = model.newRecord();
            record.values = { u"moved%1@example.com"_s.arg(i), u"Moved %1"_s.arg(i) };
            records.append(record);
        }
        model.insertRecords(0, records);

        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        spec.mode = mode;
        spec.idProperty = mode == WriteMode::Upsert ? u"email"_s : QString();
        spec.baseUrl = sandbox.baseUrl();
        spec.batchSize = 5;
        spec.concurrency = 1;
        RateLimiterPool limiters(SystemClock::instance());
        SendController send(&model, &network, &limiters);
        send.setJournalDirectory(journals.path());
        // Each answer reorders the grid before the engine gives its rows their outcomes: as a sort by a person would,
        // but at the worst moment, twelve times over (seeded shuffles, so a failure replays).
        int answers = 0;
        connect(&send, &SendController::engineStarted, this, [&](BatchEngine *engine) {
            connect(engine, &BatchEngine::batchAnswered, this, [&](const BatchExchange &exchange) {
                if (exchange.kind != BatchExchange::Kind::Write)
                    return;
                ++answers;
                QList<int> order(Rows);
                std::iota(order.begin(), order.end(), 0);
                std::shuffle(order.begin(), order.end(), std::mt19937(quint32(answers)));
                model.permuteRecords(order);
            });
        });
        QList<int> all(Rows);
        std::iota(all.begin(), all.end(), 0);
        QSignalSpy finished(&send, &SendController::finished);
        QVERIFY(send.start(spec, Test::SandboxFixture::token(), all));
        QVERIFY(finished.wait(20000));
        QCOMPARE(answers, Rows / spec.batchSize);
        QVERIFY(model.record(0).values != records.at(0).values); // the grid did move

        // Every record HubSpot now has, by id, and each row's outcome names the record of its own email.
        QJsonArray ids;
        for (int r = 0; r < Rows; ++r)
            ids.append(QJsonObject { { u"id"_s, model.record(r).outcome.id } });
        const auto read = sandbox.post(u"/crm/v3/objects/contacts/batch/read"_s,
            { { u"inputs"_s, ids }, { u"properties"_s, QJsonArray { u"email"_s } } });
        QCOMPARE(read.status, 200);
        QHash<QString, QString> emailById;
        for (const QJsonValue &result : read.json.value(u"results"_s).toArray())
            emailById.insert(result[u"id"_s].toString(), result[u"properties"_s][u"email"_s].toString());
        QCOMPARE(emailById.size(), Rows);
        for (int r = 0; r < Rows; ++r) {
            const TableRecord record = model.record(r);
            QCOMPARE(record.outcome.status, RowStatus::Created);
            QCOMPARE(emailById.value(record.outcome.id), emailOf(record));
        }

        // The journal keeps the grid's keys, and the same outcome for each.
        auto journaled = JournalReader::rows(send.journalPath());
        QVERIFY(journaled);
        QCOMPARE(journaled->size(), Rows);
        for (const JournalRow &row : std::as_const(*journaled)) {
            const int r = model.rowOfKey(row.row.key);
            QVERIFY2(r >= 0, qPrintable(row.row.key));
            QCOMPARE(row.outcome.id, model.record(r).outcome.id);
            QCOMPARE(row.row.properties.value(u"email"_s), emailOf(model.record(r)));
        }
    }

    /// A big run is checked, planned and journaled on a worker thread: start() returns at once, the run goes on from
    /// there, and a cancel or a refusal during that time leaves nothing behind.
    void testPreparedInTheBackground_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("sent") << u"sent"_s;
        QTest::newRow("cancelled while preparing") << u"cancel"_s;
        QTest::newRow("refused: two rows upsert one email") << u"refused"_s;
    }

    void testPreparedInTheBackground()
    {
        QFETCH(QString, what);
        Test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir journals;
        QNetworkAccessManager network;
        RecordTableModel model;
        model.insertDataColumn(0, TableColumn::forProperty(Test::textProperty(u"email"_s)));
        constexpr int Rows = 40;
        QList<TableRecord> records;
        for (int i = 0; i < Rows; ++i) {
            TableRecord record = model.newRecord();
            record.values = { u"early%1@example.com"_s.arg(what == u"refused" && i == 31 ? 7 : i) };
            records.append(record);
        }
        model.insertRecords(0, records);
        RowOutcome earlier; // an outcome from an earlier run, which a run that does not start gives back
        earlier.status = RowStatus::Failed;
        earlier.message = u"earlier"_s;
        model.setOutcomeByKey(model.record(3).key, earlier);

        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        spec.mode = what == u"refused" ? WriteMode::Upsert : WriteMode::Create;
        spec.idProperty = spec.mode == WriteMode::Upsert ? u"email"_s : QString();
        spec.baseUrl = sandbox.baseUrl();
        spec.batchSize = 10;
        RateLimiterPool limiters(SystemClock::instance());
        SendController send(&model, &network, &limiters);
        send.setJournalDirectory(journals.path());
        send.setPrepareInBackgroundFrom(0);
        QSignalSpy running(&send, &SendController::runningChanged);
        QSignalSpy finished(&send, &SendController::finished);
        QString failedWith;
        connect(&send, &SendController::startFailed, this, [&](const Error &error) { failedWith = error.message; });
        QList<int> all(Rows);
        std::iota(all.begin(), all.end(), 0);
        QVERIFY(send.start(spec, Test::SandboxFixture::token(), all));
        QVERIFY(send.isRunning());
        QVERIFY(!send.engine()); // still preparing
        QVERIFY(send.isPreparing());
        QCOMPARE(running.size(), 1);
        QCOMPARE(model.record(3).outcome.status, RowStatus::Pending); // back to Pending for the run
        const QStringList journalFilter { u"*.bsjournal*"_s };

        if (what == u"cancel") {
            send.cancel();
            QVERIFY(finished.wait(10000));
            const auto summary = finished.first().first().value<RunSummary>();
            QVERIFY(summary.cancelled);
            QCOMPARE(summary.skipped, Rows);
            QVERIFY(!send.isRunning());
            QCOMPARE(running.last().first().toBool(), false);
            QVERIFY(QDir(journals.path()).entryList(journalFilter, QDir::Files).isEmpty());
            QCOMPARE(model.record(3).outcome.message, u"earlier"_s);
            return;
        }
        if (what == u"refused") {
            QTRY_VERIFY_WITH_TIMEOUT(!failedWith.isEmpty(), 10000);
            QVERIFY2(failedWith.contains(u"line 8 "_s) && failedWith.contains(u"line 32 "_s), qPrintable(failedWith));
            QVERIFY(finished.isEmpty());
            QVERIFY(!send.isRunning());
            QVERIFY(QDir(journals.path()).entryList(journalFilter, QDir::Files).isEmpty());
            QCOMPARE(model.record(3).outcome.message, u"earlier"_s);
            return;
        }
        QVERIFY(finished.wait(20000));
        QVERIFY(!send.isPreparing());
        for (int r = 0; r < Rows; ++r)
            QCOMPARE(model.record(r).outcome.status, RowStatus::Created);
        auto journaled = JournalReader::rows(send.journalPath());
        QVERIFY(journaled);
        QCOMPARE(journaled->size(), Rows);
        for (const JournalRow &row : std::as_const(*journaled))
            QCOMPARE(row.outcome.id, model.record(model.rowOfKey(row.row.key)).outcome.id);
    }
};

QTEST_MAIN(TestSendController)
#include "testsendcontroller.moc"
