// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/io/delimitedtextreader.h"
#include "core/table/recordtablemodel.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

using Cells = QList<QStringList>;

namespace {

PropertyInfo property(
    const QString &name, const QString &type, const QString &fieldType, const QList<PropertyOption> &options = {})
{
    PropertyInfo info;
    info.name = name;
    info.label = name.at(0).toUpper() + name.mid(1);
    info.type = type;
    info.fieldType = fieldType;
    info.options = options;
    return info;
}

TableColumn emailColumn()
{
    return TableColumn::forProperty(property(u"email"_s, u"string"_s, u"text"_s));
}

TableColumn stageColumn()
{
    return TableColumn::forProperty(property(u"lifecyclestage"_s, u"enumeration"_s, u"select"_s,
        { { u"Lead"_s, u"lead"_s, false }, { u"Customer"_s, u"customer"_s, false } }));
}

TableColumn hobbiesColumn()
{
    return TableColumn::forProperty(property(u"hobbies"_s, u"enumeration"_s, u"checkbox"_s,
        { { u"Reading"_s, u"reading"_s, false }, { u"Chess"_s, u"chess"_s, false } }));
}

TableColumn vipColumn()
{
    return TableColumn::forProperty(property(u"vip"_s, u"bool"_s, u"booleancheckbox"_s));
}

TableColumn employeesColumn()
{
    return TableColumn::forProperty(property(u"employees"_s, u"number"_s, u"number"_s));
}

TableColumn primaryCompanyColumn()
{
    return TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 1, u"Primary"_s });
}

TableColumn billingCompanyColumn()
{
    return TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"USER_DEFINED"_s, 42, u"Billing"_s });
}

/// Everything the model shows, to compare before and after an operation and its inverse.
struct Snapshot
{
    QList<TableColumn> columns;
    QList<TableRecord> records;
    int problemCount = 0;
    QList<QStringList> display;

    static Snapshot of(const RecordTableModel &model)
    {
        Snapshot s;
        s.columns = model.dataColumns();
        s.problemCount = model.problemCount();
        for (int r = 0; r < model.rowCount(); ++r) {
            s.records.append(model.record(r));
            QStringList row;
            for (int c = 0; c < model.columnCount(); ++c)
                row.append(model.index(r, c).data().toString());
            s.display.append(row);
        }
        return s;
    }

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestRecordTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    /// Adds rows of values to the model, one record per row.
    void addRows(const Cells &rows)
    {
        QList<TableRecord> records;
        for (const QStringList &values : rows) {
            TableRecord record = m_model->newRecord();
            for (qsizetype c = 0; c < values.size() && c < record.values.size(); ++c)
                record.values[c] = values.at(c);
            records.append(record);
        }
        m_model->insertRecords(m_model->rowCount(), records);
    }

    void addStandardColumns()
    {
        const QList<TableColumn> columns { emailColumn(), stageColumn(), hobbiesColumn(), vipColumn(),
            employeesColumn(), primaryCompanyColumn(), billingCompanyColumn() };
        for (const TableColumn &column : columns)
            m_model->insertDataColumn(m_model->dataColumnCount(), column);
    }

    QModelIndex cell(int row, int dataIndex) const
    {
        return m_model->index(row, RecordTableModel::modelColumn(dataIndex));
    }

private Q_SLOTS:

    void init()
    {
        m_model = std::make_unique<RecordTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void testToTsvRoundTrip_data()
    {
        QTest::addColumn<Cells>("cells");
        QTest::newRow("plain") << Cells { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
        QTest::newRow("specials") << Cells { { u"tab\there"_s, u"quote \"x\""_s },
            { u"line\nbreak"_s, u"crlf\r\nbreak"_s }, { u"\"starts"_s, u"ends\""_s } };
        QTest::newRow("empty cells") << Cells { { QString(), QString() }, { u"x"_s, QString() } };
        QTest::newRow("single empty cell") << Cells { { QString() } };
        QTest::newRow("single cell") << Cells { { u"only"_s } };
        QTest::newRow("ragged") << Cells { { u"1"_s }, { u"1"_s, u"2"_s, u"3"_s } };
    }

    void testToTsvRoundTrip()
    {
        QFETCH(Cells, cells);
        const QString text = RecordTableModel::toTsv(cells);
        QCOMPARE(DelimitedTextReader::readPastedTsv(text), cells);
    }

    void testToTsvQuotesOnlyWhatNeedsIt()
    {
        const QString text
            = RecordTableModel::toTsv({ { u"a"_s, u"b c"_s }, { u"say \"hi\""_s, u"x\ty"_s, u"l1\nl2"_s } });
        QCOMPARE(text, u"a\tb c\n\"say \"\"hi\"\"\"\t\"x\ty\"\t\"l1\nl2\"\n"_s);
    }

    void testColumnsAndHeaders()
    {
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->errorColumn(), 2);
        addStandardColumns();
        QCOMPARE(m_model->dataColumnCount(), 7);
        QCOMPARE(m_model->columnCount(), 10);
        QCOMPARE(m_model->errorColumn(), 9);
        QCOMPARE(m_model->headerData(RecordTableModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
        QCOMPARE(m_model->headerData(RecordTableModel::RecordIdColumn, Qt::Horizontal).toString(), u"Record ID"_s);
        QCOMPARE(m_model->headerData(m_model->errorColumn(), Qt::Horizontal).toString(), u"Error"_s);
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"Email"_s);
        QCOMPARE(m_model->headerData(7, Qt::Horizontal).toString(), u"Company (Primary)"_s);
        QCOMPARE(m_model->headerData(7, Qt::Horizontal, RecordTableModel::PropertyNameRole).toString(),
            u"assoc:companies:1"_s);
        QCOMPARE(m_model->headerData(8, Qt::Horizontal, RecordTableModel::PropertyNameRole).toString(),
            u"assoc:companies:USER_DEFINED:42"_s);
        QCOMPARE(m_model->findDataColumn(u"assoc:companies:USER_DEFINED:42"_s), 6);
        QCOMPARE(m_model->findDataColumn(u"vip"_s), 3);
        QCOMPARE(m_model->findDataColumn(u"nope"_s), -1);
        QCOMPARE(m_model->dataIndex(RecordTableModel::RecordIdColumn), -1);
        QCOMPARE(m_model->dataIndex(m_model->errorColumn()), -1);
        QCOMPARE(m_model->dataIndex(4), 2);

        addRows({ {}, {} });
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toInt(), 2);
        QVERIFY(m_model->flags(cell(0, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->flags(m_model->index(0, RecordTableModel::StatusColumn)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->flags(m_model->index(0, m_model->errorColumn())).testFlag(Qt::ItemIsEditable));
        QCOMPARE(cell(0, 0).data(RecordTableModel::ColumnKindRole).toInt(), int(TableColumn::Kind::Property));
        QCOMPARE(cell(0, 5).data(RecordTableModel::ColumnKindRole).toInt(), int(TableColumn::Kind::Association));
        QCOMPARE(m_model->index(0, 0).data(RecordTableModel::ColumnKindRole).toInt(), -1);
        QCOMPARE(cell(1, 1).data(RecordTableModel::PropertyNameRole).toString(), u"lifecyclestage"_s);
    }

    void testTableColumnKeyAndTitle()
    {
        const TableColumn unlabeled
            = TableColumn::forAssociation(u"2-123"_s, u"Car"_s, { u"HUBSPOT_DEFINED"_s, 279, QString() });
        QCOMPARE(unlabeled.key(), u"assoc:2-123:279"_s);
        QCOMPARE(unlabeled.title(), u"Car"_s);
        QCOMPARE(billingCompanyColumn().title(), u"Company (Billing)"_s);
        QCOMPARE(emailColumn().key(), u"email"_s);
    }

    void testSetDataNormalisesAndSignals()
    {
        addStandardColumns();
        addRows({ {} });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        QVERIFY(m_model->setData(cell(0, 5), u" 12, 34  56;;78 "_s));
        QCOMPARE(cell(0, 5).data(RecordTableModel::ValueRole).toString(), u"12;34;56;78"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), cell(0, 5));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), cell(0, 5));

        QVERIFY(m_model->setData(cell(0, 3), u"Yes"_s, RecordTableModel::ValueRole));
        QCOMPARE(m_model->record(0).values.at(3), u"true"_s);
        QVERIFY(m_model->setData(cell(0, 1), u"Customer"_s));
        QCOMPARE(cell(0, 1).data(Qt::EditRole).toString(), u"customer"_s);

        QVERIFY(!m_model->setData(m_model->index(0, RecordTableModel::StatusColumn), u"x"_s));
        QVERIFY(!m_model->setData(cell(0, 0), u"x"_s, Qt::DisplayRole));
        QCOMPARE(changed.size(), 3);
    }

    void testDisplayLabels()
    {
        addStandardColumns();
        addRows({ { u"ann@example.com"_s, u"customer"_s, u"reading;chess"_s, u"true"_s, u"12"_s },
            { QString(), u"gold"_s, u"chess;golf"_s, u"false"_s } });
        QCOMPARE(cell(0, 0).data().toString(), u"ann@example.com"_s);
        QCOMPARE(cell(0, 1).data().toString(), u"Customer"_s);
        QCOMPARE(cell(0, 2).data().toString(), u"Reading; Chess"_s);
        QCOMPARE(cell(0, 3).data().toString(), u"Yes"_s);
        QCOMPARE(cell(0, 4).data().toString(), u"12"_s);
        QCOMPARE(cell(1, 1).data().toString(), u"gold"_s);
        QCOMPARE(cell(1, 2).data().toString(), u"Chess; golf"_s);
        QCOMPARE(cell(1, 3).data().toString(), u"No"_s);
        QCOMPARE(cell(0, 1).data(RecordTableModel::ValueRole).toString(), u"customer"_s);
        QCOMPARE(m_model->index(0, RecordTableModel::StatusColumn).data().toString(), u"Pending"_s);
    }

    void testProblems()
    {
        addStandardColumns();
        QSignalSpy counts(m_model.get(), &RecordTableModel::problemCountChanged);
        addRows({ { u"ann@example.com"_s, u"gold"_s }, { u"bad"_s, QString(), QString(), QString(), u"x"_s },
            { QString(), QString(), QString(), QString(), QString(), u"12;abc"_s } });
        QCOMPARE(m_model->problemCount(), 4);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.last().at(0).toInt(), 4);
        const QList<RecordTableModel::Problem> all = m_model->problems();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).row, 0);
        QCOMPARE(all.at(0).dataIndex, 1);
        QCOMPARE(all.at(1).row, 1);
        QCOMPARE(all.at(1).dataIndex, 0);
        QCOMPARE(all.at(2).dataIndex, 4);
        QCOMPARE(all.at(3).row, 2);
        QVERIFY(all.at(3).message.contains(u"abc"_s));
        QCOMPARE(m_model->problems(2).size(), 2);
        QCOMPARE(m_model->problems(0).size(), 0);
        QCOMPARE(cell(0, 1).data(RecordTableModel::ProblemRole).toString(), all.at(0).message);
        QVERIFY(cell(0, 0).data(RecordTableModel::ProblemRole).toString().isEmpty());

        QVERIFY(m_model->setData(cell(0, 1), u"lead"_s));
        QCOMPARE(m_model->problemCount(), 3);
        QCOMPARE(counts.last().at(0).toInt(), 3);
        const qsizetype emitted = counts.size();
        QVERIFY(m_model->setData(cell(1, 0), u"still bad"_s)); // a problem stays a problem: no signal
        QCOMPARE(counts.size(), emitted);
    }

    void testProblemCountStaysExact()
    {
        addStandardColumns();
        const QStringList pool { QString(), u"ann@example.com"_s, u"not an email"_s, u"lead"_s, u"Lead"_s, u"gold"_s,
            u"reading;chess"_s, u"reading;golf"_s, u"true"_s, u"maybe"_s, u"12"_s, u"twelve"_s, u"123 456"_s,
            u"12a"_s };
        QRandomGenerator random(20260501);
        const auto randomRow = [&] {
            TableRecord record = m_model->newRecord();
            for (QString &value : record.values)
                value = pool.at(random.bounded(int(pool.size())));
            return record;
        };
        for (int i = 0; i < 20; ++i)
            m_model->insertRecords(m_model->rowCount(), { randomRow() });
        int lastSignalled = m_model->problemCount();
        connect(m_model.get(), &RecordTableModel::problemCountChanged, this, [&](int count) { lastSignalled = count; });
        QList<QStringList> removedColumnValues;
        QList<TableColumn> removedColumns;
        for (int step = 0; step < 600; ++step) {
            const int action = random.bounded(100);
            const int rows = m_model->rowCount();
            if (action < 75 && rows > 0 && m_model->dataColumnCount() > 0) {
                m_model->setData(cell(random.bounded(rows), random.bounded(m_model->dataColumnCount())),
                    pool.at(random.bounded(int(pool.size()))));
            } else if (action < 82) {
                m_model->insertRecords(random.bounded(rows + 1), { randomRow(), randomRow() });
            } else if (action < 89 && rows > 0) {
                m_model->takeRecords(random.bounded(rows), 1 + random.bounded(3));
            } else if (action < 93 && m_model->dataColumnCount() > 1) {
                const int index = random.bounded(m_model->dataColumnCount());
                removedColumns.append(m_model->dataColumn(index));
                removedColumnValues.append(m_model->removeDataColumn(index));
            } else if (action < 97 && !removedColumns.isEmpty()) {
                m_model->insertDataColumn(random.bounded(m_model->dataColumnCount() + 1), removedColumns.takeLast(),
                    removedColumnValues.takeLast());
            } else if (m_model->dataColumnCount() > 0) {
                // The catalogue refetched: the enumeration gains an option "gold", or loses it again.
                const int index = random.bounded(m_model->dataColumnCount());
                TableColumn column = m_model->dataColumn(index);
                if (column.property.name == u"lifecyclestage"_s) {
                    if (column.property.options.size() == 2)
                        column.property.options.append({ u"Gold"_s, u"gold"_s, false });
                    else
                        column.property.options.removeLast();
                    m_model->updateDataColumn(index, column);
                }
            }
            QCOMPARE(m_model->problemCount(), int(m_model->problems().size()));
            QCOMPARE(lastSignalled, m_model->problemCount());
        }
        QVERIFY(m_model->problemCount() > 0);
    }

    void testInsertTakeRestoresSnapshot()
    {
        addStandardColumns();
        addRows({ { u"a@example.com"_s, u"lead"_s }, { u"bad"_s }, { u"c@example.com"_s, u"gold"_s, u"chess"_s },
            { u"d@example.com"_s }, { QString(), QString(), QString(), u"true"_s } });
        RowOutcome failed;
        failed.status = RowStatus::Failed;
        failed.message = u"Property values were not valid"_s;
        failed.property = u"email"_s;
        m_model->setOutcome(1, failed);
        const Snapshot before = Snapshot::of(*m_model);

        QSignalSpy outcomes(m_model.get(), &RecordTableModel::outcomesChanged);
        const QList<TableRecord> taken = m_model->takeRecords(1, 3);
        QCOMPARE(taken.size(), 3);
        QCOMPARE(taken.at(0).outcome, failed);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->problemCount(), 0);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(m_model->rowOfKey(taken.at(0).key), -1);
        QCOMPARE(m_model->rowOfKey(before.records.at(4).key), 1);

        m_model->insertRecords(1, taken);
        QVERIFY(Snapshot::of(*m_model) == before);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->rowOfKey(m_model->record(r).key), r);

        QCOMPARE(m_model->takeRecords(3, 10).size(), 2); // clamped at the end
        QCOMPARE(m_model->takeRecords(5, 1).size(), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void testInsertRemoveColumnRestoresSnapshot()
    {
        addStandardColumns();
        addRows({ { u"a@example.com"_s, u"gold"_s, QString(), QString(), QString(), u"1;2"_s },
            { u"bad"_s, u"lead"_s, QString(), QString(), QString(), u"x"_s }, { QString(), u"gold"_s } });
        const Snapshot before = Snapshot::of(*m_model);
        QCOMPARE(before.problemCount, 4);

        const TableColumn stage = m_model->dataColumn(1);
        const QStringList values = m_model->removeDataColumn(1);
        QCOMPARE(values, (QStringList { u"gold"_s, u"lead"_s, u"gold"_s }));
        QCOMPARE(m_model->dataColumnCount(), 6);
        QCOMPARE(m_model->problemCount(), 2);
        QCOMPARE(m_model->record(0).values.size(), 6);
        m_model->insertDataColumn(1, stage, values);
        QVERIFY(Snapshot::of(*m_model) == before);

        const TableColumn association = m_model->dataColumn(5);
        const QStringList ids = m_model->removeDataColumn(5);
        QCOMPARE(m_model->problemCount(), 3);
        m_model->insertDataColumn(5, association, ids);
        QVERIFY(Snapshot::of(*m_model) == before);

        // A new column with fewer values than rows: the rest are empty.
        m_model->insertDataColumn(0, vipColumn(), { u"maybe"_s });
        QCOMPARE(m_model->record(2).values.at(0), QString());
        QCOMPARE(m_model->problemCount(), 5);

        // The catalogue now knows "gold": updateDataColumn revalidates the column.
        TableColumn withGold = stage;
        withGold.property.options.append({ u"Gold"_s, u"gold"_s, false });
        m_model->updateDataColumn(m_model->findDataColumn(u"lifecyclestage"_s), withGold);
        QCOMPARE(m_model->problemCount(), 3);
        QCOMPARE(cell(0, 2).data().toString(), u"Gold"_s);
    }

    void testOutcomeRoles()
    {
        addStandardColumns();
        addRows({ { u"a@example.com"_s }, { u"b@example"_s } });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy outcomes(m_model.get(), &RecordTableModel::outcomesChanged);

        RowOutcome created;
        created.status = RowStatus::Created;
        created.id = u"51234"_s;
        m_model->setOutcome(0, created);
        RowOutcome failed;
        failed.status = RowStatus::Failed;
        failed.message = u"Email address b@example is invalid"_s;
        failed.property = u"email"_s;
        m_model->setOutcomeByKey(m_model->record(1).key, failed);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(1, 0));
        QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(1, m_model->errorColumn()));

        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QModelIndex first = m_model->index(0, c);
            const QModelIndex second = m_model->index(1, c);
            QCOMPARE(first.data(RecordTableModel::StatusRole).toInt(), int(RowStatus::Created));
            QCOMPARE(first.data(RecordTableModel::RecordIdRole).toString(), u"51234"_s);
            QCOMPARE(second.data(RecordTableModel::StatusRole).toInt(), int(RowStatus::Failed));
            QCOMPARE(second.data(RecordTableModel::ErrorRole).toString(), failed.message);
            QCOMPARE(second.data(RecordTableModel::ErrorCellRole).toBool(), c == RecordTableModel::modelColumn(0));
            QCOMPARE(first.data(RecordTableModel::ErrorCellRole).toBool(), false);
        }
        QCOMPARE(m_model->index(0, RecordTableModel::StatusColumn).data().toString(), u"Created"_s);
        QCOMPARE(m_model->index(0, RecordTableModel::RecordIdColumn).data().toString(), u"51234"_s);
        QCOMPARE(m_model->index(1, RecordTableModel::StatusColumn).data().toString(), u"Failed"_s);
        QCOMPARE(m_model->index(1, m_model->errorColumn()).data().toString(), failed.message);
        QCOMPARE(m_model->rowsWithStatus(RowStatus::Failed), QList<int> { 1 });
        QCOMPARE(m_model->rowsWithStatus(RowStatus::Pending), QList<int> {});

        // An error naming an association column by its key marks that cell.
        failed.property = u"assoc:companies:USER_DEFINED:42"_s;
        m_model->setOutcome(1, failed);
        QVERIFY(cell(1, 6).data(RecordTableModel::ErrorCellRole).toBool());
        QVERIFY(!cell(1, 0).data(RecordTableModel::ErrorCellRole).toBool());

        m_model->setOutcomeByKey(u"r999"_s, created); // unknown key: ignored
        m_model->clearOutcomes();
        QCOMPARE(m_model->rowsWithStatus(RowStatus::Pending), (QList<int> { 0, 1 }));
        QCOMPARE(m_model->index(1, RecordTableModel::RecordIdColumn).data().toString(), QString());
        QVERIFY(!cell(1, 6).data(RecordTableModel::ErrorCellRole).toBool());
        QCOMPARE(outcomes.size(), 4);
        m_model->clearOutcomes(); // nothing left to clear: no signal
        QCOMPARE(outcomes.size(), 4);
    }

    void testToRow()
    {
        addStandardColumns();
        addRows(
            { { u"a@example.com"_s, QString(), u"reading;chess"_s, QString(), u"12"_s, u"111"_s, u"222;333"_s }, {} });
        const Row row = m_model->toRow(0);
        QCOMPARE(row.key, m_model->record(0).key);
        QCOMPARE(row.sourceLine, 1);
        const QMap<QString, QString> properties { { u"email"_s, u"a@example.com"_s },
            { u"hobbies"_s, u"reading;chess"_s }, { u"employees"_s, u"12"_s } };
        QCOMPARE(row.properties, properties);
        const QList<RowAssociation> associations { { u"companies"_s, u"111"_s, u"HUBSPOT_DEFINED"_s, 1 },
            { u"companies"_s, u"222"_s, u"USER_DEFINED"_s, 42 }, { u"companies"_s, u"333"_s, u"USER_DEFINED"_s, 42 } };
        QCOMPARE(row.associations, associations);

        const Row empty = m_model->toRow(1);
        QCOMPARE(empty.sourceLine, 2);
        QVERIFY(empty.properties.isEmpty());
        QVERIFY(empty.associations.isEmpty());
    }

    void testKeysAreStable()
    {
        addStandardColumns();
        addRows({ {}, {}, {} });
        QCOMPARE(m_model->record(0).key, u"r1"_s);
        QCOMPARE(m_model->record(2).key, u"r3"_s);
        const QList<TableRecord> taken = m_model->takeRecords(2, 1);
        QCOMPARE(m_model->newRecord().key, u"r4"_s); // r3 is taken, not free
        m_model->insertRecords(0, taken);
        QCOMPARE(m_model->record(0).key, u"r3"_s);
        QCOMPARE(m_model->rowOfKey(u"r3"_s), 0);
        QCOMPARE(m_model->rowOfKey(u"r1"_s), 1);
        QCOMPARE(m_model->rowOfKey(u"r2"_s), 2);
        QCOMPARE(m_model->rowOfKey(u"r4"_s), -1);

        TableRecord later = m_model->newRecord();
        later.key = u"r50"_s;
        m_model->insertRecords(1, { later });
        QCOMPARE(m_model->rowOfKey(u"r50"_s), 1);
        QCOMPARE(m_model->rowOfKey(u"r2"_s), 3);
        QCOMPARE(m_model->newRecord().key, u"r51"_s);

        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->dataColumnCount(), 0);
        QCOMPARE(m_model->rowOfKey(u"r1"_s), -1);
        QCOMPARE(m_model->newRecord().key, u"r52"_s); // undo may still hold the old rows
    }

    /// Rows loaded from a run journal keep its keys, in this version's format or an earlier one's (kept as opaque
    /// text): a sort moves them with their rows, outcomes find them by key, and new rows never take one of them.
    void testGivenKeysTravelWithTheirRows()
    {
        addStandardColumns();
        QList<TableRecord> records;
        for (const QString &key : { u"row-000001"_s, u"row-000002"_s, u"r7"_s, u"r3"_s }) {
            TableRecord record { key, {}, {} };
            record.values.resize(m_model->dataColumnCount());
            record.values[0] = key + u"@example.com"_s;
            records.append(record);
        }
        m_model->insertRecords(0, records);
        m_model->permuteRecords({ 3, 1, 2, 0 });
        RowOutcome created;
        created.status = RowStatus::Created;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const TableRecord record = m_model->record(r);
            QCOMPARE(record.values.at(0), record.key + u"@example.com"_s); // key and cells moved together
            QCOMPARE(m_model->rowOfKey(record.key), r);
            created.id = record.key;
            m_model->setOutcomeByKey(record.key, created);
        }
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->record(r).outcome.id, m_model->record(r).key);
        QCOMPARE(m_model->rowOfKey(u"row-000003"_s), -1);
        QCOMPARE(m_model->rowOfKey(u"r1"_s), -1); // "row-000001" is not r1
        const QString next = m_model->newRecord().key;
        QCOMPARE(next, u"r8"_s); // after the largest given number
        QCOMPARE(m_model->rowOfKey(next), -1);
    }

    void testAppendRowsWithAColumnMap()
    {
        addStandardColumns(); // email, lifecyclestage, hobbies, vip, employees, primary company, billing company
        addRows({ { u"first@example.com"_s } });
        RowBlock block;
        block.columnCount = 3;
        block.appendRow({ u"12"_s, u"ignored"_s, u"ana@example.com"_s }, 2);
        block.appendRow({ u"many"_s, u"x"_s, u"not an email"_s }, 3);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->appendRows(block, { 4, -1, 0 }); // file column 0 -> employees, 1 skipped, 2 -> email
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->record(1).values, (QStringList { u"ana@example.com"_s, {}, {}, {}, u"12"_s, {}, {} }));
        QCOMPARE(m_model->record(2).values.at(4), u"many"_s);
        QCOMPARE(m_model->record(2).outcome, RowOutcome());
        // New keys, unique and found again.
        QSet<QString> keys;
        for (int r = 0; r < 3; ++r) {
            keys.insert(m_model->record(r).key);
            QCOMPARE(m_model->rowOfKey(m_model->record(r).key), r);
        }
        QCOMPARE(keys.size(), 3);
        // Problems of appended rows are counted from the event loop, not during appendRows().
        QCOMPARE(m_model->problemCount(), 0);
        QVERIFY(m_model->isCountingProblems());
        QSignalSpy counted(m_model.get(), &RecordTableModel::problemCountChanged);
        QTRY_VERIFY(!m_model->isCountingProblems());
        QCOMPARE(m_model->problemCount(), 2); // "many" is not a number, "not an email" not an email
        QCOMPARE(counted.last().first().toInt(), 2);
        QCOMPARE(cell(2, 0).data(RecordTableModel::ProblemRole).toString().isEmpty(), false);
        QCOMPARE(m_model->problems().size(), 2);
        // Editing and removing appended rows keeps the count right.
        QVERIFY(m_model->setData(cell(2, 0), u"bo@example.com"_s));
        QCOMPARE(m_model->problemCount(), 1);
        const QList<TableRecord> taken = m_model->takeRecords(2, 1);
        QCOMPARE(m_model->problemCount(), 0);
        QCOMPARE(taken.first().values.at(0), u"bo@example.com"_s);
        QCOMPARE(m_model->toRow(1).properties.value(u"email"_s), u"ana@example.com"_s);
    }

    void testAppendRowsIdentityMapAndEditsBeforeTheCount()
    {
        m_model->insertDataColumn(0, emailColumn());
        m_model->insertDataColumn(1, employeesColumn());
        RowBlock block;
        block.columnCount = 2;
        for (int i = 0; i < 1000; ++i)
            block.appendRow({ u"p%1@example.com"_s.arg(i), i % 100 == 0 ? u"n/a"_s : QString::number(i) }, i + 2);
        m_model->appendRows(block, { 0, 1 });
        QCOMPARE(m_model->rowCount(), 1000);
        QCOMPARE(cell(999, 0).data().toString(), u"p999@example.com"_s);
        // An edit before the count reaches the row is counted once, by the count.
        QVERIFY(m_model->setData(cell(998, 1), u"lots"_s));
        // A structural change finishes the count first.
        m_model->insertDataColumn(2, vipColumn(), { u"maybe"_s });
        QVERIFY(!m_model->isCountingProblems());
        QCOMPARE(m_model->problemCount(), 10 + 1 + 1);
        QCOMPARE(m_model->record(0).values, (QStringList { u"p0@example.com"_s, u"n/a"_s, u"maybe"_s }));
        QCOMPARE(m_model->removeDataColumn(2).first(), u"maybe"_s);
        QCOMPARE(m_model->problemCount(), 11);
        QCOMPARE(m_model->record(998).values, (QStringList { u"p998@example.com"_s, u"lots"_s }));
    }

    void testOutcomesFollowTheirRows()
    {
        addStandardColumns();
        addRows({ { u"a@example.com"_s }, { u"b@example.com"_s }, { u"c@example.com"_s } });
        RowOutcome created;
        created.status = RowStatus::Created;
        created.id = u"51"_s;
        m_model->setOutcome(2, created);
        const QList<TableRecord> first = m_model->takeRecords(0, 1);
        QCOMPARE(m_model->record(1).outcome, created);
        QCOMPARE(m_model->rowsWithStatus(RowStatus::Created), QList<int> { 1 });
        QCOMPARE(m_model->rowsWithStatus(RowStatus::Pending), QList<int> { 0 });
        m_model->insertRecords(0, first);
        QCOMPARE(m_model->record(2).outcome, created);
        QCOMPARE(cell(2, 0).data(RecordTableModel::StatusRole).toInt(), int(RowStatus::Created));
        m_model->clearOutcomes();
        QCOMPARE(m_model->record(2).outcome, RowOutcome());
    }

    void testStatusCounts()
    {
        const auto counts = [this](RowStatus status) { return m_model->statusCounts()[std::size_t(status)]; };
        addStandardColumns();
        addRows({ { u"a@example.com"_s }, { u"b@example.com"_s }, { u"c@example.com"_s }, { u"d@example.com"_s } });
        QCOMPARE(counts(RowStatus::Pending), 4);
        QCOMPARE(counts(RowStatus::Failed), 0);

        RowOutcome created;
        created.status = RowStatus::Created;
        created.id = u"51"_s;
        RowOutcome failed;
        failed.status = RowStatus::Failed;
        failed.message = u"Property values were not valid"_s;
        m_model->setOutcome(0, created);
        m_model->setOutcome(1, failed);
        m_model->setOutcome(3, failed);
        QCOMPARE(counts(RowStatus::Created), 1);
        QCOMPARE(counts(RowStatus::Failed), 2);
        QCOMPARE(counts(RowStatus::Pending), 1);
        // Counted as they change, not recounted: an outcome replaced moves its row from one count to the other.
        m_model->setOutcome(0, failed);
        QCOMPARE(counts(RowStatus::Created), 0);
        QCOMPARE(counts(RowStatus::Failed), 3);
        m_model->setOutcome(0, created);
        QCOMPARE(counts(RowStatus::Created), 1);
        QCOMPARE(counts(RowStatus::Failed), 2);

        // A removed row takes its outcome with it; a row put back brings it again.
        const QList<TableRecord> taken = m_model->takeRecords(1, 1);
        QCOMPARE(counts(RowStatus::Failed), 1);
        QCOMPARE(counts(RowStatus::Pending), 1);
        m_model->insertRecords(1, taken);
        QCOMPARE(counts(RowStatus::Failed), 2);

        // Back to pending, the row counts as pending again.
        m_model->setOutcome(3, RowOutcome());
        QCOMPARE(counts(RowStatus::Failed), 1);
        QCOMPARE(counts(RowStatus::Pending), 2);
        m_model->clearOutcomes();
        QCOMPARE(counts(RowStatus::Pending), 4);
        QCOMPARE(counts(RowStatus::Created), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "testrecordtablemodel.moc"
