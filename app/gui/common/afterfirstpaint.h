// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace Batchsmith {

/**
 * Runs @p work once, on the event loop, right after the first paint of @p window (of any widget in it) has gone
 * through; or @p fallbackMs after this call when nothing of it has been painted by then (hidden, minimised). For
 * what a window needs but its first frame does not, such as starting the embedded sandbox or reading the portal's
 * catalogue: the window shows at once and fills in a moment later (bench/startup measures it). Nothing runs when
 * @p window is destroyed first. GUI thread.
 *
 *     runAfterFirstPaint(this, [this] { activateProfile(id); });
 */
void runAfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs = 1000);

} // namespace Batchsmith
