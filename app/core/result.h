// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace Batchsmith {

/**
 * What went wrong, as a value. Core returns it; the gui and the cli decide how to show it.
 * The message is English for logs; a front end may translate by kind.
 */
struct Error
{
    enum class Kind {
        None,
        InvalidInput, // the caller's data is wrong (bad CSV, duplicate upsert id, …); nothing was sent
        InvalidConfig, // a setting is wrong (base URL not HTTPS, unknown object type, …)
        Authentication, // 401
        Permission, // 403
        RateLimited, // 429 that the engine could not absorb (DAILY)
        Http, // another HTTP status
        Network, // connection refused, reset, DNS, TLS
        Timeout,
        Protocol, // the server answered something we cannot read (non-JSON, truncated, counts that do not add up)
        Cancelled,
        Io, // local file problem
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString correlationId;
    QString file; // where the bad input is, when it comes from a file
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown

    static Error make(Kind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
};

/**
 * Either a value or an Error. Small on purpose: no exceptions cross the event loop.
 *
 *     Result<Plan> plan = BatchPlanner::plan(spec, rows);
 *     if (!plan)
 *         return showError(plan.error());
 *     use(*plan);
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }

    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool hasValue() const { return std::holds_alternative<T>(m_data); }

    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_data); }

    T &value() & { return std::get<T>(m_data); }

    T &&value() && { return std::get<T>(std::move(m_data)); }

    const T &operator*() const & { return value(); }

    T &operator*() & { return value(); }

    const T *operator->() const { return &value(); }

    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that has no value: holds an error or nothing.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return !m_error.has_value(); }

    explicit operator bool() const { return hasValue(); }

    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Batchsmith
