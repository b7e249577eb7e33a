// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include "core/table/recordtablemodel.h"
#include "gui/editor/gridfilterbar.h"
#include "gui/editor/gridfiltermodel.h"
#include "gui/editor/recordtableview.h"
#include "gui/editor/sortcommand.h"

using namespace Qt::StringLiterals;
using namespace Batchsmith;

namespace {

PropertyInfo makeProperty(const QString &name, const QString &type, const QString &fieldType)
{
    PropertyInfo info;
    info.name = name;
    info.label = name;
    info.type = type;
    info.fieldType = fieldType;
    return info;
}

} // namespace

/// The filter bar and sorting: rows hidden and shown by text and kind, edits reaching the right record through
/// the filter, and a sort that moves whole records and undoes exactly.
class TestGridFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testTextFilterMatchesValuesCaseInsensitive();
    void testRowKindFilters();
    void testBarDrivesFilterAndShowsCount();
    void testPasteThroughFilterWritesVisibleRows();
    void testSelectedRowsAreRecordRows();
    void testSortMovesRecordsAndUndoes();
    void testSortNumbersAsNumbersEmptyLast();

private:
    QString value(int row, int dataIndex) const
    {
        return m_model->index(row, RecordTableModel::modelColumn(dataIndex))
            .data(RecordTableModel::ValueRole)
            .toString();
    }

    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<QWidget> m_window;
    RecordTableView *m_view = nullptr;
    GridFilterBar *m_bar = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGridFilter::init()
{
    m_model = std::make_unique<RecordTableModel>();
    m_stack = std::make_unique<QUndoStack>();
    m_model->insertDataColumn(0, TableColumn::forProperty(makeProperty(u"email"_s, u"string"_s, u"text"_s)));
    m_model->insertDataColumn(1, TableColumn::forProperty(makeProperty(u"count"_s, u"number"_s, u"number"_s)));
    const QList<QStringList> rows {
        { u"ana@example.com"_s, u"10"_s },
        { u"Bruno@Example.org"_s, u"9"_s },
        { u"chloé@example.com"_s, QString() },
        { u"dmitri@example.net"_s, u"100"_s },
        { u"eve@example.org"_s, u"not a number"_s },
    };
    QList<TableRecord> records;
    for (const QStringList &cells : rows) {
        TableRecord record = m_model->newRecord();
        record.values = cells;
        records.append(record);
    }
    m_model->insertRecords(0, records);

    m_window = std::make_unique<QWidget>();
    m_bar = new GridFilterBar(m_window.get());
    m_bar->setObjectName(u"gridFilterBar"_s);
    m_view = new RecordTableView(m_window.get());
    m_view->setObjectName(u"rowsTableView"_s);
    m_view->setRecordModel(m_model.get());
    m_view->setUndoStack(m_stack.get());
    m_bar->setView(m_view);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestGridFilter::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_stack.reset();
    m_model.reset();
}

void TestGridFilter::testTextFilterMatchesValuesCaseInsensitive()
{
    GridFilterModel *filter = m_view->filterModel();
    QCOMPARE(filter->rowCount(), 5);
    filter->setText(u"EXAMPLE.ORG"_s);
    QCOMPARE(filter->rowCount(), 2);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 1);
    QCOMPARE(m_view->recordRow(filter->index(1, 0)), 4);
    filter->setText(u"chloé"_s);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 2);
    QVERIFY(!m_view->viewIndex(0, RecordTableModel::FirstDataColumn).isValid());

    // The record id and the error are searched too.
    RowOutcome created;
    created.status = RowStatus::Created;
    created.id = u"987654"_s;
    m_model->setOutcome(3, created);
    filter->setText(u"9876"_s);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 3);

    m_view->clearFilter();
    QCOMPARE(filter->rowCount(), 5);
}

void TestGridFilter::testRowKindFilters()
{
    GridFilterModel *filter = m_view->filterModel();
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.message = u"Property values were not valid"_s;
    m_model->setOutcome(1, failed);
    RowOutcome updated;
    updated.status = RowStatus::Updated;
    updated.id = u"42"_s;
    m_model->setOutcome(0, updated);

    filter->setRowKind(GridFilterModel::RowKind::Failed);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 1);
    filter->setRowKind(GridFilterModel::RowKind::Done);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 0);
    filter->setRowKind(GridFilterModel::RowKind::NotSent);
    QCOMPARE(filter->rowCount(), 3);
    // "not a number" in a number column is the only problem cell.
    filter->setRowKind(GridFilterModel::RowKind::Problems);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(m_view->recordRow(filter->index(0, 0)), 4);

    // The filter follows changes: fixing the cell hides the row.
    m_model->setData(m_model->index(4, RecordTableModel::modelColumn(1)), u"5"_s, RecordTableModel::ValueRole);
    QCOMPARE(filter->rowCount(), 0);
}

void TestGridFilter::testBarDrivesFilterAndShowsCount()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *edit = m_bar->findChild<QLineEdit *>(u"rowFilterLineEdit"_s);
    auto *kinds = m_bar->findChild<QComboBox *>(u"rowKindComboBox"_s);
    auto *count = m_bar->findChild<QLabel *>(u"rowFilterCountLabel"_s);
    QVERIFY(edit && kinds && count);
    QVERIFY(!count->isVisible());

    QTest::keyClicks(edit, u"example.com"_s);
    QCOMPARE(m_view->filterModel()->rowCount(), 5); // applied after a pause, not on every key
    QTRY_COMPARE(m_view->filterModel()->rowCount(), 2);
    QVERIFY(count->isVisible());
    QCOMPARE(count->text(), u"Showing 2 of 5 rows"_s);

    kinds->setCurrentIndex(kinds->findData(int(GridFilterModel::RowKind::NotSent)));
    QCOMPARE(m_view->filterModel()->rowKind(), GridFilterModel::RowKind::NotSent);
    QCOMPARE(m_view->filterModel()->rowCount(), 2);

    m_view->clearFilter();
    QCOMPARE(edit->text(), QString());
    QCOMPARE(kinds->currentData().toInt(), int(GridFilterModel::RowKind::All));
    QVERIFY(!count->isVisible());
}

void TestGridFilter::testPasteThroughFilterWritesVisibleRows()
{
    m_view->filterModel()->setText(u"example.org"_s); // records 1 and 4
    m_view->setCurrentIndex(m_view->filterModel()->index(0, RecordTableModel::modelColumn(1)));
    m_view->pasteCells({ { u"1"_s }, { u"2"_s }, { u"3"_s } });
    QCOMPARE(value(1, 1), u"1"_s);
    QCOMPARE(value(4, 1), u"2"_s);
    QCOMPARE(value(2, 1), QString()); // hidden rows are left alone
    QCOMPARE(m_model->rowCount(), 6); // the third line became a new row
    QCOMPARE(value(5, 1), u"3"_s);
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(value(1, 1), u"9"_s);
    QCOMPARE(value(4, 1), u"not a number"_s);
}

void TestGridFilter::testSelectedRowsAreRecordRows()
{
    m_view->filterModel()->setText(u"example.net"_s);
    m_view->setCurrentIndex(m_view->filterModel()->index(0, RecordTableModel::modelColumn(0)));
    QCOMPARE(m_view->selectedRows(), QList<int> { 3 });
    m_view->removeSelectedRows();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_view->filterModel()->rowCount(), 0);
    QVERIFY(!m_model->dataColumns().isEmpty());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(!value(row, 0).contains(u"example.net"_s));
}

void TestGridFilter::testSortMovesRecordsAndUndoes()
{
    const QString firstKey = m_model->record(0).key;
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    m_model->setOutcome(0, failed);

    m_view->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(value(0, 0), u"eve@example.org"_s);
    QCOMPARE(value(1, 0), u"dmitri@example.net"_s);
    QCOMPARE(value(3, 0), u"Bruno@Example.org"_s); // case is ignored
    QCOMPARE(value(4, 0), u"ana@example.com"_s);
    QCOMPARE(m_model->record(4).key, firstKey); // the whole record moved, outcome included
    QCOMPARE(m_model->record(4).outcome.status, RowStatus::Failed);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(value(0, 0), u"ana@example.com"_s);
    QCOMPARE(m_model->record(0).key, firstKey);
    QCOMPARE(m_model->record(0).outcome.status, RowStatus::Failed);
    QCOMPARE(value(4, 0), u"eve@example.org"_s);

    // Sorting a sorted column leaves no empty undo step.
    m_stack->clear();
    m_view->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(m_stack->count(), 0);
}

void TestGridFilter::testSortNumbersAsNumbersEmptyLast()
{
    const QList<int> ascending = SortRecordsCommand::sortedOrder(*m_model, 1, Qt::AscendingOrder);
    QCOMPARE(ascending, (QList<int> { 1, 0, 3, 2, 4 })); // 9 < 10 < 100, then the empty and the non-number
    const QList<int> descending = SortRecordsCommand::sortedOrder(*m_model, 1, Qt::DescendingOrder);
    QCOMPARE(descending, (QList<int> { 3, 0, 1, 2, 4 }));
}

QTEST_MAIN(TestGridFilter)
#include "testgridfilter.moc"
