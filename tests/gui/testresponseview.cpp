// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include "core/batch/batchengine.h"
#include "core/clock.h"
#include "core/io/batchinput.h"
#include "gui/common/messagebox.h"
#include "gui/response/batchlistmodel.h"
#include "gui/response/batchoutcomestyle.h"
#include "gui/response/jsonhighlighter.h"
#include "gui/response/ratelimitmeter.h"
#include "gui/response/responseview.h"
#include "journal/runjournal.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;
using Outcome = BatchListModel::Outcome;

namespace {

/// 25 new contacts; every fifth has a lifecycle stage the portal does not know, so each batch answers 207.
QList<Row> partlyInvalidContacts()
{
    QList<Row> rows;
    for (int i = 0; i < 25; ++i) {
        Row row;
        row.key = u"row-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        row.properties.insert(u"email"_s, u"h4-view-%1@example.com"_s.arg(i + 1));
        row.properties.insert(u"firstname"_s, u"Person %1"_s.arg(i + 1));
        if (i % 5 == 0)
            row.properties.insert(u"lifecyclestage"_s, u"not-a-stage"_s);
        rows.append(row);
    }
    return rows;
}

BatchExchange sent(int number, int attempt, int rows = 100)
{
    BatchExchange ex;
    ex.batchNumber = number;
    ex.attempt = attempt;
    for (int i = 0; i < rows; ++i)
        ex.rowKeys.append(u"row-%1-%2"_s.arg(number).arg(i));
    ex.method = u"POST"_s;
    ex.url = QUrl(u"https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create"_s);
    ex.requestHeaders = { { "Authorization", "Bearer [redacted]" } };
    ex.requestBody = R"({"inputs":[]})";
    ex.batchStatus = u"PENDING"_s;
    ex.sentAtMs = number * 1000 + attempt;
    return ex;
}

BatchExchange answered(BatchExchange ex, int status, const QString &batchStatus = {})
{
    ex.httpStatus = status;
    ex.batchStatus = batchStatus;
    ex.durationMs = 1234;
    ex.rateLimit.max = 100;
    ex.rateLimit.remaining = 87;
    ex.rateLimit.intervalMs = 10000;
    ex.responseBody = R"({"status":"COMPLETE","results":[]})";
    return ex;
}

/// @p text as English reads once batchsmith_en.ts gives the plurals: tests run without a translator, where
/// tr() leaves "request(s)".
QString plural(QString text)
{
    return text.replace(u"(s)"_s, u"s"_s).replace(u"(es)"_s, u"es"_s);
}

QVariant cell(const BatchListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestResponseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testRunAgainstTheSandbox()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        const QString token = SandboxFixture::token();
        engine.setToken(token);

        ResponseView view;
        view.resize(1100, 460);
        view.setTokenProvider([token] { return token; });
        view.attach(&engine);
        BatchListModel *model = view.batchModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        spec.mode = WriteMode::Create;
        spec.baseUrl = sandbox.baseUrl();
        spec.batchSize = 10;
        spec.concurrency = 2;
        QSignalSpy finished(&engine, &BatchEngine::runFinished);
        QVERIFY(engine.start(spec, partlyInvalidContacts()));
        QCOMPARE(model->rowCount(), 3); // the plan, before any answer
        QCOMPARE(cell(*model, 2, BatchListModel::RowsColumn).toString(), u"5"_s);
        QVERIFY(finished.wait(20000));

        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(*model, row, 0, BatchListModel::BatchNumberRole).toInt(), row + 1);
            QCOMPARE(cell(*model, row, 0, BatchListModel::BatchStatusRole).toString(), u"COMPLETE"_s);
            QCOMPARE(cell(*model, row, 0, BatchListModel::HttpStatusRole).toInt(), 207);
            QCOMPARE(cell(*model, row, BatchListModel::HttpStatusColumn).toString(), u"207 Multi-Status"_s);
            QCOMPARE(cell(*model, row, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Partial);
            QCOMPARE(cell(*model, row, BatchListModel::RetriesColumn).toString(), u"0"_s);
        }

        auto *table = view.findChild<QTableView *>(u"batchesTableView"_s);
        auto *request = view.findChild<QPlainTextEdit *>(u"requestTextEdit"_s);
        auto *response = view.findChild<QPlainTextEdit *>(u"responseTextEdit"_s);
        QVERIFY(table && request && response);
        QVERIFY(request->isReadOnly() && response->isReadOnly());
        table->setCurrentIndex(model->index(1, 0));
        const QString answer = response->toPlainText();
        QVERIFY2(answer.startsWith(u"HTTP 207 Multi-Status\n"_s), qPrintable(answer.left(80)));
        QVERIFY(answer.contains(u"\"objectWriteTraceId\""_s));
        QVERIFY(answer.contains(u"\n    \"errors\": [\n"_s)); // pretty-printed
        QVERIFY(!answer.contains(token));
        const QString sentText = request->toPlainText();
        QVERIFY(sentText.startsWith(u"POST "_s + sandbox.baseUrl().toString()));
        QVERIFY(sentText.contains(u"Authorization: Bearer [redacted]\n"_s));
        QVERIFY(sentText.contains(u"\"inputs\": ["_s));
        QVERIFY(!sentText.contains(token));
        QVERIFY(!view.findChild<QComboBox *>(u"attemptComboBox"_s)->isVisibleTo(&view)); // a single attempt
        checkKeysAreHighlighted(response);

        // Copy as cURL: the token stays in the shell unless the user asks, and confirms.
        auto *copy = view.findChild<QPushButton *>(u"copyCurlButton"_s);
        auto *include = view.findChild<QCheckBox *>(u"includeTokenCheckBox"_s);
        QVERIFY(copy && include);
        QVERIFY(!include->isChecked());
        QSignalSpy notes(&view, &ResponseView::statusMessage);
        copy->click();
        QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"curl -X POST '"_s + sandbox.baseUrl().toString()), qPrintable(copied.left(80)));
        QVERIFY(copied.contains(u"$HUBSPOT_TOKEN"_s));
        QVERIFY(!copied.contains(token));
        QVERIFY(copied.contains(u"--data-raw '{\"inputs\":"_s));
        QCOMPARE(notes.size(), 1);

        MessageBox::setNextAnswer(QMessageBox::No);
        include->click();
        QVERIFY(!include->isChecked()); // declined
        MessageBox::setNextAnswer(QMessageBox::Yes);
        include->click();
        QVERIFY(include->isChecked());
        QVERIFY(MessageBox::lastText().contains(u"token"_s));
        copy->click();
        copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Authorization: Bearer "_s + token));
        QVERIFY(!copied.contains(u"$HUBSPOT_TOKEN"_s));

        auto *meter = view.findChild<RateLimitMeter *>(u"rateLimitMeter"_s);
        QVERIFY(meter);
        QCOMPARE(meter->maximum(), 100);
        QVERIFY2(plural(meter->text()).endsWith(u" of 100 requests left in this 10-second window"_s),
            qPrintable(meter->text()));
        const QString summary = plural(view.findChild<QLabel *>(u"runSummaryLabel"_s)->text());
        QVERIFY2(summary.contains(u"25 rows"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Created 20, updated 0, failed 5"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"3 requests"_s), qPrintable(summary));

        saveScreenshot(view, table);
    }

    void testRowsFedByHand()
    {
        BatchListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.planBatches(250, 3, 100);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, BatchListModel::RowsColumn).toString(), u"50"_s);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(model, row, BatchListModel::BatchStatusColumn).toString(), u"PENDING"_s);
            QCOMPARE(cell(model, row, BatchListModel::HttpStatusColumn).toString(), u"—"_s);
        }

        // Batch 2: 429, then a second attempt that works.
        const BatchExchange first = sent(2, 1);
        model.addSent(first);
        QCOMPARE(cell(model, 1, BatchListModel::BatchStatusColumn).toString(), u"PROCESSING"_s);
        QCOMPARE(cell(model, 1, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::InFlight);
        model.addAnswer(answered(first, 429));
        QCOMPARE(cell(model, 1, BatchListModel::HttpStatusColumn).toString(), u"429 Too Many Requests"_s);
        QCOMPARE(cell(model, 1, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Retrying);
        const BatchExchange second = sent(2, 2);
        model.addSent(second);
        QCOMPARE(cell(model, 1, BatchListModel::HttpStatusColumn).toString(), u"—"_s);
        model.addAnswer(answered(second, 201, u"COMPLETE"_s));
        QCOMPARE(cell(model, 1, BatchListModel::HttpStatusColumn).toString(), u"201 Created"_s);
        QCOMPARE(cell(model, 1, BatchListModel::BatchStatusColumn).toString(), u"COMPLETE"_s);
        QCOMPARE(cell(model, 1, BatchListModel::RetriesColumn).toString(), u"1"_s);
        QCOMPARE(cell(model, 1, BatchListModel::DurationColumn).toString(), u"1,234 ms"_s);
        QCOMPARE(cell(model, 1, BatchListModel::RateLimitColumn).toString(), u"87"_s);
        QCOMPARE(cell(model, 1, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Succeeded);
        QCOMPARE(model.exchanges(1).size(), 2); // every attempt kept
        QCOMPARE(model.exchanges(1).at(0).httpStatus, 429);

        // Batch 1: no answer at all.
        BatchExchange lost = sent(1, 1);
        model.addSent(lost);
        lost = answered(lost, 0);
        lost.networkError = u"timed out"_s;
        model.addAnswer(lost);
        QCOMPARE(cell(model, 0, BatchListModel::HttpStatusColumn).toString(), u"No answer (timed out)"_s);
        QCOMPARE(cell(model, 0, BatchListModel::BatchStatusColumn).toString(), u"—"_s);

        // The run is cancelled: batch 3 never went.
        RunSummary summary;
        summary.cancelled = true;
        model.finishRun(summary);
        QCOMPARE(cell(model, 2, BatchListModel::BatchStatusColumn).toString(), u"CANCELED"_s);
        QCOMPARE(cell(model, 2, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(cell(model, 0, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Failed);
        QCOMPARE(cell(model, 1, BatchListModel::BatchStatusColumn).toString(), u"COMPLETE"_s);

        // An answer that arrives while cancelling says CANCELED itself.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        const BatchExchange late = sent(7, 1, 3);
        model.addSent(late);
        QCOMPARE(cell(model, 0, BatchListModel::RowsColumn).toString(), u"3"_s);
        model.addAnswer(answered(late, 0, u"CANCELED"_s));
        QCOMPARE(cell(model, 0, BatchListModel::BatchStatusColumn).toString(), u"CANCELED"_s);
        QCOMPARE(cell(model, 0, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::Cancelled);
    }

    /// A journaled run keeps no body in memory: selecting a batch reads its request and answer from the journal.
    void testBodiesAreReadFromTheJournalWhenABatchIsSelected()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"run.bsjournal"_s);
        BatchInput input;
        input.columns = { u"email"_s };
        for (int i = 0; i < 3; ++i) {
            Row row;
            row.key = u"row-1-%1"_s.arg(i);
            row.properties.insert(u"email"_s, u"r%1@example.com"_s.arg(i));
            input.rows.append(row);
            input.cells.append({ row.properties.value(u"email"_s) });
            input.previous.append(RowOutcome());
        }
        RunSetup setup;
        setup.spec.objectType = u"contacts"_s;
        setup.spec.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        setup.spec.batchSize = 3;
        auto journal = RunJournal::create(file, setup, input);
        QVERIFY(journal);
        QNetworkAccessManager nam;
        BatchEngine engine(&nam, SystemClock::instance());
        QVERIFY((*journal)->attach(&engine)); // before the view, as SendController does: it writes first
        ResponseView view;
        view.attach(&engine, file);
        BatchListModel *model = view.batchModel();

        BatchExchange request = sent(1, 1, 3);
        request.requestBody = R"({"inputs":[{"properties":{"email":"r0@example.com"}}]})";
        QVERIFY((*journal)->recordSend(request)); // the engine's pre-send hook
        Q_EMIT engine.runStarted(3, 1);
        Q_EMIT engine.batchSent(request);
        BatchExchange answer = answered(request, 201, u"COMPLETE"_s);
        answer.responseBody = R"({"status":"COMPLETE","results":[{"id":"51234567001"}]})";
        answer.responseHeaders = { { "Content-Type", "application/json" } };
        Q_EMIT engine.batchAnswered(answer);

        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!model->hasBodies(0, 0)); // nothing but the summary in memory
        QVERIFY(model->exchanges(0).at(0).responseBody.isEmpty());
        QVERIFY(model->exchanges(0).at(0).rowKeys.isEmpty());
        QCOMPARE(model->exchangeRowCount(0, 0), 3);
        QCOMPARE(cell(*model, 0, BatchListModel::RowsColumn).toString(), u"3"_s);
        QCOMPARE(cell(*model, 0, BatchListModel::HttpStatusColumn).toString(), u"201 Created"_s);

        auto *table = view.findChild<QTableView *>(u"batchesTableView"_s);
        auto *requestText = view.findChild<QPlainTextEdit *>(u"requestTextEdit"_s);
        auto *responseText = view.findChild<QPlainTextEdit *>(u"responseTextEdit"_s);
        table->setCurrentIndex(model->index(0, 0));
        QVERIFY(requestText->toPlainText().contains(u"r0@example.com"_s));
        QVERIFY(responseText->toPlainText().startsWith(u"HTTP 201 Created\n"_s));
        QVERIFY(responseText->toPlainText().contains(u"Content-Type: application/json"_s));
        QVERIFY(responseText->toPlainText().contains(u"51234567001"_s));
        QVERIFY(view.findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
    }

    /// Without a journal only the latest batches keep their bodies, and the view says so for the others.
    void testWithoutAJournalOnlyRecentBodiesAreKept()
    {
        ResponseView view;
        BatchListModel *model = view.batchModel();
        const int batches = BatchListModel::RecentBodies + 5;
        model->planBatches(batches * 100, batches, 100);
        for (int number = 1; number <= batches; ++number) {
            const BatchExchange ex = sent(number, 1);
            model->addSent(ex);
            model->addAnswer(answered(ex, 201, u"COMPLETE"_s));
        }
        QVERIFY(!model->hasBodies(0, 0));
        QVERIFY(model->hasBodies(batches - 1, 0));
        QCOMPARE(model->exchangeRowCount(0, 0), 100);
        auto *table = view.findChild<QTableView *>(u"batchesTableView"_s);
        auto *responseText = view.findChild<QPlainTextEdit *>(u"responseTextEdit"_s);
        table->setCurrentIndex(model->index(0, 0));
        QVERIFY(responseText->toPlainText().startsWith(u"HTTP 201 Created"_s));
        QVERIFY(responseText->toPlainText().contains(u"were not kept"_s));
        QVERIFY(!view.findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
        table->setCurrentIndex(model->index(batches - 1, 0));
        QVERIFY(responseText->toPlainText().contains(u"\"COMPLETE\""_s));
    }

    void testColumnsWidenToWhatTheyShowAndKeepTheUsersWidth()
    {
        ResponseView view;
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        BatchListModel *model = view.batchModel();
        model->planBatches(300, 3, 100);
        auto *table = view.findChild<QTableView *>(u"batchesTableView"_s);
        QVERIFY(table);
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(BatchListModel::ExplanationColumn), QHeaderView::Interactive);
        const int narrow = header->minimumSectionSize() + 2;
        header->resizeSection(BatchListModel::DurationColumn, narrow); // the user narrows a column
        const BatchExchange first = sent(1, 1);
        model->addSent(first);
        BatchExchange limited = answered(first, 429);
        limited.verdict.action = ExchangeVerdict::Action::Waited;
        limited.verdict.delayMs = 1200;
        limited.verdict.detail = u"TEN_SECONDLY_ROLLING"_s;
        model->addAnswer(limited);
        const QString text = cell(*model, 0, BatchListModel::ExplanationColumn).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY(header->sectionSize(BatchListModel::ExplanationColumn) < table->fontMetrics().horizontalAdvance(text));
        // A few times a second, not on each change: the column widens to the text in view.
        QTRY_VERIFY(
            header->sectionSize(BatchListModel::ExplanationColumn) >= table->fontMetrics().horizontalAdvance(text));
        QCOMPARE(header->sectionSize(BatchListModel::DurationColumn), narrow);
        // A shorter text later does not narrow it under the reader's eyes.
        const int wide = header->sectionSize(BatchListModel::ExplanationColumn);
        const BatchExchange second = sent(2, 1);
        model->addSent(second);
        model->addAnswer(answered(second, 201, u"COMPLETE"_s));
        QTest::qWait(400);
        QCOMPARE(header->sectionSize(BatchListModel::ExplanationColumn), wide);
    }

    void testSplitHalvesAndLookupsShareTheirBatchRow()
    {
        BatchListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BatchExchange left = sent(4, 1, 50);
        BatchExchange right = sent(4, 1, 50);
        right.rowKeys.first() = u"other"_s;
        model.addSent(left);
        model.addSent(right);
        model.addAnswer(answered(right, 201, u"COMPLETE"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, 0, BatchListModel::OutcomeRole).value<Outcome>(), Outcome::InFlight); // left waits
        QVERIFY(model.isAnswered(0, 1));
        QVERIFY(!model.isAnswered(0, 0));
        model.addAnswer(answered(left, 201, u"COMPLETE"_s));
        BatchExchange lookup = sent(4, 1, 2);
        lookup.kind = BatchExchange::Kind::Lookup;
        model.addSent(lookup);
        model.addAnswer(answered(lookup, 200, u"COMPLETE"_s));
        QCOMPARE(model.exchanges(0).size(), 3);
        QCOMPARE(cell(model, 0, BatchListModel::NumberColumn).toString(), u"4 (lookup)"_s);
        QCOMPARE(cell(model, 0, BatchListModel::RowsColumn).toString(), u"50"_s);
    }

    void testAttemptSelectorShowsEveryAttempt()
    {
        ResponseView view;
        BatchListModel *model = view.batchModel();
        const BatchExchange first = sent(1, 1);
        model->addSent(first);
        BatchExchange refused = answered(first, 429);
        refused.responseBody = R"({"status":"error","message":"You have reached your ten_secondly_rolling limit."})";
        model->addAnswer(refused);
        auto *table = view.findChild<QTableView *>(u"batchesTableView"_s);
        auto *attempts = view.findChild<QComboBox *>(u"attemptComboBox"_s);
        auto *response = view.findChild<QPlainTextEdit *>(u"responseTextEdit"_s);
        table->setCurrentIndex(model->index(0, 0));
        QVERIFY(!attempts->isVisibleTo(&view));
        const BatchExchange second = sent(1, 2);
        model->addSent(second); // the selector follows the new attempt
        QVERIFY(attempts->isVisibleTo(&view));
        QCOMPARE(attempts->count(), 2);
        QCOMPARE(attempts->currentIndex(), 1);
        QCOMPARE(response->toPlainText(), u"Waiting for the answer…"_s);
        attempts->setCurrentIndex(0);
        Q_EMIT attempts->activated(0);
        QVERIFY(response->toPlainText().startsWith(u"HTTP 429 Too Many Requests\n"_s));
        QVERIFY(response->toPlainText().contains(u"ten_secondly_rolling"_s));
        model->addAnswer(answered(second, 201, u"COMPLETE"_s)); // the user's pick stays
        QCOMPARE(attempts->currentIndex(), 0);
        QVERIFY(attempts->itemText(1).contains(u"201 Created"_s));
    }

    void testAttachForgetsThePreviousEngine()
    {
        QNetworkAccessManager nam;
        BatchEngine first(&nam, SystemClock::instance());
        BatchEngine second(&nam, SystemClock::instance());
        ResponseView view;
        view.attach(&first);
        view.attach(&second);
        Q_EMIT first.runStarted(10, 1);
        Q_EMIT first.batchSent(sent(1, 1));
        QCOMPARE(view.batchModel()->rowCount(), 0);
        Q_EMIT second.runStarted(250, 3);
        QCOMPARE(view.batchModel()->rowCount(), 3);
        QCOMPARE(cell(*view.batchModel(), 0, BatchListModel::RowsColumn).toString(), u"100"_s); // the spec's size
        Q_EMIT second.rateLimitWaiting(2000, RateLimitInfo { 100, 0, 10000, -1, -1 });
        QVERIFY(view.findChild<RateLimitMeter *>(u"rateLimitMeter"_s)->text().startsWith(u"Waiting 2.0 s"_s));
        view.clear();
        QCOMPARE(view.batchModel()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel *>(u"runSummaryLabel"_s)->text().isEmpty());
        view.attach(nullptr);
        Q_EMIT second.runStarted(250, 3);
        QCOMPARE(view.batchModel()->rowCount(), 0);
    }

    void testRateLimitMeterText()
    {
        RateLimitMeter meter;
        QVERIFY(meter.text().contains(u"not known"_s));
        RateLimitInfo info;
        info.max = 100;
        info.remaining = 87;
        info.intervalMs = 10000;
        meter.setInfo(info);
        QCOMPARE(plural(meter.text()), u"87 of 100 requests left in this 10-second window"_s);
        meter.setInfo(RateLimitInfo()); // an answer without the headers changes nothing
        QCOMPARE(meter.remaining(), 87);
        info.remaining = 0;
        meter.setWaiting(1500, info);
        QCOMPARE(plural(meter.text()), u"Waiting 1.5 s: 0 of 100 requests left in this 10-second window"_s);
        info.remaining = 99;
        meter.setInfo(info);
        QVERIFY(meter.text().startsWith(u"99 of 100"_s));
    }

    void testColoursFollowThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        QVERIFY(!BatchOutcomeStyle::isDark(light));
        QVERIFY(BatchOutcomeStyle::isDark(dark));
        for (const Outcome outcome : { Outcome::Succeeded, Outcome::Partial, Outcome::Failed }) {
            // Readable on each base: clearly darker than white, clearly lighter than near-black.
            QVERIFY(BatchOutcomeStyle::color(outcome, light).lightness() < 140);
            QVERIFY(BatchOutcomeStyle::color(outcome, dark).lightness() > 140);
            QVERIFY(!BatchOutcomeStyle::icon(outcome, dark).isNull());
        }
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        highlighter.setPalette(light);
        const QColor lightKey = highlighter.keyFormat().foreground().color();
        highlighter.setPalette(dark);
        QVERIFY(highlighter.keyFormat().foreground().color().lightness() > lightKey.lightness());
    }

private:
    static void checkKeysAreHighlighted(QPlainTextEdit *edit)
    {
        const QTextDocument *document = edit->document();
        const QTextBlock block = document->find(u"\"objectWriteTraceId\""_s).block();
        QVERIFY(block.isValid());
        const int column = static_cast<int>(block.text().indexOf(u'"'));
        bool keyColoured = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            keyColoured |= range.start == column && range.format.foreground().style() != Qt::NoBrush;
        QVERIFY2(keyColoured, qPrintable(block.text()));
    }

    static void saveScreenshot(ResponseView &view, QTableView *table)
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        table->setCurrentIndex(view.batchModel()->index(1, 0));
        view.findChild<QCheckBox *>(u"includeTokenCheckBox"_s)->setChecked(false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QDir(shots).filePath(u"responseview-en.png"_s)));
        // The same in a dark palette, to check that colours and highlighting still read.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        view.setPalette(dark);
        QVERIFY(view.grab().save(QDir(shots).filePath(u"responseview-dark-en.png"_s)));
    }
};

QTEST_MAIN(TestResponseView)
#include "testresponseview.moc"
