// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/draft/draftfile.h"
#include "core/io/batchinput.h"
#include "core/io/resultsexport.h"
#include "core/table/recordtablemodel.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

RowOutcome created(const QString &id)
{
    RowOutcome outcome;
    outcome.status = RowStatus::Created;
    outcome.id = id;
    return outcome;
}

PropertyInfo property(const QString &name, const QString &type = u"string"_s, const QString &fieldType = u"text"_s)
{
    PropertyInfo p;
    p.name = name;
    p.label = name.toUpper();
    p.type = type;
    p.fieldType = fieldType;
    return p;
}

/// Every kind of column and outcome, and text that JSON has to escape.
DraftDocument sampleDraft()
{
    DraftDocument doc;
    doc.objectType = u"2-3508482"_s;
    doc.mode = WriteMode::Upsert;
    doc.idProperty = u"vin"_s;
    doc.apiVersion = ApiVersion::V3;
    PropertyInfo stage = property(u"dealstage"_s, u"enumeration"_s, u"select"_s);
    stage.options = { { u"Gewonnen ✓"_s, u"closedwon"_s, false }, { u"Old"_s, u"old"_s, true } };
    stage.hasUniqueValue = true;
    stage.description = u"Line one\nline \"two\"\t\\ end"_s;
    doc.columns = { TableColumn::forProperty(property(u"vin"_s)), TableColumn::forProperty(stage),
        TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 280, {} }),
        TableColumn::forAssociation(u"0-1"_s, u"Contact"_s, { u"USER_DEFINED"_s, 12, u"Propriétaire"_s }) };
    RowOutcome created;
    created.status = RowStatus::Created;
    created.id = u"51234567001"_s;
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.category = u"VALIDATION_ERROR"_s;
    failed.code = u"INVALID_OPTION"_s;
    failed.message = u"Property values were not valid: [{\"isValid\":false}]\n"_s;
    failed.property = u"dealstage"_s;
    failed.httpStatus = 400;
    failed.correlationId = u"6f1c1b7e-0000-4000-8000-000000000001"_s;
    doc.rows = { { { u"1HGCM82633A004352"_s, u"closedwon"_s, u"101;102"_s, u""_s }, created },
        { { u"日本語のテキスト 🚗"_s, u"old"_s, u""_s, u"7"_s }, failed },
        { { u"a,b;\"c\"\r\nd"_s, u""_s, u""_s, u"\x01\x1f"_s }, {} } };
    return doc;
}

} // namespace

class TestDraftFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testSaveOpenKeepsEveryField()
    {
        const DraftDocument doc = sampleDraft();
        const QString path = m_dir.filePath(u"sample.batchsmith"_s);
        QVERIFY(DraftFile::write(path, doc));
        const Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->objectType, doc.objectType);
        QCOMPARE(read->mode, doc.mode);
        QCOMPARE(read->idProperty, doc.idProperty);
        QCOMPARE(read->apiVersion, doc.apiVersion);
        QCOMPARE(read->columns.size(), doc.columns.size());
        for (qsizetype i = 0; i < doc.columns.size(); ++i)
            QVERIFY2(read->columns.at(i) == doc.columns.at(i), qPrintable(doc.columns.at(i).key()));
        QCOMPARE(read->rows.size(), doc.rows.size());
        for (qsizetype i = 0; i < doc.rows.size(); ++i) {
            QCOMPARE(read->rows.at(i).values, doc.rows.at(i).values);
            QVERIFY(read->rows.at(i).outcome == doc.rows.at(i).outcome);
        }
        QVERIFY(*read == doc);
    }

    void testFileIsDocumentedJson()
    {
        const QByteArray json = DraftFile::toJson(sampleDraft());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"format"_s).toString(), u"batchsmith-draft"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"writeMode"_s).toString(), u"upsert"_s);
        QCOMPARE(root.value(u"apiVersion"_s).toString(), u"v3"_s);
        QCOMPARE(
            root.value(u"columns"_s).toArray().at(2).toObject().value(u"key"_s).toString(), u"assoc:companies:280"_s);
        QCOMPARE(root.value(u"columns"_s).toArray().at(3).toObject().value(u"key"_s).toString(),
            u"assoc:0-1:USER_DEFINED:12"_s);
        const QJsonArray rows = root.value(u"rows"_s).toArray();
        QCOMPARE(rows.at(0).toObject().value(u"outcome"_s).toObject().value(u"status"_s).toString(), u"created"_s);
        QVERIFY(!rows.at(2).toObject().contains(u"outcome"_s)); // pending rows carry no outcome
        QVERIFY(json.contains("日本語")); // UTF-8 as is, not \u escapes
    }

    void testModelRoundTrip()
    {
        RecordTableModel model;
        const DraftDocument doc = sampleDraft();
        doc.applyTo(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.dataColumnCount(), 4);
        QCOMPARE(model.record(0).outcome.status, RowStatus::Created);
        QCOMPARE(model.record(1).values.at(0), u"日本語のテキスト 🚗"_s);
        DraftDocument back = DraftDocument::fromModel(model);
        back.objectType = doc.objectType;
        back.mode = doc.mode;
        back.idProperty = doc.idProperty;
        back.apiVersion = doc.apiVersion;
        QVERIFY(back == doc);
    }

    void testNewerVersionIsRefused()
    {
        QByteArray json = DraftFile::toJson(sampleDraft());
        json.replace("\"version\": 1", "\"version\": 7");
        const QString path = writeFile(u"future.batchsmith"_s, json);
        const Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"future.batchsmith"_s), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(u"newer Batchsmith"_s), qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(u"format 7"_s));
    }

    void testDamagedFileNamesFileAndOffset()
    {
        QByteArray json = DraftFile::toJson(sampleDraft());
        const qsizetype cut = json.indexOf("\"rows\"") + 20;
        json.truncate(cut);
        json += "}}";
        const QString path = writeFile(u"broken.batchsmith"_s, json);
        const Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY(!read);
        const QString message = read.error().message;
        QVERIFY2(message.contains(u"broken.batchsmith"_s), qPrintable(message));
        QVERIFY2(message.contains(u"at byte "_s), qPrintable(message));
        QVERIFY2(QRegularExpression(u"byte \\d+"_s).match(message).hasMatch(), qPrintable(message));
        QCOMPARE(read.error().file, path);
    }

    void testOtherJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a draft") << QByteArray(R"({"inputs":[]})") << u"is not a Batchsmith draft"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"is not a Batchsmith draft"_s;
        QTest::newRow("no version") << QByteArray(R"({"format":"batchsmith-draft"})") << u"which draft format"_s;
        QTest::newRow("bad mode") << QByteArray(
            R"({"format":"batchsmith-draft","version":1,"writeMode":"merge","apiVersion":"v3"})")
                                  << u"unknown write mode"_s;
        QTest::newRow("bad status") << QByteArray(R"({"format":"batchsmith-draft","version":1,"writeMode":"create",
            "apiVersion":"v3","columns":[],"rows":[{"values":[],"outcome":{"status":"done"}}]})")
                                    << u"row 1 has an unknown status"_s;
    }

    void testOtherJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<DraftDocument> read = DraftFile::fromJson(json, u"x.batchsmith"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void testNonStringCellIsNamed_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("boolean") << QByteArray("true");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("object") << QByteArray(R"({"v":"x"})");
        QTest::newRow("array") << QByteArray(R"(["x"])");
    }

    void testNonStringCellIsNamed()
    {
        QFETCH(QByteArray, value);
        // Row 2, column 2 ("old" in the sample) becomes a JSON value that is not a string.
        QJsonObject root = QJsonDocument::fromJson(DraftFile::toJson(sampleDraft())).object();
        QJsonArray rows = root.value(u"rows"_s).toArray();
        QJsonObject row = rows.at(1).toObject();
        QJsonArray values = row.value(u"values"_s).toArray();
        QCOMPARE(values.at(1).toString(), u"old"_s);
        values[1] = QJsonDocument::fromJson("[" + value + "]").array().at(0);
        row[u"values"_s] = values;
        rows[1] = row;
        root[u"rows"_s] = rows;
        const Result<DraftDocument> read = DraftFile::fromJson(QJsonDocument(root).toJson(), u"cells.batchsmith"_s);
        QVERIFY(!read);
        const QString message = read.error().message;
        QVERIFY2(message.contains(u"cells.batchsmith: row 2, column 2"_s), qPrintable(message));
        QCOMPARE(read.error().kind, Error::Kind::InvalidInput);
    }

    void testDraftOverTheSizeCapIsNotRead()
    {
        QCOMPARE(DraftFile::MaxFileBytes, 512LL * 1024 * 1024);
        const QString path = m_dir.filePath(u"huge.batchsmith"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(DraftFile::MaxFileBytes + 1)); // sparse: no disk used, and never read
        file.close();
        const Result<DraftDocument> read = DraftFile::read(path);
        QFile::remove(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"huge.batchsmith"_s), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(u"larger than"_s), qPrintable(read.error().message));
        QCOMPARE(read.error().file, path);
    }

    void testMissingFileIsNamed()
    {
        const QString path = m_dir.filePath(u"absent.batchsmith"_s);
        const Result<DraftDocument> read = DraftFile::read(path);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"absent.batchsmith"_s));
        QCOMPARE(read.error().kind, Error::Kind::Io);
    }

    void testExportIsReadByBatchInput()
    {
        // A create draft (upsert inputs carry no associations), exported as the CLI's results file.
        DraftDocument doc = sampleDraft();
        doc.mode = WriteMode::Create;
        doc.rows[2].values[3] = u"8;9"_s; // the CLI checks that association cells hold record ids
        RecordTableModel model;
        doc.applyTo(model);
        RowOutcome updated;
        updated.status = RowStatus::Updated;
        updated.id = u"99"_s;
        model.setOutcome(2, updated);
        const QString path = m_dir.filePath(u"results.csv"_s);
        QVERIFY(ResultsExport::write(path, model));

        BatchSpec spec;
        spec.objectType = doc.objectType;
        const Result<BatchInput> input = BatchInput::read(path, spec);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QStringList keys;
        for (const TableColumn &column : model.dataColumns())
            keys.append(column.key());
        QCOMPARE(input->columns, keys);
        QCOMPARE(input->cells.size(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(input->cells.at(row), model.record(row).values);
            // What the CLI would send for the row is what the grid would send.
            Row expected = model.toRow(row);
            Row actual = input->rows.at(row);
            QCOMPARE(actual.properties, expected.properties);
            QCOMPARE(actual.associations.size(), expected.associations.size());
        }
        // Created and updated rows come back final (not sent again); the failed one is sent again.
        QCOMPARE(input->previous.at(0).status, RowStatus::Created);
        QCOMPARE(input->previous.at(0).id, u"51234567001"_s);
        QCOMPARE(input->previous.at(1).status, RowStatus::Pending);
        QCOMPARE(input->previous.at(2).status, RowStatus::Updated);
        QCOMPARE(input->previous.at(2).id, u"99"_s);
        // And the header is the CLI's: the data columns, then the three outcome columns.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(),
            QByteArray("vin,dealstage,assoc:companies:280,assoc:0-1:USER_DEFINED:12,__status,__id,__error"));
        const QByteArray rest = file.readAll();
        QVERIFY(rest.contains("failed,,\"VALIDATION_ERROR/INVALID_OPTION: Property values were not valid"));
        QVERIFY(rest.contains("(property dealstage)"));
    }

    void testLargeExportIsWrittenWhole()
    {
        // More than the writer's one-megabyte pieces: every row arrives, in grid order, with its own outcome.
        DraftDocument doc;
        doc.objectType = u"contacts"_s;
        doc.mode = WriteMode::Create;
        doc.columns
            = { TableColumn::forProperty(::property(u"email"_s)), TableColumn::forProperty(::property(u"notes"_s)) };
        const QString notes(200, u'n');
        for (int i = 0; i < 12000; ++i)
            doc.rows.append({ { u"p%1@example.com"_s.arg(i), notes }, RowOutcome() });
        doc.rows.last().outcome.status = RowStatus::Created;
        doc.rows.last().outcome.id = u"51234567999"_s;
        RecordTableModel model;
        doc.applyTo(model);
        const QString path = m_dir.filePath(u"large-results.csv"_s);
        QVERIFY(ResultsExport::write(path, model));
        QVERIFY(QFileInfo(path).size() > 2 * 1024 * 1024);

        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        const Result<BatchInput> input = BatchInput::read(path, spec);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QCOMPARE(input->cells.size(), 12000);
        QCOMPARE(input->cells.at(0).at(0), u"p0@example.com"_s);
        QCOMPARE(input->cells.at(11998).at(0), u"p11998@example.com"_s);
        QCOMPARE(input->cells.at(11998).at(1), notes);
        QCOMPARE(input->previous.at(11998).status, RowStatus::Pending);
        QCOMPARE(input->previous.at(11999).status, RowStatus::Created);
        QCOMPARE(input->previous.at(11999).id, u"51234567999"_s);
    }

    void testLargeDraftTimes()
    {
        // Measured, not asserted tightly: the numbers go to the test log for the report.
        DraftDocument doc = sampleDraft();
        doc.rows.clear();
        constexpr int Rows = 100000;
        doc.rows.reserve(Rows);
        for (int i = 0; i < Rows; ++i) {
            doc.rows.append({ { u"VIN%1"_s.arg(QString::number(i).rightJustified(8, u'0')), u"closedwon"_s,
                                  QString::number(1000 + i), u""_s },
                i % 3 == 0 ? created(QString::number(51234567001LL + i)) : RowOutcome() });
        }
        const QString path = m_dir.filePath(u"large.batchsmith"_s);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(DraftFile::write(path, doc));
        const qint64 saveMs = timer.restart();
        const Result<DraftDocument> read = DraftFile::read(path);
        const qint64 openMs = timer.restart();
        QVERIFY(read);
        QVERIFY(*read == doc);
        RecordTableModel model;
        timer.restart();
        read->applyTo(model);
        const qint64 applyMs = timer.restart();
        const DraftDocument back = DraftDocument::fromModel(model);
        const qint64 captureMs = timer.elapsed();
        QCOMPARE(back.rows.size(), Rows);
        qInfo("%d rows, %lld bytes: save %lld ms, open %lld ms, into the model %lld ms, from the model %lld ms", Rows,
            QFileInfo(path).size(), saveMs, openMs, applyMs, captureMs);
        QVERIFY2(saveMs < 10000 && openMs < 20000, "far slower than measured (about 0.2 s and 0.5 s)");
    }

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDraftFile)
#include "testdraftfile.moc"
