// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DraftFile::fromJson, the reader of `.batchsmith` drafts (app/core/draft/FORMAT.md). A draft
// that reads back is written and read again, which must work.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>

#include "core/draft/draftfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const auto doc = Batchsmith::DraftFile::fromJson(json, QStringLiteral("fuzz.batchsmith"));
    if (doc && !Batchsmith::DraftFile::fromJson(Batchsmith::DraftFile::toJson(*doc)))
        std::abort(); // a draft the reader accepted must survive its own writer
    return 0;
}
