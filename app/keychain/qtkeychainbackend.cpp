// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/qtkeychainbackend.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include "keychain/logging.h"

namespace Batchsmith {

namespace {

const QString Service = QStringLiteral("Batchsmith");
// Read once to learn whether a keychain answers; never written.
const QString ProbeKey = QStringLiteral("batchsmith-probe");

} // namespace

QtKeychainBackend::QtKeychainBackend(int probeTimeoutMs, int answeredTimeoutMs)
    : m_probeTimeoutMs(probeTimeoutMs)
    , m_answeredTimeoutMs(answeredTimeoutMs)
{
}

QtKeychainBackend::Outcome QtKeychainBackend::run(Op op, const QString &key, const QString &secret)
{
    Outcome out;
    if (m_available == false) {
        out.error = m_lastError;
        return out;
    }
    QKeychain::ReadPasswordJob *readJob = nullptr;
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = readJob = new QKeychain::ReadPasswordJob(Service);
        break;
    case Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(Service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(Service);
        break;
    }
    job->setAutoDelete(true); // deletes itself once finished, even after we stopped waiting
    job->setInsecureFallback(false); // the fallback is TokenStore's, with its owner-only file
    job->setKey(key);

    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        error = done->error();
        errorString = done->errorString();
        if (readJob && error == QKeychain::NoError)
            out.value = readJob->textData();
        loop.quit();
    });
    const int timeoutMs = m_available.value_or(false) ? m_answeredTimeoutMs : m_probeTimeoutMs;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // The job may still finish later and delete itself; the connection died with the loop.
        m_lastError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        m_available = false;
        qCWarning(lcKeychain) << "the system keychain did not answer in time; using the settings file";
        out.error = m_lastError;
        return out;
    }
    switch (error) {
    case QKeychain::NoError:
        out.answered = true;
        break;
    case QKeychain::EntryNotFound:
        out.answered = true;
        out.notFound = true;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // on Linux: D-Bus or libsecret failures, i.e. no usable Secret Service
        m_lastError = errorString;
        m_available = false;
        qCInfo(lcKeychain) << "no system keychain:" << errorString;
        out.error = errorString;
        return out;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        // The keychain exists but said no this time (a dismissed unlock prompt): ask again next time.
        out.error = errorString;
        return out;
    }
    m_available = true;
    return out;
}

bool QtKeychainBackend::isAvailable()
{
    if (!m_available.has_value())
        run(Op::Read, ProbeKey);
    return m_available.value_or(false);
}

Error QtKeychainBackend::notAnswered(const QString &why)
{
    return Error::make(Error::Kind::Io, QStringLiteral("The system keychain did not answer: %1").arg(why));
}

Result<std::optional<QString>> QtKeychainBackend::read(const QString &key)
{
    const Outcome out = run(Op::Read, key);
    if (!out.answered)
        return notAnswered(out.error);
    if (out.notFound)
        return std::optional<QString>();
    return std::optional<QString>(out.value);
}

Result<void> QtKeychainBackend::write(const QString &key, const QString &secret)
{
    const Outcome out = run(Op::Write, key, secret);
    if (!out.answered || out.notFound)
        return notAnswered(out.error);
    return {};
}

Result<void> QtKeychainBackend::remove(const QString &key)
{
    const Outcome out = run(Op::Remove, key);
    if (!out.answered) // a missing entry (notFound) is what removing wants
        return notAnswered(out.error);
    return {};
}

QString QtKeychainBackend::description() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service");
#endif
}

} // namespace Batchsmith
