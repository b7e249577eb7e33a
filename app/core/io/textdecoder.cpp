// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/textdecoder.h"

#include <algorithm>

#include <QStringDecoder>

namespace Batchsmith {

namespace {

/// Unicode code points of Windows-1252's bytes 0x80–0x9F; the rest of the table is ISO 8859-1 (byte = code point).
/// The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as WHATWG does.
constexpr char16_t HighControls[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

int sequenceLength(uchar c)
{
    return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    constexpr qsizetype Window = 256 * 1024;
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Fast path: Qt's check, window by window, each ending on a character boundary. Walk sequence by sequence
        // only in a window that fails.
        qsizetype stop = qMin(bytes.size(), i + Window);
        for (int back = 0; back < 3 && stop < bytes.size() && stop > i + 1 && (uchar(bytes.at(stop)) & 0xC0) == 0x80;
             ++back)
            --stop;
        if (bytes.sliced(i, stop - i).isValidUtf8()) {
            i = stop;
            continue;
        }
        while (i < stop) {
            const int length = sequenceLength(uchar(bytes.at(i)));
            if (length == 0)
                return i;
            if (i + length > bytes.size()) {
                const QByteArrayView tail = bytes.sliced(i + 1);
                const bool continuations
                    = std::all_of(tail.begin(), tail.end(), [](char c) { return (uchar(c) & 0xC0) == 0x80; });
                return allowTruncatedEnd && continuations ? bytes.size() : i;
            }
            if (length > 1 && !bytes.sliced(i, length).isValidUtf8())
                return i;
            i += length;
        }
    }
    return bytes.size();
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView bytes, bool complete)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16Be;
    const qsizetype bad = firstInvalidUtf8(bytes, !complete);
    if (bad == bytes.size())
        return Encoding::Utf8;
    // UTF-8 text before the bad byte: a UTF-8 file with a bad byte, refused there (see the class comment).
    const QByteArrayView before = bytes.first(bad);
    const bool nonAscii = std::any_of(before.begin(), before.end(), [](char c) { return (uchar(c) & 0x80) != 0; });
    return nonAscii ? Encoding::Utf8 : Encoding::Windows1252;
}

std::optional<TextDecoder::Choice> TextDecoder::choiceFromString(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"auto")
        return Choice::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return Choice::Utf8;
    if (n == u"windows-1252" || n == u"cp1252")
        return Choice::Windows1252;
    if (n == u"utf-16" || n == u"utf16")
        return Choice::Utf16;
    return std::nullopt;
}

QString TextDecoder::choiceToString(Choice choice)
{
    switch (choice) {
    case Choice::Utf8:
        return QStringLiteral("utf-8");
    case Choice::Windows1252:
        return QStringLiteral("windows-1252");
    case Choice::Utf16:
        return QStringLiteral("utf-16");
    case Choice::Auto:
        break;
    }
    return QStringLiteral("auto");
}

TextDecoder::Encoding TextDecoder::resolve(QByteArrayView bytes, Choice choice, bool complete)
{
    switch (choice) {
    case Choice::Auto:
        return detect(bytes, complete);
    case Choice::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? Encoding::Utf8Bom : Encoding::Utf8;
    case Choice::Windows1252:
        return Encoding::Windows1252;
    case Choice::Utf16:
        return bytes.startsWith("\xFE\xFF") ? Encoding::Utf16Be : Encoding::Utf16Le;
    }
    return Encoding::Utf8;
}

qsizetype TextDecoder::firstInvalidUtf16(QByteArrayView bytes, bool littleEndian)
{
    const auto unit = [&](qsizetype i) {
        const auto a = uchar(bytes.at(i));
        const auto b = uchar(bytes.at(i + 1));
        return char16_t(littleEndian ? (b << 8 | a) : (a << 8 | b));
    };
    const qsizetype whole = bytes.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < whole; i += 2) {
        const char16_t u = unit(i);
        if (u < 0xD800 || u > 0xDFFF)
            continue;
        if (u >= 0xDC00 || i + 2 >= whole) // a low surrogate first, or a high one at the end
            return i;
        const char16_t next = unit(i + 2);
        if (next < 0xDC00 || next > 0xDFFF)
            return i;
        i += 2;
    }
    return whole;
}

qsizetype TextDecoder::bomSize(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8Bom:
        return 3;
    case Encoding::Utf16Le:
    case Encoding::Utf16Be:
        return 2;
    default:
        return 0;
    }
}

QByteArray TextDecoder::windows1252ToUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c < 0x80) {
            out.append(ch);
            continue;
        }
        const char16_t u = c < 0xA0 ? HighControls[c - 0x80] : char16_t(c);
        if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        } else {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }
    return out;
}

QByteArray TextDecoder::toUtf8(QByteArrayView bytes, Encoding encoding)
{
    const qsizetype bom = bytes.startsWith(encoding == Encoding::Utf16Le ? QByteArrayView("\xFF\xFE")
                                  : encoding == Encoding::Utf16Be        ? QByteArrayView("\xFE\xFF")
                                                                         : QByteArrayView("\xEF\xBB\xBF"))
        ? bomSize(encoding)
        : 0;
    const QByteArrayView body = bytes.sliced(encoding == Encoding::Windows1252 ? 0 : bom);
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        return body.toByteArray();
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        QStringDecoder decoder(encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(body);
        return text.toUtf8();
    }
    case Encoding::Windows1252:
        return windows1252ToUtf8(body);
    }
    return {};
}

QString TextDecoder::notice(Encoding encoding, const QString &fileName)
{
    switch (encoding) {
    case Encoding::Windows1252:
        //: Shown after opening a file: %1 is the file name, e.g. "rows.csv is not UTF-8; read it as Windows-1252."
        return tr("%1 is not UTF-8; read it as Windows-1252.").arg(fileName);
    case Encoding::Utf16Le:
        //: Shown after opening a file: %1 is the file name.
        return tr("%1 is UTF-16 (little-endian); read it as such.").arg(fileName);
    case Encoding::Utf16Be:
        //: Shown after opening a file: %1 is the file name.
        return tr("%1 is UTF-16 (big-endian); read it as such.").arg(fileName);
    default:
        return {};
    }
}

} // namespace Batchsmith
