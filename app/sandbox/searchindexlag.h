// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>

#include <QHash>
#include <QList>
#include <QString>

#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

/**
 * The CRM search index's lag behind the portal (docs/hubspot-behaviour.md §11.9): search sees a record as it was
 * searchIndexDelayMs ago. A record created since then is not found; one updated since then is found in the version
 * it had then. Keeps the versions an update replaced, only while a delay is set, and forgets each as soon as the
 * version that replaced it is old enough to be indexed itself. Owned by SandboxState; single thread.
 *
 * Times are compared as ISO 8601 UTC strings with milliseconds (CallContext::stamp), which order as the times do.
 */
class SearchIndexLag final
{
public:
    /// @p previous was replaced by an update stamped @p replacedAt.
    void keep(const QString &typeId, const Record &previous, const QString &replacedAt);

    /// The version of @p current that search sees when the index holds writes up to @p cutoff; null when none.
    const Record *visible(const QString &typeId, const Record &current, const QString &cutoff) const;

    /// Forgets the versions that were replaced at or before @p cutoff: search will never see them again.
    void forget(const QString &cutoff);

    void clear();

private:
    struct Replaced
    {
        QString replacedAt;
        QString key;
    };

    static QString keyOf(const QString &typeId, const QString &id) { return typeId + u'/' + id; }

    QHash<QString, QList<Record>> m_versions; // typeId/id -> replaced versions, oldest first
    std::deque<Replaced> m_order; // in the order they were replaced
};

} // namespace Batchsmith::Sandbox
