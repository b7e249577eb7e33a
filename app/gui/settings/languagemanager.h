// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPair>
#include <QString>

class QTranslator;

namespace Batchsmith {

/**
 * Owns the application's translators: Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath) and ours
 * (:/i18n/batchsmith_<lang>.qm). setLanguage() swaps them while the application runs; Qt then sends
 * QEvent::LanguageChange to every widget, which retranslates itself in changeEvent(). Portuguese is one
 * Brazilian Portuguese file, loaded for every pt_* locale.
 *
 * Created once by main() next to the QApplication (or by a test); GUI thread only. It does not store the choice:
 * whoever asks for a language saves it in Settings.
 *
 *     LanguageManager languages;
 *     languages.setLanguage(settings.language()); // "" follows the system
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages people can pick: code ("en", "fr", "ja", "pt") and the language's own name for itself.
    static QList<QPair<QString, QString>> availableLanguages();

    /// "" follows the system; otherwise a code as in availableLanguages() or a locale name such as "pt_PT".
    void setLanguage(const QString &code);

    /// The code last passed to setLanguage() ("" = the system's).
    QString language() const { return m_code; }

    /// The locale in effect (also QLocale's default).
    QLocale locale() const { return m_locale; }

    /// The language our own loaded translation declares ("fr_FR", "pt_BR", …), empty when none was loaded.
    QString translationLanguage() const;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_ownTranslator;
};

} // namespace Batchsmith
