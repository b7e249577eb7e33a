// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include <QtGlobal>

namespace Batchsmith {

namespace ZeroedMemory {
/// @p bytes of zeroed memory. Large blocks come straight from the operating system, whose fresh pages read as zero
/// and take memory only once written: a run's per-row arrays for a million rows cost nothing until rows are sent,
/// and clearing them costs no time. Null when @p bytes is 0. Throws std::bad_alloc when none is left.
void *allocate(size_t bytes);
void release(void *memory, size_t bytes);
} // namespace ZeroedMemory

/**
 * A fixed number of values that start as zero (a number 0, false, the first enumerator), for the engine's per-row
 * arrays: only the pages of rows it writes take memory (ZeroedMemory::allocate). One thread.
 */
template <typename T> class ZeroedArray final
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    ZeroedArray() = default;

    ~ZeroedArray() { ZeroedMemory::release(m_data, m_size * sizeof(T)); }

    ZeroedArray(const ZeroedArray &) = delete;
    ZeroedArray &operator=(const ZeroedArray &) = delete;

    /// @p count zeros in place of what was there.
    void reset(qsizetype count)
    {
        ZeroedMemory::release(std::exchange(m_data, nullptr), m_size * sizeof(T));
        m_size = 0;
        if (count > 0) {
            m_data = static_cast<T *>(ZeroedMemory::allocate(size_t(count) * sizeof(T)));
            m_size = size_t(count);
        }
    }

    void clear() { reset(0); }

    qsizetype size() const { return qsizetype(m_size); }

    T at(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && size_t(index) < m_size);
        return m_data[index];
    }

    /// 0 outside 0 … size() - 1.
    T value(qsizetype index) const { return index >= 0 && size_t(index) < m_size ? m_data[index] : T {}; }

    T &operator[](qsizetype index)
    {
        Q_ASSERT(index >= 0 && size_t(index) < m_size);
        return m_data[index];
    }

private:
    T *m_data = nullptr;
    size_t m_size = 0;
};

} // namespace Batchsmith
