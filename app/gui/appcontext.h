// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include "core/net/ratelimiterpool.h"
#include "core/result.h"
#include "core/tokens/tokenstore.h"

namespace Batchsmith {

class EmbeddedSandbox;
class LanguageManager;
class Settings;

/**
 * The services the windows share: settings, token profiles, one network manager, the rate limiter of each token
 * (every run, read and revert made with a token waits for that token's one limiter), the language manager and the
 * embedded sandbox, started on first use on a free loopback port, on a thread of its own (EmbeddedSandbox). No
 * singletons: main() (or a test) builds one and hands it to the main window, which does not own it. GUI thread.
 */
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    /// @p sandboxDataFile: where the embedded sandbox keeps its portal between runs; empty = memory only.
    AppContext(Settings &settings, TokenStore &tokens, LanguageManager *languages, QString sandboxDataFile = {},
        QObject *parent = nullptr);
    /// Stops the embedded sandbox (its portal is already in its data file) and joins its thread.
    ~AppContext() override;

    Settings &settings() const { return m_settings; }

    TokenStore &tokens() const { return m_tokens; }

    LanguageManager *languages() const { return m_languages; }

    QNetworkAccessManager *network() { return &m_network; }

    RateLimiterPool *rateLimiters() { return &m_rateLimiters; }

    /// Where @p profile's requests go: its base URL, or the embedded sandbox's address (started when needed).
    Result<QUrl> endpointFor(const TokenProfile &profile);
    /// The embedded sandbox's address, starting it when needed.
    Result<QUrl> sandboxEndpoint();

    /// The running embedded sandbox, or null. Its methods may be called from the GUI thread.
    EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }

private:
    Settings &m_settings;
    TokenStore &m_tokens;
    LanguageManager *m_languages;
    QString m_sandboxDataFile;
    QNetworkAccessManager m_network;
    RateLimiterPool m_rateLimiters;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
};

} // namespace Batchsmith
