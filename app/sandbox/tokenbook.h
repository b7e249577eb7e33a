// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Batchsmith::Sandbox {

/// A token the sandbox knows.
struct TokenInfo
{
    QString token;
    QStringList scopes;
    bool expired = false;
    bool oauth = false; // acts as an OAuth token: no daily rate-limit headers
    int appId = 0;

    bool hasAnyScope(const QStringList &anyOf) const;
};

/**
 * The tokens the sandbox accepts: the built-in demo tokens (app/sandbox/README.md) and the ones given with
 * --accept-token, which get every scope. None looks like a real HubSpot token. Owned by SandboxState.
 */
class TokenBook final
{
public:
    /// @p allScopes: every scope the catalogue knows; @p extraTokens: accepted with all of them; @p demoTokens: false
    /// leaves out the built-in demo tokens (the app's embedded sandbox accepts only its own random token).
    TokenBook(const QStringList &allScopes, const QStringList &extraTokens, bool demoTokens = true);

    /// Null when the token is unknown.
    const TokenInfo *find(const QString &token) const;

private:
    void addDemoTokens(const QStringList &allScopes);
    void add(const QString &token, QStringList scopes, bool expired = false, bool oauth = false);

    QHash<QString, TokenInfo> m_tokens;
};

} // namespace Batchsmith::Sandbox
