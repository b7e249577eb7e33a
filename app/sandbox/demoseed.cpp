// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demoseed.h"

#include <iterator>

#include "sandbox/catalogue.h"
#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

namespace {

const char *const FirstNames[] = { "Ana", "Bo", "Chloé", "Daniel", "Emma", "Farid", "Greta", "Hiro", "Inès", "João",
    "Kenji", "Lucía", "Mateo", "Noor", "Olivia", "Pierre", "Quinn", "Rosa", "Sven", "Yuki" };
const char *const LastNames[]
    = { "Silva", "Martin", "Tanaka", "Dubois", "Okafor", "Schmidt", "Rossi", "Kowalski", "Nguyen", "Haddad" };
const char *const Cities[] = { "Lisbon", "Lyon", "Osaka", "São Paulo", "Boston", "Dublin", "Berlin", "Montréal" };

constexpr qint64 Day = 86400;

/// "Inès" -> "ines": the e-mail addresses stay ASCII.
QString ascii(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out.toLower();
}

} // namespace

DemoSeed::DemoSeed(Portal &portal, const Catalogue &catalogue, quint64 seed)
    : m_portal(portal)
    , m_catalogue(catalogue)
    , m_random(seed)
    , m_base(QDateTime::fromString(QStringLiteral("2025-06-01T09:00:00.000Z"), Qt::ISODateWithMs))
{
}

void DemoSeed::fill(Portal &portal, const Catalogue &catalogue, quint64 seed)
{
    DemoSeed demo(portal, catalogue, seed);
    const QStringList companyIds = demo.addCompanies();
    const QStringList contactIds = demo.addContacts(companyIds);
    demo.addDealsAndTickets();
    demo.addAppointmentsAndCars();
    demo.addProductsAndSubscriptions(contactIds);
    demo.addEngagements(contactIds);
}

QString DemoSeed::pick(const char *const *names, size_t count)
{
    return QString::fromUtf8(names[m_random() % count]);
}

QString DemoSeed::stamp(qint64 secondsAfterBase) const
{
    return m_base.addSecs(secondsAfterBase).toString(Qt::ISODateWithMs);
}

QStringList DemoSeed::addCompanies()
{
    const ObjectDef &companies = *m_catalogue.find(QStringLiteral("0-2"));
    QStringList ids;
    for (int i = 0; i < 100; ++i) {
        const QString name = QStringLiteral("%1 %2").arg(
            pick(LastNames, std::size(LastNames)), i % 2 ? QStringLiteral("Labs") : QStringLiteral("Trading"));
        const Record &r = m_portal.create(companies,
            { { QStringLiteral("name"), name },
                { QStringLiteral("domain"), QStringLiteral("company%1.example.com").arg(i + 1) },
                { QStringLiteral("city"), pick(Cities, std::size(Cities)) },
                { QStringLiteral("company_external_id"),
                    QStringLiteral("CO-%1").arg(i + 1, 4, 10, QLatin1Char('0')) } },
            stamp(i * 3600));
        ids.append(r.id);
    }
    return ids;
}

QStringList DemoSeed::addContacts(const QStringList &companyIds)
{
    const ObjectDef &contacts = *m_catalogue.find(QStringLiteral("0-1"));
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        const QString first = QString::fromUtf8(FirstNames[i % std::size(FirstNames)]);
        const QString last = QString::fromUtf8(LastNames[(i / std::size(FirstNames)) % std::size(LastNames)]);
        PropertyValues props { { QStringLiteral("firstname"), first }, { QStringLiteral("lastname"), last },
            { QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(ascii(first), ascii(last)) },
            { QStringLiteral("city"), pick(Cities, std::size(Cities)) },
            { QStringLiteral("lifecyclestage"), QStringLiteral("lead") },
            { QStringLiteral("external_id"), QStringLiteral("EXT-%1").arg(i + 1, 5, 10, QLatin1Char('0')) } };
        if (i % 20 == 0)
            props.append({ QStringLiteral("hs_additional_emails"),
                QStringLiteral("%1@alt.example.com").arg(ascii(first) + QString::number(i)) });
        const Record &r = m_portal.create(contacts, std::move(props), stamp(i * 600));
        m_portal.associate({ contacts.typeId, r.id, QStringLiteral("0-2"), companyIds.at(i % companyIds.size()),
            QStringLiteral("HUBSPOT_DEFINED"), 279 });
        ids.append(r.id);
    }
    return ids;
}

void DemoSeed::addDealsAndTickets()
{
    const ObjectDef &deals = *m_catalogue.find(QStringLiteral("0-3"));
    for (int i = 0; i < 100; ++i) {
        m_portal.create(deals,
            { { QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(i + 1) },
                { QStringLiteral("pipeline"), QStringLiteral("default") },
                { QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy") },
                { QStringLiteral("amount"), QString::number(1000 + int(m_random() % 90000)) },
                { QStringLiteral("deal_ref"), QStringLiteral("D-%1").arg(i + 1) } },
            stamp((i % 30) * Day));
    }
    const ObjectDef &tickets = *m_catalogue.find(QStringLiteral("0-5"));
    for (int i = 0; i < 30; ++i) {
        m_portal.create(tickets,
            { { QStringLiteral("subject"), QStringLiteral("Ticket %1").arg(i + 1) },
                { QStringLiteral("hs_pipeline"), QStringLiteral("0") },
                { QStringLiteral("hs_pipeline_stage"), QStringLiteral("1") } },
            stamp(i * Day));
    }
}

void DemoSeed::addAppointmentsAndCars()
{
    const ObjectDef &appointments = *m_catalogue.find(QStringLiteral("0-421"));
    const ObjectDef &cars = *m_catalogue.find(Catalogue::customObjectTypeId());
    for (int i = 0; i < 20; ++i) {
        m_portal.create(appointments,
            { { QStringLiteral("hs_appointment_name"), QStringLiteral("Appointment %1").arg(i + 1) } }, stamp(i * Day));
        m_portal.create(cars,
            { { QStringLiteral("vin"), QStringLiteral("VF1RFB00%1").arg(100000 + i) },
                { QStringLiteral("model"), QStringLiteral("Model %1").arg(i) },
                { QStringLiteral("make"), QStringLiteral("renault") } },
            stamp(i * Day));
    }
}

void DemoSeed::createOnContact(const QString &typeName, PropertyValues properties, const QString &contactId,
    int associationTypeId, qint64 secondsAfterBase)
{
    const ObjectDef &type = *m_catalogue.find(typeName);
    const Record &r = m_portal.create(type, std::move(properties), stamp(secondsAfterBase));
    m_portal.associate(
        { type.typeId, r.id, QStringLiteral("0-1"), contactId, QStringLiteral("HUBSPOT_DEFINED"), associationTypeId });
}

void DemoSeed::addProductsAndSubscriptions(const QStringList &contactIds)
{
    const ObjectDef &products = *m_catalogue.find(QStringLiteral("products"));
    const char *const kinds[] = { "Starter plan", "Onboarding", "Support hours", "Training day", "Licence" };
    for (int i = 0; i < 10; ++i) {
        m_portal.create(products,
            { { QStringLiteral("name"), QStringLiteral("%1 %2").arg(QString::fromUtf8(kinds[i % 5])).arg(i / 5 + 1) },
                { QStringLiteral("hs_sku"), QStringLiteral("PRD-%1").arg(i + 1, 3, 10, QLatin1Char('0')) },
                { QStringLiteral("price"), QString::number(50 * (1 + int(m_random() % 40))) },
                { QStringLiteral("hs_product_type"),
                    i % 2 ? QStringLiteral("service") : QStringLiteral("non_inventory") } },
            stamp(i * Day));
    }
    const char *const plans[] = { "starter", "professional", "enterprise" };
    for (int i = 0; i < 10; ++i) {
        createOnContact(QStringLiteral("subscriptions"),
            { { QStringLiteral("subscription_ref"), QStringLiteral("SUB-%1").arg(i + 1, 4, 10, QLatin1Char('0')) },
                { QStringLiteral("plan"), QString::fromLatin1(plans[i % 3]) },
                { QStringLiteral("seats"), QString::number(1 + int(m_random() % 50)) } },
            contactIds.at((i * 7) % contactIds.size()), 120, i * Day);
    }
}

void DemoSeed::addEngagements(const QStringList &contactIds)
{
    const QStringList owners { QStringLiteral("71000001"), QStringLiteral("71000002"), QStringLiteral("71000003") };
    auto at = [this](int i) { return QString::number(m_base.addSecs(i * 3 * 3600).toMSecsSinceEpoch()); };
    for (int i = 0; i < 20; ++i) {
        createOnContact(QStringLiteral("notes"),
            { { QStringLiteral("hs_timestamp"), at(i) },
                { QStringLiteral("hs_note_body"), QStringLiteral("Called about the renewal (%1).").arg(i + 1) },
                { QStringLiteral("hubspot_owner_id"), owners.at(i % 3) } },
            contactIds.at(i % contactIds.size()), 202, i * 3600);
    }
    const char *const statuses[] = { "COMPLETED", "NO_ANSWER", "BUSY" };
    for (int i = 0; i < 10; ++i) {
        createOnContact(QStringLiteral("calls"),
            { { QStringLiteral("hs_timestamp"), at(i) },
                { QStringLiteral("hs_call_title"), QStringLiteral("Discovery call %1").arg(i + 1) },
                { QStringLiteral("hs_call_direction"), QStringLiteral("OUTBOUND") },
                { QStringLiteral("hs_call_status"), QString::fromLatin1(statuses[i % 3]) },
                { QStringLiteral("hs_call_duration"), QString::number(60000 * (1 + int(m_random() % 30))) } },
            contactIds.at((i * 3) % contactIds.size()), 194, i * 3600);
        createOnContact(QStringLiteral("tasks"),
            { { QStringLiteral("hs_timestamp"), at(i + 24) },
                { QStringLiteral("hs_task_subject"), QStringLiteral("Follow up %1").arg(i + 1) },
                { QStringLiteral("hs_task_status"),
                    i % 2 ? QStringLiteral("COMPLETED") : QStringLiteral("NOT_STARTED") },
                { QStringLiteral("hs_task_priority"), QStringLiteral("MEDIUM") },
                { QStringLiteral("hs_task_type"), QStringLiteral("TODO") } },
            contactIds.at((i * 5) % contactIds.size()), 204, i * 3600);
    }
    for (int i = 0; i < 5; ++i) {
        createOnContact(QStringLiteral("meetings"),
            { { QStringLiteral("hs_timestamp"), at(i + 48) },
                { QStringLiteral("hs_meeting_title"), QStringLiteral("Demo %1").arg(i + 1) },
                { QStringLiteral("hs_meeting_outcome"), QStringLiteral("SCHEDULED") } },
            contactIds.at((i * 11) % contactIds.size()), 200, i * 3600);
    }
}

} // namespace Batchsmith::Sandbox
