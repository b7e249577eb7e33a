// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/catalog/valuevalidator.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

PropertyInfo makeProperty(const QString &name, const QString &type, const QString &fieldType)
{
    PropertyInfo p;
    p.name = name;
    p.label = name.left(1).toUpper() + name.mid(1);
    p.type = type;
    p.fieldType = fieldType;
    return p;
}

PropertyInfo withOptions(PropertyInfo p, const QStringList &valueLabelPairs)
{
    for (qsizetype i = 0; i + 1 < valueLabelPairs.size(); i += 2)
        p.options.append({ valueLabelPairs.at(i + 1), valueLabelPairs.at(i), false });
    return p;
}

PropertyInfo text()
{
    return makeProperty(u"firstname"_s, u"string"_s, u"text"_s);
}

PropertyInfo number()
{
    return makeProperty(u"amount"_s, u"number"_s, u"number"_s);
}

PropertyInfo boolean()
{
    return makeProperty(u"opted_in"_s, u"bool"_s, u"booleancheckbox"_s);
}

PropertyInfo email()
{
    return makeProperty(u"email"_s, u"string"_s, u"text"_s);
}

PropertyInfo date()
{
    return makeProperty(u"birthday"_s, u"date"_s, u"date"_s);
}

PropertyInfo dateTime()
{
    return makeProperty(u"last_seen"_s, u"datetime"_s, u"date"_s);
}

PropertyInfo stage()
{
    PropertyInfo p = withOptions(makeProperty(u"lifecyclestage"_s, u"enumeration"_s, u"radio"_s),
        { u"lead"_s, u"Lead"_s, u"customer"_s, u"Customer"_s, u"marketingqualifiedlead"_s,
            u"Marketing Qualified Lead"_s, u"old"_s, u"Old"_s });
    p.label = u"Lifecycle stage"_s;
    p.options[3].hidden = true;
    return p;
}

PropertyInfo flavours()
{
    return withOptions(makeProperty(u"flavours"_s, u"enumeration"_s, u"checkbox"_s),
        { u"chocolate"_s, u"Chocolate"_s, u"strawberry"_s, u"Strawberry"_s, u"vanilla"_s, u"Vanilla"_s });
}

PropertyInfo manyOptions()
{
    QStringList pairs;
    for (int i = 1; i <= 12; ++i)
        pairs << u"v%1"_s.arg(i) << u"Value %1"_s.arg(i);
    return withOptions(makeProperty(u"tier"_s, u"enumeration"_s, u"select"_s), pairs);
}

} // namespace

class TestValueValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testKind_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fieldType");
        QTest::addColumn<bool>("calculated");
        QTest::addColumn<PropertyKind>("kind");
        QTest::newRow("bool") << u"bool"_s << u"booleancheckbox"_s << false << PropertyKind::Bool;
        QTest::newRow("enum as boolean checkbox")
            << u"enumeration"_s << u"booleancheckbox"_s << false << PropertyKind::Bool;
        QTest::newRow("enum checkbox") << u"enumeration"_s << u"checkbox"_s << false << PropertyKind::MultiEnumeration;
        QTest::newRow("enum select") << u"enumeration"_s << u"select"_s << false << PropertyKind::Enumeration;
        QTest::newRow("enum radio") << u"enumeration"_s << u"radio"_s << false << PropertyKind::Enumeration;
        QTest::newRow("date") << u"date"_s << u"date"_s << false << PropertyKind::Date;
        QTest::newRow("datetime") << u"datetime"_s << u"date"_s << false << PropertyKind::DateTime;
        QTest::newRow("dateTime") << u"dateTime"_s << u"date"_s << false << PropertyKind::DateTime;
        QTest::newRow("number") << u"number"_s << u"number"_s << false << PropertyKind::Number;
        QTest::newRow("string") << u"string"_s << u"textarea"_s << false << PropertyKind::Text;
        QTest::newRow("phone") << u"phone_number"_s << u"phonenumber"_s << false << PropertyKind::Text;
        QTest::newRow("file") << u"string"_s << u"file"_s << false << PropertyKind::Unsupported;
        QTest::newRow("calculated") << u"number"_s << u"calculation_equation"_s << true << PropertyKind::Unsupported;
        QTest::newRow("unknown type") << u"object_coordinates"_s << u"text"_s << false << PropertyKind::Unsupported;
    }

    void testKind()
    {
        QFETCH(QString, type);
        QFETCH(QString, fieldType);
        QFETCH(bool, calculated);
        QFETCH(PropertyKind, kind);
        PropertyInfo p = makeProperty(u"p"_s, type, fieldType);
        p.calculated = calculated;
        QCOMPARE(p.kind(), kind);
    }

    void testWritableAndLabels()
    {
        PropertyInfo p = stage();
        QVERIFY(p.isWritable());
        QCOMPARE(p.labelForValue(u"customer"_s), u"Customer"_s);
        QCOMPARE(p.labelForValue(u"unknown"_s), u"unknown"_s);
        p.archived = true;
        QVERIFY(!p.isWritable());
        p.archived = false;
        p.readOnlyValue = true;
        QVERIFY(!p.isWritable());
    }

    void testProblem_data()
    {
        QTest::addColumn<PropertyInfo>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: valid; otherwise the whole message

        PropertyInfo readOnly = makeProperty(u"hs_object_id"_s, u"number"_s, u"number"_s);
        readOnly.label = u"Record ID"_s;
        readOnly.readOnlyValue = true;
        PropertyInfo calculated = makeProperty(u"score"_s, u"number"_s, u"calculation_equation"_s);
        calculated.calculated = true;
        PropertyInfo archived = text();
        archived.archived = true;
        PropertyInfo noOptions = makeProperty(u"tier"_s, u"enumeration"_s, u"select"_s);

        QTest::newRow("empty is valid") << readOnly << QString() << QString();
        QTest::newRow("read-only") << readOnly << u"12"_s
                                   << u"“12” cannot be set: Record ID is read-only: HubSpot computes it."_s;
        QTest::newRow("calculated") << calculated << u"3"_s
                                    << u"“3” cannot be set: Score is read-only: HubSpot computes it."_s;
        QTest::newRow("archived") << archived << u"Ann"_s
                                  << u"“Ann” cannot be set: Firstname is archived in HubSpot."_s;
        QTest::newRow("text") << text() << u"Ann"_s << QString();
        QTest::newRow("text at the limit") << text() << QString(65536, u'x') << QString();
        QTest::newRow("text too long") << text() << QString(65537, u'x')
                                       << u"The value of Firstname is 65,537 characters long; HubSpot accepts at most "
                                          "65,536."_s;

        QTest::newRow("integer") << number() << u"17"_s << QString();
        QTest::newRow("decimal") << number() << u"1234.5"_s << QString();
        QTest::newRow("negative") << number() << u"-3"_s << QString();
        QTest::newRow("plus sign") << number() << u"+3"_s << QString();
        QTest::newRow("leading point") << number() << u".5"_s << QString();
        const QString notNumber = u"“%1” is not a number that Amount accepts: use digits, an optional sign and at "
                                  "most one decimal point, as in 1234.5."_s;
        QTest::newRow("two points") << number() << u"1.2.3"_s << notNumber.arg(u"1.2.3"_s);
        QTest::newRow("thousands comma") << number() << u"1,234"_s << notNumber.arg(u"1,234"_s);
        QTest::newRow("exponent") << number() << u"1e5"_s << notNumber.arg(u"1e5"_s);
        QTest::newRow("words") << number() << u"ten"_s << notNumber.arg(u"ten"_s);
        QTest::newRow("sign alone") << number() << u"-"_s << notNumber.arg(u"-"_s);
        QTest::newRow("spaces") << number() << u" 12 "_s << notNumber.arg(u" 12 "_s);

        QTest::newRow("true") << boolean() << u"true"_s << QString();
        QTest::newRow("false") << boolean() << u"false"_s << QString();
        QTest::newRow("yes") << boolean() << u"yes"_s << u"“yes” is not a value of Opted_in: use true or false."_s;
        QTest::newRow("TRUE") << boolean() << u"TRUE"_s << u"“TRUE” is not a value of Opted_in: use true or false."_s;

        QTest::newRow("option") << stage() << u"customer"_s << QString();
        QTest::newRow("hidden option") << stage() << u"old"_s << QString();
        QTest::newRow("not an option")
            << stage() << u"gold"_s
            << u"“gold” is not one of the options of Lifecycle stage: lead, customer, marketingqualifiedlead."_s;
        QTest::newRow("label instead of value")
            << stage() << u"Marketing Qualified Lead"_s
            << u"“Marketing Qualified Lead” is not an option value of Lifecycle stage; did you mean "
               "“marketingqualifiedlead”?"_s;
        QTest::newRow("long option list shortened")
            << manyOptions() << u"v13"_s
            << u"“v13” is not one of the options of Tier: v1, v2, v3, v4, v5, v6, v7, v8…."_s;
        QTest::newRow("no options") << noOptions << u"a"_s << u"“a” cannot be set: Tier has no options."_s;

        QTest::newRow("one checkbox") << flavours() << u"vanilla"_s << QString();
        QTest::newRow("two checkboxes") << flavours() << u"chocolate;strawberry"_s << QString();
        QTest::newRow("append checkbox") << flavours() << u";vanilla"_s << QString();
        QTest::newRow("bad checkbox part")
            << flavours() << u"chocolate;mint"_s
            << u"“mint” in “chocolate;mint” is not one of the options of Flavours: chocolate, strawberry, vanilla."_s;

        QTest::newRow("email") << email() << u"ann@example.com"_s << QString();
        QTest::newRow("email plus") << email() << u"ann.lee+news@mail.example.co.uk"_s << QString();
        const QString badEmail = u"“%1” is not an email address, which Email needs."_s;
        QTest::newRow("email no domain dot") << email() << u"ann@example"_s << badEmail.arg(u"ann@example"_s);
        QTest::newRow("email no at") << email() << u"ann.example.com"_s << badEmail.arg(u"ann.example.com"_s);
        QTest::newRow("email two ats") << email() << u"a@b@c.com"_s << badEmail.arg(u"a@b@c.com"_s);
        QTest::newRow("email space") << email() << u"ann @x.com"_s << badEmail.arg(u"ann @x.com"_s);
        QTest::newRow("email double dot") << email() << u"ann..lee@x.com"_s << badEmail.arg(u"ann..lee@x.com"_s);
        QTest::newRow("email by field type") << makeProperty(u"work_address"_s, u"string"_s, u"email"_s) << u"nope"_s
                                             << u"“nope” is not an email address, which Work_address needs."_s;
        QTest::newRow("not email: other text") << text() << u"nope"_s << QString();

        QTest::newRow("iso date") << date() << u"2015-05-01"_s << QString();
        QTest::newRow("leap day") << date() << u"2024-02-29"_s << QString();
        QTest::newRow("epoch ms midnight") << date() << u"1430438400000"_s << QString();
        QTest::newRow("epoch before 1970") << date() << u"-86400000"_s << QString();
        QTest::newRow("seconds not ms")
            << date() << u"1570233600"_s
            << u"“1570233600” is at 04:10:33.600 UTC, not midnight: Birthday needs a date as YYYY-MM-DD or as "
               "milliseconds at midnight UTC."_s;
        QTest::newRow("not a calendar date")
            << date() << u"2023-02-29"_s
            << u"“2023-02-29” is not a date on the calendar, so Birthday cannot take it."_s;
        QTest::newRow("one-digit month")
            << date() << u"2024-5-1"_s
            << u"“2024-5-1” is not a date that Birthday accepts: use YYYY-MM-DD, as in 2024-05-01."_s;
        QTest::newRow("local date format")
            << date() << u"01/05/2024"_s
            << u"“01/05/2024” is not a date that Birthday accepts: use YYYY-MM-DD, as in 2024-05-01."_s;

        QTest::newRow("datetime ms") << dateTime() << u"1572480000123"_s << QString();
        QTest::newRow("datetime iso") << dateTime() << u"2024-05-01T14:30:00Z"_s << QString();
        QTest::newRow("datetime iso ms offset") << dateTime() << u"2024-05-01T14:30:00.250+02:00"_s << QString();
        QTest::newRow("datetime bad")
            << dateTime() << u"yesterday"_s
            << u"“yesterday” is not a date and time that Last_seen accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, "
               "or milliseconds since 1970."_s;
        QTest::newRow("datetime bad hour") << dateTime() << u"2024-05-01T25:00:00Z"_s
                                           << u"“2024-05-01T25:00:00Z” is not a date and time that Last_seen accepts: "
                                              "use ISO 8601, as in 2024-05-01T14:30:00Z, or milliseconds since 1970."_s;

        QTest::newRow("unsupported accepts anything")
            << makeProperty(u"geo"_s, u"object_coordinates"_s, u"text"_s) << u"1,2"_s << QString();
    }

    void testProblem()
    {
        QFETCH(PropertyInfo, property);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(ValueValidator::problem(property, value), expected);
    }

    void testNormalised_data()
    {
        QTest::addColumn<PropertyInfo>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        PropertyInfo readOnlyBool = boolean();
        readOnlyBool.readOnlyValue = true;

        QTest::newRow("empty") << boolean() << QString() << QString();
        QTest::newRow("Yes") << boolean() << u"Yes"_s << u"true"_s;
        QTest::newRow("1") << boolean() << u"1"_s << u"true"_s;
        QTest::newRow("TRUE") << boolean() << u"TRUE"_s << u"true"_s;
        QTest::newRow("No") << boolean() << u" No "_s << u"false"_s;
        QTest::newRow("0") << boolean() << u"0"_s << u"false"_s;
        QTest::newRow("bool other unchanged") << boolean() << u"maybe"_s << u"maybe"_s;
        QTest::newRow("read-only unchanged") << readOnlyBool << u"Yes"_s << u"Yes"_s;

        QTest::newRow("date short parts") << date() << u"2024-5-1"_s << u"2024-05-01"_s;
        QTest::newRow("date at UTC midnight") << date() << u"2024-05-01T00:00:00Z"_s << u"2024-05-01"_s;
        QTest::newRow("date with ms") << date() << u"2024-05-01T00:00:00.000Z"_s << u"2024-05-01"_s;
        QTest::newRow("date offset midnight in UTC") << date() << u"2024-05-01T02:00:00+02:00"_s << u"2024-05-01"_s;
        QTest::newRow("date not midnight unchanged")
            << date() << u"2024-05-01T10:00:00Z"_s << u"2024-05-01T10:00:00Z"_s;
        QTest::newRow("date no zone unchanged") << date() << u"2024-05-01T00:00:00"_s << u"2024-05-01T00:00:00"_s;
        QTest::newRow("impossible date unchanged") << date() << u"2024-2-30"_s << u"2024-2-30"_s;
        QTest::newRow("epoch ms unchanged") << date() << u"1430438400000"_s << u"1430438400000"_s;

        QTest::newRow("option label") << stage() << u"Customer"_s << u"customer"_s;
        QTest::newRow("option label any case")
            << stage() << u"marketing qualified LEAD"_s << u"marketingqualifiedlead"_s;
        QTest::newRow("option value case") << stage() << u"LEAD"_s << u"lead"_s;
        QTest::newRow("option value kept") << stage() << u"lead"_s << u"lead"_s;
        QTest::newRow("unknown option unchanged") << stage() << u"gold"_s << u"gold"_s;
        QTest::newRow("checkbox labels") << flavours() << u"Chocolate; Vanilla"_s << u"chocolate;vanilla"_s;
        QTest::newRow("checkbox append kept") << flavours() << u";Vanilla"_s << u";vanilla"_s;
        QTest::newRow("checkbox unknown part kept") << flavours() << u"Mint;Vanilla"_s << u"Mint;vanilla"_s;

        QTest::newRow("number trimmed") << number() << u"  42.5 "_s << u"42.5"_s;
        QTest::newRow("number comma unchanged") << number() << u"1,5"_s << u"1,5"_s;
        QTest::newRow("text unchanged") << text() << u"  Ann "_s << u"  Ann "_s;
    }

    void testNormalised()
    {
        QFETCH(PropertyInfo, property);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString result = ValueValidator::normalised(property, value);
        QCOMPARE(result, expected);
    }

    void testNormalisedInvariants_data() { testNormalised_data(); }

    void testNormalisedInvariants()
    {
        // A fixed point (normalising twice changes nothing more), and never turns a valid value into an invalid one.
        QFETCH(PropertyInfo, property);
        QFETCH(QString, value);
        const QString result = ValueValidator::normalised(property, value);
        QCOMPARE(ValueValidator::normalised(property, result), result);
        if (ValueValidator::problem(property, value).isEmpty())
            QCOMPARE(ValueValidator::problem(property, result), QString());
    }

    void testNormalisedFixesAreValid_data()
    {
        QTest::addColumn<PropertyInfo>("property");
        QTest::addColumn<QString>("value");
        QTest::newRow("bool") << boolean() << u" Yes"_s;
        QTest::newRow("date") << date() << u"2024-5-1"_s;
        QTest::newRow("date from datetime") << date() << u"2024-05-01T00:00:00.000Z"_s;
        QTest::newRow("option label") << stage() << u"Marketing Qualified Lead"_s;
        QTest::newRow("checkbox labels") << flavours() << u"Chocolate; Vanilla"_s;
        QTest::newRow("number") << number() << u" 12.5 "_s;
    }

    void testNormalisedFixesAreValid()
    {
        QFETCH(PropertyInfo, property);
        QFETCH(QString, value);
        QVERIFY(!ValueValidator::problem(property, value).isEmpty());
        QCOMPARE(ValueValidator::problem(property, ValueValidator::normalised(property, value)), QString());
    }
};

QTEST_APPLESS_MAIN(TestValueValidator)

#include "testvaluevalidator.moc"
