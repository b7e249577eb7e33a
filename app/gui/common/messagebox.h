// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMessageBox>

namespace Batchsmith {

/**
 * The one way the gui asks a modal question or shows a modal warning, so tests can answer instead of a person:
 * MessageBox::setNextAnswer(QMessageBox::Yes) makes the next question() or warning() return Yes at once, without
 * showing anything. Static, GUI thread only.
 *
 *     if (MessageBox::question(this, tr("Remove profile"), tr("Remove “%1”?").arg(name)) != QMessageBox::Yes)
 *         return;
 */
class MessageBox final
{
public:
    MessageBox() = delete;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    /// The same with button words of its own: @p buttonTexts relabels standard buttons (Yes as "Resume", …); the
    /// answer is still the standard button, so setNextAnswer() works the same.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QList<QPair<QMessageBox::StandardButton, QString>> &buttonTexts);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    /// Test only: the answer the next question() or warning() returns, without showing a dialog. Used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Test only: the text of the last question or warning, shown or answered in advance.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QList<QPair<QMessageBox::StandardButton, QString>> &buttonTexts = {});

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace Batchsmith
