// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tokenbook.h"

namespace Batchsmith::Sandbox {

bool TokenInfo::hasAnyScope(const QStringList &anyOf) const
{
    return std::any_of(anyOf.cbegin(), anyOf.cend(), [this](const QString &s) { return scopes.contains(s); });
}

TokenBook::TokenBook(const QStringList &allScopes, const QStringList &extraTokens, bool demoTokens)
{
    if (demoTokens)
        addDemoTokens(allScopes);
    for (const QString &token : extraTokens)
        add(token, allScopes);
}

void TokenBook::addDemoTokens(const QStringList &allScopes)
{
    add(QStringLiteral("demo-all-scopes"), allScopes);
    add(QStringLiteral("demo-contacts-only"),
        { QStringLiteral("crm.objects.contacts.read"), QStringLiteral("crm.objects.contacts.write"),
            QStringLiteral("crm.schemas.contacts.read") });
    QStringList readOnly;
    for (const QString &s : allScopes) {
        if (s.endsWith(u".read") || s.endsWith(u".read.v2"))
            readOnly.append(s);
    }
    add(QStringLiteral("demo-read-only"), readOnly);
    add(QStringLiteral("demo-expired"), allScopes, true, true);
    add(QStringLiteral("demo-oauth"), allScopes, false, true);
}

void TokenBook::add(const QString &token, QStringList scopes, bool expired, bool oauth)
{
    m_tokens.insert(token, TokenInfo { token, std::move(scopes), expired, oauth, 1000 + int(m_tokens.size()) });
}

const TokenInfo *TokenBook::find(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.cend() ? nullptr : &*it;
}

} // namespace Batchsmith::Sandbox
