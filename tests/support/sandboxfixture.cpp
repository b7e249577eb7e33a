// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sandboxfixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

#include "core/net/oneshotupload.h"

namespace Batchsmith::Test {

QByteArray SandboxFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxFixture::SandboxFixture(Sandbox::SandboxOptions options)
    : m_server(std::make_unique<Sandbox::SandboxServer>(std::move(options)))
{
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    return m_server->listen();
}

bool SandboxFixture::scenario(const QJsonObject &patch)
{
    QString error;
    return m_server->applyScenario(patch, &error);
}

SandboxFixture::Reply SandboxFixture::wait(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    Reply out;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        out.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    out.headers = QList<QPair<QByteArray, QByteArray>>(pairs.cbegin(), pairs.cend());
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

SandboxFixture::Reply SandboxFixture::postRaw(
    const QString &path, const QByteArray &body, const QString &token, int timeoutMs)
{
    QNetworkRequest request(QUrl(baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    // As the engine does: a body Qt cannot send twice, so a dropped connection shows as what it is.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *upload = new OneShotUpload(body);
    QNetworkReply *reply = m_nam.post(request, upload);
    upload->setParent(reply);
    return wait(reply, timeoutMs);
}

SandboxFixture::Reply SandboxFixture::post(
    const QString &path, const QJsonObject &body, const QString &token, int timeoutMs)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, timeoutMs);
}

SandboxFixture::Reply SandboxFixture::get(const QString &path, const QString &token, int timeoutMs)
{
    QNetworkRequest request(QUrl(baseUrl().toString() + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return wait(m_nam.get(request), timeoutMs);
}

} // namespace Batchsmith::Test
