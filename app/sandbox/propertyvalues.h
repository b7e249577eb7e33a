// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QSharedData>
#include <QString>

namespace Batchsmith::Sandbox {

/// The names of a record's properties in order: shared by every record with the same names (PropertyValues::compact).
struct PropertyNames : QSharedData
{
    QList<QString> names;
    bool interned = false; // in this thread's table: never changed in place
};

/**
 * A record's stored values as (name, value) pairs in order, packed: the names are one list shared by the records
 * with the same names in the same order, the values one buffer (Latin-1 when they fit, else UTF-16). A sandbox keeps
 * every record in memory, so this is most of its size. Reading a value builds a QString.
 */
class PropertyValues final
{
public:
    using Pair = std::pair<QString, QString>;

    /// Walks the pairs in order; each step yields a (name, value) pair by value.
    class const_iterator
    {
    public:
        using value_type = Pair;
        using difference_type = qsizetype;

        const_iterator() = default;

        const_iterator(const PropertyValues *values, qsizetype index, qsizetype offset)
            : m_values(values)
            , m_index(index)
            , m_offset(offset)
        {
        }

        Pair operator*() const;
        const_iterator &operator++();

        const_iterator operator++(int)
        {
            const_iterator was = *this;
            ++*this;
            return was;
        }

        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }

        bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

    private:
        const PropertyValues *m_values = nullptr;
        qsizetype m_index = 0;
        qsizetype m_offset = 0; // of the value's entry in m_data
    };

    PropertyValues() = default;
    PropertyValues(std::initializer_list<Pair> pairs);

    qsizetype size() const { return m_names ? m_names->names.size() : 0; }

    bool isEmpty() const { return size() == 0; }

    const QString &nameAt(qsizetype i) const { return m_names->names.at(i); }

    QString valueAt(qsizetype i) const;
    /// Position of @p name, or -1.
    qsizetype indexOf(QStringView name) const;
    /// The value of @p name, or nothing when it has none.
    std::optional<QString> value(QStringView name) const;

    /// Adds @p pair at the end (its name is not looked for: see set()).
    void append(const Pair &pair);
    /// Replaces the value of @p name where it is, or appends it.
    void set(const QString &name, const QString &value);
    /// Removes @p name and its value; returns whether it was there.
    bool remove(QStringView name);

    /// Shares the names with the other values holding the same names on this thread and frees spare room: for values
    /// that are kept (Portal's records).
    void compact();

    /// Whether the names are one list with @p other's (both compacted with the same names).
    bool sharesNamesWith(const PropertyValues &other) const { return m_names && m_names == other.m_names; }

    const_iterator begin() const { return { this, 0, 0 }; }

    const_iterator end() const { return { this, size(), m_data.size() }; }

    const_iterator cbegin() const { return begin(); }

    const_iterator cend() const { return end(); }

    bool operator==(const PropertyValues &other) const;

    bool operator!=(const PropertyValues &other) const { return !(*this == other); }

private:
    static void encode(QByteArray &out, const QString &value);
    /// Decodes the entry at @p offset (when @p build); sets @p next to the entry after it.
    QString decode(qsizetype offset, qsizetype *next, bool build) const;
    /// Offset of entry @p index in m_data.
    qsizetype offsetOf(qsizetype index) const;
    /// Makes m_names this object's own to change.
    void detachNames();

    QExplicitlySharedDataPointer<PropertyNames> m_names;
    QByteArray m_data;
};

} // namespace Batchsmith::Sandbox
