// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace Batchsmith {

/**
 * Offers the drafts that sessions which did not close cleanly saved automatically: every one of them, newest first.
 * The person recovers one into this window (recoverPath()), discards some (discardedPaths()), or keeps them all for
 * later; a draft not recovered or discarded stays on disk and is offered again by the next window that starts. A
 * draft that cannot be read (a newer Batchsmith's, a damaged file) is listed with its file name and the reason,
 * cannot be chosen, and is never deleted. The dialog decides nothing on disk: DocumentController acts on the answer.
 *
 * Widgets by objectName, for tests: recoveryDialog, recoveryDraftsListWidget, recoverDraftButton,
 * discardDraftButton, keepDraftsButton. Owned by its caller (on the stack); GUI thread.
 */
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    struct Draft
    {
        QString path;
        QDateTime savedAt;
        int rows = 0;
        QString error; // why it could not be read; empty when it can be recovered
    };

    explicit RecoveryDialog(const QList<Draft> &drafts, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    /// The draft to recover into this window; empty when none was chosen.
    QString recoverPath() const { return m_recover; }

    /// The drafts the person chose to throw away.
    QStringList discardedPaths() const { return m_discarded; }

private:
    void addItem(const Draft &draft);
    void updateButtons();
    void recoverSelected();
    void discardSelected();
    QString selectedPath() const;

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_recoverButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QPushButton *m_keepButton = nullptr;
    QString m_recover;
    QStringList m_discarded;
};

} // namespace Batchsmith
