// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jsonwriter.h"

#include <algorithm>

namespace Batchsmith::Sandbox {

namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (!needsEscape(c))
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const auto byte = static_cast<unsigned char>(c);
            const char escaped[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf] };
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    // Plain ASCII (nearly every value the sandbox writes) is copied as is; anything else goes through UTF-8.
    const bool plain = std::all_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != u'"' && c != u'\\'; });
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *data = out.data() + at;
        *data++ = '"';
        for (QChar c : text)
            *data++ = char(c.unicode());
        *data = '"';
        return;
    }
    appendEscaped(out, text.toUtf8());
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out->append(',');
}

void JsonWriter::beginObject()
{
    separate();
    m_out->append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out->append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out->append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out->append(']');
    m_needComma = true;
}

void JsonWriter::key(QByteArrayView name)
{
    separate();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append("\":", 2);
    m_needComma = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendString(*m_out, name);
    m_out->append(':');
    m_needComma = false;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(*m_out, text);
    m_needComma = true;
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out->append(flag ? QByteArrayView("true") : QByteArrayView("false"));
    m_needComma = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out->append(QByteArray::number(number));
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
    m_needComma = true;
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out->append(json.data(), json.size());
    m_needComma = true;
}

} // namespace Batchsmith::Sandbox
