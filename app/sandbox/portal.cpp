// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/portal.h"

#include <random>
#include <utility>

namespace Batchsmith::Sandbox {

namespace {

const char *const FirstNames[] = { "Ana", "Bo", "Chloé", "Daniel", "Emma", "Farid", "Greta", "Hiro", "Inès", "João",
    "Kenji", "Lucía", "Mateo", "Noor", "Olivia", "Pierre", "Quinn", "Rosa", "Sven", "Yuki" };
const char *const LastNames[]
    = { "Silva", "Martin", "Tanaka", "Dubois", "Okafor", "Schmidt", "Rossi", "Kowalski", "Nguyen", "Haddad" };
const char *const Cities[] = { "Lisbon", "Lyon", "Osaka", "São Paulo", "Boston", "Dublin", "Berlin", "Montréal" };

QString ascii(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out.toLower();
}

} // namespace

Portal::Portal(const Catalogue *catalogue)
    : m_catalogue(catalogue)
{
}

QString Portal::normalized(const QString &property, const QString &value)
{
    const QString trimmed = value.trimmed();
    return property == u"email" || property == u"hs_additional_emails" ? trimmed.toLower() : trimmed;
}

void Portal::clear()
{
    m_records.clear();
    m_unique.clear();
    m_associations.clear();
    m_counters = PortalCounters();
    m_dirty.clear();
    m_savedAssociations = 0;
    m_nextId = 51234567001;
}

QList<QPair<QString, QString>> Portal::takeDirty()
{
    return std::exchange(m_dirty, {});
}

QList<AssociationEdge> Portal::takeNewAssociations()
{
    const QList<AssociationEdge> added = m_associations.mid(m_savedAssociations);
    m_savedAssociations = m_associations.size();
    return added;
}

void Portal::seed(quint64 seed)
{
    clear();
    std::mt19937_64 random(seed);
    auto pick = [&random](auto &array) { return array[random() % std::size(array)]; };
    const QDateTime base = QDateTime::fromString(QStringLiteral("2025-06-01T09:00:00.000Z"), Qt::ISODateWithMs);
    const ObjectDef *contacts = m_catalogue->find(QStringLiteral("0-1"));
    const ObjectDef *companies = m_catalogue->find(QStringLiteral("0-2"));
    const ObjectDef *deals = m_catalogue->find(QStringLiteral("0-3"));
    const ObjectDef *tickets = m_catalogue->find(QStringLiteral("0-5"));
    const ObjectDef *appointments = m_catalogue->find(QStringLiteral("0-421"));
    const ObjectDef *cars = m_catalogue->find(Catalogue::customObjectTypeId());

    QStringList companyIds;
    for (int i = 0; i < 100; ++i) {
        const QString name
            = QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(LastNames)), i % 2 ? u"Labs" : u"Trading");
        Record &r = create(*companies,
            { { QStringLiteral("name"), name },
                { QStringLiteral("domain"), QStringLiteral("company%1.example.com").arg(i + 1) },
                { QStringLiteral("city"), QString::fromUtf8(pick(Cities)) },
                { QStringLiteral("company_external_id"),
                    QStringLiteral("CO-%1").arg(i + 1, 4, 10, QLatin1Char('0')) } },
            base.addSecs(i * 3600));
        companyIds.append(r.id);
    }
    for (int i = 0; i < 200; ++i) {
        const QString first = QString::fromUtf8(FirstNames[i % std::size(FirstNames)]);
        const QString last = QString::fromUtf8(LastNames[(i / std::size(FirstNames)) % std::size(LastNames)]);
        QHash<QString, QString> props { { QStringLiteral("firstname"), first }, { QStringLiteral("lastname"), last },
            { QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(ascii(first), ascii(last)) },
            { QStringLiteral("city"), QString::fromUtf8(pick(Cities)) },
            { QStringLiteral("lifecyclestage"), QStringLiteral("lead") },
            { QStringLiteral("external_id"), QStringLiteral("EXT-%1").arg(i + 1, 5, 10, QLatin1Char('0')) } };
        if (i % 20 == 0)
            props.insert(QStringLiteral("hs_additional_emails"),
                QStringLiteral("%1@alt.example.com").arg(ascii(first) + QString::number(i)));
        Record &r = create(*contacts, props, base.addSecs(i * 600));
        associate({ contacts->typeId, r.id, companies->typeId, companyIds.at(i % companyIds.size()),
            QStringLiteral("HUBSPOT_DEFINED"), 279 });
    }
    for (int i = 0; i < 100; ++i) {
        create(*deals,
            { { QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(i + 1) },
                { QStringLiteral("pipeline"), QStringLiteral("default") },
                { QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy") },
                { QStringLiteral("amount"), QString::number(1000 + int(random() % 90000)) },
                { QStringLiteral("deal_ref"), QStringLiteral("D-%1").arg(i + 1) } },
            base.addDays(i % 30));
    }
    for (int i = 0; i < 30; ++i) {
        create(*tickets,
            { { QStringLiteral("subject"), QStringLiteral("Ticket %1").arg(i + 1) },
                { QStringLiteral("hs_pipeline"), QStringLiteral("0") },
                { QStringLiteral("hs_pipeline_stage"), QStringLiteral("1") } },
            base.addDays(i));
    }
    for (int i = 0; i < 20; ++i) {
        create(*appointments,
            { { QStringLiteral("hs_appointment_name"), QStringLiteral("Appointment %1").arg(i + 1) } },
            base.addDays(i));
        create(*cars,
            { { QStringLiteral("vin"), QStringLiteral("VF1RFB00%1").arg(100000 + i) },
                { QStringLiteral("model"), QStringLiteral("Model %1").arg(i) },
                { QStringLiteral("make"), QStringLiteral("renault") } },
            base.addDays(i));
    }
    m_counters = PortalCounters(); // the seed is not activity
}

void Portal::indexRecord(const QString &typeId, const Record &record)
{
    const ObjectDef *type = m_catalogue->find(typeId);
    if (!type)
        return;
    auto &indexes = m_unique[typeId];
    QStringList names = type->uniqueProperties();
    if (typeId == u"0-1")
        names.append(QStringLiteral("hs_additional_emails"));
    for (const QString &name : std::as_const(names)) {
        const QString raw = record.properties.value(name);
        const QStringList values
            = name == u"hs_additional_emails" ? raw.split(u';', Qt::SkipEmptyParts) : QStringList { raw };
        for (const QString &v : values) {
            const QString key = normalized(name, v);
            if (!key.isEmpty() && !indexes[name].contains(key))
                indexes[name].insert(key, record.id);
        }
    }
}

const Record *Portal::find(const QString &typeId, const QString &id) const
{
    const auto type = m_records.constFind(typeId);
    if (type == m_records.cend())
        return nullptr;
    const auto it = type->constFind(id);
    return it == type->cend() || it->archived ? nullptr : &*it;
}

const Record *Portal::findByUnique(
    const QString &typeId, const QString &property, const QString &value, bool additional) const
{
    const auto &indexes = m_unique.value(typeId);
    const QString id = indexes.value(property).value(normalized(property, value));
    if (const Record *r = id.isEmpty() ? nullptr : find(typeId, id))
        return r;
    if (additional && property == u"email")
        return findByUnique(typeId, QStringLiteral("hs_additional_emails"), value, false);
    return nullptr;
}

bool Portal::isUniqueTaken(const QString &typeId, const QString &property, const QString &value) const
{
    return findByUnique(typeId, property, value) != nullptr;
}

Record &Portal::create(const ObjectDef &type, const QHash<QString, QString> &properties, const QDateTime &now)
{
    Record r;
    r.id = QString::number(m_nextId++);
    r.properties = properties;
    r.createdAt = r.updatedAt = now;
    const QString stamp = now.toString(Qt::ISODateWithMs);
    r.properties.insert(QStringLiteral("hs_object_id"), r.id);
    r.properties.insert(QStringLiteral("createdate"), stamp);
    r.properties.insert(QStringLiteral("lastmodifieddate"), stamp);
    r.properties.insert(QStringLiteral("hs_lastmodifieddate"), stamp);
    for (const QString &name : type.uniqueProperties()) {
        const QString value = properties.value(name);
        if (!value.isEmpty() && isUniqueTaken(type.typeId, name, value))
            ++m_counters.duplicateCreates;
    }
    ++m_counters.created;
    indexRecord(type.typeId, r);
    m_dirty.append({ type.typeId, r.id });
    Record &stored = m_records[type.typeId][r.id];
    stored = std::move(r);
    return stored;
}

void Portal::update(
    const ObjectDef &type, const QString &id, const QHash<QString, QString> &properties, const QDateTime &now)
{
    auto &records = m_records[type.typeId];
    const auto it = records.find(id);
    if (it == records.end())
        return;
    for (auto p = properties.cbegin(); p != properties.cend(); ++p)
        it->properties.insert(p.key(), p.value());
    it->updatedAt = now;
    it->properties.insert(QStringLiteral("lastmodifieddate"), now.toString(Qt::ISODateWithMs));
    it->properties.insert(QStringLiteral("hs_lastmodifieddate"), now.toString(Qt::ISODateWithMs));
    ++m_counters.updated;
    indexRecord(type.typeId, *it);
    m_dirty.append({ type.typeId, id });
}

bool Portal::archive(const QString &typeId, const QString &id, const QDateTime &now)
{
    auto &records = m_records[typeId];
    const auto it = records.find(id);
    if (it == records.end() || it->archived)
        return false;
    it->archived = true;
    it->updatedAt = now;
    ++m_counters.archived;
    m_dirty.append({ typeId, id });
    auto &indexes = m_unique[typeId];
    for (auto &index : indexes) {
        for (auto entry = index.begin(); entry != index.end();)
            entry = entry.value() == id ? index.erase(entry) : std::next(entry);
    }
    return true;
}

void Portal::associate(const AssociationEdge &edge)
{
    m_associations.append(edge);
}

qint64 Portal::count(const QString &typeId) const
{
    qint64 n = 0;
    for (const Record &r : m_records.value(typeId))
        n += r.archived ? 0 : 1;
    return n;
}

const QHash<QString, Record> &Portal::records(const QString &typeId) const
{
    static const QHash<QString, Record> none;
    const auto it = m_records.constFind(typeId);
    return it == m_records.cend() ? none : *it;
}

void Portal::restore(const QString &typeId, const Record &record)
{
    m_savedAssociations = m_associations.size();
    m_records[typeId].insert(record.id, record);
    if (!record.archived)
        indexRecord(typeId, record);
}

} // namespace Batchsmith::Sandbox
