// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/tokenconfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Batchsmith::TokenConfirmation {

namespace {

// TODO(#4): use the shared MessageBox wrapper of app/gui/common once it exists.
std::optional<bool> s_nextAnswer;

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::TokenConfirmation)
};

} // namespace

bool ask(QWidget *parent)
{
    if (s_nextAnswer) {
        const bool yes = *s_nextAnswer;
        s_nextAnswer.reset();
        return yes;
    }
    const auto answer = QMessageBox::question(parent, Texts::tr("Include the token?"),
        Texts::tr("The copied command will contain your private app token. Anyone who sees it can read and change "
                  "your HubSpot records until you rotate the token. Include it anyway?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void setNextAnswer(std::optional<bool> yes)
{
    s_nextAnswer = yes;
}

} // namespace Batchsmith::TokenConfirmation
