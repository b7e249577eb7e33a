// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

class QWidget;

namespace Batchsmith::TokenConfirmation {

/// Asks whether the real token may go into a copied command (a modal question, "No" by default).
/// Tests answer it beforehand with setNextAnswer(), so they never block on the dialog.
bool ask(QWidget *parent);

/// The answer the next ask() returns without showing anything; used once, then forgotten.
void setNextAnswer(std::optional<bool> yes);

} // namespace Batchsmith::TokenConfirmation
