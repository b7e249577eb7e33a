// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Batchsmith {

/**
 * Turns the bytes of a text file into UTF-8 once, so the CSV parser only ever reads UTF-8: UTF-8 with or without
 * BOM (kept as is, the BOM skipped), UTF-16 LE or BE with BOM, and Windows-1252 when the bytes are not valid UTF-8
 * (every byte decodes: the five bytes Windows-1252 leaves undefined become the C1 controls U+0081 … as browsers do).
 * Pure functions; any thread.
 *
 * How a file without a BOM is told apart (Choice::Auto), decided on the bytes before the first one that is not
 * valid UTF-8:
 * - every byte valid: UTF-8;
 * - only ASCII before it: Windows-1252 throughout (every byte decodes), said with a notice;
 * - a valid multi-byte UTF-8 sequence before it: the file is UTF-8 with a bad byte (typically a file saved as
 *   UTF-8 and then edited by a tool writing Windows-1252). Reading it all as Windows-1252 would garble every
 *   accented letter before that byte, so detect() says Utf8 and the reader refuses the file at that byte, naming
 *   its line and column; the person saves the file again or names its encoding (Choice, `--encoding`).
 * Bytes after the first invalid one are not looked at for this: a Windows-1252 file whose text happens to hold a
 * valid UTF-8 pair after its first accented letter still loads as Windows-1252.
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
    /// What the person says the file is: Auto detects (see above); the others are taken as said, a BOM of that
    /// encoding skipped. Utf16 is little-endian unless a big-endian BOM says otherwise.
    enum class Choice { Auto, Utf8, Windows1252, Utf16 };

    /// "auto", "utf-8", "windows-1252" or "utf-16" (case-insensitive; also "utf8", "cp1252", "utf16").
    static std::optional<Choice> choiceFromString(QStringView name);
    static QString choiceToString(Choice choice);
    /// How to read @p bytes (a prefix of the file when @p complete is false) given what the person chose.
    static Encoding resolve(QByteArrayView bytes, Choice choice, bool complete = true);

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
    /// Offset (in bytes) of the first UTF-16 code unit of @p bytes (no BOM) that is a lone surrogate, or of a final
    /// odd byte; bytes.size() when all are valid.
    static qsizetype firstInvalidUtf16(QByteArrayView bytes, bool littleEndian);
};

} // namespace Batchsmith
