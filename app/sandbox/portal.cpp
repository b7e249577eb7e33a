// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/portal.h"

#include <utility>

#include "sandbox/demoseed.h"

namespace Batchsmith::Sandbox {

namespace {

/// The values a record holds for a unique property: hs_additional_emails is a `;` list, the rest one value.
QStringList uniqueValues(const QString &name, const QString &raw)
{
    if (name == u"hs_additional_emails")
        return raw.split(u';', Qt::SkipEmptyParts);
    return { raw };
}

const QString AdditionalEmails = QStringLiteral("hs_additional_emails");

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
    m_live.clear();
    m_associations.clear();
    m_counters = PortalCounters();
    m_dirty.clear();
    m_savedAssociations = 0;
    m_nextId = FirstId;
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
    DemoSeed::fill(*this, *m_catalogue, seed);
    m_counters = PortalCounters(); // the seed is not activity
}

int Portal::indexRecord(const ObjectDef &type, const Record &record)
{
    auto &indexes = m_unique[type.typeId];
    int taken = 0;
    auto add = [&](const QString &name) {
        const std::optional<QString> raw = record.value(name);
        if (!raw || raw->isEmpty())
            return;
        auto &index = indexes[name];
        for (const QString &v : uniqueValues(name, *raw)) {
            const QString key = normalized(name, v);
            if (key.isEmpty())
                continue;
            const auto entry = index.constFind(key);
            if (entry == index.cend())
                index.insert(key, record.id);
            else if (*entry != record.id)
                ++taken;
        }
    };
    for (const QString &name : type.uniqueProperties())
        add(name);
    if (type.typeId == u"0-1")
        add(AdditionalEmails);
    return taken;
}

void Portal::unindexRecord(const ObjectDef &type, const Record &record)
{
    auto &indexes = m_unique[type.typeId];
    auto remove = [&](const QString &name) {
        const std::optional<QString> raw = record.value(name);
        if (!raw || raw->isEmpty())
            return;
        auto &index = indexes[name];
        for (const QString &v : uniqueValues(name, *raw)) {
            const auto entry = index.find(normalized(name, v));
            if (entry != index.end() && *entry == record.id)
                index.erase(entry);
        }
    };
    for (const QString &name : type.uniqueProperties())
        remove(name);
    if (type.typeId == u"0-1")
        remove(AdditionalEmails);
}

void Portal::markDirty(const QString &typeId, const QString &id)
{
    if (m_trackChanges)
        m_dirty.append({ typeId, id });
}

const Record *Portal::find(const QString &typeId, const QString &id) const
{
    const auto type = m_records.constFind(typeId);
    if (type == m_records.cend())
        return nullptr;
    const auto it = type->constFind(id);
    return it == type->cend() || it->archived ? nullptr : &*it;
}

QString Portal::uniqueOwner(const QString &typeId, const QString &property, const QString &value) const
{
    const auto type = m_unique.constFind(typeId);
    if (type == m_unique.cend())
        return {};
    const auto index = type->constFind(property);
    if (index == type->cend())
        return {};
    return index->value(normalized(property, value));
}

const Record *Portal::findByUnique(
    const QString &typeId, const QString &property, const QString &value, bool additional) const
{
    const QString id = uniqueOwner(typeId, property, value);
    if (const Record *r = id.isEmpty() ? nullptr : find(typeId, id))
        return r;
    if (additional && property == u"email")
        return findByUnique(typeId, AdditionalEmails, value, false);
    return nullptr;
}

bool Portal::isUniqueTaken(const QString &typeId, const QString &property, const QString &value) const
{
    return findByUnique(typeId, property, value) != nullptr;
}

Record &Portal::create(const ObjectDef &type, PropertyValues properties, const QString &stamp)
{
    Record r;
    r.id = QString::number(m_nextId++);
    r.properties = std::move(properties);
    r.createdAt = r.updatedAt = stamp;
    r.set(QStringLiteral("hs_object_id"), r.id);
    r.set(QStringLiteral("createdate"), stamp);
    r.set(QStringLiteral("lastmodifieddate"), stamp);
    r.set(QStringLiteral("hs_lastmodifieddate"), stamp);
    r.properties.compact();
    ++m_counters.created;
    ++m_live[type.typeId];
    if (indexRecord(type, r) > 0) // another record already holds one of its unique values
        ++m_counters.duplicateCreates;
    markDirty(type.typeId, r.id);
    Record &stored = m_records[type.typeId][r.id];
    stored = std::move(r);
    return stored;
}

void Portal::update(const ObjectDef &type, const QString &id, const PropertyValues &properties, const QString &stamp)
{
    auto &records = m_records[type.typeId];
    const auto it = records.find(id);
    if (it == records.end() || it->archived)
        return;
    if (m_beforeUpdate)
        m_beforeUpdate(type.typeId, *it, stamp);
    unindexRecord(type, *it);
    for (const auto &[name, value] : properties)
        it->set(name, value);
    it->updatedAt = stamp;
    it->set(QStringLiteral("lastmodifieddate"), stamp);
    it->set(QStringLiteral("hs_lastmodifieddate"), stamp);
    it->properties.compact();
    ++m_counters.updated;
    indexRecord(type, *it);
    markDirty(type.typeId, id);
}

bool Portal::archive(const QString &typeId, const QString &id, const QString &stamp)
{
    auto &records = m_records[typeId];
    const auto it = records.find(id);
    const ObjectDef *type = m_catalogue->find(typeId);
    if (it == records.end() || it->archived || !type)
        return false;
    unindexRecord(*type, *it);
    it->archived = true;
    it->updatedAt = stamp;
    ++m_counters.archived;
    --m_live[typeId];
    markDirty(typeId, id);
    return true;
}

void Portal::associate(const AssociationEdge &edge)
{
    m_associations.append(edge);
}

qint64 Portal::count(const QString &typeId) const
{
    return m_live.value(typeId);
}

const QHash<QString, Record> &Portal::records(const QString &typeId) const
{
    static const QHash<QString, Record> none;
    const auto it = m_records.constFind(typeId);
    return it == m_records.cend() ? none : *it;
}

void Portal::restore(const QString &typeId, Record record)
{
    m_savedAssociations = m_associations.size();
    const ObjectDef *type = m_catalogue->find(typeId);
    shareStrings(type, record);
    const QString id = record.id;
    Record &stored = m_records[typeId][id];
    stored = std::move(record);
    if (!stored.archived && type) {
        ++m_live[typeId];
        indexRecord(*type, stored);
    }
}

void Portal::shareStrings(const ObjectDef *type, Record &record)
{
    // A string read back from the data file is an allocation of its own; one equal to a string already kept is
    // replaced by it (QString is implicitly shared), as create() shares them. The values are packed by compact(), the
    // names shared with the catalogue and, as one list, with the records holding the same names.
    if (record.updatedAt == record.createdAt)
        record.updatedAt = record.createdAt;
    PropertyValues shared;
    for (const auto &[name, value] : record.properties) {
        const PropertyDef *p = type ? type->property(name) : nullptr;
        shared.append({ p ? p->name : name, value });
    }
    shared.compact();
    record.properties = std::move(shared);
}

} // namespace Batchsmith::Sandbox
