// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Batchsmith {

/**
 * Turns the bytes of a text file into UTF-8 once, so the CSV parser only ever reads UTF-8: UTF-8 with or without
 * BOM (kept as is, the BOM skipped), UTF-16 LE or BE with BOM, and Windows-1252 when the bytes are not valid UTF-8
 * (every byte decodes: the five bytes Windows-1252 leaves undefined become the C1 controls U+0081 … as browsers do).
 * Pure functions; any thread.
 *
 *     const auto encoding = TextDecoder::detect(bytes);
 *     const QByteArray utf8 = TextDecoder::toUtf8(bytes, encoding);
 *     const QString notice = TextDecoder::notice(encoding, u"rows.csv"_s); // empty for UTF-8
 */
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::TextDecoder)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

    /// From the BOM, else from whether @p bytes are valid UTF-8. With @p complete false, @p bytes is a prefix of
    /// the file, which may end inside a character: that does not count against UTF-8.
    static Encoding detect(QByteArrayView bytes, bool complete = true);
    /// Length of the BOM that starts @p bytes for @p encoding (0, 2 or 3).
    static qsizetype bomSize(Encoding encoding);
    /// @p bytes (BOM included or not) as UTF-8, without a BOM.
    static QByteArray toUtf8(QByteArrayView bytes, Encoding encoding);
    /// Windows-1252 to UTF-8.
    static QByteArray windows1252ToUtf8(QByteArrayView bytes);
    /// What to tell the user about how @p fileName was read; empty for UTF-8.
    static QString notice(Encoding encoding, const QString &fileName);
    /// Offset of the first byte that does not start a valid UTF-8 sequence; bytes.size() when all are valid.
    /// With @p allowTruncatedEnd, a sequence cut by the end of @p bytes counts as valid.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
};

} // namespace Batchsmith
