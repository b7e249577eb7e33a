// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/clock.h"
#include "core/io/requestpreview.h"
#include "core/net/ratelimiterpool.h"
#include "core/table/gridrowsource.h"
#include "gui/batch/sendcontroller.h"
#include "gui/document/previewdialog.h"
#include "support/sandboxfixture.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// @p rows contacts with an email, a first name in several scripts, and (for create) an association cell.
void fill(RecordTableModel &model, int rows, bool associations)
{
    model.clear();
    model.insertDataColumn(0, TableColumn::forProperty(Test::textProperty(u"email"_s)));
    model.insertDataColumn(1, TableColumn::forProperty(Test::textProperty(u"firstname"_s)));
    if (associations)
        model.insertDataColumn(2, TableColumn::forAssociation(u"companies"_s, u"Company"_s, { {}, 279, {} }));
    QList<TableRecord> records;
    for (int i = 0; i < rows; ++i) {
        TableRecord record = model.newRecord();
        record.values = { u"p%1@example.com"_s.arg(i), i % 2 ? u"Zoë \"%1\""_s.arg(i) : u"健司 %1"_s.arg(i) };
        if (associations)
            record.values.append(i % 3 == 0 ? u""_s : u"%1"_s.arg(51234567001LL + i % 3));
        records.append(record);
    }
    model.insertRecords(0, records);
}

} // namespace

class TestPreviewDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testDialogShowsEachBatch()
    {
        RecordTableModel model;
        fill(model, 250, true);
        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        QList<Row> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.append(model.toRow(r));
        Result<RequestPreview> preview = RequestPreview::create(spec, rows);
        QVERIFY(preview);
        PreviewDialog dialog(*preview, QUrl(u"https://api.hubapi.com"_s));
        dialog.resize(860, 560);
        dialog.show();

        auto *list = dialog.findChild<QListWidget *>(u"previewBatchListWidget"_s);
        auto *text = dialog.findChild<QPlainTextEdit *>(u"previewJsonTextEdit"_s);
        QVERIFY(list && text);
        QVERIFY(text->isReadOnly());
        QCOMPARE(list->count(), 3); // 100 + 100 + 50
        QVERIFY2(list->item(2)->text().startsWith(u"Batch 3: 50 row"_s), qPrintable(list->item(2)->text()));
        QVERIFY(list->item(2)->text().endsWith(u"(201–250)"_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"requestLineLabel"_s)->text(),
            u"POST https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create"_s);
        list->setCurrentRow(1);
        const QJsonObject shown = QJsonDocument::fromJson(text->toPlainText().toUtf8()).object();
        QCOMPARE(shown, QJsonDocument::fromJson(preview->batch(1).body).object());
        const QJsonArray inputs = shown.value(u"inputs"_s).toArray();
        QCOMPARE(inputs.size(), 100);
        QCOMPARE(inputs.at(0).toObject().value(u"properties"_s).toObject().value(u"email"_s).toString(),
            u"p100@example.com"_s);

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyBatchButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyAllButton"_s), Qt::LeftButton);
        const QString all = QGuiApplication::clipboard()->text();
        QCOMPARE(all, dialog.allRequestsText());
        QCOMPARE(all.count(u"POST https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create\n"_s), 3);
        QVERIFY(all.contains(RequestPreview::indented(preview->batch(2).body)));
    }

    void testPreviewIsWhatTheSandboxReceives_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<int>("rows");
        QTest::newRow("create 2026-03") << WriteMode::Create << ApiVersion::V2026_03 << 230;
        QTest::newRow("create v3") << WriteMode::Create << ApiVersion::V3 << 101;
        QTest::newRow("upsert 2026-03") << WriteMode::Upsert << ApiVersion::V2026_03 << 150;
        QTest::newRow("upsert v3") << WriteMode::Upsert << ApiVersion::V3 << 100;
    }

    void testPreviewIsWhatTheSandboxReceives()
    {
        QFETCH(WriteMode, mode);
        QFETCH(ApiVersion, version);
        QFETCH(int, rows);
        Test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        RecordTableModel model;
        fill(model, rows, mode == WriteMode::Create);
        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        spec.mode = mode;
        spec.idProperty = mode == WriteMode::Upsert ? u"email"_s : QString();
        spec.apiVersion = version;
        spec.baseUrl = sandbox.baseUrl();
        spec.concurrency = 1;

        QList<int> all;
        for (int r = 0; r < model.rowCount(); ++r)
            all.append(r);
        // As the main window previews: from the grid's rows as Send reads them.
        const std::shared_ptr<const GridRowSource> source = model.rowSource(all);
        const Result<RequestPreview> preview = RequestPreview::create(spec, source);
        QVERIFY(preview);

        RateLimiterPool limiters(SystemClock::instance());
        SendController send(&model, &network, &limiters);
        QList<BatchExchange> sent;
        connect(&send, &SendController::engineStarted, this, [&sent](BatchEngine *engine) {
            connect(engine, &BatchEngine::batchSent, engine, [&sent](const BatchExchange &exchange) {
                if (exchange.kind == BatchExchange::Kind::Write && exchange.attempt == 1)
                    sent.append(exchange);
            });
        });
        QSignalSpy finished(&send, &SendController::finished);
        QVERIFY(send.start(spec, Test::SandboxFixture::token(), all));
        QVERIFY(finished.wait(20000));
        QCOMPARE(sent.size(), preview->batchCount());
        std::sort(sent.begin(), sent.end(), [](const auto &a, const auto &b) { return a.batchNumber < b.batchNumber; });

        // Each send draws its own run id: take the engine's, then the bodies must be the same bytes.
        const QString trace = QJsonDocument::fromJson(sent.at(0).requestBody)
                                  .object()
                                  .value(u"inputs"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"objectWriteTraceId"_s)
                                  .toString();
        const QString runId = trace.left(trace.lastIndexOf(u'-' + source->key(0)));
        QVERIFY(!runId.isEmpty());
        const Result<RequestPreview> sameRun = RequestPreview::create(spec, source, runId);
        QVERIFY(sameRun);
        for (int i = 0; i < preview->batchCount(); ++i) {
            const PreviewBatch batch = preview->batch(i);
            QCOMPARE(sent.at(i).url.path(), batch.path);
            QCOMPARE(sent.at(i).method, batch.method);
            QCOMPARE(sent.at(i).requestBody, sameRun->batch(i).body);
            // And what the dialog shows is that body with "preview" as the run id.
            QByteArray shown = sent.at(i).requestBody;
            shown.replace((runId + u'-').toUtf8(), "preview-");
            QCOMPARE(shown, batch.body);
        }
        QCOMPARE(model.rowsWithStatus(RowStatus::Pending).size(), 0);
    }
};

QTEST_MAIN(TestPreviewDialog)
#include "testpreviewdialog.moc"
