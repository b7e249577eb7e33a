// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "gui/import/columnmappingdialog.h"
#include "gui/settings/languagemanager.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

PropertyInfo property(const QString &name, const QString &label, bool writable = true)
{
    PropertyInfo p;
    p.name = name;
    p.label = label;
    p.type = u"string"_s;
    p.fieldType = u"text"_s;
    p.readOnlyValue = !writable;
    return p;
}

ColumnMapper contactsMapper()
{
    const QList<PropertyInfo> properties {
        property(u"email"_s, u"Email"_s),
        property(u"firstname"_s, u"First Name"_s),
        property(u"lastname"_s, u"Last Name"_s),
        property(u"phone"_s, u"Phone Number"_s),
        property(u"mobilephone"_s, u"Mobile Phone Number"_s),
        property(u"lifecyclestage"_s, u"Lifecycle Stage"_s),
        property(u"jobtitle"_s, u"Job Title"_s),
        property(u"city"_s, u"City"_s),
        property(u"hs_object_id"_s, u"Record ID"_s, false),
        property(u"createdate"_s, u"Create Date"_s, false),
    };
    const QList<TableColumn> associations {
        TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 1, u"Primary"_s }),
        TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 279, QString() }),
    };
    return ColumnMapper(properties, associations);
}

const QStringList Header { u"Email"_s, u"FIRSTNAME"_s, u"Nom"_s, u"Mobile"_s, u"Job Title"_s, u"Record ID"_s,
    u"assoc:companies:279"_s, u"Notes"_s, u"Ville"_s };

const QList<QStringList> Rows {
    { u"ada@analytical.example"_s, u"Ada"_s, u"Lovelace"_s, u"+44 20 7946 0001"_s, u"Analyst"_s, u"101"_s, u"5001"_s,
        u"Met at the expo"_s, u"London"_s },
    { u"grace@navy.example"_s, u"Grace"_s, u"Hopper"_s, QString(), u"Rear Admiral"_s, u"102"_s, u"5002"_s, QString(),
        u"Arlington"_s },
    { u"katherine@nasa.example"_s, u"Katherine"_s, u"Johnson"_s, u"+1 757 555 0100"_s, u"Mathematician"_s, u"103"_s,
        QString(), u"Call back in May"_s, u"Hampton"_s },
    { u"not.a.sample@example.com"_s, u"Fourth"_s, u"Row"_s, QString(), QString(), QString(), QString(), QString(),
        QString() },
};

QTableWidget *table(QDialog &dialog)
{
    return dialog.findChild<QTableWidget *>(u"mappingTableWidget"_s);
}

QComboBox *combo(QDialog &dialog, int column)
{
    return dialog.findChild<QComboBox *>(u"targetComboBox%1"_s.arg(column));
}

/// Picks the entry whose text is @p text in the combo of @p column, as a person would.
void pick(QDialog &dialog, int column, const QString &text)
{
    QComboBox *box = combo(dialog, column);
    QVERIFY(box);
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

QString summary(QDialog &dialog)
{
    return dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
}

} // namespace

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testProposalIsShown()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        QTableWidget *rows = table(dialog);
        QCOMPARE(rows->rowCount(), Header.size());
        QCOMPARE(rows->item(0, 0)->text(), u"Email"_s);
        // Three example values at most.
        QCOMPARE(
            rows->item(0, 1)->text(), u"ada@analytical.example  ·  grace@navy.example  ·  katherine@nasa.example"_s);
        QVERIFY(!rows->item(0, 1)->text().contains(u"not.a.sample"_s));
        QCOMPARE(combo(dialog, 0)->currentText(), u"Email (email)"_s);
        QCOMPARE(combo(dialog, 1)->currentText(), u"First Name (firstname)"_s);
        QCOMPARE(combo(dialog, 6)->currentText(), u"Company"_s);
        QCOMPARE(rows->item(5, 3)->text(), u"Skipped: hs_object_id is read-only in HubSpot"_s);
        // Nom, Mobile, Notes and Ville match nothing.
        QCOMPARE(dialog.unmatchedCount(), 4);
        QVERIFY(summary(dialog).contains(u"4 column(s) not matched"_s));
        QVERIFY(rows->item(2, 0)->background().style() != Qt::NoBrush);
        QVERIFY(rows->item(0, 0)->background().style() == Qt::NoBrush);
        // OK stays allowed: what is left unmatched is not imported, and the summary says so.
        auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(summary(dialog).contains(u"not imported"_s));
    }

    void testReadOnlyPropertiesAreNotOffered()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        QComboBox *box = combo(dialog, 3);
        QVERIFY(box->findText(u"Mobile Phone Number (mobilephone)"_s) >= 0);
        QVERIFY(box->findText(u"Record ID (hs_object_id)"_s) < 0);
        QVERIFY(box->findText(u"Create Date (createdate)"_s) < 0);
        QVERIFY(box->findText(u"Company (Primary)"_s) >= 0);
        QVERIFY(box->findText(u"Skip this column"_s) >= 0);
    }

    void testPickAndSkip()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        pick(dialog, 2, u"Last Name (lastname)"_s);
        pick(dialog, 3, u"Mobile Phone Number (mobilephone)"_s);
        pick(dialog, 7, u"Skip this column"_s);
        QCOMPARE(dialog.unmatchedCount(), 1);
        QVERIFY(summary(dialog).contains(u"1 column(s) not matched"_s));
        pick(dialog, 8, u"City (city)"_s);
        QCOMPARE(dialog.unmatchedCount(), 0);
        QVERIFY(summary(dialog).contains(u"Every column is matched: 7 will be imported."_s));
        QVERIFY(summary(dialog).contains(u"2 skipped."_s));
        const QList<ColumnMatch> choices = dialog.choices();
        QCOMPARE(choices.at(2).target.key(), u"lastname"_s);
        QCOMPARE(int(choices.at(2).reason), int(ColumnMatch::Reason::Chosen));
        QCOMPARE(choices.at(3).target.key(), u"mobilephone"_s);
        QCOMPARE(choices.at(7).target.kind, ColumnTarget::Kind::Skip);
        QCOMPARE(table(dialog)->item(2, 3)->text(), u"Your choice"_s);
        QVERIFY(table(dialog)->item(2, 0)->background().style() == Qt::NoBrush);
    }

    void testTakingATargetUnmatchesTheOtherColumn()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        pick(dialog, 3, u"Email (email)"_s);
        QCOMPARE(dialog.choices().at(3).target.key(), u"email"_s);
        QCOMPARE(dialog.choices().at(0).target.kind, ColumnTarget::Kind::Unmatched);
        QCOMPARE(int(dialog.choices().at(0).reason), int(ColumnMatch::Reason::Duplicate));
        QCOMPARE(combo(dialog, 0)->currentIndex(), 0); // "— Not matched —"
        QVERIFY(summary(dialog).contains(u"“Mobile” now goes there instead of “Email”"_s));
    }

    void testShowOnlyUnmatched()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        dialog.findChild<QCheckBox *>(u"unmatchedOnlyCheckBox"_s)->setChecked(true);
        QVERIFY(table(dialog)->isRowHidden(0));
        QVERIFY(!table(dialog)->isRowHidden(2));
        pick(dialog, 2, u"Last Name (lastname)"_s);
        QVERIFY(table(dialog)->isRowHidden(2));
    }

    void testResultsFileColumns()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"results.csv"_s, { u"email"_s, u"__status"_s, u"__id"_s, u"__error"_s },
            { { u"a@example.com"_s, u"failed"_s, QString(), u"VALIDATION_ERROR: bad"_s } });
        QCOMPARE(dialog.unmatchedCount(), 0);
        QCOMPARE(dialog.choices().at(1).target.kind, ColumnTarget::Kind::Outcome);
        QCOMPARE(combo(dialog, 1)->count(), 2); // the outcome or skip: never a property
        QCOMPARE(combo(dialog, 1)->currentText(), u"Row status (from a results file)"_s);
        QVERIFY(summary(dialog).contains(u"results file"_s));
        QCOMPARE(table(dialog)->item(2, 3)->text(), u"Results file"_s);
    }

    void testPastedBlockWithAndWithoutHeader()
    {
        ColumnMappingDialog dialog(contactsMapper());
        const QList<QStringList> withHeader { { u"Email"_s, u"First Name"_s }, { u"a@example.com"_s, u"Ann"_s } };
        dialog.setPastedCells(withHeader);
        auto *header = dialog.findChild<QCheckBox *>(u"firstRowHeaderCheckBox"_s);
        QVERIFY(header->isVisibleTo(&dialog));
        QVERIFY(header->isChecked());
        QVERIFY(dialog.firstRowIsHeader());
        QCOMPARE(dialog.pastedRows(), (QList<QStringList> { { u"a@example.com"_s, u"Ann"_s } }));
        QCOMPARE(dialog.choices().at(1).target.key(), u"firstname"_s);

        const QList<QStringList> valuesOnly { { u"b@example.com"_s, u"Bob"_s }, { u"c@example.com"_s, u"Cy"_s } };
        dialog.setPastedCells(valuesOnly);
        QVERIFY(!header->isChecked());
        QCOMPARE(dialog.pastedRows(), valuesOnly);
        QCOMPARE(dialog.header(), (QStringList { u"Column 1"_s, u"Column 2"_s }));
        QCOMPARE(dialog.unmatchedCount(), 2);
        QVERIFY(!dialog.rememberChoices()); // made-up names are not remembered
        QCOMPARE(table(dialog)->item(0, 1)->text(), u"b@example.com  ·  c@example.com"_s);
        header->setChecked(true);
        QCOMPARE(dialog.header(), (QStringList { u"b@example.com"_s, u"Bob"_s }));
        QCOMPARE(dialog.pastedRows().size(), 1);
    }

    void testNoticeIsShown()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"legacy.csv"_s, Header, Rows);
        auto *notice = dialog.findChild<QLabel *>(u"noticeLabel"_s);
        QVERIFY(!notice->isVisibleTo(&dialog));
        dialog.setNotice(u"legacy.csv is not UTF-8; read it as Windows-1252."_s);
        QVERIFY(notice->isVisibleTo(&dialog));
        QVERIFY(notice->text().contains(u"Windows-1252"_s));
    }

    void testAcceptedThroughOpen()
    {
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setFile(u"contacts.csv"_s, Header, Rows);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    void testScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "fr", "ja", "pt" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    /// Pictures of the mapping step in each language (BATCHSMITH_SCREENSHOT_DIR), to check the layout.
    void testScreenshots()
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set BATCHSMITH_SCREENSHOT_DIR to save pictures of the windows");
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setLanguage(language);
        ColumnMappingDialog dialog(contactsMapper());
        dialog.setObjectTypeLabel(u"Contacts"_s);
        dialog.setFile(u"trade-show-leads.csv"_s, Header, Rows);
        dialog.resize(1040, 470); // the size it takes on a desktop screen (the offscreen one is 800 pixels wide)
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QDir(shots).filePath(u"mappingdialog-%1.png"_s.arg(language))));
        languages.setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestColumnMappingDialog)
#include "testcolumnmappingdialog.moc"
