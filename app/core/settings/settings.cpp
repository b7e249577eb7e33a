// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/settings.h"

#include <QFile>
#include <QSettings>

#include "core/logging.h"
#include "core/settings/settingskeys.h"

namespace Batchsmith {

namespace Keys = SettingsKeys;

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
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
    // Version 0 -> 1: nothing to convert, the file is new.
    qCInfo(lcSettings) << "settings schema" << version << "->" << CurrentSchemaVersion;
    m_settings->setValue(Keys::schemaVersion, CurrentSchemaVersion);
}

QVariant Settings::value(QLatin1StringView key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

int Settings::concurrency() const
{
    return qBound(1, value(Keys::sendConcurrency, 4).toInt(), 16);
}

void Settings::setConcurrency(int value)
{
    m_settings->setValue(Keys::sendConcurrency, qBound(1, value, 16));
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
