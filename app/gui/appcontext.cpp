// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/appcontext.h"

#include <QFileInfo>

#include "core/clock.h"
#include "core/io/privatefiles.h"
#include "gui/embeddedsandbox.h"
#include "gui/logging.h"

namespace Batchsmith {

AppContext::AppContext(
    Settings &settings, TokenStore &tokens, LanguageManager *languages, QString sandboxDataFile, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_languages(languages)
    , m_sandboxDataFile(std::move(sandboxDataFile))
    , m_rateLimiters(SystemClock::instance())
{
}

AppContext::~AppContext()
{
    m_sandbox.reset(); // joins the sandbox thread first: it may still be answering the network manager
}

Result<QUrl> AppContext::endpointFor(const TokenProfile &profile)
{
    if (profile.embeddedSandbox)
        return sandboxEndpoint();
    return profile.baseUrl;
}

Result<QUrl> AppContext::sandboxEndpoint()
{
    if (!m_sandbox) {
        Sandbox::SandboxOptions options;
        options.dataFile = m_sandboxDataFile;
        // Only this install's own token (TokenStore::newSandboxToken()), never the public demo tokens: any local
        // program could otherwise use the sandbox, and its portal may hold what the user typed.
        options.demoTokens = false;
        for (const TokenProfile &profile : m_tokens.profiles()) {
            if (!profile.embeddedSandbox)
                continue;
            if (auto token = m_tokens.secret(profile.id))
                options.acceptTokens.append(*token);
        }
        // The demo portal's database is created by the sandbox, which shares no code with the client: make what it
        // creates owner-only (it opens the database as it starts), and restrict one an earlier version left readable.
        if (!m_sandboxDataFile.isEmpty()) {
            PrivateFiles::makeFolder(QFileInfo(m_sandboxDataFile).absolutePath());
            PrivateFiles::restrictDatabase(m_sandboxDataFile);
        }
        // In force until the sandbox thread has opened the database and listens: start() waits for that.
        const OwnerOnlyCreation ownerOnly;
        QString error;
        auto sandbox = EmbeddedSandbox::start(std::move(options), &error);
        if (!sandbox) {
            qCWarning(lcGui) << "the embedded sandbox did not start:" << error;
            return Error::make(Error::Kind::Io, error);
        }
        qCInfo(lcGui) << "embedded sandbox listening on" << sandbox->baseUrl().toString();
        m_sandbox = std::move(sandbox);
    }
    return m_sandbox->baseUrl();
}

} // namespace Batchsmith
