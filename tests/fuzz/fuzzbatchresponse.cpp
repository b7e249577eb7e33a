// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: BatchResponseParser, which reads whatever HubSpot (or a proxy in between) answers a batch call.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "core/api/batchresponseparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(bytes), qsizetype(size));
    Batchsmith::BatchResponseParser::parse(body);
    return 0;
}
