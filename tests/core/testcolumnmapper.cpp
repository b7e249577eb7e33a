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

/// HubSpot's own names, labels and types for default contact and company properties (as GET
/// /crm/v3/properties/{contacts|companies} lists them), the writable ones and the read-only ones exports carry.
struct DefaultProperty
{
    const char *name;
    const char *label;
    const char *type;
    const char *fieldType;
    bool writable;
};

constexpr DefaultProperty ContactDefaults[] = {
    { "firstname", "First Name", "string", "text", true },
    { "lastname", "Last Name", "string", "text", true },
    { "email", "Email", "string", "text", true },
    { "phone", "Phone Number", "string", "phonenumber", true },
    { "mobilephone", "Mobile Phone Number", "string", "phonenumber", true },
    { "fax", "Fax Number", "string", "phonenumber", true },
    { "salutation", "Salutation", "string", "text", true },
    { "company", "Company Name", "string", "text", true },
    { "jobtitle", "Job Title", "string", "text", true },
    { "website", "Website URL", "string", "text", true },
    { "address", "Street Address", "string", "text", true },
    { "city", "City", "string", "text", true },
    { "state", "State/Region", "string", "text", true },
    { "zip", "Postal Code", "string", "text", true },
    { "country", "Country/Region", "string", "text", true },
    { "industry", "Industry", "string", "text", true },
    { "annualrevenue", "Annual Revenue", "string", "text", true },
    { "numemployees", "Number of Employees", "enumeration", "select", true },
    { "lifecyclestage", "Lifecycle Stage", "enumeration", "radio", true },
    { "hs_lead_status", "Lead Status", "enumeration", "radio", true },
    { "hubspot_owner_id", "Contact owner", "enumeration", "select", true },
    { "message", "Message", "string", "textarea", true },
    { "date_of_birth", "Date of birth", "string", "text", true },
    { "twitterhandle", "Twitter Username", "string", "text", true },
    { "hs_object_id", "Record ID", "number", "number", false },
    { "createdate", "Create Date", "datetime", "date", false },
    { "lastmodifieddate", "Last Modified Date", "datetime", "date", false },
    { "notes_last_updated", "Last Activity Date", "datetime", "date", false },
    { "hs_analytics_source", "Original Traffic Source", "enumeration", "select", false },
};

constexpr DefaultProperty CompanyDefaults[] = {
    { "name", "Company name", "string", "text", true },
    { "domain", "Company Domain Name", "string", "text", true },
    { "website", "Website URL", "string", "text", true },
    { "phone", "Phone Number", "string", "phonenumber", true },
    { "address", "Street Address", "string", "text", true },
    { "address2", "Street Address 2", "string", "text", true },
    { "city", "City", "string", "text", true },
    { "state", "State/Region", "string", "text", true },
    { "zip", "Postal Code", "string", "text", true },
    { "country", "Country/Region", "string", "text", true },
    { "industry", "Industry", "enumeration", "select", true },
    { "annualrevenue", "Annual Revenue", "number", "number", true },
    { "numberofemployees", "Number of Employees", "number", "number", true },
    { "type", "Type", "enumeration", "select", true },
    { "lifecyclestage", "Lifecycle Stage", "enumeration", "radio", true },
    { "hs_lead_status", "Lead Status", "enumeration", "select", true },
    { "hubspot_owner_id", "Company owner", "enumeration", "select", true },
    { "description", "Description", "string", "textarea", true },
    { "founded_year", "Year Founded", "string", "text", true },
    { "timezone", "Time Zone", "enumeration", "select", true },
    { "linkedin_company_page", "LinkedIn Company Page", "string", "text", true },
    { "hs_object_id", "Record ID", "number", "number", false },
    { "createdate", "Create Date", "datetime", "date", false },
    { "hs_lastmodifieddate", "Last Modified Date", "datetime", "date", false },
    { "notes_last_updated", "Last Activity Date", "datetime", "date", false },
};

template <std::size_t N> QList<PropertyInfo> defaults(const DefaultProperty (&table)[N])
{
    QList<PropertyInfo> list;
    for (const DefaultProperty &d : table) {
        PropertyInfo p;
        p.name = QString::fromLatin1(d.name);
        p.label = QString::fromLatin1(d.label);
        p.type = QString::fromLatin1(d.type);
        p.fieldType = QString::fromLatin1(d.fieldType);
        p.readOnlyValue = !d.writable;
        p.hubspotDefined = true;
        if (p.name == u"hubspot_owner_id"_s)
            p.referencedObjectType = u"OWNER"_s;
        list.append(p);
    }
    return list;
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
        row("punctuation ignored after the exact match", u"E-mail"_s, u"email"_s, R::InternalName);
        row("underscores ignored", u"first_name"_s, u"firstname"_s, R::InternalName);
        row("punctuation in a label ignored", u"Mobile phone-number"_s, u"mobilephone"_s, R::Label);
        row("near label is not a match", u"Mobile"_s, QString(), R::None);
        row("usual export name", u"Email Address"_s, u"email"_s, R::CommonName);
        row("usual export name with punctuation", u"Zip/Postal Code"_s, QString(), R::None); // no zip here
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

    void testTypicalExportsMatchEveryColumn_data()
    {
        QTest::addColumn<QString>("objectType");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("keys"); // empty: a read-only column, skipped
        // HubSpot's own contacts export.
        QTest::newRow("HubSpot contacts export")
            << u"contacts"_s
            << QStringList { u"Record ID"_s, u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Phone Number"_s,
                   u"Contact owner"_s, u"Lifecycle Stage"_s, u"Lead Status"_s, u"Create Date"_s,
                   u"Last Activity Date"_s, u"Company Name"_s, u"Job Title"_s, u"Street Address"_s, u"City"_s,
                   u"State/Region"_s, u"Postal Code"_s, u"Country/Region"_s, u"Mobile Phone Number"_s, u"Website URL"_s,
                   u"Industry"_s, u"Annual Revenue"_s, u"Number of Employees"_s }
            << QStringList { QString(), u"firstname"_s, u"lastname"_s, u"email"_s, u"phone"_s, u"hubspot_owner_id"_s,
                   u"lifecyclestage"_s, u"hs_lead_status"_s, QString(), QString(), u"company"_s, u"jobtitle"_s,
                   u"address"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s, u"mobilephone"_s, u"website"_s,
                   u"industry"_s, u"annualrevenue"_s, u"numemployees"_s };
        // Issue #15's file: internal names, as bench/csv_load/make_csv.py writes them.
        QTest::newRow("internal names") << u"contacts"_s
                                        << QStringList { u"email"_s, u"firstname"_s, u"lastname"_s, u"company"_s,
                                               u"website"_s, u"address"_s, u"state"_s, u"zip"_s, u"country"_s,
                                               u"mobilephone"_s, u"industry"_s, u"annualrevenue"_s, u"numemployees"_s }
                                        << QStringList { u"email"_s, u"firstname"_s, u"lastname"_s, u"company"_s,
                                               u"website"_s, u"address"_s, u"state"_s, u"zip"_s, u"country"_s,
                                               u"mobilephone"_s, u"industry"_s, u"annualrevenue"_s, u"numemployees"_s };
        // A Salesforce leads report.
        QTest::newRow("Salesforce-style leads export")
            << u"contacts"_s
            << QStringList { u"First Name"_s, u"Last Name"_s, u"Title"_s, u"Company"_s, u"Email"_s, u"Phone"_s,
                   u"Mobile Phone"_s, u"Street"_s, u"City"_s, u"State/Province"_s, u"Zip/Postal Code"_s, u"Country"_s,
                   u"Website"_s, u"Industry"_s, u"Annual Revenue"_s, u"No. of Employees"_s, u"Lead Status"_s,
                   u"Lead Owner"_s }
            << QStringList { u"firstname"_s, u"lastname"_s, u"jobtitle"_s, u"company"_s, u"email"_s, u"phone"_s,
                   u"mobilephone"_s, u"address"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s, u"website"_s,
                   u"industry"_s, u"annualrevenue"_s, u"numemployees"_s, u"hs_lead_status"_s, u"hubspot_owner_id"_s };
        // A hand-made spreadsheet of contacts.
        QTest::newRow("spreadsheet contacts")
            << u"contacts"_s
            << QStringList { u"first_name"_s, u"last_name"_s, u"Email Address"_s, u"E-mail"_s, u"Zip Code"_s,
                   u"Company name"_s, u"job-title"_s, u"Owner"_s }
            << QStringList { u"firstname"_s, u"lastname"_s, u"email"_s, u"-"_s, u"zip"_s, u"company"_s, u"jobtitle"_s,
                   u"hubspot_owner_id"_s };
        QTest::newRow("HubSpot companies export")
            << u"companies"_s
            << QStringList { u"Record ID"_s, u"Company name"_s, u"Company Domain Name"_s, u"Company owner"_s,
                   u"Create Date"_s, u"Phone Number"_s, u"Last Activity Date"_s, u"City"_s, u"State/Region"_s,
                   u"Postal Code"_s, u"Country/Region"_s, u"Street Address"_s, u"Industry"_s, u"Type"_s,
                   u"Annual Revenue"_s, u"Number of Employees"_s, u"Lifecycle Stage"_s, u"Year Founded"_s,
                   u"Website URL"_s }
            << QStringList { QString(), u"name"_s, u"domain"_s, u"hubspot_owner_id"_s, QString(), u"phone"_s, QString(),
                   u"city"_s, u"state"_s, u"zip"_s, u"country"_s, u"address"_s, u"industry"_s, u"type"_s,
                   u"annualrevenue"_s, u"numberofemployees"_s, u"lifecyclestage"_s, u"founded_year"_s, u"website"_s };
        QTest::newRow("spreadsheet companies")
            << u"companies"_s
            << QStringList { u"Company Name"_s, u"Domain"_s, u"Website"_s, u"Phone"_s, u"Address"_s,
                   u"Address Line 2"_s, u"State"_s, u"Zip Code"_s, u"Employees"_s, u"Revenue"_s, u"Owner"_s,
                   u"Year Founded"_s }
            << QStringList { u"name"_s, u"domain"_s, u"website"_s, u"phone"_s, u"address"_s, u"address2"_s, u"state"_s,
                   u"zip"_s, u"numberofemployees"_s, u"annualrevenue"_s, u"hubspot_owner_id"_s, u"founded_year"_s };
    }

    void testTypicalExportsMatchEveryColumn()
    {
        QFETCH(QString, objectType);
        QFETCH(QStringList, header);
        QFETCH(QStringList, keys);
        const ColumnMapper mapper(objectType == u"contacts"_s ? defaults(ContactDefaults) : defaults(CompanyDefaults));
        const QList<ColumnMatch> matches = mapper.match(header);
        QCOMPARE(matches.size(), keys.size());
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const ColumnMatch &m = matches.at(i);
            const QString where = m.header + u" -> "_s + m.target.key() + u" (reason "_s
                + QString::number(int(m.reason)) + u' ' + m.detail + u')';
            if (keys.at(i) == u"-"_s) { // a second column for a target already taken
                QVERIFY2(m.reason == ColumnMatch::Reason::Duplicate, qPrintable(where));
                continue;
            }
            QVERIFY2(m.target.kind != ColumnTarget::Kind::Unmatched, qPrintable(where));
            if (keys.at(i).isEmpty()) {
                QVERIFY2(m.reason == ColumnMatch::Reason::ReadOnly, qPrintable(where));
                QCOMPARE(m.target.kind, ColumnTarget::Kind::Skip);
            } else {
                QVERIFY2(m.target.key() == keys.at(i), qPrintable(where));
            }
        }
    }

    void testCommonNamesFollowTheObjectType()
    {
        // "Company Name" is the contact's company field on contacts, and the name on companies.
        const ColumnMapper contacts(defaults(ContactDefaults));
        const ColumnMapper companies(defaults(CompanyDefaults));
        QCOMPARE(contacts.match({ u"Account Name"_s }).first().target.key(), u"company"_s);
        QCOMPARE(companies.match({ u"Account Name"_s }).first().target.key(), u"name"_s);
        QCOMPARE(contacts.match({ u"Employees"_s }).first().target.key(), u"numemployees"_s);
        QCOMPARE(companies.match({ u"Employees"_s }).first().target.key(), u"numberofemployees"_s);
        QCOMPARE(int(companies.match({ u"Employees"_s }).first().reason), int(ColumnMatch::Reason::CommonName));
        // Not a usual name of anything: left for the person.
        QCOMPARE(contacts.match({ u"Favourite colour"_s }).first().target.kind, ColumnTarget::Kind::Unmatched);
    }

    void testCompact()
    {
        QCOMPARE(ColumnMapper::compact(u" State/Région "_s), u"stateregion"_s);
        QCOMPARE(ColumnMapper::compact(u"hubspot_owner_id"_s), u"hubspotownerid"_s);
        QCOMPARE(ColumnMapper::compact(u"No. of Employees"_s), u"noofemployees"_s);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "testcolumnmapper.moc"
