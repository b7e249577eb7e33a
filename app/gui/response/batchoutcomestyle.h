// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

#include "gui/response/batchlistmodel.h"

namespace Batchsmith::BatchOutcomeStyle {

/// True when @p palette draws light text on a dark base (a dark theme), so hues must be lighter to read.
bool isDark(const QPalette &palette);

/// The text colour that says @p outcome on @p palette's base: green, amber, red, or the palette's own colours
/// for what has no verdict yet.
QColor color(BatchListModel::Outcome outcome, const QPalette &palette);

/// A small badge in that colour whose shape also says the outcome (tick, !, ×, ring), so colour is not the only
/// cue.
QIcon icon(BatchListModel::Outcome outcome, const QPalette &palette);

} // namespace Batchsmith::BatchOutcomeStyle
