// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "core/io/delimitedtextreader.h"
#include "core/table/recordtablemodel.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/gridpresentationmodel.h"
#include "gui/editor/multivalueeditor.h"
#include "gui/editor/recordtableview.h"

using namespace Qt::StringLiterals;
using namespace Batchsmith;

namespace {

PropertyInfo makeProperty(const QString &name, const QString &label, const QString &type, const QString &fieldType,
    const QList<PropertyOption> &options = {})
{
    PropertyInfo info;
    info.name = name;
    info.label = label;
    info.type = type;
    info.fieldType = fieldType;
    info.options = options;
    return info;
}

struct Snapshot
{
    QList<TableColumn> columns;
    QList<TableRecord> records;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const RecordTableModel &model)
{
    Snapshot shot;
    shot.columns = model.dataColumns();
    for (int row = 0; row < model.rowCount(); ++row)
        shot.records.append(model.record(row));
    return shot;
}

QString value(const RecordTableModel &model, int row, int dataIndex)
{
    return model.index(row, RecordTableModel::modelColumn(dataIndex)).data(RecordTableModel::ValueRole).toString();
}

} // namespace

namespace QTest {
template <> char *toString(const Snapshot &shot)
{
    QStringList lines;
    for (const TableRecord &record : shot.records)
        lines.append(record.key + u": "_s + record.values.join(u" | "_s));
    return qstrdup(lines.join(u"\n"_s).toUtf8().constData());
}
} // namespace QTest

class TestRecordTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testPasteExcelBlockAddsRowsAsOneUndoStep();
    void testPasteSkipsFixedAndReadOnlyColumns();
    void testPasteIntoGridWithoutColumnsAsksForMapping();
    void testPasteOneValueFillsSelection();
    void testDeleteClearsSelectedCellsAndUndoes();
    void testCopyPutsSelectionAsTsv();
    void testTextEditorCommitsThroughUndoStackAndMovesDown();
    void testAssociationEditorTakesIds();
    void testEscapeCancelsEdit();
    void testNumberEditorRefusesLetters();
    void testBoolEditor();
    void testEnumerationEditorShowsLabelsStoresValues();
    void testDateEditorStoresIsoDate();
    void testDateTimeEditorStoresUtcWithMilliseconds();
    void testMultiEnumerationEditorJoinsValues();
    void testReadOnlyColumnHasNoEditor();
    void testProblemCellHasTooltipAndBackground();
    void testFailedRowShowsIconAndErrorCell();
    void testTintsFollowDarkPalette();
    void testRowCommandsUndo();
    void testColumnCommandsUndo();
    void testRenderForReview();

private:
    void addColumns(const QList<PropertyInfo> &properties);
    void addRows(int count);
    QWidget *openEditor(int row, int dataIndex);

    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordTableView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRecordTableView::init()
{
    m_model = std::make_unique<RecordTableModel>();
    m_stack = std::make_unique<QUndoStack>();
    m_view = std::make_unique<RecordTableView>();
    m_view->setObjectName(u"recordsTableView"_s);
    m_view->setRecordModel(m_model.get());
    m_view->setUndoStack(m_stack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->presentationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRecordTableView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_stack.reset();
    m_model.reset();
}

void TestRecordTableView::addColumns(const QList<PropertyInfo> &properties)
{
    for (const PropertyInfo &info : properties)
        m_model->insertDataColumn(m_model->dataColumnCount(), TableColumn::forProperty(info));
}

void TestRecordTableView::addRows(int count)
{
    QList<TableRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(m_model->newRecord());
    m_model->insertRecords(m_model->rowCount(), records);
}

QWidget *TestRecordTableView::openEditor(int row, int dataIndex)
{
    const QModelIndex index = m_view->model()->index(row, RecordTableModel::modelColumn(dataIndex));
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    return m_view->indexWidget(index);
}

void TestRecordTableView::testPasteExcelBlockAddsRowsAsOneUndoStep()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s),
        makeProperty(u"amount"_s, u"Amount"_s, u"number"_s, u"number"_s) });
    addRows(1);
    m_model->setData(m_model->index(0, RecordTableModel::modelColumn(0)), u"Old"_s, RecordTableModel::ValueRole);
    const Snapshot before = snapshot(*m_model);

    // As Excel puts it: CRLF rows, a quoted cell with doubled quotes and a line break, a trailing newline.
    QApplication::clipboard()->setText(u"Ann\t12\r\n\"Bob \"\"B\"\"\nJr\"\t3.5\r\nCid\t7\r\n"_s);
    m_view->setCurrentIndex(m_view->model()->index(0, RecordTableModel::modelColumn(0)));
    QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(value(*m_model, 0, 0), u"Ann"_s);
    QCOMPARE(value(*m_model, 0, 1), u"12"_s);
    QCOMPARE(value(*m_model, 1, 0), u"Bob \"B\"\nJr"_s);
    QCOMPARE(value(*m_model, 1, 1), u"3.5"_s);
    QCOMPARE(value(*m_model, 2, 0), u"Cid"_s);
    QCOMPARE(value(*m_model, 2, 1), u"7"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Paste 6 cell(s)"_s);
    const Snapshot after = snapshot(*m_model);

    m_stack->undo();
    QCOMPARE(snapshot(*m_model), before);
    m_stack->redo();
    QCOMPARE(snapshot(*m_model), after);
}

void TestRecordTableView::testPasteSkipsFixedAndReadOnlyColumns()
{
    PropertyInfo created = makeProperty(u"createdate"_s, u"Create date"_s, u"datetime"_s, u"date"_s);
    created.readOnlyValue = true;
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s), created,
        makeProperty(u"lastname"_s, u"Last name"_s, u"string"_s, u"text"_s) });
    addRows(1);
    // Pasting on the status column starts at the first data column.
    m_view->setCurrentIndex(m_view->model()->index(0, RecordTableModel::StatusColumn));
    m_view->pasteCells({ { u"Ann"_s, u"2024-01-01"_s, u"Lee"_s, u"extra"_s } });
    QCOMPARE(value(*m_model, 0, 0), u"Ann"_s);
    QCOMPARE(value(*m_model, 0, 1), QString());
    QCOMPARE(value(*m_model, 0, 2), u"Lee"_s);
    QCOMPARE(m_model->columnCount(), RecordTableModel::FirstDataColumn + 3 + 1);
}

void TestRecordTableView::testPasteIntoGridWithoutColumnsAsksForMapping()
{
    QSignalSpy spy(m_view.get(), &RecordTableView::emptyGridPasted);
    QApplication::clipboard()->setText(u"email\tfirstname\na@example.com\tAnn\n"_s);
    m_view->paste();
    QCOMPARE(spy.count(), 1);
    const auto cells = spy.first().first().value<QList<QStringList>>();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(1), (QStringList { u"a@example.com"_s, u"Ann"_s }));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestRecordTableView::testPasteOneValueFillsSelection()
{
    addColumns({ makeProperty(u"city"_s, u"City"_s, u"string"_s, u"text"_s) });
    addRows(3);
    m_view->selectionModel()->select(QItemSelection(m_view->model()->index(0, RecordTableModel::FirstDataColumn),
                                         m_view->model()->index(2, RecordTableModel::FirstDataColumn)),
        QItemSelectionModel::ClearAndSelect);
    m_view->pasteCells({ { u"Lyon"_s } });
    for (int row = 0; row < 3; ++row)
        QCOMPARE(value(*m_model, row, 0), u"Lyon"_s);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_stack->count(), 1);
}

void TestRecordTableView::testDeleteClearsSelectedCellsAndUndoes()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s),
        makeProperty(u"lastname"_s, u"Last name"_s, u"string"_s, u"text"_s) });
    addRows(2);
    m_view->pasteCells({ { u"Ann"_s, u"Lee"_s }, { u"Bob"_s, u"Ray"_s } });
    m_stack->clear();
    const Snapshot before = snapshot(*m_model);

    m_view->selectionModel()->select(QItemSelection(m_view->model()->index(0, RecordTableModel::FirstDataColumn),
                                         m_view->model()->index(1, RecordTableModel::FirstDataColumn)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(value(*m_model, 0, 0), QString());
    QCOMPARE(value(*m_model, 1, 0), QString());
    QCOMPARE(value(*m_model, 0, 1), u"Lee"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Clear 2 cell(s)"_s);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), before);

    QTest::keyClick(m_view.get(), Qt::Key_Backspace);
    QCOMPARE(value(*m_model, 1, 0), QString());
}

void TestRecordTableView::testCopyPutsSelectionAsTsv()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s),
        makeProperty(u"notes"_s, u"Notes"_s, u"string"_s, u"textarea"_s) });
    addRows(2);
    m_view->pasteCells({ { u"Ann"_s, u"line\tone"_s }, { u"Bob"_s, u"two\nlines"_s } });
    m_view->selectionModel()->select(QItemSelection(m_view->model()->index(0, RecordTableModel::FirstDataColumn),
                                         m_view->model()->index(1, RecordTableModel::FirstDataColumn + 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(DelimitedTextReader::readPastedTsv(text),
        (QList<QStringList> { { u"Ann"_s, u"line\tone"_s }, { u"Bob"_s, u"two\nlines"_s } }));
}

void TestRecordTableView::testTextEditorCommitsThroughUndoStackAndMovesDown()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s) });
    addRows(3);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(0, 0));
    QVERIFY(edit);
    edit->setText(u"Zoë"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"Zoë"_s);
    QCOMPARE(m_stack->count(), 1);
    QTRY_COMPARE(m_view->currentIndex().row(), 1);
    // Enter outside an editor moves down too, as in a spreadsheet; Shift+Enter moves up.
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_view->currentIndex().row(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_view->currentIndex().row(), 1);
    m_stack->undo();
    QCOMPARE(value(*m_model, 0, 0), QString());
}

void TestRecordTableView::testAssociationEditorTakesIds()
{
    m_model->insertDataColumn(
        0, TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 279, QString() }));
    addRows(1);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(0, 0));
    QVERIFY(edit);
    QTest::keyClicks(edit, u"12, x34"_s);
    QCOMPARE(edit->text(), u"12, 34"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"12;34"_s);
}

void TestRecordTableView::testEscapeCancelsEdit()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s) });
    addRows(1);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(0, 0));
    QVERIFY(edit);
    edit->setText(u"typed"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!m_view->indexWidget(m_view->currentIndex()));
    QCOMPARE(value(*m_model, 0, 0), QString());
    QCOMPARE(m_stack->count(), 0);
}

void TestRecordTableView::testNumberEditorRefusesLetters()
{
    addColumns({ makeProperty(u"amount"_s, u"Amount"_s, u"number"_s, u"number"_s) });
    addRows(1);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(0, 0));
    QVERIFY(edit);
    QTest::keyClicks(edit, u"-12a.5b"_s);
    QCOMPARE(edit->text(), u"-12.5"_s);
    QTest::keyClick(edit, Qt::Key_Enter);
    QTRY_COMPARE(value(*m_model, 0, 0), u"-12.5"_s);
}

void TestRecordTableView::testBoolEditor()
{
    addColumns({ makeProperty(u"active"_s, u"Active"_s, u"bool"_s, u"booleancheckbox"_s) });
    addRows(1);
    auto *combo = qobject_cast<QComboBox *>(openEditor(0, 0));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(u"false"_s));
    QCOMPARE(combo->currentText(), u"No"_s);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"false"_s);
}

void TestRecordTableView::testEnumerationEditorShowsLabelsStoresValues()
{
    addColumns({ makeProperty(u"lifecyclestage"_s, u"Lifecycle stage"_s, u"enumeration"_s, u"select"_s,
        { { u"Lead"_s, u"lead"_s, false }, { u"Customer"_s, u"customer"_s, false } }) });
    addRows(1);
    auto *combo = qobject_cast<QComboBox *>(openEditor(0, 0));
    QVERIFY(combo);
    const int customer = combo->findText(u"Customer"_s);
    QVERIFY(customer > 0);
    combo->setCurrentIndex(customer);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"customer"_s);

    // Reopened, the editor shows the stored value's label.
    QTRY_VERIFY(!m_view->indexWidget(m_view->model()->index(0, RecordTableModel::FirstDataColumn)));
    combo = qobject_cast<QComboBox *>(openEditor(0, 0));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"Customer"_s);
}

void TestRecordTableView::testDateEditorStoresIsoDate()
{
    addColumns({ makeProperty(u"closedate"_s, u"Close date"_s, u"date"_s, u"date"_s) });
    addRows(1);
    QWidget *editor = openEditor(0, 0);
    auto *edit = qobject_cast<QDateEdit *>(editor);
    QVERIFY2(edit, editor ? editor->metaObject()->className() : "no editor");
    QVERIFY(edit->calendarPopup());
    edit->setDate(QDate(2024, 5, 1));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"2024-05-01"_s);
}

void TestRecordTableView::testDateTimeEditorStoresUtcWithMilliseconds()
{
    addColumns({ makeProperty(u"lastseen"_s, u"Last seen"_s, u"datetime"_s, u"date"_s) });
    addRows(1);
    auto *edit = qobject_cast<QDateTimeEdit *>(openEditor(0, 0));
    QVERIFY(edit);
    edit->setDateTime(QDateTime(QDate(2024, 5, 1), QTime(13, 45, 30), Qt::UTC));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"2024-05-01T13:45:30.000Z"_s);
}

void TestRecordTableView::testMultiEnumerationEditorJoinsValues()
{
    addColumns({ makeProperty(u"colors"_s, u"Colours"_s, u"enumeration"_s, u"checkbox"_s,
        { { u"Red"_s, u"red"_s, false }, { u"Green"_s, u"green"_s, false }, { u"Blue"_s, u"blue"_s, false } }) });
    addRows(1);
    auto *list = qobject_cast<MultiValueEditor *>(openEditor(0, 0));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->text(), u"Blue"_s);
    list->item(2)->setCheckState(Qt::Checked);
    list->item(0)->setCheckState(Qt::Checked);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(value(*m_model, 0, 0), u"red;blue"_s);
}

void TestRecordTableView::testReadOnlyColumnHasNoEditor()
{
    PropertyInfo created = makeProperty(u"createdate"_s, u"Create date"_s, u"datetime"_s, u"date"_s);
    created.readOnlyValue = true;
    addColumns({ created });
    addRows(1);
    QVERIFY(!openEditor(0, 0));
}

void TestRecordTableView::testProblemCellHasTooltipAndBackground()
{
    addColumns({ makeProperty(u"amount"_s, u"Amount"_s, u"number"_s, u"number"_s) });
    addRows(1);
    m_view->pasteCells({ { u"twelve"_s } });
    const QModelIndex cell = m_view->model()->index(0, RecordTableModel::FirstDataColumn);
    const QString problem = cell.data(RecordTableModel::ProblemRole).toString();
    QVERIFY(!problem.isEmpty());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), problem);
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(), m_view->presentationModel()->problemBackground());
    QVERIFY(m_view->presentationModel()->problemBackground() != m_view->palette().color(QPalette::Base));

    m_stack->undo();
    QVERIFY(!cell.data(Qt::BackgroundRole).value<QBrush>().color().isValid()
        || cell.data(Qt::BackgroundRole).value<QBrush>().color() != m_view->presentationModel()->problemBackground());
}

void TestRecordTableView::testFailedRowShowsIconAndErrorCell()
{
    addColumns({ makeProperty(u"email"_s, u"Email"_s, u"string"_s, u"text"_s),
        makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s) });
    addRows(1);
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.category = u"VALIDATION_ERROR"_s;
    failed.message = u"Email address bad@ is invalid"_s;
    failed.property = u"email"_s;
    m_model->setOutcome(0, failed);

    const QAbstractItemModel *model = m_view->model();
    const auto icon = model->index(0, RecordTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    const QModelIndex emailCell = model->index(0, RecordTableModel::FirstDataColumn);
    QVERIFY(emailCell.data(RecordTableModel::ErrorCellRole).toBool());
    QCOMPARE(emailCell.data(Qt::ToolTipRole).toString(), failed.message);
    QCOMPARE(
        emailCell.data(Qt::BackgroundRole).value<QBrush>().color(), m_view->presentationModel()->errorBackground());
    const QModelIndex otherCell = model->index(0, RecordTableModel::FirstDataColumn + 1);
    QVERIFY(
        otherCell.data(Qt::BackgroundRole).value<QBrush>().color() != m_view->presentationModel()->errorBackground());
}

void TestRecordTableView::testTintsFollowDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    GridPresentationModel *presentation = m_view->presentationModel();
    presentation->setPalette(light);
    QVERIFY(presentation->problemBackground().lightness() > 180);
    QVERIFY(presentation->errorBackground().lightness() > 180);
    presentation->setPalette(dark);
    // Light text stays readable: the tints stay dark.
    QVERIFY(presentation->problemBackground().lightness() < 90);
    QVERIFY(presentation->errorBackground().lightness() < 90);
}

void TestRecordTableView::testRowCommandsUndo()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s) });
    addRows(3);
    m_view->pasteCells({ { u"Ann"_s }, { u"Bob"_s }, { u"Cid"_s } });
    m_stack->clear();
    const Snapshot start = snapshot(*m_model);

    m_view->selectionModel()->select(
        m_view->model()->index(0, RecordTableModel::FirstDataColumn), QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->select(
        m_view->model()->index(2, RecordTableModel::FirstDataColumn), QItemSelectionModel::Select);
    m_view->removeSelectedRows();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(value(*m_model, 0, 0), u"Bob"_s);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), start);

    m_view->selectionModel()->select(
        m_view->model()->index(1, RecordTableModel::FirstDataColumn), QItemSelectionModel::ClearAndSelect);
    m_view->duplicateSelectedRows();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(value(*m_model, 2, 0), u"Bob"_s);
    QVERIFY(m_model->record(2).key != m_model->record(1).key);
    QCOMPARE(m_model->record(2).outcome.status, RowStatus::Pending);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), start);

    m_view->insertRows(false);
    QCOMPARE(m_model->rowCount(), 4);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), start);
}

void TestRecordTableView::testColumnCommandsUndo()
{
    addColumns({ makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s) });
    addRows(2);
    m_view->pasteCells({ { u"Ann"_s }, { u"Bob"_s } });
    const Snapshot start = snapshot(*m_model);

    m_stack->push(new InsertColumnsCommand(m_model.get(), 0,
        { TableColumn::forProperty(makeProperty(u"city"_s, u"City"_s, u"string"_s, u"text"_s)),
            TableColumn::forProperty(makeProperty(u"zip"_s, u"Zip"_s, u"string"_s, u"text"_s)) }));
    QCOMPARE(m_model->dataColumnCount(), 3);
    QCOMPARE(m_model->dataColumn(2).property.name, u"firstname"_s);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), start);

    m_stack->push(new RemoveColumnCommand(m_model.get(), 0));
    QCOMPARE(m_model->dataColumnCount(), 0);
    QCOMPARE(m_stack->undoText(), u"Remove column “First name”"_s);
    m_stack->undo();
    QCOMPARE(snapshot(*m_model), start);
    m_stack->redo();
    QCOMPARE(m_model->dataColumnCount(), 0);
}

// Saves a picture of a filled grid when BATCHSMITH_SCREENSHOT_DIR names a folder, for people to look at.
void TestRecordTableView::testRenderForReview()
{
    const QString folder = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("BATCHSMITH_SCREENSHOT_DIR is not set");
    addColumns({ makeProperty(u"email"_s, u"Email"_s, u"string"_s, u"text"_s),
        makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s),
        makeProperty(u"amount"_s, u"Amount"_s, u"number"_s, u"number"_s),
        makeProperty(u"lifecyclestage"_s, u"Lifecycle stage"_s, u"enumeration"_s, u"select"_s,
            { { u"Lead"_s, u"lead"_s, false }, { u"Customer"_s, u"customer"_s, false } }),
        makeProperty(u"closedate"_s, u"Close date"_s, u"date"_s, u"date"_s) });
    m_view->pasteCells({
        { u"ann@example.com"_s, u"Ann"_s, u"12"_s, u"lead"_s, u"2024-05-01"_s },
        { u"bob@example.com"_s, u"Bob"_s, u"twelve"_s, u"customer"_s, u"2024-05-02"_s },
        { u"bad@"_s, u"Cid"_s, u"7.5"_s, u"gold"_s, u"2024-13-01"_s },
        { u"dee@example.com"_s, u"Dee"_s, u"3"_s, u"lead"_s, QString() },
        { u"eve@example.com"_s, u"Eve"_s, u"1"_s, u"customer"_s, u"2024-06-30"_s },
        { u"fay@example.com"_s, u"Fay"_s, u"2"_s, QString(), QString() },
    });
    RowOutcome created;
    created.status = RowStatus::Created;
    created.id = u"51"_s;
    m_model->setOutcome(0, created);
    RowOutcome failed;
    failed.status = RowStatus::Failed;
    failed.message = u"Email address bad@ is invalid"_s;
    failed.property = u"email"_s;
    m_model->setOutcome(2, failed);
    RowOutcome updated;
    updated.status = RowStatus::Updated;
    updated.id = u"52"_s;
    m_model->setOutcome(3, updated);
    RowOutcome unknown;
    unknown.status = RowStatus::Unknown;
    unknown.message = u"The connection closed before HubSpot answered"_s;
    m_model->setOutcome(4, unknown);
    RowOutcome skipped;
    skipped.status = RowStatus::Skipped;
    m_model->setOutcome(5, skipped);
    m_view->resize(1000, 260);
    m_view->resizeColumnsToContents();
    m_view->setCurrentIndex(m_view->model()->index(1, RecordTableModel::FirstDataColumn + 1));
    QVERIFY(m_view->grab().save(folder + u"/grid-en.png"_s));
    addColumns({ makeProperty(u"hs_buying_role"_s, u"Buying role"_s, u"enumeration"_s, u"checkbox"_s,
        { { u"Decision maker"_s, u"decision_maker"_s, false }, { u"Champion"_s, u"champion"_s, false },
            { u"Budget holder"_s, u"budget_holder"_s, false }, { u"End user"_s, u"end_user"_s, false } }) });
    m_model->setData(
        m_model->index(0, RecordTableModel::modelColumn(5)), u"champion;end_user"_s, RecordTableModel::ValueRole);
    QVERIFY(qobject_cast<MultiValueEditor *>(openEditor(0, 5)));
    QVERIFY(m_view->grab().save(folder + u"/grid-multivalue-en.png"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    m_view->setPalette(dark);
    QVERIFY(m_view->grab().save(folder + u"/grid-dark-en.png"_s));
}

QTEST_MAIN(TestRecordTableView)
#include "testrecordtableview.moc"
