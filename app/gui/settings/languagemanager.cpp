// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "gui/logging.h"

namespace Batchsmith {

namespace {

/// The locale whose translations we load: our Portuguese (and Qt's qtbase_pt_BR) serves every Portuguese locale.
QLocale translationLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Portuguese)
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    return locale;
}

/// Loads @p baseName_<lang>.qm from @p directory for @p locale, or returns null when there is none.
std::unique_ptr<QTranslator> loadTranslator(const QLocale &locale, const QString &baseName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, baseName, QStringLiteral("_"), directory)) {
        qCDebug(lcGui) << "no" << baseName << "translation for" << locale.name() << "in" << directory;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<QPair<QString, QString>> LanguageManager::availableLanguages()
{
    // Each language under its own name, so people can find theirs whatever the interface speaks now.
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("pt"), QStringLiteral("Português (Brasil)") },
    };
}

void LanguageManager::setLanguage(const QString &code)
{
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (code == u"pt")
        locale = QLocale(QLocale::Portuguese, QLocale::Brazil);

    // The default locale first: widgets that retranslate themselves may format numbers and dates with it.
    m_code = code;
    m_locale = locale;
    QLocale::setDefault(locale);

    removeTranslators();
    const QLocale forTranslations = translationLocale(locale);
    m_qtTranslator
        = loadTranslator(forTranslations, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_ownTranslator = loadTranslator(forTranslations, QStringLiteral("batchsmith"), QStringLiteral(":/i18n"));
    qCInfo(lcGui) << "interface language" << (code.isEmpty() ? QStringLiteral("system") : code) << "->"
                  << translationLanguage();
    Q_EMIT languageChanged(code);
}

QString LanguageManager::translationLanguage() const
{
    return m_ownTranslator ? m_ownTranslator->language() : QString();
}

void LanguageManager::removeTranslators()
{
    if (m_ownTranslator)
        QCoreApplication::removeTranslator(m_ownTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_ownTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace Batchsmith
