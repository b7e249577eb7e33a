// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include "core/catalog/referenceoptions.h"
#include "core/table/recordtablemodel.h"
#include "gui/batch/portalsession.h"
#include "gui/common/messagebox.h"
#include "gui/editor/gridpresentationmodel.h"
#include "gui/editor/recordtableview.h"
#include "mainwindowfixture.h"

using namespace Qt::StringLiterals;
using namespace Batchsmith;

namespace {

PropertyInfo makeProperty(const QString &name, const QString &label, const QString &type, const QString &fieldType)
{
    PropertyInfo info;
    info.name = name;
    info.label = label;
    info.type = type;
    info.fieldType = fieldType;
    return info;
}

PipelineStageInfo stage(const QString &id, const QString &label)
{
    PipelineStageInfo s;
    s.id = id;
    s.label = label;
    return s;
}

/// Deal properties as the catalogue gives them once the portal's pipelines and owners are read.
QList<PropertyInfo> dealProperties()
{
    ReferenceData reference;
    reference.pipelinesRead = reference.ownersRead = true;
    reference.pipelines = {
        { u"default"_s, u"Sales Pipeline"_s, 0, false,
            { stage(u"appointmentscheduled"_s, u"Appointment Scheduled"_s),
                stage(u"qualifiedtobuy"_s, u"Qualified To Buy"_s), stage(u"closedwon"_s, u"Closed Won"_s),
                stage(u"closedlost"_s, u"Closed Lost"_s) } },
        { u"7733201"_s, u"Renewals"_s, 1, false,
            { stage(u"7733202"_s, u"Renewal due"_s), stage(u"7733203"_s, u"Renewed"_s) } },
    };
    reference.owners = { { u"101"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s, u"1101"_s, false },
        { u"102"_s, u"grace@example.com"_s, u"Grace"_s, u"Hopper"_s, u"1102"_s, false } };
    PropertyInfo owner = makeProperty(u"hubspot_owner_id"_s, u"Deal owner"_s, u"enumeration"_s, u"select"_s);
    owner.referencedObjectType = u"OWNER"_s;
    return ReferenceOptions::apply(
        { makeProperty(u"dealname"_s, u"Deal Name"_s, u"string"_s, u"text"_s),
            makeProperty(u"pipeline"_s, u"Pipeline"_s, u"enumeration"_s, u"select"_s),
            makeProperty(u"dealstage"_s, u"Deal Stage"_s, u"enumeration"_s, u"radio"_s), owner },
        reference);
}

enum Column { Name, Pipeline, Stage, Owner };

QStringList texts(const QComboBox *combo)
{
    QStringList list;
    for (int i = 0; i < combo->count(); ++i)
        list.append(combo->itemText(i));
    return list;
}

} // namespace

class TestReferenceCells : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordTableView> m_view;

    QModelIndex cell(int row, int column) const
    {
        return m_view->model()->index(row, RecordTableModel::modelColumn(column));
    }

    QString value(int row, int column) const { return cell(row, column).data(RecordTableModel::ValueRole).toString(); }

    QComboBox *openCombo(int row, int column)
    {
        const QModelIndex index = cell(row, column);
        m_view->setCurrentIndex(index);
        m_view->edit(index);
        auto *combo = qobject_cast<QComboBox *>(m_view->indexWidget(index));
        if (combo && combo->objectName() != u"cellComboBox"_s)
            return nullptr;
        return combo;
    }

    void closeEditor(int row, int column)
    {
        QWidget *editor = m_view->indexWidget(cell(row, column));
        if (editor)
            QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!m_view->indexWidget(cell(row, column)));
    }

    /// The view with the popup of @p combo drawn where it opened, as a person sees it.
    QImage grabWithPopup(QComboBox *combo)
    {
        QWidget *window = m_view->window();
        QImage image = window->grab().toImage();
        QWidget *popup = combo->view()->window();
        if (popup && popup->isVisible()) {
            QPainter painter(&image);
            painter.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        }
        return image;
    }

private Q_SLOTS:

    void init()
    {
        m_model = std::make_unique<RecordTableModel>();
        m_stack = std::make_unique<QUndoStack>();
        m_view = std::make_unique<RecordTableView>();
        m_view->setObjectName(u"rowsTableView"_s);
        m_view->setRecordModel(m_model.get());
        m_view->setUndoStack(m_stack.get());
        const QList<PropertyInfo> properties = dealProperties();
        for (int i = 0; i < properties.size(); ++i)
            m_model->insertDataColumn(i, TableColumn::forProperty(properties.at(i)));
        const QList<QStringList> rows {
            { u"ACME renewal"_s, u"7733201"_s, u"7733202"_s, u"101"_s },
            { u"Globex first order"_s, QString(), u"qualifiedtobuy"_s, u"102"_s },
            { u"Initech"_s, u"9999"_s, QString(), QString() },
        };
        QList<TableRecord> records;
        for (const QStringList &values : rows) {
            TableRecord record = m_model->newRecord();
            record.values = values;
            records.append(record);
        }
        m_model->insertRecords(0, records);
        m_view->resize(820, 260);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitColumnsToContents();
    }

    void cleanup()
    {
        m_view.reset();
        m_stack.reset();
        m_model.reset();
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testStageCellOffersTheStagesOfItsPipeline()
    {
        // Row 0 is in Renewals: its two stages.
        QComboBox *combo = openCombo(0, Stage);
        QVERIFY(combo);
        QCOMPARE(texts(combo).mid(1), (QStringList { u"Renewal due"_s, u"Renewed"_s }));
        QCOMPARE(combo->currentData().toString(), u"7733202"_s);
        combo->setCurrentIndex(combo->findText(u"Renewed"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(value(0, Stage), u"7733203"_s);
        QCOMPARE(cell(0, Stage).data(Qt::DisplayRole).toString(), u"Renewed"_s);
        QTRY_VERIFY(!m_view->indexWidget(cell(0, Stage)));

        // Row 1 names no pipeline: HubSpot files it in the default one, whose stages are offered.
        combo = openCombo(1, Stage);
        QVERIFY(combo);
        QCOMPARE(texts(combo).mid(1),
            (QStringList { u"Appointment Scheduled"_s, u"Qualified To Buy"_s, u"Closed Won"_s, u"Closed Lost"_s }));
        closeEditor(1, Stage);

        // Row 2's pipeline is unknown: every stage, after its pipeline's name.
        combo = openCombo(2, Stage);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + 6);
        QVERIFY(texts(combo).contains(u"Renewals › Renewed"_s));
        closeEditor(2, Stage);
    }

    void testPipelineCellShowsLabelsStoresIds()
    {
        QCOMPARE(cell(0, Pipeline).data(Qt::DisplayRole).toString(), u"Renewals"_s);
        QComboBox *combo = openCombo(1, Pipeline);
        QVERIFY(combo);
        QCOMPARE(texts(combo).mid(1), (QStringList { u"Sales Pipeline"_s, u"Renewals"_s }));
        combo->setCurrentIndex(combo->findText(u"Sales Pipeline"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(value(1, Pipeline), u"default"_s);
    }

    void testOwnerCellShowsTheNameAndStoresTheId()
    {
        QCOMPARE(cell(0, Owner).data(Qt::DisplayRole).toString(), u"Ada Lovelace"_s);
        QComboBox *combo = openCombo(2, Owner);
        QVERIFY(combo);
        QCOMPARE(texts(combo).mid(1),
            (QStringList { u"Ada Lovelace (ada@example.com)"_s, u"Grace Hopper (grace@example.com)"_s }));
        combo->setCurrentIndex(combo->findText(u"Grace Hopper (grace@example.com)"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(value(2, Owner), u"102"_s);
        QCOMPARE(cell(2, Owner).data(Qt::DisplayRole).toString(), u"Grace Hopper"_s);
        // One undo step puts the cell back.
        m_stack->undo();
        QCOMPARE(value(2, Owner), QString());
    }

    void testBadStageAndUnknownOwnerAreMarked()
    {
        GridPresentationModel *presentation = m_view->presentationModel();
        QVERIFY(presentation);
        // Row 2's pipeline is not one of the portal's.
        QVERIFY(!cell(2, Pipeline).data(RecordTableModel::ProblemRole).toString().isEmpty());
        QCOMPARE(m_model->problemCount(), 1);
        // A stage of the default pipeline in a Renewals row.
        QVERIFY(m_view->model()->setData(cell(0, Stage), u"closedwon"_s, RecordTableModel::ValueRole));
        const QString reason = cell(0, Stage).data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(u"Closed Won"_s) && reason.contains(u"Renewals"_s), qPrintable(reason));
        QCOMPARE(cell(0, Stage).data(Qt::BackgroundRole).value<QBrush>().color(), presentation->problemBackground());
        QCOMPARE(m_model->problemCount(), 2);
        // Moving the row to the stage's pipeline clears the mark.
        QVERIFY(m_view->model()->setData(cell(0, Pipeline), u"default"_s, RecordTableModel::ValueRole));
        QVERIFY(cell(0, Stage).data(RecordTableModel::ProblemRole).toString().isEmpty());
        QCOMPARE(m_model->problemCount(), 1);

        QVERIFY(m_view->model()->setData(cell(1, Owner), u"555"_s, RecordTableModel::ValueRole));
        const QString owner = cell(1, Owner).data(Qt::ToolTipRole).toString();
        QVERIFY2(owner.contains(u"555"_s), qPrintable(owner));
        QCOMPARE(cell(1, Owner).data(Qt::BackgroundRole).value<QBrush>().color(), presentation->problemBackground());
    }

    void testMainWindowGivesDealCellsTheirDropdowns()
    {
        m_view.reset(); // this test works on the main window's own grid
        MainWindowFixture f;
        QVERIFY(f.start());
        auto *type = f.window->findChild<QComboBox *>(u"objectTypeComboBox"_s);
        QVERIFY(type);
        QTRY_VERIFY_WITH_TIMEOUT(type->findData(u"deals"_s) >= 0, 10000); // the portal's object types have arrived
        QSignalSpy loaded(f.window.get(), &MainWindow::propertiesLoaded);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Switch to Deals and start a new grid?"
        const int deals = type->findData(u"deals"_s);
        type->setCurrentIndex(deals);
        Q_EMIT type->activated(deals); // as a user's pick does; setCurrentIndex alone is not a choice
        QVERIFY(loaded.wait(10000));
        const int stageColumn = f.model()->findDataColumn(u"dealstage"_s);
        QVERIFY(stageColumn >= 0);
        // The pipelines arrive after the properties.
        QTRY_COMPARE(f.model()->dataColumn(stageColumn).property.optionGroupProperty, u"pipeline"_s);
        QTRY_VERIFY(f.window->properties().size() > 0 && loaded.size() >= 2);
        const PropertyInfo stage = f.model()->dataColumn(stageColumn).property;
        QCOMPARE(stage.defaultOptionGroup, u"default"_s);

        // The first row names no pipeline: the default pipeline's stages.
        const QModelIndex cell = f.view()->model()->index(0, f.column(u"dealstage"_s));
        f.view()->setCurrentIndex(cell);
        f.view()->edit(cell);
        auto *combo = qobject_cast<QComboBox *>(f.view()->indexWidget(cell));
        QVERIFY(combo);
        QStringList expected;
        for (const PropertyOption &option : ReferenceOptions::optionsInGroup(stage, QString()))
            expected.append(option.label);
        QCOMPARE(texts(combo).mid(1), expected);
        QCOMPARE(combo->itemData(1).toString(), u"appointmentscheduled"_s);
        QTest::keyClick(combo, Qt::Key_Escape);

        // An owner cell: a name shown, the id stored.
        PropertyInfo owner;
        for (const PropertyInfo &p : f.window->properties()) {
            if (p.name == u"hubspot_owner_id"_s)
                owner = p;
        }
        QVERIFY(!owner.options.isEmpty());
        f.model()->insertDataColumn(f.model()->dataColumnCount(), TableColumn::forProperty(owner));
        const QModelIndex ownerCell = f.view()->model()->index(0, f.column(u"hubspot_owner_id"_s));
        QVERIFY(f.view()->model()->setData(ownerCell, owner.options.first().value, RecordTableModel::ValueRole));
        QCOMPARE(ownerCell.data(Qt::DisplayRole).toString(), owner.options.first().label);
        QVERIFY(ownerCell.data(RecordTableModel::ProblemRole).toString().isEmpty());
    }

    void testScreenshots()
    {
        // For people reviewing the look: BATCHSMITH_SCREENSHOT_DIR=<folder> saves the open stage dropdown and the
        // owners.
        const QString folder = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("BATCHSMITH_SCREENSHOT_DIR is not set");
        m_view->model()->setData(cell(1, Stage), u"7733203"_s, RecordTableModel::ValueRole); // a Renewals stage
        m_view->model()->setData(cell(2, Owner), u"555"_s, RecordTableModel::ValueRole);
        QComboBox *combo = openCombo(0, Stage);
        QVERIFY(combo);
        combo->showPopup();
        QTRY_VERIFY(combo->view()->window()->isVisible());
        QVERIFY(grabWithPopup(combo).save(folder + u"/pick-stage.png"_s));
        combo->hidePopup();
        closeEditor(0, Stage);
        combo = openCombo(1, Owner);
        QVERIFY(combo);
        combo->showPopup();
        QTRY_VERIFY(combo->view()->window()->isVisible());
        QVERIFY(grabWithPopup(combo).save(folder + u"/pick-owner.png"_s));
    }
};

QTEST_MAIN(TestReferenceCells)
#include "testreferencecells.moc"
