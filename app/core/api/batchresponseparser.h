// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/api/apiresponse.h"
#include "core/net/retrypolicy.h"

namespace Batchsmith {

/// One error, from a 207's errors[] or a whole-request error body.
struct ParsedError
{
    QString category; // VALIDATION_ERROR, CONFLICT, OBJECT_NOT_FOUND, …
    QString code; // PROPERTY_DOESNT_EXIST, INVALID_OPTION, … when given
    QString message; // HubSpot's text; for property errors, the first property's own message
    QString property; // the property named, when one is
    QStringList traceIds; // context.objectWriteTraceId
    QStringList ids; // context.ids
    QString existingId; // 409 "Existing ID: N"
    QString correlationId;
};

struct ParsedResult
{
    QString id;
    QString traceId; // objectWriteTraceId when echoed
    QString createdAt; // ISO 8601, when given (reads and searches: when the record was created)
    bool isNew = false; // upsert only
    bool hasNew = false;
    QMap<QString, QString> properties;
};

/// A batch answer body, every field optional as HubSpot advises (docs/hubspot-behaviour.md §4).
struct ParsedBody
{
    bool readable = false; // valid JSON object
    QString status; // PENDING, PROCESSING, CANCELED, COMPLETE
    QList<ParsedResult> results;
    QList<ParsedError> errors;
    int numErrors = -1;
    ParsedError whole; // for non-2xx bodies: the request's own error
    QString policyName; // 429: TEN_SECONDLY_ROLLING, SECONDLY, DAILY
};

/// Reads HubSpot's batch and error bodies. Pure.
class BatchResponseParser final
{
public:
    static ParsedBody parse(const QByteArray &body);
    static ParsedError parseError(const QJsonObject &object);
    /// What RetryPolicy::decide() needs to know of an answer: its status (0 without an HTTP answer), how it failed,
    /// whether a 2xx body was unreadable, the 429 policy and Retry-After. The caller adds attempt, idempotent and
    /// windowMs, which depend on the request, not on the answer.
    static AttemptInfo attemptInfo(const ApiResponse &response, const ParsedBody &body);

private:
    static void readPropertyErrors(const QJsonObject &object, ParsedError &error);
};

} // namespace Batchsmith
