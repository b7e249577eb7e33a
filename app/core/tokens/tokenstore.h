// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

class SecretBackend;
class Settings;

/// One connection profile: where to send and with which API version. The token itself is not in here.
struct TokenProfile
{
    QString id; // stable key in the settings file
    QString name; // shown to people, unique, used by `batchsmith-cli --token-profile NAME`
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    ApiVersion apiVersion = ApiVersion::V2026_03;
    QString portalId; // filled by "Test connection"
    bool embeddedSandbox = false; // the app starts its own sandbox and points this profile at it

    friend bool operator==(const TokenProfile &, const TokenProfile &) = default;
};

/**
 * The token manager's storage: profiles in QSettings through Settings; each profile's secret in the OS keychain
 * (a SecretBackend, key = profile id) when one is given and answers, else in the settings file, which is then
 * made readable by its owner only (0600); when that chmod fails the secret is not written at all but kept in this
 * object's memory until it is destroyed (secretLocation() says so). A secret found in the file while the keychain
 * answers moves into the
 * keychain the next time it is read or its profile is saved. Any write to the keychain removes the file's copy,
 * so a copy in the file is always the newest.
 * Not a QObject; owned by the front end next to its Settings and SecretBackend, which must outlive it.
 *
 *     QtKeychainBackend keychain;                // app/keychain
 *     TokenStore tokens(settings, &keychain);    // or TokenStore tokens(settings) for the file alone
 */
class TokenStore final
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    /// Why a base URL cannot be used: https, or http only on loopback; no user info, query or fragment.
    enum class BaseUrlProblem { None, Invalid, NotHttps, HasExtras };
    /// A new token for the embedded sandbox: "sandbox-" and 128 random bits in hex, from the system's
    /// cryptographic generator. Each install makes its own the first time secret() is asked for it.
    static QString newSandboxToken();
    /// What versions before 0.1 used as every install's sandbox token; found in a profile, it is replaced.
    static constexpr QLatin1StringView LegacySandboxToken { "demo-all-scopes" };
    static QString sandboxProfileName(); // "Sandbox"

    /// What a base URL is missing, by the rules ApiClient::setBaseUrl applies.
    static BaseUrlProblem checkBaseUrl(const QUrl &url);
    /// What people may see of a stored token: "pat-na1-…5555" (HubSpot's prefix and the last four characters).
    static QString maskSecret(const QString &secret);

    /// @p backend (not owned, may be null) is the OS keychain; without it secrets go to the settings file.
    explicit TokenStore(Settings &settings, SecretBackend *backend = nullptr);

    QList<TokenProfile> profiles() const;
    std::optional<TokenProfile> profile(const QString &id) const;
    std::optional<TokenProfile> profileByName(const QString &name) const;

    /// Adds or replaces a profile. An empty @p secret keeps the stored one. Names must be unique and non-empty,
    /// the base URL usable (checkBaseUrl). Returns the profile's id (a new one when profile.id is empty).
    Result<QString> saveProfile(const TokenProfile &profile, const QString &secret = {});
    /// Removes the profile and its secret, from the keychain too.
    void removeProfile(const QString &id);

    /// The profile's token: the stored secret (moved into the keychain on the way when it was in the file and the
    /// keychain answers). An embedded-sandbox profile gets a newSandboxToken() stored the first time, and whenever
    /// it holds LegacySandboxToken or nothing readable; the app's sandbox accepts that token and no other.
    Result<QString> secret(const QString &profileId) const;
    /// For `--token-profile NAME`: the token of the named profile, or an error that lists the known names.
    Result<QString> tokenForProfile(const QString &name) const;

    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);

    /// Creates the "Sandbox" profile on the embedded sandbox and makes it active when there is no profile at all
    /// (first launch). Returns the active profile.
    TokenProfile ensureFirstLaunchProfile();

    /// Whether secrets go to the OS keychain now (a backend is given and answers).
    bool usesKeychain() const;
    /// Where secrets are kept, as a sentence for the token manager ("Tokens are kept in …").
    QString secretLocation() const;

    /// Whether a secret is kept in memory only, because the settings file could not be made owner-only.
    bool keepsSecretsInMemory() const { return !m_memorySecrets.isEmpty(); }

private:
    /// Makes the settings file owner-only; false when it exists and the chmod failed.
    bool restrictSettingsFile() const;
    /// The stored secret of @p profile, or an error naming it.
    Result<QString> storedSecret(const TokenProfile &profile) const;
    /// Puts @p secret in the keychain when it answers (and drops the file's copy), else in the file.
    void storeSecret(const QString &id, const QString &secret) const;

    Settings &m_settings;
    SecretBackend *m_backend;
    mutable QHash<QString, QString> m_memorySecrets; // profile id -> secret the file could not safely hold
};

} // namespace Batchsmith
