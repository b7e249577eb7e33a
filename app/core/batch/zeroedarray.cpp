// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/zeroedarray.h"

#include <cstdlib>
#include <new>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <sys/mman.h>
#endif

namespace Batchsmith::ZeroedMemory {

namespace {
// Below this the C library's calloc() is as good; above it, calloc() may clear recycled memory by hand, writing
// every page.
constexpr size_t FromSystemAbove = 256 * 1024;
} // namespace

void *allocate(size_t bytes)
{
    if (bytes == 0)
        return nullptr;
    void *memory = nullptr;
    if (bytes < FromSystemAbove) {
        memory = std::calloc(1, bytes);
    } else {
#ifdef Q_OS_WIN
        memory = VirtualAlloc(nullptr, bytes, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
#else
        memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            memory = nullptr;
#endif
    }
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void release(void *memory, size_t bytes)
{
    if (!memory)
        return;
    if (bytes < FromSystemAbove) {
        std::free(memory);
        return;
    }
#ifdef Q_OS_WIN
    VirtualFree(memory, 0, MEM_RELEASE);
#else
    munmap(memory, bytes);
#endif
}

} // namespace Batchsmith::ZeroedMemory
