// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include "sandbox/catalogue.h"
#include "sandbox/propertyvalues.h"

namespace Batchsmith::Sandbox {

struct Record
{
    QString id;
    PropertyValues properties;
    QString createdAt; // ISO 8601 with milliseconds, UTC: formatted once, written many times
    QString updatedAt;
    bool archived = false;

    /// The stored value of @p name, or nothing.
    std::optional<QString> value(QStringView name) const { return properties.value(name); }

    /// Sets or replaces the value of @p name.
    void set(const QString &name, const QString &value) { properties.set(name, value); }
};

struct AssociationEdge
{
    QString fromTypeId;
    QString fromId;
    QString toTypeId;
    QString toId;
    QString category;
    int typeId = 0;
};

/// Counters for GET /__sandbox/stats.
struct PortalCounters
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 archived = 0;
    qint64 duplicateCreates = 0; // a unique value created a second time (only with allowDuplicates)
};

/**
 * The demo portal's records: stored by object type, with an index per unique property so lookups never scan.
 * Seeded deterministically from a seed. Owned by SandboxServer; single thread.
 */
class Portal final
{
public:
    static constexpr qint64 FirstId = 51234567001; // record ids are numeric strings counting up from here

    explicit Portal(const Catalogue *catalogue);

    void seed(quint64 seed);
    void clear();

    const Record *find(const QString &typeId, const QString &id) const;
    /// By a unique property (email compared case-insensitively; hs_additional_emails when @p additional).
    const Record *findByUnique(
        const QString &typeId, const QString &property, const QString &value, bool additional = false) const;
    bool isUniqueTaken(const QString &typeId, const QString &property, const QString &value) const;

    /// Id of the live record holding @p value for the unique @p property, or empty.
    QString uniqueOwner(const QString &typeId, const QString &property, const QString &value) const;

    /// @p stamp is the request time as ISO 8601 with milliseconds (CallContext::stamp).
    Record &create(const ObjectDef &type, PropertyValues properties, const QString &stamp);
    void update(const ObjectDef &type, const QString &id, const PropertyValues &properties, const QString &stamp);
    bool archive(const QString &typeId, const QString &id, const QString &stamp);
    void associate(const AssociationEdge &edge);

    qint64 count(const QString &typeId) const;
    const QHash<QString, Record> &records(const QString &typeId) const;

    const QList<AssociationEdge> &associations() const { return m_associations; }

    PortalCounters &counters() { return m_counters; }

    const PortalCounters &counters() const { return m_counters; }

    qint64 nextId() const { return m_nextId; }

    /// For persistence: put a stored record back as it was. Its strings are shared where they can be (property
    /// names with the catalogue, its stamps with each other) and its values packed, so that a loaded record costs
    /// what a created one does.
    void restore(const QString &typeId, Record record);

    void restoreAssociation(const AssociationEdge &edge) { m_associations.append(edge); }

    void setNextId(qint64 next) { m_nextId = next; }

    static QString normalized(const QString &property, const QString &value);

    /// Whether changes are remembered for takeDirty() (only when a SqliteStore saves them; else they would pile up).
    void setTrackChanges(bool track) { m_trackChanges = track; }

    /// Called by update() with a record's version just before it changes, and the update's stamp (the search index's
    /// lag keeps it, docs/hubspot-behaviour.md §11.9). Empty: nothing is called.
    void setBeforeUpdate(std::function<void(const QString &typeId, const Record &previous, const QString &stamp)> hook)
    {
        m_beforeUpdate = std::move(hook);
    }

    /// Records changed since the last takeDirty(), as (typeId, id); and associations added since then.
    QList<QPair<QString, QString>> takeDirty();
    QList<AssociationEdge> takeNewAssociations();

private:
    /// Returns how many of the record's unique values another record already held.
    int indexRecord(const ObjectDef &type, const Record &record);
    void unindexRecord(const ObjectDef &type, const Record &record);
    void markDirty(const QString &typeId, const QString &id);
    /// Makes @p record's names the catalogue's and packs its values (restore()).
    static void shareStrings(const ObjectDef *type, Record &record);

    const Catalogue *m_catalogue;
    QHash<QString, QHash<QString, Record>> m_records; // typeId -> id -> record
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_unique; // typeId -> property -> value -> id
    QHash<QString, qint64> m_live; // typeId -> records not archived
    QList<AssociationEdge> m_associations;
    PortalCounters m_counters;
    QList<QPair<QString, QString>> m_dirty;
    qsizetype m_savedAssociations = 0;
    bool m_trackChanges = false;
    std::function<void(const QString &, const Record &, const QString &)> m_beforeUpdate;
    qint64 m_nextId = FirstId;
};

} // namespace Batchsmith::Sandbox
