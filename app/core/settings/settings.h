// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "core/batch/batchtypes.h"

class QSettings;

namespace Batchsmith {

/**
 * The one door to QSettings: a typed getter and setter per setting, the default beside each key
 * (settingskeys.h). Nothing else constructs a QSettings, except TokenStore, which is handed this object.
 * Owned by the front end (application object or CLI main); GUI/main thread only.
 *
 *     Settings settings;                        // the platform's default location (FileOrganization)
 *     Settings settings(u"/tmp/test.ini"_s);    // an explicit ini file (tests)
 */
class Settings final
{
public:
    /// 2: Send/concurrency 0 means automatic and an old file's 4 (the former default) became automatic.
    static constexpr int CurrentSchemaVersion = 2;
    static constexpr int MaxRecentFiles = 10;
    /// The names of the settings file at the platform's default location (QSettings' organisation and application).
    static constexpr QLatin1StringView FileOrganization { "Batchsmith" };
    static constexpr QLatin1StringView FileApplication { "Batchsmith" };

    Settings();
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The most batches in flight, 1..32; default 0: automatic, as many as the rate limit's pace needs (Pacer).
    int concurrency() const;
    void setConcurrency(int value);
    int batchSize() const; // default 100, 1..100
    void setBatchSize(int value);
    int requestTimeoutMs() const; // default 60 000
    void setRequestTimeoutMs(int value);
    bool keepRevertValues() const; // default true: upserts keep what they overwrite, so they can be reverted
    void setKeepRevertValues(bool keep);
    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);

    /// Opaque gui state (QMainWindow::saveState, QSplitter::saveState, QHeaderView::saveState, geometry) under
    /// Window/<name>; empty when never saved. Core does not look inside: the widgets restore it themselves.
    QByteArray uiState(const QString &name) const;
    void setUiState(const QString &name, const QByteArray &state);

    QString lastObjectType() const; // default "contacts"
    void setLastObjectType(const QString &objectType);
    WriteMode lastWriteMode() const; // default Create
    void setLastWriteMode(WriteMode mode);
    QString lastIdProperty() const; // default "" (upsert only)
    void setLastIdProperty(const QString &property);
    ApiVersion lastApiVersion() const; // default V2026_03
    void setLastApiVersion(ApiVersion version);

    /// Most recent first, without duplicates, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);
    /// Puts @p path first (moving it if it was already listed) and drops the oldest past MaxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    /// How an imported file's columns were mapped for @p objectType: normalized header -> column key ("email",
    /// "assoc:companies:279", "__status"), or an empty key for a column the person chose to skip.
    QMap<QString, QString> columnMapping(const QString &objectType) const;
    void setColumnMapping(const QString &objectType, const QMap<QString, QString> &mapping);

    /// The file behind the settings (shown to people: "your token is kept in …").
    QString fileName() const;
    void sync();

    /// For TokenStore only.
    QSettings &backend() const;

private:
    void migrate();
    void migrateConcurrencyToAutomatic();
    QVariant value(QLatin1StringView key, const QVariant &fallback) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Batchsmith
