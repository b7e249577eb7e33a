// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/tokenstore.h"

#include <QFile>
#include <QSettings>
#include <QUuid>

#include "core/logging.h"
#include "core/settings/settings.h"
#include "core/settings/settingskeys.h"

namespace Batchsmith {

namespace Keys = SettingsKeys;

namespace {

QString profileKey(const QString &id, QLatin1StringView field)
{
    return Keys::profilesGroup + u'/' + id + u'/' + field;
}

} // namespace

QString TokenStore::sandboxToken()
{
    return QStringLiteral("demo-all-scopes");
}

QString TokenStore::sandboxProfileName()
{
    return QStringLiteral("Sandbox");
}

TokenStore::TokenStore(Settings &settings)
    : m_settings(settings)
{
}

QList<TokenProfile> TokenStore::profiles() const
{
    QSettings &s = m_settings.backend();
    s.beginGroup(Keys::profilesGroup);
    const QStringList ids = s.childGroups();
    s.endGroup();
    QList<TokenProfile> result;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(),
        [](const TokenProfile &a, const TokenProfile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<TokenProfile> TokenStore::profile(const QString &id) const
{
    const QSettings &s = m_settings.backend();
    if (id.isEmpty() || !s.contains(profileKey(id, Keys::profileName)))
        return std::nullopt;
    TokenProfile p;
    p.id = id;
    p.name = s.value(profileKey(id, Keys::profileName)).toString();
    p.baseUrl = QUrl(s.value(profileKey(id, Keys::profileBaseUrl), p.baseUrl.toString()).toString());
    p.apiVersion = apiVersionFromString(s.value(profileKey(id, Keys::profileApiVersion)).toString())
                       .value_or(ApiVersion::V2026_03);
    p.portalId = s.value(profileKey(id, Keys::profilePortalId)).toString();
    p.embeddedSandbox = s.value(profileKey(id, Keys::profileEmbeddedSandbox), false).toBool();
    return p;
}

std::optional<TokenProfile> TokenStore::profileByName(const QString &name) const
{
    for (const TokenProfile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Result<void> TokenStore::saveProfile(const TokenProfile &profile, const QString &secret)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A profile needs a name."));
    if (auto other = profileByName(name); other && other->id != profile.id)
        return Error::make(
            Error::Kind::InvalidInput, QStringLiteral("A profile named \"%1\" already exists.").arg(name));
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("The base URL is not a valid URL."));

    const QString id = profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : profile.id;
    QSettings &s = m_settings.backend();
    s.setValue(profileKey(id, Keys::profileName), name);
    s.setValue(profileKey(id, Keys::profileBaseUrl), profile.baseUrl.toString());
    s.setValue(profileKey(id, Keys::profileApiVersion), wireName(profile.apiVersion));
    s.setValue(profileKey(id, Keys::profilePortalId), profile.portalId);
    s.setValue(profileKey(id, Keys::profileEmbeddedSandbox), profile.embeddedSandbox);
    if (!secret.isEmpty())
        s.setValue(profileKey(id, Keys::profileSecret), secret);
    s.sync();
    restrictSettingsFile();
    return {};
}

void TokenStore::removeProfile(const QString &id)
{
    QSettings &s = m_settings.backend();
    s.remove(Keys::profilesGroup + u'/' + id);
    if (activeProfileId() == id)
        s.remove(Keys::activeProfile);
    s.sync();
}

Result<QString> TokenStore::secret(const QString &profileId) const
{
    auto p = profile(profileId);
    if (!p)
        return Error::make(Error::Kind::InvalidConfig, QStringLiteral("There is no such profile."));
    if (p->embeddedSandbox)
        return sandboxToken();
    const QString value = m_settings.backend().value(profileKey(profileId, Keys::profileSecret)).toString();
    if (value.isEmpty())
        return Error::make(Error::Kind::InvalidConfig, QStringLiteral("Profile \"%1\" has no token.").arg(p->name));
    return value;
}

Result<QString> TokenStore::tokenForProfile(const QString &name) const
{
    if (auto p = profileByName(name))
        return secret(p->id);
    QStringList names;
    for (const TokenProfile &p : profiles())
        names.append(p.name);
    const QString known = names.isEmpty() ? QStringLiteral("there are no profiles yet")
                                          : QStringLiteral("known profiles: ") + names.join(QStringLiteral(", "));
    return Error::make(
        Error::Kind::InvalidInput, QStringLiteral("No token profile named \"%1\" (%2).").arg(name, known));
}

QString TokenStore::activeProfileId() const
{
    return m_settings.backend().value(Keys::activeProfile).toString();
}

void TokenStore::setActiveProfileId(const QString &id)
{
    m_settings.backend().setValue(Keys::activeProfile, id);
}

TokenProfile TokenStore::ensureFirstLaunchProfile()
{
    if (auto active = profile(activeProfileId()))
        return *active;
    const QList<TokenProfile> existing = profiles();
    if (!existing.isEmpty()) {
        setActiveProfileId(existing.first().id);
        return existing.first();
    }
    TokenProfile sandbox;
    sandbox.id = QStringLiteral("sandbox");
    sandbox.name = sandboxProfileName();
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
    sandbox.embeddedSandbox = true;
    sandbox.portalId = QStringLiteral("12345678");
    if (auto saved = saveProfile(sandbox); !saved)
        qCWarning(lcTokens) << "could not create the sandbox profile:" << saved.error().message;
    setActiveProfileId(sandbox.id);
    return sandbox;
}

QString TokenStore::secretLocation() const
{
    return m_settings.fileName();
}

void TokenStore::restrictSettingsFile() const
{
    const QString file = m_settings.fileName();
    if (!QFile::exists(file))
        return;
    if (!QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcTokens) << "could not make" << file << "readable by its owner only";
}

} // namespace Batchsmith
