// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/import/columnmapper.h"
#include "core/settings/settings.h"

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

QList<PropertyInfo> contactProperties()
{
    return {
        property(u"email"_s, u"Email"_s),
        property(u"firstname"_s, u"First Name"_s),
        property(u"lastname"_s, u"Last Name"_s),
        property(u"prenom_usuel"_s, u"Prénom"_s),
        property(u"mobilephone"_s, u"Mobile Phone Number"_s),
        property(u"phone"_s, u"Phone Number"_s),
        property(u"hs_object_id"_s, u"Record ID"_s, false),
        property(u"createdate"_s, u"Create Date"_s, false),
        property(u"region_a"_s, u"Region"_s),
        property(u"region_b"_s, u"Region"_s),
    };
}

TableColumn primaryCompany()
{
    return TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"HUBSPOT_DEFINED"_s, 1, u"Primary"_s });
}

TableColumn managerLabel()
{
    return TableColumn::forAssociation(u"companies"_s, u"Company"_s, { u"USER_DEFINED"_s, 42, u"Manager"_s });
}

ColumnMapper contactsMapper()
{
    return ColumnMapper(contactProperties(), { primaryCompany(), managerLabel() },
        { { u"companies"_s, u"0-2"_s, u"Company"_s, u"Companies"_s, false },
            { u"2-3508482"_s, u"2-3508482"_s, u"Car"_s, u"Cars"_s, true } });
}

} // namespace

class TestColumnMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testNormalized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case") << u"FIRSTNAME"_s << u"firstname"_s;
        QTest::newRow("accents") << u"Prénom"_s << u"prenom"_s;
        QTest::newRow("accents upper") << u"PRÉNOM"_s << u"prenom"_s;
        QTest::newRow("composed vs decomposed") << u"Pre\u0301nom"_s << u"prenom"_s;
        QTest::newRow("spaces") << u"  First   Name "_s << u"first name"_s;
        QTest::newRow("punctuation kept") << u"E-mail"_s << u"e-mail"_s;
        QTest::newRow("japanese unchanged") << u"メール"_s << u"メール"_s;
        QTest::newRow("portuguese") << u"Endereço de E-mail"_s << u"endereco de e-mail"_s;
    }

    void testNormalized()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ColumnMapper::normalized(text), expected);
    }

    void testMatch_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("reason");
        const auto row = [](const char *name, const QString &header, const QString &key, ColumnMatch::Reason reason) {
            QTest::newRow(name) << header << key << int(reason);
        };
        using R = ColumnMatch::Reason;
        row("internal name", u"email"_s, u"email"_s, R::InternalName);
        row("internal name upper case", u"FIRSTNAME"_s, u"firstname"_s, R::InternalName);
        row("label", u"First Name"_s, u"firstname"_s, R::Label);
        row("label other case and spaces", u" last  NAME"_s, u"lastname"_s, R::Label);
        row("label with accents", u"Prénom"_s, u"prenom_usuel"_s, R::Label);
        row("label without accents", u"prenom"_s, u"prenom_usuel"_s, R::Label);
        row("label upper with accents", u"PRÉNOM"_s, u"prenom_usuel"_s, R::Label);
        row("punctuation is not ignored", u"E-mail"_s, QString(), R::None);
        row("near label is not a match", u"Mobile"_s, QString(), R::None);
        row("read-only name is skipped", u"hs_object_id"_s, QString(), R::ReadOnly);
        row("read-only label is skipped", u"Create Date"_s, QString(), R::ReadOnly);
        row("two properties share a label", u"Region"_s, QString(), R::Ambiguous);
        row("assoc key known", u"assoc:companies:1"_s, u"assoc:companies:1"_s, R::InternalName);
        row("assoc key with category", u"assoc:companies:USER_DEFINED:42"_s, u"assoc:companies:USER_DEFINED:42"_s,
            R::InternalName);
        row("assoc key not in the catalogue", u"assoc:2-3508482:7"_s, u"assoc:2-3508482:7"_s, R::InternalName);
        row("malformed assoc key", u"assoc:companies"_s, QString(), R::None);
        row("association title", u"Company (Primary)"_s, u"assoc:companies:1"_s, R::Label);
        row("status", u"__status"_s, u"__status"_s, R::OutcomeColumn);
        row("id", u"__ID"_s, u"__id"_s, R::OutcomeColumn);
        row("error", u"__error"_s, u"__error"_s, R::OutcomeColumn);
        row("empty header", u"  "_s, QString(), R::Empty);
    }

    void testMatch()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QFETCH(int, reason);
        const QList<ColumnMatch> matches = contactsMapper().match({ header });
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().header, header);
        QCOMPARE(matches.first().target.key(), key);
        QCOMPARE(int(matches.first().reason), reason);
        if (!key.isEmpty())
            QVERIFY(contactsMapper().targetForKey(key).has_value());
    }

    void testReasonsExplainThemselves()
    {
        const QList<ColumnMatch> matches = contactsMapper().match({ u"Region"_s, u"Record ID"_s });
        QCOMPARE(matches.at(0).detail, u"region_a, region_b"_s);
        QCOMPARE(matches.at(0).target.kind, ColumnTarget::Kind::Unmatched);
        QCOMPARE(matches.at(1).detail, u"hs_object_id"_s);
        QCOMPARE(matches.at(1).target.kind, ColumnTarget::Kind::Skip);
    }

    void testAssociationFromKeyCarriesTheTarget()
    {
        const QList<ColumnMatch> matches
            = contactsMapper().match({ u"assoc:2-3508482:USER_DEFINED:7"_s, u"assoc:companies:USER_DEFINED:42"_s });
        const TableColumn car = matches.at(0).target.column;
        QCOMPARE(car.kind, TableColumn::Kind::Association);
        QCOMPARE(car.toObjectType, u"2-3508482"_s);
        QCOMPARE(car.toObjectLabel, u"Car"_s);
        QCOMPARE(car.association.category, u"USER_DEFINED"_s);
        QCOMPARE(car.association.typeId, 7);
        // A known association keeps its label from the catalogue.
        QCOMPARE(matches.at(1).target.column, managerLabel());
        QCOMPARE(matches.at(1).target.column.title(), u"Company (Manager)"_s);
    }

    void testEachTargetGoesToOneColumn()
    {
        const QList<ColumnMatch> matches = contactsMapper().match({ u"Email"_s, u"email"_s, u"First Name"_s });
        QCOMPARE(matches.at(0).target.key(), u"email"_s);
        QCOMPARE(matches.at(1).target.kind, ColumnTarget::Kind::Unmatched);
        QCOMPARE(int(matches.at(1).reason), int(ColumnMatch::Reason::Duplicate));
        QCOMPARE(matches.at(1).detail, u"Email"_s);
        QCOMPARE(matches.at(2).target.key(), u"firstname"_s);
    }

    void testReadOnlyPropertiesAreNotOffered()
    {
        const ColumnMapper mapper = contactsMapper();
        QStringList keys;
        for (const TableColumn &column : mapper.offeredColumns())
            keys.append(column.key());
        QVERIFY(keys.contains(u"email"_s));
        QVERIFY(keys.contains(u"assoc:companies:USER_DEFINED:42"_s));
        QVERIFY(!keys.contains(u"hs_object_id"_s));
        QVERIFY(!keys.contains(u"createdate"_s));
        QVERIFY(!mapper.targetForKey(u"hs_object_id"_s));
        // Offered by label.
        QCOMPARE(keys.first(), u"email"_s);
    }

    void testRememberedChoiceWins()
    {
        ColumnMapper mapper = contactsMapper();
        const QStringList header { u"Mobile"_s, u"Email"_s, u"Notes"_s, u"Region"_s };
        QList<ColumnMatch> choices = mapper.match(header);
        QCOMPARE(choices.at(0).target.kind, ColumnTarget::Kind::Unmatched);
        // The person maps "Mobile" to the mobile phone, skips "Notes", leaves "Region" open, keeps "Email".
        choices[0].target = *mapper.targetForKey(u"mobilephone"_s);
        choices[2].target = ColumnTarget::skip();
        const QMap<QString, QString> remembered = mapper.remember({}, choices);
        QCOMPARE(remembered, (QMap<QString, QString> { { u"mobile"_s, u"mobilephone"_s }, { u"notes"_s, QString() } }));

        mapper.setRemembered(remembered);
        const QList<ColumnMatch> again = mapper.match({ u"MOBILE "_s, u"notes"_s, u"Email"_s });
        QCOMPARE(again.at(0).target.key(), u"mobilephone"_s);
        QCOMPARE(int(again.at(0).reason), int(ColumnMatch::Reason::Remembered));
        QCOMPARE(again.at(1).target.kind, ColumnTarget::Kind::Skip);
        QCOMPARE(int(again.at(1).reason), int(ColumnMatch::Reason::Remembered));
        QCOMPARE(int(again.at(2).reason), int(ColumnMatch::Reason::InternalName));
    }

    void testRememberingTheAutomaticChoiceForgetsIt()
    {
        const ColumnMapper mapper = contactsMapper();
        QList<ColumnMatch> choices = mapper.match({ u"Email"_s });
        const QMap<QString, QString> previous { { u"email"_s, u"phone"_s }, { u"other"_s, u"lastname"_s } };
        QCOMPARE(mapper.remember(previous, choices), (QMap<QString, QString> { { u"other"_s, u"lastname"_s } }));
    }

    void testRememberedTargetThatIsGoneFallsBack()
    {
        ColumnMapper mapper = contactsMapper();
        mapper.setRemembered({ { u"email"_s, u"deleted_property"_s }, { u"first name"_s, u"createdate"_s } });
        const QList<ColumnMatch> matches = mapper.match({ u"Email"_s, u"First Name"_s });
        QCOMPARE(matches.at(0).target.key(), u"email"_s);
        QCOMPARE(int(matches.at(0).reason), int(ColumnMatch::Reason::InternalName));
        QCOMPARE(matches.at(1).target.key(), u"firstname"_s);
        QCOMPARE(int(matches.at(1).reason), int(ColumnMatch::Reason::Label));
    }

    void testRememberedPerObjectTypeInSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            Settings settings(file);
            settings.setColumnMapping(u"0-1"_s, { { u"mobile"_s, u"mobilephone"_s }, { u"notes"_s, QString() } });
            settings.setColumnMapping(u"0-2"_s, { { u"mobile"_s, u"phone"_s } });
        }
        Settings settings(file);
        QCOMPARE(settings.columnMapping(u"0-1"_s),
            (QMap<QString, QString> { { u"mobile"_s, u"mobilephone"_s }, { u"notes"_s, QString() } }));
        QCOMPARE(settings.columnMapping(u"0-2"_s), (QMap<QString, QString> { { u"mobile"_s, u"phone"_s } }));
        QVERIFY(settings.columnMapping(u"0-3"_s).isEmpty());
        settings.setColumnMapping(u"0-2"_s, {});
        QVERIFY(settings.columnMapping(u"0-2"_s).isEmpty());

        ColumnMapper mapper = contactsMapper();
        mapper.setRemembered(settings.columnMapping(u"0-1"_s));
        QCOMPARE(mapper.match({ u"Mobile"_s }).first().target.key(), u"mobilephone"_s);
    }

    void testDataColumnMap()
    {
        const ColumnMapper mapper = contactsMapper();
        const QList<ColumnMatch> choices
            = mapper.match({ u"Email"_s, u"Notes"_s, u"assoc:companies:1"_s, u"__status"_s, u"First Name"_s });
        const QList<TableColumn> existing { TableColumn::forProperty(contactProperties().at(1)) }; // firstname
        const QList<TableColumn> missing = ColumnMapper::missingColumns(choices, existing);
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).key(), u"email"_s);
        QCOMPARE(missing.at(1).key(), u"assoc:companies:1"_s);
        const QList<int> map = ColumnMapper::dataColumnMap(choices, existing + missing);
        QCOMPARE(map, (QList<int> { 1, -1, 2, -1, 0 }));
    }

    void testOutcomeFromCells_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("property");
        const auto row = [](const char *name, const QString &status, const QString &id, const QString &error,
                             bool valid, RowStatus expected, const QString &category = {}, const QString &code = {},
                             const QString &message = {}, const QString &property = {}) {
            QTest::newRow(name) << status << id << error << valid << int(expected) << category << code << message
                                << property;
        };
        row("created", u"created"_s, u"101"_s, QString(), true, RowStatus::Created);
        row("updated any case", u"Updated"_s, u"102"_s, QString(), true, RowStatus::Updated);
        row("failed with code and property", u"failed"_s, QString(),
            u"VALIDATION_ERROR/INVALID_OPTION: partner is not a valid option (property lifecyclestage)"_s, true,
            RowStatus::Failed, u"VALIDATION_ERROR"_s, u"INVALID_OPTION"_s, u"partner is not a valid option"_s,
            u"lifecyclestage"_s);
        row("failed with category only", u"failed"_s, QString(), u"CONFLICT: Contact already exists"_s, true,
            RowStatus::Failed, u"CONFLICT"_s, QString(), u"Contact already exists"_s);
        row("free text error", u"failed"_s, QString(), u"something odd"_s, true, RowStatus::Failed, QString(),
            QString(), u"something odd"_s);
        row("unknown", u"unknown"_s, QString(), u"TIMEOUT: no answer"_s, true, RowStatus::Unknown, u"TIMEOUT"_s,
            QString(), u"no answer"_s);
        row("skipped", u"skipped"_s, QString(), QString(), true, RowStatus::Skipped);
        row("empty is pending", QString(), QString(), QString(), true, RowStatus::Pending);
        row("typo", u"craeted"_s, u"1"_s, QString(), false, RowStatus::Pending);
    }

    void testOutcomeFromCells()
    {
        QFETCH(QString, status);
        QFETCH(QString, id);
        QFETCH(QString, error);
        QFETCH(bool, valid);
        const auto outcome = ColumnMapper::outcomeFromCells(status, id, error);
        QCOMPARE(outcome.has_value(), valid);
        if (!valid)
            return;
        QTEST(int(outcome->status), "expectedStatus");
        QCOMPARE(outcome->id, id);
        QTEST(outcome->category, "category");
        QTEST(outcome->code, "code");
        QTEST(outcome->message, "message");
        QTEST(outcome->property, "property");
    }
};

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "testcolumnmapper.moc"
