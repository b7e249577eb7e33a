// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

RecoveryDialog::RecoveryDialog(const QList<Draft> &drafts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"recoveryDialog"_s);
    //: Title of the dialog offering drafts saved automatically before a crash
    setWindowTitle(tr("Recover Drafts"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Batchsmith did not close properly last time. These drafts were saved automatically. Recover "
                        "one into this window; the others stay and are offered again the next time Batchsmith "
                        "starts, until you recover or discard them."));
    layout->addWidget(m_intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"recoveryDraftsListWidget"_s);
    m_list->setAccessibleName(tr("Drafts saved automatically"));
    m_list->setWordWrap(true); // the reason a draft cannot be opened names its whole path
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_intro->setBuddy(m_list);
    layout->addWidget(m_list);
    for (const Draft &draft : drafts)
        addItem(draft);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: recover the selected draft into this window
    m_recoverButton = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_recoverButton->setObjectName(u"recoverDraftButton"_s);
    //: Button: delete the selected draft saved automatically
    m_discardButton = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(u"discardDraftButton"_s);
    //: Button: close, keeping every draft for the next start
    m_keepButton = buttons->addButton(tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    m_keepButton->setObjectName(u"keepDraftsButton"_s);
    layout->addWidget(buttons);
    connect(m_recoverButton, &QPushButton::clicked, this, &RecoveryDialog::recoverSelected);
    connect(m_discardButton, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_keepButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RecoveryDialog::recoverSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::updateButtons);

    for (int i = 0; i < m_list->count(); ++i) { // the newest readable draft, chosen already
        if (m_list->item(i)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentRow(i);
            break;
        }
    }
    updateButtons();
    resize(560, 320);
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::addItem(const Draft &draft)
{
    auto *item = new QListWidgetItem(m_list);
    item->setData(PathRole, draft.path);
    item->setToolTip(QDir::toNativeSeparators(draft.path));
    if (draft.error.isEmpty()) {
        //: A draft saved automatically: %1 a date and time, %n its number of rows
        item->setText(tr("Saved at %1 (%Ln row(s))", nullptr, draft.rows)
                          .arg(QLocale().toString(draft.savedAt, QLocale::ShortFormat)));
        return;
    }
    // Never chosen, never deleted: a newer Batchsmith may still open it.
    item->setFlags(Qt::ItemIsEnabled);
    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    //: A draft saved automatically that cannot be read. %1 its file name, %2 why (in English), %3 its folder
    item->setText(tr("%1 could not be opened: %2\nIt is left in %3.")
                      .arg(QFileInfo(draft.path).fileName(), draft.error,
                          QDir::toNativeSeparators(QFileInfo(draft.path).absolutePath())));
}

QString RecoveryDialog::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsSelectable) ? item->data(PathRole).toString() : QString();
}

void RecoveryDialog::updateButtons()
{
    const bool chosen = !selectedPath().isEmpty();
    m_recoverButton->setEnabled(chosen);
    m_discardButton->setEnabled(chosen);
    m_recoverButton->setDefault(chosen);
}

void RecoveryDialog::recoverSelected()
{
    m_recover = selectedPath();
    if (!m_recover.isEmpty())
        accept();
}

void RecoveryDialog::discardSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    m_discarded.append(path);
    delete m_list->takeItem(m_list->currentRow());
    if (m_list->count() == 0) {
        reject(); // nothing left to decide
        return;
    }
    updateButtons();
}

} // namespace Batchsmith
