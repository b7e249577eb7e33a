// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/settings.h"

#include <QFile>
#include <QSettings>

#include "core/logging.h"
#include "core/net/pacer.h"
#include "core/settings/settingskeys.h"

namespace Batchsmith {

namespace Keys = SettingsKeys;

// Named here rather than by the application's names: the organisation name is empty so that the data folder is not
// doubled (DataFolder), while the token profiles stay where every version kept them: ~/.config/Batchsmith/
// Batchsmith.conf on Linux, the same two names in the Windows registry and in macOS's preferences.
Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::UserScope, FileOrganization, FileApplication))
{
    migrate();
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate()
{
    const int version = m_settings->value(Keys::schemaVersion, 0).toInt();
    if (version == CurrentSchemaVersion)
        return;
    if (version > CurrentSchemaVersion) {
        qCWarning(lcSettings) << "settings schema" << version << "is newer than this build understands;"
                              << "leaving it as it is";
        return;
    }
    // Version 0 -> 1 converted nothing: a file without a version is new, or was edited by hand. It takes the step to 2
    // like a version 1 file, in case it holds the old concurrency of 4.
    if (version < 2)
        migrateConcurrencyToAutomatic();
    qCInfo(lcSettings) << "settings schema" << version << "->" << CurrentSchemaVersion;
    m_settings->setValue(Keys::schemaVersion, CurrentSchemaVersion);
}

void Settings::migrateConcurrencyToAutomatic()
{
    // Version 1 -> 2: Send/concurrency was the fixed number of batches in flight, 4 by default, and the Settings
    // dialog wrote that 4 whenever it was confirmed, so a 4 says nothing of a choice; left in place it would cap
    // every run at 4 now that the number is only an upper bound. It becomes automatic (no key: default 0, the Pacer
    // decides). Any other number was chosen, and stays as the upper bound.
    constexpr int OldDefaultConcurrency = 4;
    if (m_settings->value(Keys::sendConcurrency).toInt() != OldDefaultConcurrency)
        return;
    qCInfo(lcSettings) << "settings: Send/concurrency was the old default of 4; it is automatic now";
    m_settings->remove(Keys::sendConcurrency);
}

QVariant Settings::value(QLatin1StringView key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

int Settings::concurrency() const
{
    return qBound(0, value(Keys::sendConcurrency, 0).toInt(), Pacer::SafetyCap);
}

void Settings::setConcurrency(int value)
{
    m_settings->setValue(Keys::sendConcurrency, qBound(0, value, Pacer::SafetyCap));
}

bool Settings::keepRevertValues() const
{
    return value(Keys::sendKeepRevertValues, true).toBool();
}

void Settings::setKeepRevertValues(bool keep)
{
    m_settings->setValue(Keys::sendKeepRevertValues, keep);
}

int Settings::batchSize() const
{
    return qBound(1, value(Keys::sendBatchSize, 100).toInt(), 100);
}

void Settings::setBatchSize(int value)
{
    m_settings->setValue(Keys::sendBatchSize, qBound(1, value, 100));
}

int Settings::requestTimeoutMs() const
{
    return qMax(1000, value(Keys::sendRequestTimeoutMs, 60000).toInt());
}

void Settings::setRequestTimeoutMs(int value)
{
    m_settings->setValue(Keys::sendRequestTimeoutMs, qMax(1000, value));
}

QString Settings::language() const
{
    return value(Keys::uiLanguage, QString()).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(Keys::uiLanguage, code);
}

QByteArray Settings::uiState(const QString &name) const
{
    return m_settings->value(Keys::windowGroup + u'/' + name).toByteArray();
}

void Settings::setUiState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(Keys::windowGroup + u'/' + name, state);
}

QString Settings::lastObjectType() const
{
    const QString objectType = value(Keys::batchLastObjectType, QString()).toString();
    return objectType.isEmpty() ? QStringLiteral("contacts") : objectType;
}

void Settings::setLastObjectType(const QString &objectType)
{
    m_settings->setValue(Keys::batchLastObjectType, objectType);
}

WriteMode Settings::lastWriteMode() const
{
    return writeModeFromString(value(Keys::batchLastMode, QString()).toString()).value_or(WriteMode::Create);
}

void Settings::setLastWriteMode(WriteMode mode)
{
    m_settings->setValue(Keys::batchLastMode, wireName(mode));
}

QString Settings::lastIdProperty() const
{
    return value(Keys::batchLastIdProperty, QString()).toString();
}

void Settings::setLastIdProperty(const QString &property)
{
    m_settings->setValue(Keys::batchLastIdProperty, property);
}

ApiVersion Settings::lastApiVersion() const
{
    return apiVersionFromString(value(Keys::batchLastApiVersion, QString()).toString()).value_or(ApiVersion::V2026_03);
}

void Settings::setLastApiVersion(ApiVersion version)
{
    m_settings->setValue(Keys::batchLastApiVersion, wireName(version));
}

namespace {

/// Drops empty and repeated entries (keeping the first, most recent one) and caps the list.
QStringList cleanRecentFiles(const QStringList &paths)
{
    QStringList clean;
    for (const QString &path : paths) {
        if (!path.isEmpty() && !clean.contains(path))
            clean.append(path);
        if (clean.size() == Settings::MaxRecentFiles)
            break;
    }
    return clean;
}

} // namespace

QStringList Settings::recentFiles() const
{
    return cleanRecentFiles(value(Keys::filesRecent, QStringList()).toStringList());
}

void Settings::setRecentFiles(const QStringList &paths)
{
    m_settings->setValue(Keys::filesRecent, cleanRecentFiles(paths));
}

void Settings::addRecentFile(const QString &path)
{
    QStringList paths = recentFiles();
    paths.removeAll(path);
    paths.prepend(path);
    setRecentFiles(paths);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList paths = recentFiles();
    paths.removeAll(path);
    setRecentFiles(paths);
}

QMap<QString, QString> Settings::columnMapping(const QString &objectType) const
{
    const QVariantMap stored = m_settings->value(Keys::importColumnMappings + u'/' + objectType).toMap();
    QMap<QString, QString> mapping;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void Settings::setColumnMapping(const QString &objectType, const QMap<QString, QString> &mapping)
{
    const QString key = Keys::importColumnMappings + u'/' + objectType;
    if (mapping.isEmpty()) {
        m_settings->remove(key);
        return;
    }
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(key, stored);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QSettings &Settings::backend() const
{
    return *m_settings;
}

} // namespace Batchsmith
