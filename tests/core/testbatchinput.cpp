// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/batchinput.h"
#include "core/io/delimitedtextreader.h"
#include "core/io/resultswriter.h"
#include "support/testsupport.h"

using namespace Batchsmith;

namespace {

Result<BatchInput> parse(const QByteArray &csv, const BatchSpec &spec)
{
    auto table = DelimitedTextReader::readAll(csv, QStringLiteral("in.csv"));
    if (!table)
        return table.error();
    return BatchInput::fromTable(QStringLiteral("in.csv"), table->header, table->records, table->lines, spec);
}

BatchSpec spec(WriteMode mode, const QString &idProperty = {})
{
    BatchSpec s;
    s.objectType = QStringLiteral("contacts");
    s.mode = mode;
    s.idProperty = idProperty;
    return s;
}

} // namespace

class TestBatchInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testPropertiesAndAssociations()
    {
        auto input = parse("email,firstname,assoc:companies:279,assoc:companies:USER_DEFINED:101\n"
                           "a@example.com,Ana,11;12,\n"
                           "b@example.com,,,13\n",
            spec(WriteMode::Create));
        QVERIFY2(input, input ? "" : qPrintable(input.error().message));
        QCOMPARE(input->rows.size(), 2);
        const Row &a = input->rows.at(0);
        QCOMPARE(a.key, QStringLiteral("r1"));
        QCOMPARE(a.sourceLine, 2);
        QCOMPARE(a.properties.value(QStringLiteral("firstname")), QStringLiteral("Ana"));
        QCOMPARE(a.associations.size(), 2);
        QCOMPARE(a.associations.at(1).toId, QStringLiteral("12"));
        QCOMPARE(a.associations.at(1).typeId, 279);
        QCOMPARE(a.associations.at(1).category, QStringLiteral("HUBSPOT_DEFINED"));
        const Row &b = input->rows.at(1);
        QVERIFY(!b.properties.contains(QStringLiteral("firstname"))); // an empty cell is not sent
        QCOMPARE(b.associations.size(), 1);
        QCOMPARE(b.associations.first().category, QStringLiteral("USER_DEFINED"));
        QCOMPARE(b.associations.first().typeId, 101);
    }

    void testRefusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("bad assoc header") << QByteArray("email,assoc:companies\nx@y.z,1\n") << int(WriteMode::Create)
                                          << 1 << 2 << QStringLiteral("not an association column");
        QTest::newRow("bad target id") << QByteArray("email,assoc:companies:279\nx@y.z,12;abc\n")
                                       << int(WriteMode::Create) << 2 << 2 << QStringLiteral("\"abc\"");
        QTest::newRow("missing id column") << QByteArray("firstname\nAna\n") << int(WriteMode::Upsert) << 1 << 1
                                           << QStringLiteral("no column \"email\"");
        QTest::newRow("assoc on upsert") << QByteArray("email,assoc:companies:279\nx@y.z,1\n") << int(WriteMode::Upsert)
                                         << 1 << 2 << QStringLiteral("takes no associations");
        QTest::newRow("duplicate header")
            << QByteArray("email,email\nx,y\n") << int(WriteMode::Create) << 1 << 2 << QStringLiteral("appears twice");
        QTest::newRow("empty header") << QByteArray("email,,x\n1,2,3\n") << int(WriteMode::Create) << 1 << 2
                                      << QStringLiteral("no name");
        QTest::newRow("unknown previous status")
            << QByteArray("email,__status,__id,__error\na@b.c,created,1,\nx@y.z,craeted,2,\n") << int(WriteMode::Create)
            << 3 << 2 << QStringLiteral("\"craeted\" is not a status");
        QTest::newRow("pending is not a results status")
            << QByteArray("email,__error,__status\nx@y.z,,pending\n") << int(WriteMode::Create) << 2 << 3
            << QStringLiteral("\"pending\" is not a status");
    }

    void testRefusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, mode);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        auto input = parse(csv, spec(WriteMode(mode), QStringLiteral("email")));
        QVERIFY(!input);
        QCOMPARE(input.error().line, line);
        QCOMPARE(input.error().column, column);
        QVERIFY2(input.error().message.contains(words), qPrintable(input.error().message));
        QVERIFY(input.error().message.startsWith(QStringLiteral("in.csv:%1:%2:").arg(line).arg(column)));
    }

    void testResultsRoundTrip()
    {
        auto input = parse("email,firstname\na@example.com,Ana\nb@example.com,\"Bo, Jr\"\nc@example.com,Cy\n",
            spec(WriteMode::Upsert, QStringLiteral("email")));
        QVERIFY(input);
        QList<RowOutcome> outcomes(3);
        outcomes[0].status = RowStatus::Created;
        outcomes[0].id = QStringLiteral("101");
        outcomes[1].status = RowStatus::Failed;
        outcomes[1].category = QStringLiteral("VALIDATION_ERROR");
        outcomes[1].code = QStringLiteral("INVALID_OPTION");
        outcomes[1].message = QStringLiteral("x was not one of the allowed options");
        outcomes[1].property = QStringLiteral("firstname");
        // row 3 never sent
        const QByteArray results = ResultsWriter::toCsv(*input, outcomes);
        QVERIFY(results.startsWith("email,firstname,__status,__id,__error\n"));
        QVERIFY(results.contains("a@example.com,Ana,created,101,\n"));
        QVERIFY(
            results.contains("\"Bo, Jr\",failed,,VALIDATION_ERROR/INVALID_OPTION: x was not one of the allowed options "
                             "(property firstname)\n"));
        QVERIFY(results.contains("c@example.com,Cy,skipped,,\n"));

        // Fed back as input: the created row is kept, the others are sent again; __ columns are never properties.
        auto again = parse(results, spec(WriteMode::Upsert, QStringLiteral("email")));
        QVERIFY(again);
        QCOMPARE(again->columns, (QStringList { QStringLiteral("email"), QStringLiteral("firstname") }));
        QCOMPARE(again->previous.at(0).status, RowStatus::Created);
        QCOMPARE(again->previous.at(0).id, QStringLiteral("101"));
        QVERIFY(!again->previous.at(1).isFinal());
        QVERIFY(!again->previous.at(2).isFinal());
        QVERIFY(!again->rows.at(1).properties.contains(QStringLiteral("__status")));
        QCOMPARE(again->rows.at(1).properties.value(QStringLiteral("firstname")), QStringLiteral("Bo, Jr"));
        // …and written again it keeps the earlier outcome.
        QVERIFY(ResultsWriter::toCsv(*again, QList<RowOutcome>(3)).contains("a@example.com,Ana,created,101,\n"));
    }

    void testUnknownRowsAreLookedUpFirst_data()
    {
        QTest::addColumn<bool>("upsert");
        QTest::addColumn<bool>("resendUnknown");
        QTest::addColumn<QStringList>("maybeSent");
        QTest::addColumn<int>("resentUnknown");
        // A create's unknown rows may exist already: the engine looks them up before sending anything again.
        QTest::newRow("create") << false << false << QStringList { QStringLiteral("r2"), QStringLiteral("r4") } << 0;
        // --resend-unknown, or the app's confirmed action: sent again as new records, no lookup.
        QTest::newRow("create, resend unknown") << false << true << QStringList() << 2;
        // An upsert sent twice writes the same record (docs/hubspot-behaviour.md §6): simply sent again.
        QTest::newRow("upsert") << true << false << QStringList() << 0;
    }

    void testUnknownRowsAreLookedUpFirst()
    {
        QFETCH(bool, upsert);
        QFETCH(bool, resendUnknown);
        QFETCH(QStringList, maybeSent);
        QFETCH(int, resentUnknown);
        const BatchSpec s = upsert ? spec(WriteMode::Upsert, QStringLiteral("email")) : spec(WriteMode::Create);
        auto input = parse("email,__status,__id,__error\n"
                           "a@example.com,created,101,\n"
                           "b@example.com,unknown,,UNKNOWN: the answer was lost\n"
                           "c@example.com,failed,,VALIDATION_ERROR: bad\n"
                           "d@example.com,unknown,,\n"
                           "e@example.com,skipped,,\n"
                           "f@example.com,,,\n",
            s);
        QVERIFY2(input, input ? "" : qPrintable(input.error().message));
        QCOMPARE(input->unknownBefore, (QList<bool> { false, true, false, true, false, false }));
        QVERIFY(!input->previous.at(1).isFinal()); // not done: it goes to the engine, which gives its outcome

        const BatchInput::Sending sending = input->toSend(s.mode, resendUnknown);
        QStringList keys;
        for (const Row &row : sending.rows)
            keys.append(row.key);
        // Every row but the created one goes to the engine, the unknown ones too, so their outcome is written.
        QCOMPARE(keys,
            (QStringList { QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4"), QStringLiteral("r5"),
                QStringLiteral("r6") }));
        QCOMPARE(sending.maybeSent, maybeSent);
        QCOMPARE(sending.resentUnknown, resentUnknown);
        QCOMPARE(BatchInput::looksUpFirst(RowStatus::Unknown, s.mode, resendUnknown), !maybeSent.isEmpty());
        QVERIFY(!BatchInput::looksUpFirst(RowStatus::Failed, s.mode, resendUnknown));
    }

    void testErrorText_data()
    {
        QTest::addColumn<RowOutcome>("outcome");
        QTest::addColumn<QString>("text");
        auto make
            = [](RowStatus status, const char *category, const char *code, const char *message, const char *property) {
                  RowOutcome o;
                  o.status = status;
                  o.category = QString::fromUtf8(category);
                  o.code = QString::fromUtf8(code);
                  o.message = QString::fromUtf8(message);
                  o.property = QString::fromUtf8(property);
                  return o;
              };
        QTest::newRow("created") << make(RowStatus::Created, "", "", "ignored", "") << QString();
        QTest::newRow("category, code, property")
            << make(RowStatus::Failed, "VALIDATION_ERROR", "INVALID_INTEGER", "Not a number.", "shoe_size")
            << QStringLiteral("VALIDATION_ERROR/INVALID_INTEGER: Not a number. (property shoe_size)");
        QTest::newRow("category only") << make(RowStatus::Failed, "CONFLICT", "", "Contact already exists.", "")
                                       << QStringLiteral("CONFLICT: Contact already exists.");
        QTest::newRow("one line") << make(RowStatus::Unknown, "UNKNOWN", "", "Sent, but\nno answer\r\n came.", "")
                                  << QStringLiteral("UNKNOWN: Sent, but no answer came.");
        QTest::newRow("skipped") << make(RowStatus::Skipped, "NOT_SENT", "", "the run was cancelled", "")
                                 << QStringLiteral("NOT_SENT: the run was cancelled");
        QTest::newRow("nothing known") << make(RowStatus::Failed, "", "", "", "") << QString();
    }

    void testErrorText()
    {
        QFETCH(RowOutcome, outcome);
        QFETCH(QString, text);
        QCOMPARE(ResultsWriter::errorText(outcome), text);
    }

    void testWriteReplacesTheFileWhole()
    {
        auto input = parse("email,assoc:companies:279\na@example.com,1;2\n", spec(WriteMode::Create, QString()));
        QVERIFY(input);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QList<RowOutcome> outcomes(1);
        outcomes[0].status = RowStatus::Created;
        outcomes[0].id = QStringLiteral("77");
        QVERIFY(ResultsWriter::write(path, *input, outcomes));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
            QByteArray("email,assoc:companies:279,__status,__id,__error\na@example.com,\"1;2\",created,77,\n"));
        auto refused = ResultsWriter::write(dir.filePath(QStringLiteral("missing/out.csv")), *input, outcomes);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Io);
    }
};

QTEST_APPLESS_MAIN(TestBatchInput)
#include "testbatchinput.moc"
