// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>
#include <random>
#include <thread>

#include <QTest>

#include "core/batch/batchplanner.h"
#include "core/table/gridrowsource.h"
#include "core/table/recordtablemodel.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

/// The grid's rows as a run reads them: the same rows toRow() makes, frozen against later edits, and found by key
/// whatever order the grid is in.
class TestGridRowSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordTableModel> m_model;

    void fill(int rows)
    {
        m_model->insertDataColumn(0, TableColumn::forProperty(Test::textProperty(u"email"_s)));
        m_model->insertDataColumn(1, TableColumn::forProperty(Test::textProperty(u"firstname"_s)));
        m_model->insertDataColumn(
            2, TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"USER_DEFINED"_s, 42, u"Billing"_s }));
        QList<TableRecord> records;
        for (int i = 0; i < rows; ++i) {
            TableRecord record = m_model->newRecord();
            record.values = { u"p%1@example.com"_s.arg(i), i % 3 == 0 ? QString() : u"Name %1"_s.arg(i),
                i % 2 == 0 ? u"%1;%2"_s.arg(100 + i).arg(200 + i) : QString() };
            records.append(record);
        }
        m_model->insertRecords(0, records);
    }

    void setCell(int row, int dataIndex, const QString &value)
    {
        QVERIFY(m_model->setData(
            m_model->index(row, RecordTableModel::modelColumn(dataIndex)), value, RecordTableModel::ValueRole));
    }

private Q_SLOTS:

    void init() { m_model = std::make_unique<RecordTableModel>(); }

    void testRowsAreWhatToRowMakes()
    {
        fill(50);
        const QList<int> rows { 7, 3, 49, 0, 20 };
        const auto source = m_model->rowSource(rows);
        QCOMPARE(source->rowCount(), 5);
        for (int i = 0; i < rows.size(); ++i) {
            const Row expected = m_model->toRow(rows.at(i));
            QCOMPARE(source->row(i), expected);
            QCOMPARE(source->key(i), expected.key);
            QCOMPARE(source->sourceLine(i), rows.at(i) + 1);
            QCOMPARE(source->value(i, u"email"_s), expected.properties.value(u"email"_s));
            QCOMPARE(source->value(i, u"firstname"_s), expected.properties.value(u"firstname"_s));
            QCOMPARE(source->cells(i), m_model->record(rows.at(i)).values);
        }
        QCOMPARE(source->row(4).associations.size(), 2); // row 20: two billing companies
        QCOMPARE(source->row(4).associations.at(1).toId, u"220"_s);
        QCOMPARE(source->row(4).associations.at(1).typeId, 42);
        QCOMPARE(source->value(0, u"nosuchproperty"_s), QString());
    }

    void testKeysAreFoundInAnyOrder()
    {
        fill(300);
        // Ascending (as imported), then the grid sorted backwards, then a random send order.
        QList<int> ascending;
        for (int r = 0; r < 300; ++r)
            ascending.append(r);
        QList<int> backwards(ascending.crbegin(), ascending.crend());
        QList<int> shuffled = ascending;
        std::mt19937 random(7);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        for (const QList<int> &rows : { ascending, backwards, shuffled }) {
            const auto source = m_model->rowSource(rows);
            for (int i = 0; i < source->rowCount(); ++i)
                QCOMPARE(source->indexOfKey(source->key(i)), i);
            QCOMPARE(source->indexOfKey(u"r999999"_s), -1);
            QCOMPARE(source->indexOfKey(u"row-000001"_s), -1);
            QCOMPARE(source->indexOfKey(QString()), -1);
        }
        // A row the source does not hold is not found in it, though the grid has it.
        const auto some = m_model->rowSource({ 1, 2 });
        QCOMPARE(some->indexOfKey(m_model->record(0).key), -1);
        BatchSpec spec;
        spec.objectType = u"contacts"_s;
        QVERIFY(bool(BatchPlanner::plan(spec, *some))); // its keys are unique and found
    }

    void testLaterEditsDoNotReachTheSource_data()
    {
        QTest::addColumn<int>("frozen");
        QTest::newRow("every row in order: the row table is shared") << 20;
        QTest::newRow("some rows: the row table is copied") << 19;
    }

    void testLaterEditsDoNotReachTheSource()
    {
        QFETCH(int, frozen);
        fill(20);
        QCOMPARE(m_model->rowCount(), 20);
        QList<int> rows;
        for (int r = 0; r < frozen; ++r)
            rows.append(r);
        const auto source = m_model->rowSource(rows);
        QList<Row> before;
        for (int i = 0; i < source->rowCount(); ++i)
            before.append(source->row(i));
        setCell(4, 0, u"changed@example.com"_s);
        setCell(5, 2, u"999"_s);
        m_model->takeRecords(10, 5);
        QList<TableRecord> more { m_model->newRecord(), m_model->newRecord() };
        m_model->insertRecords(0, more);
        QList<int> order;
        for (int r = m_model->rowCount() - 1; r >= 0; --r)
            order.append(r);
        m_model->permuteRecords(order);
        for (int i = 0; i < source->rowCount(); ++i) {
            QCOMPARE(source->row(i), before.at(i));
            QCOMPARE(source->indexOfKey(before.at(i).key), i);
        }
        // The grid has the edit: the source was a snapshot, not a stale view.
        QCOMPARE(
            m_model->toRow(m_model->rowOfKey(before.at(4).key)).properties.value(u"email"_s), u"changed@example.com"_s);
    }

    void testReadFromAnotherThreadWhileTheGridChanges()
    {
        fill(2000);
        QList<int> rows;
        for (int r = 0; r < 2000; ++r)
            rows.append(r);
        const auto source = m_model->rowSource(rows);
        QList<Row> expected;
        for (int i = 0; i < source->rowCount(); ++i)
            expected.append(m_model->toRow(i));
        int mismatches = -1;
        std::thread reader([&] {
            int wrong = 0;
            for (int pass = 0; pass < 3; ++pass) {
                for (int i = 0; i < source->rowCount(); ++i) {
                    if (source->row(i) != expected.at(i) || source->indexOfKey(expected.at(i).key) != i)
                        ++wrong;
                }
            }
            mismatches = wrong;
        });
        for (int r = 0; r < 2000; r += 7) // edits write new bytes into the store's chunks meanwhile
            setCell(r, 1, u"Edited %1"_s.arg(r));
        reader.join();
        QCOMPARE(mismatches, 0);
    }

    void testOutcomesFindTheirRowsAfterReordering()
    {
        // The store finds a key by binary search while keys ascend, and by a table once rows moved: both must land
        // an outcome on its own row.
        fill(30);
        const QString key5 = m_model->record(5).key;
        RowOutcome created;
        created.status = RowStatus::Created;
        created.id = u"501"_s;
        m_model->setOutcomeByKey(key5, created);
        QCOMPARE(m_model->record(5).outcome.id, u"501"_s);
        QList<TableRecord> added { m_model->newRecord() };
        m_model->insertRecords(m_model->rowCount(), added); // at the end: keys still ascend
        const QString lastKey = m_model->record(30).key;
        created.id = u"530"_s;
        m_model->setOutcomeByKey(lastKey, created);
        QCOMPARE(m_model->record(30).outcome.id, u"530"_s);
        QList<int> order;
        for (int r = m_model->rowCount() - 1; r >= 0; --r)
            order.append(r);
        m_model->permuteRecords(order); // row 5 is now row 25
        created.id = u"502"_s;
        m_model->setOutcomeByKey(key5, created);
        QCOMPARE(m_model->record(25).key, key5);
        QCOMPARE(m_model->record(25).outcome.id, u"502"_s);
        m_model->insertRecords(m_model->rowCount(), { m_model->newRecord() }); // at the end of a sorted grid
        const QString newest = m_model->record(m_model->rowCount() - 1).key;
        created.id = u"600"_s;
        m_model->setOutcomeByKey(newest, created);
        QCOMPARE(m_model->record(m_model->rowCount() - 1).outcome.id, u"600"_s);
        QCOMPARE(m_model->rowOfKey(m_model->record(0).key), 0);
    }
};

QTEST_GUILESS_MAIN(TestGridRowSource)
#include "testgridrowsource.moc"
