// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUrl>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

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
 * The token manager's storage: profiles in QSettings through Settings; each profile's secret in the settings
 * file, which is then made readable by its owner only (0600).
 * TODO(#4): keep the secret in the OS keychain through QtKeychain when one answers, with this file as fallback.
 * Not a QObject; owned by the front end next to its Settings, which must outlive it.
 */
class TokenStore final
{
public:
    /// The token the embedded sandbox accepts with every scope; not a secret.
    static QString sandboxToken();
    static QString sandboxProfileName(); // "Sandbox"

    explicit TokenStore(Settings &settings);

    QList<TokenProfile> profiles() const;
    std::optional<TokenProfile> profile(const QString &id) const;
    std::optional<TokenProfile> profileByName(const QString &name) const;

    /// Adds or replaces a profile. An empty @p secret keeps the stored one. Names must be unique and non-empty.
    Result<void> saveProfile(const TokenProfile &profile, const QString &secret = {});
    void removeProfile(const QString &id);

    Result<QString> secret(const QString &profileId) const;
    /// For `--token-profile NAME`: the token of the named profile, or an error that lists the known names.
    Result<QString> tokenForProfile(const QString &name) const;

    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);

    /// Creates the "Sandbox" profile on the embedded sandbox and makes it active when there is no profile at all
    /// (first launch). Returns the active profile.
    TokenProfile ensureFirstLaunchProfile();

    /// Where secrets are kept, for the token manager to tell people.
    QString secretLocation() const;

private:
    void restrictSettingsFile() const;

    Settings &m_settings;
};

} // namespace Batchsmith
