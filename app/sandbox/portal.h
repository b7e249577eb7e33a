// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "sandbox/catalogue.h"

namespace Batchsmith::Sandbox {

struct Record
{
    QString id;
    QHash<QString, QString> properties;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool archived = false;
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
    explicit Portal(const Catalogue *catalogue);

    void seed(quint64 seed);
    void clear();

    const Record *find(const QString &typeId, const QString &id) const;
    /// By a unique property (email compared case-insensitively; hs_additional_emails when @p additional).
    const Record *findByUnique(
        const QString &typeId, const QString &property, const QString &value, bool additional = false) const;
    bool isUniqueTaken(const QString &typeId, const QString &property, const QString &value) const;

    Record &create(const ObjectDef &type, const QHash<QString, QString> &properties, const QDateTime &now);
    void update(
        const ObjectDef &type, const QString &id, const QHash<QString, QString> &properties, const QDateTime &now);
    bool archive(const QString &typeId, const QString &id, const QDateTime &now);
    void associate(const AssociationEdge &edge);

    qint64 count(const QString &typeId) const;
    const QHash<QString, Record> &records(const QString &typeId) const;

    const QList<AssociationEdge> &associations() const { return m_associations; }

    PortalCounters &counters() { return m_counters; }

    const PortalCounters &counters() const { return m_counters; }

    qint64 nextId() const { return m_nextId; }

    /// For persistence: put a stored record back as it was.
    void restore(const QString &typeId, const Record &record);

    void restoreAssociation(const AssociationEdge &edge) { m_associations.append(edge); }

    void setNextId(qint64 next) { m_nextId = next; }

    static QString normalized(const QString &property, const QString &value);

    /// Records changed since the last takeDirty(), as (typeId, id); and associations added since then.
    QList<QPair<QString, QString>> takeDirty();
    QList<AssociationEdge> takeNewAssociations();

private:
    void indexRecord(const QString &typeId, const Record &record);

    const Catalogue *m_catalogue;
    QHash<QString, QHash<QString, Record>> m_records; // typeId -> id -> record
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_unique; // typeId -> property -> value -> id
    QList<AssociationEdge> m_associations;
    PortalCounters m_counters;
    QList<QPair<QString, QString>> m_dirty;
    qsizetype m_savedAssociations = 0;
    qint64 m_nextId = 51234567001;
};

} // namespace Batchsmith::Sandbox
