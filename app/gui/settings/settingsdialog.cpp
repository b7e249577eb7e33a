// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settingsdialog.h"

#include <QEvent>
#include <QPushButton>

#include "core/settings/settings.h"
#include "gui/settings/languagemanager.h"
#include "ui_settingsdialog.h"

namespace Batchsmith {

namespace {

constexpr int MsPerSecond = 1000;

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, LanguageManager &languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    alignColumns();
    load();
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, &SettingsDialog::onButtonClicked);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    // The system entry is in the interface's language; the others are each in their own (retranslated below).
    m_ui->languageComboBox->addItem(QString(), QString());
    for (const auto &[code, nativeName] : LanguageManager::availableLanguages())
        m_ui->languageComboBox->addItem(nativeName, code);
    retranslateSystemLanguage();
}

void SettingsDialog::alignColumns()
{
    // The two groups have form layouts of their own; labels and fields of one width read as two columns instead of
    // a staircase. Measured again after each retranslation, since the texts change length.
    const auto alignWidths = [](const QList<QWidget *> &widgets) {
        int width = 0;
        for (QWidget *widget : widgets) {
            widget->setMinimumWidth(0);
            width = qMax(width, widget->sizeHint().width());
        }
        for (QWidget *widget : widgets)
            widget->setMinimumWidth(width);
    };
    alignWidths({ m_ui->languageLabel, m_ui->concurrencyLabel, m_ui->batchSizeLabel, m_ui->timeoutLabel });
    alignWidths({ m_ui->languageComboBox, m_ui->concurrencySpinBox, m_ui->batchSizeSpinBox, m_ui->timeoutSpinBox });
    // A window's minimum size leaves out the height of wrapped text: where the hint below the sending defaults takes
    // two lines (French, Portuguese), they were squeezed into the height of one and clipped. Sizing the dialog to its
    // contents asks the layout for the height at the width it gets.
    adjustSize();
}

void SettingsDialog::retranslateSystemLanguage()
{
    //: First entry of the language list: use the language of the operating system
    m_ui->languageComboBox->setItemText(0, tr("System default"));
}

void SettingsDialog::load()
{
    const int languageIndex = m_ui->languageComboBox->findData(m_settings.language());
    m_ui->languageComboBox->setCurrentIndex(qMax(0, languageIndex));
    m_ui->concurrencySpinBox->setValue(m_settings.concurrency());
    m_ui->batchSizeSpinBox->setValue(m_settings.batchSize());
    m_ui->timeoutSpinBox->setValue(m_settings.requestTimeoutMs() / MsPerSecond);
    m_ui->keepRevertValuesCheckBox->setChecked(m_settings.keepRevertValues());
}

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::apply()
{
    m_settings.setConcurrency(m_ui->concurrencySpinBox->value());
    m_settings.setBatchSize(m_ui->batchSizeSpinBox->value());
    m_settings.setRequestTimeoutMs(m_ui->timeoutSpinBox->value() * MsPerSecond);
    m_settings.setKeepRevertValues(m_ui->keepRevertValuesCheckBox->isChecked());
    const QString language = chosenLanguage();
    const bool languageChanged = language != m_settings.language() || language != m_languages.language();
    m_settings.setLanguage(language);
    m_settings.sync();
    if (languageChanged)
        m_languages.setLanguage(language);
}

void SettingsDialog::onButtonClicked(QAbstractButton *button)
{
    switch (m_ui->buttonBox->standardButton(button)) {
    case QDialogButtonBox::Ok:
        apply();
        accept();
        break;
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::Cancel:
        reject();
        break;
    default:
        break;
    }
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateSystemLanguage();
        alignColumns();
    }
    QDialog::changeEvent(event);
}

} // namespace Batchsmith
