// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/sandboxcontrol.h"

#include <QJsonDocument>
#include <QPointer>

#include "core/api/apiclient.h"
#include "core/api/batchresponseparser.h"
#include "core/logging.h"
#include "core/tokens/tokenstore.h"

namespace Batchsmith {

namespace {

constexpr int ControlTimeoutMs = 10000;

Result<QJsonObject> readAnswer(const ApiResponse &response)
{
    if (response.networkFailure || response.timedOut || response.httpStatus == 0) {
        Error e = Error::make(response.timedOut ? Error::Kind::Timeout : Error::Kind::Network,
            QStringLiteral("The sandbox did not answer: %1").arg(response.errorString));
        return e;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (response.httpStatus != 200) {
        const ParsedBody body = BatchResponseParser::parse(response.body);
        Error e = Error::make(response.httpStatus == 401 ? Error::Kind::Authentication
                : response.httpStatus == 403             ? Error::Kind::Permission
                                                         : Error::Kind::Http,
            body.whole.message.isEmpty() ? QStringLiteral("The sandbox answered HTTP %1.").arg(response.httpStatus)
                                         : body.whole.message);
        e.httpStatus = response.httpStatus;
        e.correlationId = response.correlationId();
        return e;
    }
    if (!doc.isObject())
        return Error::make(Error::Kind::Protocol, QStringLiteral("The sandbox's answer is not a JSON object."));
    return doc.object();
}

} // namespace

SandboxControl::SandboxControl(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<ApiClient>(nam, clock))
{
    m_client->setTimeoutMs(ControlTimeoutMs);
}

SandboxControl::~SandboxControl() = default;

bool SandboxControl::isSandbox(const TokenProfile &profile)
{
    return profile.embeddedSandbox || (profile.baseUrl.isValid() && ApiClient::isLoopback(profile.baseUrl));
}

Result<void> SandboxControl::setEndpoint(const QUrl &baseUrl, const QString &token)
{
    if (auto ok = m_client->setBaseUrl(baseUrl); !ok)
        return ok;
    m_client->setToken(token);
    return {};
}

void SandboxControl::finish(ApiCall *call, QObject *context, Callback done)
{
    const QPointer<QObject> alive(context);
    connect(call, &ApiCall::finished, context, [alive, done = std::move(done)](const ApiResponse &response) {
        if (!alive)
            return;
        const Result<QJsonObject> answer = readAnswer(response);
        if (!answer)
            qCWarning(lcApi) << "sandbox control request failed:" << answer.error().message;
        done(answer);
    });
}

void SandboxControl::stats(QObject *context, Callback done)
{
    finish(m_client->get(QStringLiteral("/__sandbox/stats")), context, std::move(done));
}

void SandboxControl::reset(QObject *context, Callback done)
{
    finish(m_client->post(QStringLiteral("/__sandbox/reset"), QByteArrayLiteral("{}")), context, std::move(done));
}

void SandboxControl::scenario(QObject *context, Callback done)
{
    finish(m_client->get(QStringLiteral("/__sandbox/scenario")), context, std::move(done));
}

void SandboxControl::applyScenario(const QJsonObject &patch, QObject *context, Callback done)
{
    finish(m_client->post(QStringLiteral("/__sandbox/scenario"), QJsonDocument(patch).toJson(QJsonDocument::Compact)),
        context, std::move(done));
}

} // namespace Batchsmith
