// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include "core/batch/rowsource.h"
#include "enginetestharness.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

/// A RowSource that counts what the engine asks of it.
class CountingSource final : public RowSource
{
public:
    explicit CountingSource(QList<Row> rows)
        : m_list(std::move(rows))
    {
    }

    int rowCount() const override { return m_list.rowCount(); }

    QString key(int index) const override { return m_list.key(index); }

    Row row(int index) const override
    {
        ++rowsMade;
        return m_list.row(index);
    }

    QString value(int index, const QString &property) const override
    {
        ++valuesRead;
        return m_list.value(index, property);
    }

    int indexOfKey(const QString &key) const override { return m_list.indexOfKey(key); }

    int sourceLine(int index) const override { return m_list.sourceLine(index); }

    mutable int rowsMade = 0;
    mutable int valuesRead = 0;

private:
    ListRowSource m_list;
};

QJsonObject createAll(const RecordedRequest &r)
{
    QJsonArray results;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject in = v.toObject();
        const QString email
            = in.value(QStringLiteral("properties")).toObject().value(QStringLiteral("email")).toString();
        results.append(
            Bodies::result(email.section(u'@', 0, 0).mid(6), in.value(QStringLiteral("properties")).toObject(),
                in.value(QStringLiteral("objectWriteTraceId")).toString()));
    }
    return Bodies::batch(results);
}

} // namespace

/// The engine reads a RowSource as it goes: a row is made only for the request that carries it.
class TestBatchEngineSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testRowsAreMadeOnlyForTheirRequest()
    {
        EngineHarness h;
        h.answer([](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, createAll(r), {}, p); });
        auto source = std::make_shared<CountingSource>(EngineHarness::contacts(1000));
        BatchSpec spec = EngineHarness::spec(WriteMode::Create);
        spec.concurrency = 2;
        QVERIFY(h.engine.start(spec, source));
        // Started: the pacer's probe left alone, so one batch's rows were made; the email for lost creates was found
        // on the first row.
        QCOMPARE(h.exchanges.size(), 1);
        QCOMPARE(source->rowsMade, 100);
        QCOMPARE(source->valuesRead, 1);
        QVERIFY(h.run());
        QCOMPARE(h.summary.created, 1000);
        QCOMPARE(source->rowsMade, 1000); // each row once: every answer matched by trace id
        for (int i : { 0, 499, 999 }) {
            const RowOutcome o = h.engine.outcome(source->key(i));
            QCOMPARE(o.status, RowStatus::Created);
            QCOMPARE(o.id, QString::number(i + 1));
            QCOMPARE(o.httpStatus, 201);
        }
        QCOMPARE(h.engine.outcomes().size(), 1000);
        QCOMPARE(h.engine.outcomes().at(10), h.finishedOutcomes.at(h.finishedRows.indexOf(source->key(10))));
        QCOMPARE(h.engine.outcome(QStringLiteral("r1001")).status, RowStatus::Pending);
    }

    void testRepeatedUpsertIdsFoundThroughValues()
    {
        EngineHarness h;
        QList<Row> rows = EngineHarness::contacts(30);
        for (int i = 5; i < 30; ++i) // 25 repeats of person1, one of them in capitals
            rows[i].properties.insert(QStringLiteral("email"),
                i == 7 ? QStringLiteral(" PERSON1@example.com") : QStringLiteral("person1@example.com"));
        auto source = std::make_shared<CountingSource>(rows);
        auto started = h.engine.start(EngineHarness::spec(WriteMode::Upsert), source);
        QVERIFY(!started);
        QCOMPARE(source->rowsMade, 0);
        const QString message = started.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("25 rows repeat an id property value")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2 and line 7 both upsert email person1@example.com")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2 and line 9 both upsert email PERSON1@example.com")),
            qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("… and 5 more.")), qPrintable(message));
        QCOMPARE(started.error().line, 7);
        QVERIFY(h.nam.requests().isEmpty());
    }
};

QTEST_MAIN(TestBatchEngineSource)
#include "testbatchenginesource.moc"
