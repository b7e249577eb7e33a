// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/propertyvalues.h"

#include <cstring>

#include <QHash>

namespace Batchsmith::Sandbox {

namespace {

// Each value is an entry in PropertyValues::m_data: a header (variable-length, 7 bits a byte, low bits first) of
// length << 2 | utf16 << 1 | null, then the length's characters, one byte each (Latin-1) or two (UTF-16).
constexpr quint64 NullBit = 1;
constexpr quint64 WideBit = 2;

/// This thread's shared name lists (a sandbox server runs on one thread; several can run in one process).
using InternTable = QHash<QList<QString>, QExplicitlySharedDataPointer<PropertyNames>>;
constexpr qsizetype InternLimit = 4096; // distinct lists kept; past it the table starts over (records keep theirs)

InternTable &internTable()
{
    thread_local InternTable table;
    return table;
}

bool fitsLatin1(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace

PropertyValues::PropertyValues(std::initializer_list<Pair> pairs)
{
    for (const Pair &pair : pairs)
        append(pair);
}

void PropertyValues::encode(QByteArray &out, const QString &value)
{
    const bool wide = !fitsLatin1(value);
    quint64 header = quint64(value.size()) << 2 | (wide ? WideBit : 0) | (value.isNull() ? NullBit : 0);
    do {
        const auto low = char(header & 0x7f);
        header >>= 7;
        out.append(header ? char(low | 0x80) : low);
    } while (header);
    if (wide) {
        out.append(reinterpret_cast<const char *>(value.utf16()), value.size() * qsizetype(sizeof(char16_t)));
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + value.size());
    char *to = out.data() + at;
    for (const QChar c : value)
        *to++ = char(c.unicode());
}

QString PropertyValues::decode(qsizetype offset, qsizetype *next, bool build) const
{
    const char *p = m_data.constData() + offset;
    quint64 header = 0;
    int shift = 0;
    for (;;) {
        const auto byte = quint8(*p++);
        header |= quint64(byte & 0x7f) << shift;
        shift += 7;
        if (!(byte & 0x80))
            break;
    }
    const auto length = qsizetype(header >> 2);
    const bool wide = header & WideBit;
    if (next)
        *next = (p - m_data.constData()) + length * (wide ? 2 : 1);
    if (!build || (header & NullBit))
        return {};
    if (!wide)
        return QString::fromLatin1(p, length);
    QString value(length, Qt::Uninitialized);
    std::memcpy(value.data(), p, size_t(length) * sizeof(char16_t));
    return value;
}

qsizetype PropertyValues::offsetOf(qsizetype index) const
{
    qsizetype offset = 0;
    for (qsizetype i = 0; i < index; ++i)
        decode(offset, &offset, false);
    return offset;
}

QString PropertyValues::valueAt(qsizetype i) const
{
    return decode(offsetOf(i), nullptr, true);
}

qsizetype PropertyValues::indexOf(QStringView name) const
{
    if (!m_names)
        return -1;
    const QList<QString> &names = m_names->names;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i) == name)
            return i;
    }
    return -1;
}

std::optional<QString> PropertyValues::value(QStringView name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return valueAt(i);
}

void PropertyValues::detachNames()
{
    if (!m_names) {
        m_names = new PropertyNames;
    } else if (m_names->interned || m_names->ref.loadRelaxed() != 1) {
        auto *own = new PropertyNames;
        own->names = m_names->names;
        m_names = own;
    }
}

void PropertyValues::append(const Pair &pair)
{
    detachNames();
    m_names->names.append(pair.first);
    encode(m_data, pair.second);
}

void PropertyValues::set(const QString &name, const QString &value)
{
    const qsizetype i = indexOf(name);
    if (i < 0) {
        append({ name, value });
        return;
    }
    const qsizetype offset = offsetOf(i);
    qsizetype next = 0;
    decode(offset, &next, false);
    QByteArray entry;
    encode(entry, value);
    m_data.replace(offset, next - offset, entry);
}

bool PropertyValues::remove(QStringView name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    const qsizetype offset = offsetOf(i);
    qsizetype next = 0;
    decode(offset, &next, false);
    m_data.remove(offset, next - offset);
    detachNames();
    m_names->names.removeAt(i);
    return true;
}

void PropertyValues::compact()
{
    m_data.squeeze();
    if (!m_names || m_names->interned)
        return;
    InternTable &table = internTable();
    const auto found = table.constFind(m_names->names);
    if (found != table.cend()) {
        m_names = *found;
        return;
    }
    if (table.size() >= InternLimit)
        table.clear();
    m_names->names.squeeze();
    m_names->interned = true;
    table.insert(m_names->names, m_names);
}

bool PropertyValues::operator==(const PropertyValues &other) const
{
    if (size() != other.size())
        return false;
    if (isEmpty())
        return true;
    return m_names->names == other.m_names->names && m_data == other.m_data;
}

PropertyValues::Pair PropertyValues::const_iterator::operator*() const
{
    return { m_values->nameAt(m_index), m_values->decode(m_offset, nullptr, true) };
}

PropertyValues::const_iterator &PropertyValues::const_iterator::operator++()
{
    m_values->decode(m_offset, &m_offset, false);
    ++m_index;
    return *this;
}

} // namespace Batchsmith::Sandbox
