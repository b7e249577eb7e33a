// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/tokens/secretbackend.h"

namespace Batchsmith {

/**
 * The OS keychain through QtKeychain: service "Batchsmith", one entry per key (TokenStore uses profile ids).
 * QtKeychain's jobs are asynchronous; each call here waits for its job in a local event loop, so the caller's
 * loop keeps running meanwhile (re-entrancy: callers must tolerate it, as with a modal dialog). The wait is at
 * most probeTimeoutMs until the keychain has answered once, then answeredTimeoutMs, which leaves time to type
 * a password when the keychain asks to be unlocked. When a job reports no backend, a D-Bus failure or a timeout, the
 * keychain is taken as absent for the rest of this object's life, so later calls answer at once and TokenStore falls
 * back to its file. Owned by the front end (main of the app or the CLI); main thread only.
 */
class QtKeychainBackend final : public SecretBackend
{
public:
    static constexpr int DefaultProbeTimeoutMs = 5000;
    static constexpr int DefaultAnsweredTimeoutMs = 60000;

    explicit QtKeychainBackend(
        int probeTimeoutMs = DefaultProbeTimeoutMs, int answeredTimeoutMs = DefaultAnsweredTimeoutMs);

    bool isAvailable() override;
    Result<std::optional<QString>> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;
    QString description() const override;

private:
    enum class Op { Read, Write, Remove };

    struct Outcome
    {
        bool answered = false; // false: unavailable (no backend, D-Bus, timeout)
        bool notFound = false;
        QString value;
        QString error;
    };

    Outcome run(Op op, const QString &key, const QString &secret = {});
    static Error notAnswered(const QString &why);

    int m_probeTimeoutMs;
    int m_answeredTimeoutMs;
    std::optional<bool> m_available; // unknown until the first job answers
    QString m_lastError;
};

} // namespace Batchsmith
