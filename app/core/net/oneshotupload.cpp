// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/oneshotupload.h"

#include <cstring>

namespace Batchsmith {

OneShotUpload::OneShotUpload(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return -1;
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

} // namespace Batchsmith
