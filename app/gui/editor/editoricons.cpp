// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/editoricons.h"

using namespace Qt::StringLiterals;

// Resources compiled into a static library are only registered when something calls their initialiser; it has
// to be called from the global namespace.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Batchsmith {

QIcon appIcon(const QString &name)
{
    initIconResources();
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

QIcon statusIcon(RowStatus status)
{
    return appIcon(u"status-"_s + wireName(status));
}

} // namespace Batchsmith
