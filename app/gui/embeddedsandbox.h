// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "sandbox/sandboxserver.h"
#include "sandbox/scenario.h"

namespace Batchsmith {

class SandboxThread;

/**
 * The app's embedded sandbox (app/sandbox) on a thread of its own, so that answering, validating and persisting a
 * run's batches never stalls the GUI's event loop. The SandboxServer is created, listens, serves, persists and is
 * destroyed on that thread (its sockets have thread affinity). The methods here are called from the thread that
 * started it (the GUI thread); each blocks until the sandbox thread has done it, which cannot deadlock because the
 * sandbox never waits on the GUI thread. Owned by AppContext.
 *
 *     QString error;
 *     auto sandbox = EmbeddedSandbox::start(options, &error);
 *     if (!sandbox) …
 *     sandbox->applyScenario(QJsonObject { { u"latencyMs"_s, 500 } }, &error);
 */
class EmbeddedSandbox final
{
public:
    /// Starts the thread, where the server loads or seeds its portal and listens. Null, with @p error, when either
    /// fails (the thread has ended then).
    static std::unique_ptr<EmbeddedSandbox> start(Sandbox::SandboxOptions options, QString *error);
    /// Stops serving, destroys the server on its thread (every change is already in the data file) and joins it.
    ~EmbeddedSandbox();
    Q_DISABLE_COPY_MOVE(EmbeddedSandbox)

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT

    /// SandboxServer::stats(): the body of GET /__sandbox/stats.
    QJsonObject stats() const;
    /// SandboxServer::reset(): reseeds the demo portal, clears counters and limits.
    void reset();
    /// SandboxServer::applyScenario(): POST /__sandbox/scenario.
    bool applyScenario(const QJsonObject &patch, QString *error);
    /// A copy of the scenario in force.
    Sandbox::Scenario scenario() const;

private:
    EmbeddedSandbox(std::unique_ptr<SandboxThread> thread, QUrl baseUrl);

    std::unique_ptr<SandboxThread> m_thread;
    QUrl m_baseUrl;
};

} // namespace Batchsmith
