// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QUuid>

#include "core/api/apiclient.h"
#include "core/io/privatefiles.h"
#include "core/logging.h"
#include "core/settings/settings.h"
#include "core/settings/settingskeys.h"
#include "core/tokens/secretbackend.h"

namespace Batchsmith {

namespace Keys = SettingsKeys;

namespace {

QString profileKey(const QString &id, QLatin1StringView field)
{
    return Keys::profilesGroup + u'/' + id + u'/' + field;
}

} // namespace

QString TokenStore::newSandboxToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("sandbox-")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString TokenStore::sandboxProfileName()
{
    return QStringLiteral("Sandbox");
}

TokenStore::BaseUrlProblem TokenStore::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return BaseUrlProblem::Invalid;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && ApiClient::isLoopback(url)))
        return BaseUrlProblem::NotHttps;
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return BaseUrlProblem::HasExtras;
    return BaseUrlProblem::None;
}

QString TokenStore::maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    // HubSpot's private-app tokens start with "pat-<region>-", the embedded sandbox's with "sandbox-"; that part
    // says which kind of token it is and gives nothing away.
    QString prefix;
    if (secret.startsWith(u"sandbox-")) // the embedded sandbox's own (newSandboxToken())
        prefix = QStringLiteral("sandbox-");
    else if (secret.startsWith(u"pat-")) {
        const qsizetype second = secret.indexOf(u'-', 4);
        if (second > 0 && second < 12)
            prefix = secret.left(second + 1);
    }
    const qsizetype tail = secret.size() >= 12 ? 4 : 0;
    return prefix + u'…' + secret.right(tail);
}

TokenStore::TokenStore(Settings &settings, SecretBackend *backend)
    : m_settings(settings)
    , m_backend(backend)
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

Result<QString> TokenStore::saveProfile(const TokenProfile &profile, const QString &secret)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A profile needs a name."));
    if (auto other = profileByName(name); other && other->id != profile.id)
        return Error::make(
            Error::Kind::InvalidInput, QStringLiteral("A profile named \"%1\" already exists.").arg(name));
    switch (checkBaseUrl(profile.baseUrl)) {
    case BaseUrlProblem::None:
        break;
    case BaseUrlProblem::Invalid:
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("The base URL is not a valid URL."));
    case BaseUrlProblem::NotHttps:
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("The base URL must use https (http only for this computer: 127.0.0.1, ::1, localhost)."));
    case BaseUrlProblem::HasExtras:
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("The base URL must not contain a user name, password, query or fragment."));
    }

    const QString id = profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : profile.id;
    QSettings &s = m_settings.backend();
    s.setValue(profileKey(id, Keys::profileName), name);
    s.setValue(profileKey(id, Keys::profileBaseUrl), profile.baseUrl.toString());
    s.setValue(profileKey(id, Keys::profileApiVersion), wireName(profile.apiVersion));
    s.setValue(profileKey(id, Keys::profilePortalId), profile.portalId);
    s.setValue(profileKey(id, Keys::profileEmbeddedSandbox), profile.embeddedSandbox);
    // Restrict the file before a secret can reach it.
    s.sync();
    restrictSettingsFile();
    if (!secret.isEmpty()) {
        storeSecret(id, secret);
    } else if (const QString inFile = s.value(profileKey(id, Keys::profileSecret)).toString(); !inFile.isEmpty()) {
        storeSecret(id, inFile); // moves it into the keychain when one answers now
    }
    s.sync();
    restrictSettingsFile();
    return id;
}

void TokenStore::storeSecret(const QString &id, const QString &secret) const
{
    QSettings &s = m_settings.backend();
    if (m_backend && m_backend->isAvailable()) {
        if (auto written = m_backend->write(id, secret)) {
            s.remove(profileKey(id, Keys::profileSecret));
            s.sync();
            return;
        } else {
            qCWarning(lcTokens) << "the keychain did not take the secret; keeping it in the settings file:"
                                << written.error().message;
        }
    }
    // The file must be owner-only before the secret reaches it: written without it first, then restricted.
    s.remove(profileKey(id, Keys::profileSecret));
    s.sync();
    if (!restrictSettingsFile()) {
        qCWarning(lcTokens) << "the settings file" << m_settings.fileName()
                            << "could not be made readable by its owner only; the token is kept in memory only";
        m_memorySecrets.insert(id, secret);
        return;
    }
    m_memorySecrets.remove(id);
    s.setValue(profileKey(id, Keys::profileSecret), secret);
    s.sync();
}

void TokenStore::removeProfile(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_backend && m_backend->isAvailable()) {
        if (auto removed = m_backend->remove(id); !removed)
            qCWarning(lcTokens) << "could not remove a secret from the keychain:" << removed.error().message;
    }
    QSettings &s = m_settings.backend();
    s.remove(Keys::profilesGroup + u'/' + id);
    m_memorySecrets.remove(id);
    if (activeProfileId() == id)
        s.remove(Keys::activeProfile);
    s.sync();
}

Result<QString> TokenStore::secret(const QString &profileId) const
{
    auto p = profile(profileId);
    if (!p)
        return Error::make(Error::Kind::InvalidConfig, QStringLiteral("There is no such profile."));
    if (const auto kept = m_memorySecrets.constFind(profileId); kept != m_memorySecrets.cend())
        return *kept; // the file could not be made private: this session's copy is the only one
    if (!p->embeddedSandbox)
        return storedSecret(*p);
    // The embedded sandbox's token is made here, once per install; earlier versions' public word is replaced.
    if (auto stored = storedSecret(*p); stored && *stored != LegacySandboxToken)
        return stored;
    const QString token = newSandboxToken();
    storeSecret(p->id, token);
    qCInfo(lcTokens) << "made a new token for the embedded sandbox of profile" << p->name;
    return token;
}

Result<QString> TokenStore::storedSecret(const TokenProfile &profile) const
{
    // A copy in the file is the newest (every keychain write drops it); move it into the keychain if one answers.
    const QString inFile = m_settings.backend().value(profileKey(profile.id, Keys::profileSecret)).toString();
    if (!inFile.isEmpty()) {
        if (m_backend && m_backend->isAvailable())
            storeSecret(profile.id, inFile);
        return inFile;
    }
    if (m_backend && m_backend->isAvailable()) {
        auto stored = m_backend->read(profile.id);
        if (!stored)
            return Error::make(Error::Kind::InvalidConfig,
                QStringLiteral("Could not read the token of profile \"%1\" from %2: %3")
                    .arg(profile.name, m_backend->description(), stored.error().message));
        if (stored->has_value() && !stored->value().isEmpty())
            return stored->value();
    }
    return Error::make(Error::Kind::InvalidConfig, QStringLiteral("Profile \"%1\" has no token.").arg(profile.name));
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
    m_settings.backend().sync();
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

bool TokenStore::usesKeychain() const
{
    return m_backend && m_backend->isAvailable();
}

QString TokenStore::secretLocation() const
{
    if (usesKeychain()) {
        //: %1 is the keychain's name, e.g. "Secret Service", "macOS Keychain", "Windows Credential Manager"
        return tr("Tokens are kept in your system keychain (%1).").arg(m_backend->description());
    }
    const QString file = QDir::toNativeSeparators(m_settings.fileName());
    if (keepsSecretsInMemory()) {
        //: %1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf
        return tr("The settings file %1 could not be made readable only by you, so tokens are not written to it: they "
                  "are kept in memory until Batchsmith quits.")
            .arg(file);
    }
    if (m_backend) {
        //: %1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf
        return tr("No system keychain answered, so tokens are kept in the settings file %1, readable only by you.")
            .arg(file);
    }
    //: %1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf
    return tr("Tokens are kept in the settings file %1, readable only by you.").arg(file);
}

bool TokenStore::restrictSettingsFile() const
{
    const QString file = m_settings.fileName();
    if (!QFile::exists(file))
        return true;
    return PrivateFiles::restrict(file);
}

} // namespace Batchsmith
