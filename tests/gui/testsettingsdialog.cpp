// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "core/settings/settings.h"
#include "gui/settings/languagemanager.h"
#include "gui/settings/settingsdialog.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

/// Stands in for the French strings of the dialog until translators have written them: answers in French only
/// while French is the default locale, which LanguageManager sets when it switches to French.
class FrenchFormTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLocale().language() != QLocale::French)
            return {};
        if (qstrcmp(context, "SettingsDialog") == 0 && qstrcmp(sourceText, "&Language:") == 0)
            return QStringLiteral("&Langue :");
        if (qstrcmp(context, "Batchsmith::SettingsDialog") == 0 && qstrcmp(sourceText, "System default") == 0)
            return QStringLiteral("Langue du système");
        return {};
    }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1StringView(name));
    }

    static QAbstractButton *button(const QWidget &dialog, QDialogButtonBox::StandardButton which)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
    }

    static void fillIn(const QWidget &dialog, int concurrency, int batchSize, int timeoutSeconds)
    {
        child<QSpinBox>(dialog, "concurrencySpinBox")->setValue(concurrency);
        child<QSpinBox>(dialog, "batchSizeSpinBox")->setValue(batchSize);
        child<QSpinBox>(dialog, "timeoutSpinBox")->setValue(timeoutSeconds);
    }

    static void chooseLanguage(const QWidget &dialog, const QString &code)
    {
        auto *combo = child<QComboBox>(dialog, "languageComboBox");
        combo->setCurrentIndex(combo->findData(code));
    }

    /// A settings file of the current test function and data row.
    QString iniFile() const
    {
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        return m_dir.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + (tag.isEmpty() ? QString() : u'-' + tag) + u".ini");
    }

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void testShowsStoredValues()
    {
        Settings settings(iniFile());
        settings.setConcurrency(6);
        settings.setBatchSize(50);
        settings.setRequestTimeoutMs(30000);
        settings.setLanguage(QStringLiteral("ja"));
        LanguageManager languages;
        SettingsDialog dialog(settings, languages);

        QCOMPARE(child<QSpinBox>(dialog, "concurrencySpinBox")->value(), 6);
        QCOMPARE(child<QSpinBox>(dialog, "batchSizeSpinBox")->value(), 50);
        QCOMPARE(child<QSpinBox>(dialog, "timeoutSpinBox")->value(), 30);
        auto *combo = child<QComboBox>(dialog, "languageComboBox");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ja"));
        QCOMPARE(combo->currentText(), QStringLiteral("日本語"));
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemText(0), QStringLiteral("System default"));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(child<QSpinBox>(dialog, "concurrencySpinBox")->maximum(), 32);
        QCOMPARE(child<QSpinBox>(dialog, "batchSizeSpinBox")->maximum(), 100);
    }

    void testOkPersistsAndCloses()
    {
        const QString file = iniFile();
        {
            Settings settings(file);
            LanguageManager languages;
            SettingsDialog dialog(settings, languages);
            dialog.show();
            fillIn(dialog, 12, 25, 90);
            button(dialog, QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
        }
        Settings reread(file);
        QCOMPARE(reread.concurrency(), 12);
        QCOMPARE(reread.batchSize(), 25);
        QCOMPARE(reread.requestTimeoutMs(), 90000);
        QCOMPARE(reread.language(), QString());
    }

    void testApplyPersistsAndStaysOpen()
    {
        const QString file = iniFile();
        Settings settings(file);
        LanguageManager languages;
        SettingsDialog dialog(settings, languages);
        dialog.show();
        fillIn(dialog, 2, 10, 5);
        button(dialog, QDialogButtonBox::Apply)->click();
        QVERIFY(dialog.isVisible());
        Settings reread(file);
        QCOMPARE(reread.concurrency(), 2);
        QCOMPARE(reread.batchSize(), 10);
        QCOMPARE(reread.requestTimeoutMs(), 5000);
    }

    void testCancelPersistsNothing()
    {
        const QString file = iniFile();
        {
            Settings settings(file);
            LanguageManager languages;
            SettingsDialog dialog(settings, languages);
            dialog.show();
            fillIn(dialog, 16, 1, 600);
            chooseLanguage(dialog, QStringLiteral("fr"));
            button(dialog, QDialogButtonBox::Cancel)->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.isVisible());
            QCOMPARE(languages.language(), QString());
            QVERIFY(languages.translationLanguage() != QStringLiteral("fr_FR"));
        }
        Settings reread(file);
        QCOMPARE(reread.concurrency(), 0);
        QCOMPARE(reread.batchSize(), 100);
        QCOMPARE(reread.requestTimeoutMs(), 60000);
        QCOMPARE(reread.language(), QString());
    }

    void testLanguageAppliesLive()
    {
        FrenchFormTranslator frenchForm;
        QCoreApplication::installTranslator(&frenchForm);
        const QString file = iniFile();
        Settings settings(file);
        LanguageManager languages;
        SettingsDialog dialog(settings, languages);
        dialog.show();
        auto *label = child<QLabel>(dialog, "languageLabel");
        auto *combo = child<QComboBox>(dialog, "languageComboBox");
        QCOMPARE(label->text(), QStringLiteral("&Language:"));

        chooseLanguage(dialog, QStringLiteral("fr"));
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(languages.language(), QStringLiteral("fr"));
        QCOMPARE(Settings(file).language(), QStringLiteral("fr"));
        QTRY_COMPARE(button(dialog, QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        QTRY_VERIFY(label->text() != QStringLiteral("&Language:"));
        QCOMPARE(label->text(), QCoreApplication::translate("SettingsDialog", "&Language:"));
        QVERIFY(combo->itemText(0) != QStringLiteral("System default"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));

        chooseLanguage(dialog, QStringLiteral("en"));
        button(dialog, QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(label->text(), QStringLiteral("&Language:"));
        QCOMPARE(combo->itemText(0), QStringLiteral("System default"));
        QCOMPARE(button(dialog, QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QCoreApplication::removeTranslator(&frenchForm);
    }

    void testEachLanguageFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "fr", "ja", "pt" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    /// The hint under the sending defaults wraps in French and Portuguese: the dialog gives it the height of every
    /// line it wraps to, in whichever language it opens or is switched to. With BATCHSMITH_SCREENSHOT_DIR set, a
    /// picture of the dialog in each language is saved there, to look at its layout.
    void testEachLanguageFits()
    {
        QFETCH(QString, language);
        Settings settings(iniFile());
        LanguageManager languages;
        languages.setLanguage(language);
        SettingsDialog dialog(settings, languages);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        auto *hint = child<QLabel>(dialog, "sendingHintLabel");
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(u"settings-%1.png"_s.arg(language))));

        chooseLanguage(dialog, language == u"fr" ? u"pt"_s : u"fr"_s);
        button(dialog, QDialogButtonBox::Apply)->click();
        QCoreApplication::processEvents();
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
        languages.setLanguage(u"en"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsDialog)
#include "testsettingsdialog.moc"
