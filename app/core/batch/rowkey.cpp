// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/rowkey.h"

#include <limits>

namespace Batchsmith::RowKey {

QString make(quint32 number)
{
    return u'r' + QString::number(number);
}

quint32 number(QStringView key)
{
    // Only the spelling make() writes: no sign, no leading zero, at most ten digits. Anything else stays opaque,
    // so that two spellings of one number never name two rows.
    if (key.size() < 2 || key.size() > 11 || key.at(0) != u'r' || key.at(1) < u'1' || key.at(1) > u'9')
        return 0;
    quint64 n = 0;
    for (const QChar c : key.mid(1)) {
        if (c < u'0' || c > u'9')
            return 0;
        n = n * 10 + quint64(c.unicode() - u'0');
    }
    return n > std::numeric_limits<quint32>::max() ? 0 : quint32(n);
}

} // namespace Batchsmith::RowKey
