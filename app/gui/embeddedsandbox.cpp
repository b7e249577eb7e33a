// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/embeddedsandbox.h"

#include <type_traits>

#include <QSemaphore>
#include <QThread>

namespace Batchsmith {

/**
 * The thread the SandboxServer lives on: run() creates it, lets it listen, runs its event loop until quit(), then
 * destroys it, so that the server and every socket it makes belong to this thread from birth to death.
 */
class SandboxThread final : public QThread
{
public:
    explicit SandboxThread(Sandbox::SandboxOptions options)
        : m_options(std::move(options))
    {
        setObjectName(QStringLiteral("EmbeddedSandbox"));
    }

    ~SandboxThread() override
    {
        quit();
        wait();
    }

    Q_DISABLE_COPY_MOVE(SandboxThread)

    /// Starts the thread and waits until the server listens (true) or failed to, with @p error (false, joined).
    bool startServer(QString *error, QUrl *baseUrl)
    {
        start();
        m_ready.acquire(); // orders m_server, m_error and m_baseUrl, written by run(), before what follows
        if (!m_server) {
            wait();
            if (error)
                *error = m_error;
            return false;
        }
        *baseUrl = m_baseUrl;
        return true;
    }

    /// @p work(server) on the sandbox thread; its result once done. Only while the server runs.
    template <typename Work> auto call(Work &&work) const
    {
        using Result = std::invoke_result_t<Work, Sandbox::SandboxServer &>;
        Sandbox::SandboxServer *server = m_server;
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                server, [&work, server] { work(*server); }, Qt::BlockingQueuedConnection);
        } else {
            Result result {};
            QMetaObject::invokeMethod(
                server, [&work, &result, server] { result = work(*server); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }

protected:
    void run() override
    {
        Sandbox::SandboxServer server(std::move(m_options));
        if (!server.listen(&m_error)) {
            m_ready.release();
            return;
        }
        m_baseUrl = server.baseUrl();
        m_server = &server;
        m_ready.release();
        exec();
        // The GUI thread made its last call before quit(): nothing reads m_server any more.
        m_server = nullptr;
    }

private:
    Sandbox::SandboxOptions m_options;
    QSemaphore m_ready;
    Sandbox::SandboxServer *m_server = nullptr;
    QString m_error;
    QUrl m_baseUrl;
};

std::unique_ptr<EmbeddedSandbox> EmbeddedSandbox::start(Sandbox::SandboxOptions options, QString *error)
{
    auto thread = std::make_unique<SandboxThread>(std::move(options));
    QUrl baseUrl;
    if (!thread->startServer(error, &baseUrl))
        return nullptr;
    return std::unique_ptr<EmbeddedSandbox>(new EmbeddedSandbox(std::move(thread), baseUrl));
}

EmbeddedSandbox::EmbeddedSandbox(std::unique_ptr<SandboxThread> thread, QUrl baseUrl)
    : m_thread(std::move(thread))
    , m_baseUrl(std::move(baseUrl))
{
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

QJsonObject EmbeddedSandbox::stats() const
{
    return m_thread->call([](Sandbox::SandboxServer &server) { return server.stats(); });
}

void EmbeddedSandbox::reset()
{
    m_thread->call([](Sandbox::SandboxServer &server) { server.reset(); });
}

bool EmbeddedSandbox::applyScenario(const QJsonObject &patch, QString *error)
{
    // The error is written on the sandbox thread into a string of its own, copied out once the call is done.
    QString message;
    const bool applied = m_thread->call(
        [&patch, &message](Sandbox::SandboxServer &server) { return server.applyScenario(patch, &message); });
    if (!applied && error)
        *error = message;
    return applied;
}

Sandbox::Scenario EmbeddedSandbox::scenario() const
{
    return m_thread->call([](Sandbox::SandboxServer &server) { return server.scenario(); });
}

} // namespace Batchsmith
