// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "gui/settings/languagemanager.h"

using namespace Batchsmith;

namespace {

/// Counts the LanguageChange events Qt sends it.
class LanguageChangeCounter final : public QWidget
{
public:
    int count = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        QWidget::changeEvent(event);
    }
};

QString cancelText(const QDialogButtonBox &box)
{
    return box.button(QDialogButtonBox::Cancel)->text();
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testSwitchesQtsOwnStringsAtRuntime()
    {
        LanguageManager languages;
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        LanguageChangeCounter widget;
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QCOMPARE(cancelText(box), QStringLiteral("Cancel"));

        languages.setLanguage(QStringLiteral("fr"));
        QTRY_COMPARE(cancelText(box), QStringLiteral("Annuler"));
        QTRY_VERIFY(widget.count > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("fr"));
        QCOMPARE(languages.language(), QStringLiteral("fr"));
        QCOMPARE(languages.translationLanguage(), QStringLiteral("fr_FR"));
        QCOMPARE(QLocale().language(), QLocale::French);

        const int countInFrench = widget.count;
        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(cancelText(box), QStringLiteral("Cancel"));
        QTRY_VERIFY(widget.count > countInFrench);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(changed.size(), 2);
    }

    void testEveryPortugueseUsesTheBrazilianFile_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Territory>("territory");
        QTest::newRow("pt") << QStringLiteral("pt") << QLocale::Brazil;
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QLocale::Brazil;
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << QLocale::Portugal;
    }

    void testEveryPortugueseUsesTheBrazilianFile()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Territory, territory);
        LanguageManager languages;
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        languages.setLanguage(code);
        QCOMPARE(languages.translationLanguage(), QStringLiteral("pt_BR"));
        // Qt ships qtbase_pt_BR only: a Portuguese from Portugal still gets Qt's buttons in Portuguese.
        QTRY_COMPARE(cancelText(box), QStringLiteral("Cancelar"));
        // Numbers and dates keep the person's own region.
        QCOMPARE(QLocale().territory(), territory);
    }

    void testJapanese()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("ja"));
        QCOMPARE(languages.translationLanguage(), QStringLiteral("ja_JP"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
    }

    void testEmptyCodeFollowsTheSystem()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("fr"));
        languages.setLanguage(QString());
        QCOMPARE(languages.language(), QString());
        QCOMPARE(QLocale(), QLocale::system());
        if (QLocale::system().language() != QLocale::French) {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(cancelText(box), QStringLiteral("Cancel"));
        }
    }

    void testDestroyingTheManagerRemovesItsTranslators()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        {
            LanguageManager languages;
            languages.setLanguage(QStringLiteral("fr"));
            QTRY_COMPARE(cancelText(box), QStringLiteral("Annuler"));
        }
        QTRY_COMPARE(cancelText(box), QStringLiteral("Cancel"));
    }

    void testAvailableLanguagesHaveTranslationsAndNativeNames()
    {
        const auto languages = LanguageManager::availableLanguages();
        QCOMPARE(languages.size(), 4);
        const QStringList expectedNames { QStringLiteral("English"), QStringLiteral("Français"),
            QStringLiteral("日本語"), QStringLiteral("Português (Brasil)") };
        for (qsizetype i = 0; i < languages.size(); ++i) {
            QCOMPARE(languages.at(i).second, expectedNames.at(i));
            const QString file = QStringLiteral(":/i18n/batchsmith_%1.qm").arg(languages.at(i).first);
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }

    void cleanup() { QLocale::setDefault(QLocale::system()); }
};

QTEST_MAIN(TestLanguageManager)
#include "testlanguagemanager.moc"
