// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "core/result.h"

namespace Batchsmith {

/**
 * Where TokenStore keeps secrets when the operating system offers a keychain (Secret Service, macOS Keychain,
 * Windows Credential Manager). Core only knows this interface; app/keychain implements it with QtKeychain, tests
 * with a fake. Every call is synchronous and bounded in time.
 *
 * An Error from any call means "the keychain did not answer" (none installed, no session bus, locked, timed
 * out): TokenStore then keeps the secret in the settings file instead. A missing entry is not an error.
 * Owned by the front end next to TokenStore, which does not own it; GUI (or CLI main) thread.
 */
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;

    /// Whether the keychain answers now. May probe it once and remember the answer.
    virtual bool isAvailable() = 0;
    /// The secret stored under @p key, std::nullopt when there is none.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &secret) = 0;
    /// Removing a key that does not exist succeeds.
    virtual Result<void> remove(const QString &key) = 0;
    /// The keychain's proper name, shown in a sentence ("Secret Service", "macOS Keychain"); not translated.
    virtual QString description() const = 0;
};

} // namespace Batchsmith
