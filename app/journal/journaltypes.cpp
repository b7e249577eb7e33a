// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journaltypes.h"

namespace Batchsmith {

QString wireName(RunKind kind)
{
    return kind == RunKind::Revert ? QStringLiteral("revert") : QStringLiteral("write");
}

} // namespace Batchsmith
