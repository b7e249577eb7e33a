// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/// The app's icons from resources/icons.qrc (":/icons/<name>.svg"), e.g. appIcon(u"add-row"_s). Makes sure the
/// resources of the static gui library are registered first. Each call makes a new icon (and renders it anew):
/// keep the ones painted often. GUI thread.
QIcon appIcon(const QString &name);
/// The icon of a row status: status-pending, status-created, …
QIcon statusIcon(RowStatus status);

} // namespace Batchsmith
