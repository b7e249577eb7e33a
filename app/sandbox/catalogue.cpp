// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/catalogue.h"

#include <QJsonArray>

namespace Batchsmith::Sandbox {

namespace {

PropertyDef prop(const char *name, const char *label, const char *type, const char *fieldType, const char *group)
{
    PropertyDef p;
    p.name = QString::fromLatin1(name);
    p.label = QString::fromUtf8(label);
    p.type = QString::fromLatin1(type);
    p.fieldType = QString::fromLatin1(fieldType);
    p.group = QString::fromLatin1(group);
    return p;
}

PropertyDef text(const char *name, const char *label, const char *group)
{
    return prop(name, label, "string", "text", group);
}

PropertyDef enumeration(const char *name, const char *label, const char *fieldType, const char *group,
    std::initializer_list<std::pair<const char *, const char *>> options)
{
    PropertyDef p = prop(name, label, "enumeration", fieldType, group);
    for (const auto &[value, optionLabel] : options)
        p.options.append({ QString::fromUtf8(optionLabel), QString::fromLatin1(value) });
    return p;
}

PropertyDef unique(PropertyDef p)
{
    p.unique = true;
    return p;
}

PropertyDef readOnly(PropertyDef p, bool calculated = false)
{
    p.readOnly = true;
    p.calculated = calculated;
    return p;
}

/// Properties every object has: id and timestamps, all read-only.
QList<PropertyDef> systemProperties()
{
    return { readOnly(prop("hs_object_id", "Record ID", "number", "number", "system")),
        readOnly(prop("createdate", "Create Date", "dateTime", "date", "system")),
        readOnly(prop("lastmodifieddate", "Last Modified Date", "dateTime", "date", "system")),
        readOnly(prop("hs_lastmodifieddate", "Object last modified date/time", "dateTime", "date", "system")) };
}

ObjectDef object(const char *typeId, const char *name, const char *singular, const char *plural, const char *scope)
{
    ObjectDef o;
    o.typeId = QString::fromLatin1(typeId);
    o.name = QString::fromLatin1(name);
    o.singular = QString::fromUtf8(singular);
    o.plural = QString::fromUtf8(plural);
    o.scope = QString::fromLatin1(scope);
    o.properties = systemProperties();
    return o;
}

void index(ObjectDef &o)
{
    o.propertyIndex.clear();
    o.uniqueNames.clear();
    if (o.typeId == u"0-1")
        o.uniqueNames.append(QStringLiteral("email"));
    for (int i = 0; i < o.properties.size(); ++i) {
        o.propertyIndex.insert(o.properties.at(i).name, i);
        if (o.properties.at(i).unique)
            o.uniqueNames.append(o.properties.at(i).name);
    }
}

ObjectDef contacts()
{
    ObjectDef o = object("0-1", "contacts", "Contact", "Contacts", "crm.objects.contacts");
    PropertyDef email = text("email", "Email", "contactinformation");
    email.email = true;
    PropertyDef ssn = text("hs_national_id", "National ID", "contactinformation");
    ssn.sensitive = true;
    o.properties << email << text("firstname", "First Name", "contactinformation")
                 << text("lastname", "Last Name", "contactinformation")
                 << text("phone", "Phone Number", "contactinformation")
                 << text("jobtitle", "Job Title", "contactinformation") << text("city", "City", "contactinformation")
                 << enumeration("lifecyclestage", "Lifecycle Stage", "radio", "contactinformation",
                        { { "subscriber", "Subscriber" }, { "lead", "Lead" },
                            { "marketingqualifiedlead", "Marketing Qualified Lead" },
                            { "salesqualifiedlead", "Sales Qualified Lead" }, { "opportunity", "Opportunity" },
                            { "customer", "Customer" }, { "evangelist", "Evangelist" }, { "other", "Other" } })
                 << enumeration("hs_lead_status", "Lead Status", "select", "sales_properties",
                        { { "NEW", "New" }, { "OPEN", "Open" }, { "IN_PROGRESS", "In Progress" },
                            { "CONNECTED", "Connected" }, { "UNQUALIFIED", "Unqualified" } })
                 << enumeration("favorite_flavors", "Favorite flavors", "checkbox", "contactinformation",
                        { { "chocolate", "Chocolate" }, { "strawberry", "Strawberry" }, { "vanilla", "Vanilla" } })
                 << prop("newsletter_opt_in", "Newsletter opt-in", "bool", "booleancheckbox", "contactinformation")
                 << prop("shoe_size", "Shoe size", "number", "number", "contactinformation")
                 << prop("signup_date", "Sign-up date", "date", "date", "contactinformation")
                 << prop("last_event_at", "Last event", "dateTime", "date", "contactinformation")
                 << unique(text("external_id", "External ID", "contactinformation"))
                 << readOnly(text("hs_additional_emails", "Additional email addresses", "contactinformation"))
                 << readOnly(
                        prop("num_notes", "Number of Sales Activities", "number", "number", "sales_properties"), true)
                 << ssn;
    return o;
}

ObjectDef companies()
{
    ObjectDef o = object("0-2", "companies", "Company", "Companies", "crm.objects.companies");
    o.properties << text("name", "Company name", "companyinformation")
                 << text("domain", "Company Domain Name", "companyinformation")
                 << text("city", "City", "companyinformation") << text("phone", "Phone Number", "companyinformation")
                 << enumeration("industry", "Industry", "select", "companyinformation",
                        { { "COMPUTER_SOFTWARE", "Computer Software" }, { "RETAIL", "Retail" },
                            { "HOSPITALITY", "Hospitality" },
                            { "MARKETING_AND_ADVERTISING", "Marketing and Advertising" } })
                 << prop("numberofemployees", "Number of Employees", "number", "number", "companyinformation")
                 << prop("annualrevenue", "Annual Revenue", "number", "number", "companyinformation")
                 << unique(text("company_external_id", "Company external ID", "companyinformation"))
                 << readOnly(prop("num_associated_contacts", "Number of Associated Contacts", "number", "number",
                                 "companyinformation"),
                        true);
    return o;
}

ObjectDef deals()
{
    ObjectDef o = object("0-3", "deals", "Deal", "Deals", "crm.objects.deals");
    o.required = { QStringLiteral("dealname"), QStringLiteral("dealstage"), QStringLiteral("pipeline") };
    o.properties << text("dealname", "Deal Name", "dealinformation")
                 << enumeration(
                        "pipeline", "Pipeline", "select", "dealinformation", { { "default", "Sales Pipeline" } })
                 << enumeration("dealstage", "Deal Stage", "radio", "dealinformation",
                        { { "appointmentscheduled", "Appointment Scheduled" }, { "qualifiedtobuy", "Qualified To Buy" },
                            { "presentationscheduled", "Presentation Scheduled" }, { "closedwon", "Closed Won" },
                            { "closedlost", "Closed Lost" } })
                 << prop("amount", "Amount", "number", "number", "dealinformation")
                 << prop("closedate", "Close Date", "dateTime", "date", "dealinformation")
                 << unique(text("deal_ref", "Deal reference", "dealinformation"));
    return o;
}

ObjectDef tickets()
{
    ObjectDef o = object("0-5", "tickets", "Ticket", "Tickets", "tickets");
    o.required = { QStringLiteral("subject"), QStringLiteral("hs_pipeline_stage"), QStringLiteral("hs_pipeline") };
    o.properties << text("subject", "Ticket name", "ticketinformation")
                 << prop("content", "Ticket description", "string", "textarea", "ticketinformation")
                 << enumeration(
                        "hs_pipeline", "Pipeline", "select", "ticketinformation", { { "0", "Support Pipeline" } })
                 << enumeration("hs_pipeline_stage", "Ticket status", "select", "ticketinformation",
                        { { "1", "New" }, { "2", "Waiting on contact" }, { "3", "Waiting on us" }, { "4", "Closed" } })
                 << enumeration("hs_ticket_priority", "Priority", "select", "ticketinformation",
                        { { "LOW", "Low" }, { "MEDIUM", "Medium" }, { "HIGH", "High" } });
    return o;
}

ObjectDef appointments()
{
    ObjectDef o = object("0-421", "appointments", "Appointment", "Appointments", "crm.objects.appointments");
    o.required = { QStringLiteral("hs_appointment_name") };
    o.properties << text("hs_appointment_name", "Appointment name", "appointment_information")
                 << prop("hs_appointment_start", "Start", "dateTime", "date", "appointment_information")
                 << prop("hs_appointment_end", "End", "dateTime", "date", "appointment_information")
                 << enumeration("hs_appointment_type", "Type", "select", "appointment_information",
                        { { "consultation", "Consultation" }, { "follow_up", "Follow-up" }, { "demo", "Demo" } });
    return o;
}

ObjectDef products()
{
    ObjectDef o = object("0-7", "products", "Product", "Products", "crm.objects.products");
    o.properties << text("name", "Name", "productinformation")
                 << prop("price", "Unit price", "number", "number", "productinformation")
                 << unique(text("hs_sku", "SKU", "productinformation"))
                 << prop("description", "Description", "string", "textarea", "productinformation");
    return o;
}

ObjectDef lineItems()
{
    ObjectDef o = object("0-8", "line_items", "Line item", "Line items", "crm.objects.line_items");
    o.properties << text("name", "Name", "lineiteminformation")
                 << prop("quantity", "Quantity", "number", "number", "lineiteminformation")
                 << prop("price", "Unit price", "number", "number", "lineiteminformation")
                 << readOnly(prop("amount", "Net price", "number", "number", "lineiteminformation"), true);
    return o;
}

ObjectDef cars()
{
    ObjectDef o = object("2-3508482", "cars", "Car", "Cars", "crm.objects.custom");
    o.custom = true;
    o.required = { QStringLiteral("vin"), QStringLiteral("model") };
    o.properties << unique(text("vin", "VIN", "car_information")) << text("model", "Model", "car_information")
                 << enumeration("make", "Make", "select", "car_information",
                        { { "renault", "Renault" }, { "toyota", "Toyota" }, { "volkswagen", "Volkswagen" },
                            { "tesla", "Tesla" } })
                 << prop("year", "Year", "number", "number", "car_information")
                 << prop("electric", "Electric", "bool", "booleancheckbox", "car_information")
                 << prop("registered_on", "Registered on", "date", "date", "car_information");
    return o;
}

} // namespace

QJsonObject PropertyDef::toJson(int displayOrder) const
{
    QJsonArray optionArray;
    for (int i = 0; i < options.size(); ++i) {
        optionArray.append(QJsonObject { { QStringLiteral("label"), options.at(i).label },
            { QStringLiteral("value"), options.at(i).value }, { QStringLiteral("hidden"), false },
            { QStringLiteral("displayOrder"), i }, { QStringLiteral("description"), QString() } });
    }
    const bool system = group == u"system";
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("label"), label },
        { QStringLiteral("type"), type }, { QStringLiteral("fieldType"), fieldType },
        { QStringLiteral("groupName"), group }, { QStringLiteral("description"), QString() },
        { QStringLiteral("options"), optionArray }, { QStringLiteral("displayOrder"), displayOrder },
        { QStringLiteral("hasUniqueValue"), unique }, { QStringLiteral("hidden"), false },
        { QStringLiteral("calculated"), calculated },
        { QStringLiteral("hubspotDefined"), system || !name.contains(u'_') || name.startsWith(u"hs_") },
        { QStringLiteral("formField"), !readOnly }, { QStringLiteral("archived"), false },
        { QStringLiteral("dataSensitivity"),
            sensitive ? QStringLiteral("sensitive") : QStringLiteral("non_sensitive") },
        { QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("updatedAt"), QStringLiteral("2024-01-15T10:00:00.000Z") },
        { QStringLiteral("modificationMetadata"),
            QJsonObject { { QStringLiteral("archivable"), !system }, { QStringLiteral("readOnlyDefinition"), system },
                { QStringLiteral("readOnlyValue"), readOnly } } } };
}

const PropertyDef *ObjectDef::property(const QString &name) const
{
    const auto it = propertyIndex.constFind(name);
    return it == propertyIndex.cend() ? nullptr : &properties.at(*it);
}

QString ObjectDef::writeScope() const
{
    return scope == u"tickets" ? scope : scope + QStringLiteral(".write");
}

QString ObjectDef::readScope() const
{
    return scope == u"tickets" ? scope : scope + QStringLiteral(".read");
}

QStringList ObjectDef::writeScopes() const
{
    if (scope == u"tickets")
        return { scope };
    return { writeScope(), scope + QStringLiteral(".sensitive.write.v2"),
        scope + QStringLiteral(".highly_sensitive.write.v2") };
}

QStringList ObjectDef::readScopes() const
{
    if (scope == u"tickets")
        return { scope };
    return { readScope(), scope + QStringLiteral(".sensitive.read.v2"),
        scope + QStringLiteral(".highly_sensitive.read.v2") };
}

QStringList ObjectDef::propertyScopes() const
{
    return { readScope(),
        custom ? QStringLiteral("crm.schemas.custom.read") : QStringLiteral("crm.schemas.%1.read").arg(name) };
}

Catalogue::Catalogue()
{
    addStandardObjects();
    addLabels();
}

void Catalogue::addStandardObjects()
{
    m_objects << contacts() << companies() << deals() << tickets() << products() << lineItems() << appointments()
              << cars();
    ObjectDef feedback = object("0-19", "feedback_submissions", "Feedback submission", "Feedback submissions",
        "crm.objects.feedback_submissions");
    feedback.batchWrite = false;
    m_objects << feedback;
    for (qsizetype i = 0; i < m_objects.size(); ++i) {
        ObjectDef &o = m_objects[i];
        index(o);
        m_objectIndex.insert(o.typeId, i);
        m_objectIndex.insert(o.name.toLower(), i);
        if (o.custom)
            m_objectIndex.insert(QStringLiteral("p%1_%2").arg(PortalId).arg(o.name), i);
    }
}

QString Catalogue::labelKey(const QString &fromTypeId, const QString &category, int typeId)
{
    return fromTypeId + u'/' + category + u'/' + QString::number(typeId);
}

void Catalogue::addLabels()
{
    auto pair = [this](const char *a, const char *b, int ab, int ba, const char *label = nullptr,
                    const char *category = "HUBSPOT_DEFINED") {
        const QString l = label ? QString::fromUtf8(label) : QString();
        m_labels.append({ QString::fromLatin1(a), QString::fromLatin1(b), QString::fromLatin1(category), ab, l });
        m_labels.append({ QString::fromLatin1(b), QString::fromLatin1(a), QString::fromLatin1(category), ba, l });
    };
    pair("0-1", "0-2", 279, 280);
    pair("0-1", "0-2", 1, 2, "Primary");
    pair("0-3", "0-1", 3, 4);
    pair("0-3", "0-2", 341, 342);
    pair("0-3", "0-2", 5, 6, "Primary");
    pair("0-1", "0-5", 15, 16);
    pair("0-2", "0-5", 340, 339);
    pair("0-2", "0-5", 25, 26, "Primary");
    pair("0-3", "0-5", 27, 28);
    pair("0-3", "0-8", 19, 20);
    pair("0-1", "0-1", 449, 449);
    pair("0-2", "0-2", 450, 450);
    pair("0-2", "0-2", 13, 14, "Parent company");
    pair("0-1", "0-2", 101, 102, "Billing contact", "USER_DEFINED");
    pair("0-421", "0-1", 906, 907);
    pair("0-421", "0-2", 908, 909);
    pair("2-3508482", "0-1", 110, 111);
    pair("2-3508482", "0-1", 112, 113, "Owner", "USER_DEFINED");
    pair("2-3508482", "0-2", 114, 115);
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const AssociationLabel &l = m_labels.at(i);
        m_labelIndex.insert(labelKey(l.fromTypeId, l.category, l.typeId), i);
    }
}

const ObjectDef *Catalogue::find(const QString &nameOrId) const
{
    auto it = m_objectIndex.constFind(nameOrId);
    if (it == m_objectIndex.cend())
        it = m_objectIndex.constFind(nameOrId.toLower());
    return it == m_objectIndex.cend() ? nullptr : &m_objects.at(*it);
}

QList<AssociationLabel> Catalogue::labels(const QString &fromTypeId, const QString &toTypeId) const
{
    QList<AssociationLabel> out;
    for (const AssociationLabel &l : m_labels) {
        if (l.fromTypeId == fromTypeId && l.toTypeId == toTypeId)
            out.append(l);
    }
    return out;
}

std::optional<AssociationLabel> Catalogue::label(const QString &fromTypeId, const QString &category, int typeId) const
{
    const auto it = m_labelIndex.constFind(labelKey(fromTypeId, category, typeId));
    if (it == m_labelIndex.cend())
        return std::nullopt;
    return m_labels.at(*it);
}

QStringList Catalogue::allScopes() const
{
    QStringList scopes;
    for (const ObjectDef &o : m_objects) {
        scopes << o.writeScope() << o.readScope();
        if (o.scope != u"tickets") {
            scopes << o.writeScopes() << o.readScopes();
            if (!o.custom)
                scopes << QStringLiteral("crm.schemas.%1.read").arg(o.name);
        }
    }
    scopes << QStringLiteral("crm.schemas.custom.read") << QStringLiteral("oauth");
    scopes.removeDuplicates();
    return scopes;
}

} // namespace Batchsmith::Sandbox
