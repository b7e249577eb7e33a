// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/// One HTTP answer, read only as far as HTTP goes; what the body means is BatchResponseParser's business.
struct ApiResponse
{
    int httpStatus = 0; // 0 = no HTTP answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; // our own timeout (ApiClient::setTimeoutMs) ended it
    bool aborted = false; // ApiCall::abort() ended it
    bool networkFailure = false; // no complete HTTP answer: refused, reset, closed, DNS, TLS
    bool failedBeforeSend = false; // certainly never reached the server
    bool tooLarge = false; // the body passed ApiCall's cap and the reply was aborted (then networkFailure too)
    qint64 durationMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    RateLimitInfo rateLimit() const;
    QString correlationId() const; // X-HubSpot-Correlation-Id, else the body's correlationId
    /// -1 when absent or not a number of seconds; a huge number stays huge (capped at INT_MAX), so that
    /// RetryPolicy can refuse to wait that long rather than take it for absent.
    int retryAfterSeconds() const;
};

} // namespace Batchsmith

Q_DECLARE_METATYPE(Batchsmith::ApiResponse)
