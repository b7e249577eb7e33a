// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/batch/outcomestore.h"
#include "core/batch/zeroedarray.h"

using namespace Batchsmith;

namespace {

RowOutcome written(RowStatus status, const QString &id, int httpStatus = 201, const QString &correlationId = {})
{
    RowOutcome o;
    o.status = status;
    o.id = id;
    o.httpStatus = httpStatus;
    o.correlationId = correlationId;
    return o;
}

} // namespace

/// OutcomeStore keeps a run's outcomes in a few bytes a row and gives each back as it was set.
class TestOutcomeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testGivesBackWhatWasSet_data()
    {
        QTest::addColumn<RowOutcome>("outcome");
        QTest::addColumn<bool>("compact");
        QTest::newRow("created") << written(RowStatus::Created, QStringLiteral("51234"), 201, QStringLiteral("c-1"))
                                 << true;
        QTest::newRow("updated, 18 digits")
            << written(RowStatus::Updated, QStringLiteral("999999999999999999"), 200) << true;
        QTest::newRow("created, no id") << written(RowStatus::Created, QString(), 201) << true; // answer without ids
        QTest::newRow("19 digits") << written(RowStatus::Created, QStringLiteral("1234567890123456789")) << false;
        QTest::newRow("leading zero") << written(RowStatus::Created, QStringLiteral("0123")) << false;
        QTest::newRow("zero") << written(RowStatus::Created, QStringLiteral("0")) << false;
        QTest::newRow("not a number") << written(RowStatus::Created, QStringLiteral("abc-1")) << false;
        RowOutcome failed = written(RowStatus::Failed, QString(), 400, QStringLiteral("c-2"));
        failed.category = QStringLiteral("VALIDATION_ERROR");
        failed.code = QStringLiteral("INVALID_OPTION");
        failed.message = QStringLiteral("x was not one of the allowed options");
        failed.property = QStringLiteral("lifecyclestage");
        QTest::newRow("failed") << failed << false;
        RowOutcome foundLater = written(RowStatus::Created, QStringLiteral("77"), 0);
        foundLater.message = QStringLiteral("Created; found by email after the answer was lost.");
        QTest::newRow("created with a message") << foundLater << false;
        QTest::newRow("odd status") << written(RowStatus::Unknown, QString(), 70000) << false;
    }

    void testGivesBackWhatWasSet()
    {
        QFETCH(RowOutcome, outcome);
        QFETCH(bool, compact);
        OutcomeStore store;
        store.reset(3);
        store.set(1, outcome);
        QCOMPARE(store.at(1), outcome);
        QCOMPARE(store.status(1), outcome.status);
        QCOMPARE(store.isFinal(1), outcome.isFinal());
        QCOMPARE(store.sideTableSize(), compact ? 0 : 1);
        QCOMPARE(store.at(0), RowOutcome());
        QCOMPARE(store.at(2), RowOutcome());
        // Set again with something else: the side table does not keep the old one.
        store.set(1, written(RowStatus::Created, QStringLiteral("5")));
        QCOMPARE(store.at(1), written(RowStatus::Created, QStringLiteral("5")));
        QCOMPARE(store.sideTableSize(), 0);
    }

    void testCorrelationIdsOfInterleavedAnswers()
    {
        OutcomeStore store;
        store.reset(6);
        const QStringList ids { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QString(),
            QStringLiteral("c"), QStringLiteral("b") };
        for (int i = 0; i < ids.size(); ++i)
            store.set(i, written(RowStatus::Created, QString::number(i + 1), 201, ids.at(i)));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(store.at(i).correlationId, ids.at(i));
        QCOMPARE(store.sideTableSize(), 0);
        const QList<RowOutcome> list = store.toList();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.at(5), written(RowStatus::Created, QStringLiteral("6"), 201, QStringLiteral("b")));
    }

    void testOutOfRangeIsPendingAndIgnored()
    {
        OutcomeStore store;
        store.reset(2);
        store.set(-1, written(RowStatus::Created, QStringLiteral("1")));
        store.set(2, written(RowStatus::Created, QStringLiteral("1")));
        QCOMPARE(store.at(-1), RowOutcome());
        QCOMPARE(store.at(2), RowOutcome());
        QCOMPARE(store.toList(), QList<RowOutcome>(2));
        store.reset(1); // a new run forgets the last
        QCOMPARE(store.size(), 1);
    }

    void testRowCounterReadsLikeAHash()
    {
        RowCounter counts;
        counts.reset(3);
        ++counts[2];
        ++counts[2];
        counts[0] = 1;
        QCOMPARE(counts.value(0), 1);
        QCOMPARE(counts.value(1), 0);
        QCOMPARE(counts.value(2), 2);
        QCOMPARE(counts.value(-1), 0);
        QCOMPARE(counts.value(3), 0);
    }

    void testZeroedArrayStartsAtZeroAtAnySize_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("small: from the C library") << 10;
        QTest::newRow("a million: from the system") << 1000000;
    }

    void testZeroedArrayStartsAtZeroAtAnySize()
    {
        QFETCH(int, count);
        ZeroedArray<qint64> values;
        QCOMPARE(values.size(), 0);
        values.reset(count);
        QCOMPARE(values.size(), count);
        QCOMPARE(values.at(0), 0);
        QCOMPARE(values.at(count - 1), 0);
        values[0] = -1;
        values[count - 1] = 42;
        values[count / 2] = 7;
        QCOMPARE(values.at(0), -1);
        QCOMPARE(values.value(count - 1), 42);
        QCOMPARE(values.value(count / 2), 7);
        QCOMPARE(values.value(count), 0);
        QCOMPARE(values.value(-1), 0);
        values.reset(count); // a new run starts from zeros again
        QCOMPARE(values.at(0), 0);
        QCOMPARE(values.at(count / 2), 0);
        QCOMPARE(values.at(count - 1), 0);
        values.clear();
        QCOMPARE(values.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestOutcomeStore)
#include "testoutcomestore.moc"
