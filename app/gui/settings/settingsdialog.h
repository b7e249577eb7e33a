// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

class QAbstractButton;

namespace Ui {
class SettingsDialog;
}

namespace Batchsmith {

class LanguageManager;
class Settings;

/**
 * The application settings: interface language and the sending defaults (batches in parallel, records per batch,
 * request timeout). OK and Apply save to Settings; a new language takes effect at once through LanguageManager,
 * and the dialog retranslates itself with everything else. Cancel saves nothing (a language already applied
 * stays).
 *
 * Settings and LanguageManager belong to the caller and must outlive the dialog. GUI thread only.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings &settings, LanguageManager &languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Saves what the dialog shows; switches the language if another was picked.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void alignColumns();
    void retranslateSystemLanguage();
    void load();
    void onButtonClicked(QAbstractButton *button);
    QString chosenLanguage() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    LanguageManager &m_languages;
};

} // namespace Batchsmith
