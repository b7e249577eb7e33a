// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "gui/editor/columnpickerdialog.h"

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
    info.groupName = u"contactinformation"_s;
    return info;
}

QList<PropertyInfo> properties()
{
    PropertyInfo created = makeProperty(u"createdate"_s, u"Create date"_s, u"datetime"_s, u"date"_s);
    created.readOnlyValue = true;
    return {
        created,
        makeProperty(u"email"_s, u"Email"_s, u"string"_s, u"text"_s),
        makeProperty(u"firstname"_s, u"First name"_s, u"string"_s, u"text"_s),
        makeProperty(u"fruit_pref"_s, u"Fruit préféré"_s, u"enumeration"_s, u"select"_s),
        makeProperty(u"hs_lead_status"_s, u"Lead status"_s, u"enumeration"_s, u"radio"_s),
    };
}

QList<ObjectTypeEntry> targets()
{
    return {
        { u"companies"_s, u"0-2"_s, u"Company"_s, u"Companies"_s, false },
        { u"2-3508482"_s, u"2-3508482"_s, u"Car"_s, u"Cars"_s, true },
    };
}

/// A fetcher that keeps every request and answers only when told.
struct FakeFetcher
{
    QStringList requested;
    QList<ColumnPickerDialog::LabelsCallback> pending;

    ColumnPickerDialog::AssociationLabelFetcher function()
    {
        return [this](const QString &toType, ColumnPickerDialog::LabelsCallback done) {
            requested.append(toType);
            pending.append(std::move(done));
        };
    }
};

const QList<AssociationLabelInfo> companyLabels {
    { u"HUBSPOT_DEFINED"_s, 279, QString() },
    { u"HUBSPOT_DEFINED"_s, 1, u"Primary"_s },
    { u"USER_DEFINED"_s, 42, u"Billing"_s },
};

} // namespace

class TestColumnPickerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSearch_data();
    void testSearch();
    void testReadOnlyAndExistingRowsAreDisabled();
    void testChosenPropertiesInCatalogueOrder();
    void testReadableTypeNames();
    void testAssociationLabelsComeFromFetcher();
    void testStaleAssociationAnswerIsIgnored();
    void testRenderForReview();
};

void TestColumnPickerDialog::testSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("label") << u"first"_s << QStringList { u"firstname"_s };
    QTest::newRow("label, other case") << u"LEAD"_s << QStringList { u"hs_lead_status"_s };
    QTest::newRow("internal name") << u"hs_lead"_s << QStringList { u"hs_lead_status"_s };
    QTest::newRow("without accents") << u"prefere"_s << QStringList { u"fruit_pref"_s };
    QTest::newRow("with other accents") << u"PRÉFÈRE"_s << QStringList { u"fruit_pref"_s };
    QTest::newRow("two words") << u"date create"_s << QStringList { u"createdate"_s };
    QTest::newRow("nothing") << u"zzz"_s << QStringList {};
    QTest::newRow("everything") << QString()
                                << QStringList { u"createdate"_s, u"email"_s, u"firstname"_s, u"fruit_pref"_s,
                                       u"hs_lead_status"_s };
}

void TestColumnPickerDialog::testSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(properties(), targets(), fetcher.function(), {});
    auto *view = dialog.findChild<QTableView *>(u"propertiesTableView"_s);
    auto *searchEdit = dialog.findChild<QLineEdit *>(u"searchLineEdit"_s);
    QVERIFY(view && searchEdit);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(searchEdit, search);
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown.append(view->model()->index(row, 1).data().toString());
    shown.sort();
    QCOMPARE(shown, names);
}

void TestColumnPickerDialog::testReadOnlyAndExistingRowsAreDisabled()
{
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(properties(), targets(), fetcher.function(), { u"email"_s });
    auto *view = dialog.findChild<QTableView *>(u"propertiesTableView"_s);
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex label = model->index(row, 0);
        const QString name = model->index(row, 1).data().toString();
        const bool enabled = label.flags().testFlag(Qt::ItemIsEnabled);
        if (name == u"createdate") {
            QVERIFY(!enabled);
            QVERIFY(label.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
        } else if (name == u"email") {
            QVERIFY(!enabled);
            QCOMPARE(label.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        } else {
            QVERIFY2(enabled, qPrintable(name));
        }
    }
    // Nothing new chosen yet: OK is off, and the existing column is not offered again.
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.chosenColumns().isEmpty());
}

void TestColumnPickerDialog::testChosenPropertiesInCatalogueOrder()
{
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(properties(), targets(), fetcher.function(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTableView *>(u"propertiesTableView"_s);
    auto *searchEdit = dialog.findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTest::keyClicks(searchEdit, u"lead"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    // A click on the row's type cell checks it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 2)).center());
    searchEdit->clear();
    const QModelIndex first
        = view->model()->match(view->model()->index(0, 1), Qt::DisplayRole, u"firstname"_s).value(0);
    QVERIFY(first.isValid());
    view->model()->setData(first.siblingAtColumn(0), Qt::Checked, Qt::CheckStateRole);

    const QList<TableColumn> chosen = dialog.chosenColumns();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0), TableColumn::forProperty(properties().at(2)));
    QCOMPARE(chosen.at(1), TableColumn::forProperty(properties().at(4)));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestColumnPickerDialog::testReadableTypeNames()
{
    QCOMPARE(ColumnPickerDialog::typeName(properties().at(3)), u"Dropdown select"_s);
    QCOMPARE(ColumnPickerDialog::typeName(properties().at(4)), u"Radio select"_s);
    QCOMPARE(ColumnPickerDialog::typeName(properties().at(2)), u"Single-line text"_s);
    QCOMPARE(ColumnPickerDialog::typeName(makeProperty(u"n"_s, u"N"_s, u"number"_s, u"number"_s)), u"Number"_s);
    QCOMPARE(ColumnPickerDialog::foldedForSearch(u"Fruit Préféré"_s), u"fruit prefere"_s);
}

void TestColumnPickerDialog::testAssociationLabelsComeFromFetcher()
{
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(properties(), targets(), fetcher.function(), {});
    auto *tabs = dialog.findChild<QTabWidget *>(u"pickerTabWidget"_s);
    auto *combo = dialog.findChild<QComboBox *>(u"associationTargetComboBox"_s);
    auto *list = dialog.findChild<QListWidget *>(u"associationLabelsListWidget"_s);
    QVERIFY(tabs && combo && list);
    QCOMPARE(combo->count(), 2);
    QVERIFY(fetcher.requested.isEmpty()); // nothing asked before the tab is opened

    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"associationsTab"_s));
    QCOMPARE(fetcher.requested, QStringList { u"companies"_s });
    QCOMPARE(list->count(), 1); // "Loading…"
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsUserCheckable));
    fetcher.pending.takeFirst()(companyLabels);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), u"Unlabeled"_s);
    QCOMPARE(list->item(1)->text(), u"Primary"_s);

    list->item(2)->setCheckState(Qt::Checked);
    // Switching targets and back keeps the choice.
    combo->setCurrentIndex(1);
    QCOMPARE(fetcher.requested.last(), u"2-3508482"_s);
    fetcher.pending.takeFirst()({ { u"USER_DEFINED"_s, 7, u"Owner"_s } });
    list->item(0)->setCheckState(Qt::Checked);
    combo->setCurrentIndex(0);
    fetcher.pending.takeFirst()(companyLabels);
    QCOMPARE(list->item(2)->checkState(), Qt::Checked);

    const QList<TableColumn> chosen = dialog.chosenColumns();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0), TableColumn::forAssociation(u"companies"_s, u"Company"_s, companyLabels.at(2)));
    QCOMPARE(chosen.at(1),
        TableColumn::forAssociation(
            u"2-3508482"_s, u"Car"_s, AssociationLabelInfo { u"USER_DEFINED"_s, 7, u"Owner"_s }));

    // A column already in the grid is checked and cannot be unchecked.
    ColumnPickerDialog again(properties(), targets(), fetcher.function(), { chosen.at(0).key() });
    again.findChild<QTabWidget *>(u"pickerTabWidget"_s)->setCurrentIndex(1);
    fetcher.pending.takeLast()(companyLabels);
    auto *againList = again.findChild<QListWidget *>(u"associationLabelsListWidget"_s);
    QCOMPARE(againList->item(2)->checkState(), Qt::Checked);
    QVERIFY(!(againList->item(2)->flags() & Qt::ItemIsEnabled));
    QVERIFY(again.chosenColumns().isEmpty());
}

void TestColumnPickerDialog::testStaleAssociationAnswerIsIgnored()
{
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(properties(), targets(), fetcher.function(), {});
    dialog.findChild<QTabWidget *>(u"pickerTabWidget"_s)->setCurrentIndex(1);
    auto *combo = dialog.findChild<QComboBox *>(u"associationTargetComboBox"_s);
    auto *list = dialog.findChild<QListWidget *>(u"associationLabelsListWidget"_s);
    combo->setCurrentIndex(1);
    QCOMPARE(fetcher.pending.size(), 2);
    fetcher.pending.at(0)(companyLabels); // the answer for companies arrives late
    QCOMPARE(list->count(), 1); // still loading the cars' labels
    fetcher.pending.at(1)({ { u"USER_DEFINED"_s, 7, u"Owner"_s } });
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Owner"_s);
}

// Saves pictures of both tabs when BATCHSMITH_SCREENSHOT_DIR names a folder, for people to look at.
void TestColumnPickerDialog::testRenderForReview()
{
    const QString folder = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("BATCHSMITH_SCREENSHOT_DIR is not set");
    QList<PropertyInfo> all = properties();
    all.append(makeProperty(u"annualrevenue"_s, u"Annual revenue"_s, u"number"_s, u"number"_s));
    all.append(makeProperty(u"closedate"_s, u"Close date"_s, u"date"_s, u"date"_s));
    all.append(makeProperty(u"hs_buying_role"_s, u"Buying role"_s, u"enumeration"_s, u"checkbox"_s));
    all.append(makeProperty(u"notes"_s, u"Notes"_s, u"string"_s, u"textarea"_s));
    all.append(makeProperty(u"phone"_s, u"Phone number"_s, u"string"_s, u"phonenumber"_s));
    all.append(makeProperty(u"subscribed"_s, u"Subscribed"_s, u"bool"_s, u"booleancheckbox"_s));
    FakeFetcher fetcher;
    ColumnPickerDialog dialog(all, targets(), fetcher.function(), { u"email"_s });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTableView *>(u"propertiesTableView"_s);
    const QModelIndex first
        = view->model()->match(view->model()->index(0, 1), Qt::DisplayRole, u"firstname"_s).value(0);
    view->model()->setData(first.siblingAtColumn(0), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(dialog.grab().save(folder + u"/columnpicker-en.png"_s));
    dialog.findChild<QTabWidget *>(u"pickerTabWidget"_s)->setCurrentIndex(1);
    fetcher.pending.takeFirst()(companyLabels);
    auto *list = dialog.findChild<QListWidget *>(u"associationLabelsListWidget"_s);
    list->item(1)->setCheckState(Qt::Checked);
    QVERIFY(dialog.grab().save(folder + u"/columnpicker-associations-en.png"_s));
}

QTEST_MAIN(TestColumnPickerDialog)
#include "testcolumnpickerdialog.moc"
