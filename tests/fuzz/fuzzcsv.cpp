// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DelimitedTextReader, the one CSV/TSV reader, through each of its ways in. The first byte picks
// the options and how the bytes are cut into pieces, so the incremental paths see records split across calls.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "core/io/delimitedtextreader.h"

using Batchsmith::DelimitedTextReader;
using Batchsmith::RowBlock;

namespace {

/// readRows() fed @p data in pieces of @p piece bytes, as the grid's loader reads a file.
void readInBlocks(const QByteArray &data, DelimitedTextReader::Options options, qsizetype piece, int maxRows)
{
    DelimitedTextReader reader(QStringLiteral("fuzz.csv"), options);
    QByteArray buffer;
    qsizetype fed = 0;
    qsizetype pos = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const bool atEnd = fed >= data.size();
        RowBlock block;
        const auto status = reader.readRows(buffer, atEnd, &pos, &block, maxRows);
        if (status == DelimitedTextReader::Status::End || status == DelimitedTextReader::Status::Failed)
            return;
        if (status == DelimitedTextReader::Status::NeedMore) {
            if (atEnd)
                return; // the reader must not ask for more after the end; ASan/UBSan report the rest
            buffer = buffer.mid(pos) + data.mid(fed, piece);
            fed += piece;
            pos = 0;
        }
    }
}

/// readRecord() fed the same way, one record per call.
void readRecords(const QByteArray &data, DelimitedTextReader::Options options, qsizetype piece)
{
    DelimitedTextReader reader(QStringLiteral("fuzz.csv"), options);
    QByteArray buffer;
    qsizetype fed = 0;
    qsizetype pos = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const bool atEnd = fed >= data.size();
        QStringList fields;
        const auto status = reader.readRecord(buffer, atEnd, &pos, &fields);
        if (status == DelimitedTextReader::Status::End || status == DelimitedTextReader::Status::Failed)
            return;
        if (status == DelimitedTextReader::Status::NeedMore) {
            if (atEnd)
                return;
            buffer = buffer.mid(pos) + data.mid(fed, piece);
            fed += piece;
            pos = 0;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = bytes[0];
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    static constexpr char delimiters[] = { 0, ',', ';', '\t' };
    DelimitedTextReader::Options options;
    options.delimiter = delimiters[control & 3];
    options.skipBlankLines = (control & 4) == 0;
    options.strictQuotes = (control & 8) == 0;
    options.raggedRecords = (control & 16) != 0;
    const qsizetype piece = qsizetype(1) << ((control >> 5) & 7); // 1 to 128 bytes per piece
    readInBlocks(data, options, piece, 1 + (control & 7));
    readRecords(data, options, piece);
    static_cast<void>(DelimitedTextReader::stream(
        data, QStringLiteral("fuzz.csv"), [](const QStringList &, int) { return std::optional<Batchsmith::Error>(); }));
    DelimitedTextReader::readPastedTsv(QString::fromUtf8(data));
    return 0;
}
