// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QVariant>

class QSettings;

namespace Batchsmith {

/**
 * The one door to QSettings: a typed getter and setter per setting, the default beside each key
 * (settingskeys.h). Nothing else constructs a QSettings, except TokenStore, which is handed this object.
 * Owned by the front end (application object or CLI main); GUI/main thread only.
 *
 *     Settings settings;                        // the platform's default location
 *     Settings settings(u"/tmp/test.ini"_s);    // an explicit ini file (tests)
 */
class Settings final
{
public:
    static constexpr int CurrentSchemaVersion = 1;

    Settings();
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    int concurrency() const; // default 4, 1..16
    void setConcurrency(int value);
    int batchSize() const; // default 100, 1..100
    void setBatchSize(int value);
    int requestTimeoutMs() const; // default 60 000
    void setRequestTimeoutMs(int value);
    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);

    /// The file behind the settings (shown to people: "your token is kept in …").
    QString fileName() const;
    void sync();

    /// For TokenStore only.
    QSettings &backend() const;

private:
    void migrate();
    QVariant value(QLatin1StringView key, const QVariant &fallback) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Batchsmith
