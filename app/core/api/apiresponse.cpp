// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apiresponse.h"

#include <algorithm>
#include <limits>

#include <QJsonDocument>
#include <QJsonObject>

namespace Batchsmith {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RateLimitInfo ApiResponse::rateLimit() const
{
    auto number = [this](const char *name) -> qint64 {
        bool ok = false;
        const qint64 value = header(QByteArray(name)).trimmed().toLongLong(&ok);
        return ok ? value : -1;
    };
    RateLimitInfo info;
    info.max = static_cast<int>(number("X-HubSpot-RateLimit-Max"));
    info.remaining = static_cast<int>(number("X-HubSpot-RateLimit-Remaining"));
    info.intervalMs = static_cast<int>(number("X-HubSpot-RateLimit-Interval-Milliseconds"));
    info.daily = number("X-HubSpot-RateLimit-Daily");
    info.dailyRemaining = number("X-HubSpot-RateLimit-Daily-Remaining");
    return info;
}

QString ApiResponse::correlationId() const
{
    const QByteArray fromHeader = header("X-HubSpot-Correlation-Id");
    if (!fromHeader.isEmpty())
        return QString::fromLatin1(fromHeader);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object().value(QStringLiteral("correlationId")).toString();
}

int ApiResponse::retryAfterSeconds() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty() || !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    return ok && seconds <= std::numeric_limits<int>::max() ? int(seconds) : std::numeric_limits<int>::max();
}

} // namespace Batchsmith
