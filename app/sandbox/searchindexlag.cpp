// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/searchindexlag.h"

namespace Batchsmith::Sandbox {

void SearchIndexLag::keep(const QString &typeId, const Record &previous, const QString &replacedAt)
{
    const QString key = keyOf(typeId, previous.id);
    m_versions[key].append(previous);
    m_order.push_back({ replacedAt, key });
}

const Record *SearchIndexLag::visible(const QString &typeId, const Record &current, const QString &cutoff) const
{
    if (current.updatedAt <= cutoff)
        return &current;
    const auto it = m_versions.constFind(keyOf(typeId, current.id));
    if (it == m_versions.cend())
        return nullptr; // created after the cutoff
    for (auto version = it->crbegin(); version != it->crend(); ++version) {
        if (version->updatedAt <= cutoff)
            return &*version;
    }
    return nullptr;
}

void SearchIndexLag::forget(const QString &cutoff)
{
    // Each record's versions were appended in the order they were replaced, so the front of m_order always names
    // the oldest version its record still keeps.
    while (!m_order.empty() && m_order.front().replacedAt <= cutoff) {
        const auto it = m_versions.find(m_order.front().key);
        if (it != m_versions.end()) {
            it->removeFirst();
            if (it->isEmpty())
                m_versions.erase(it);
        }
        m_order.pop_front();
    }
}

void SearchIndexLag::clear()
{
    m_versions.clear();
    m_order.clear();
}

} // namespace Batchsmith::Sandbox
