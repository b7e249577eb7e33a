// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <random>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "sandbox/httpreply.h"

namespace Batchsmith::Sandbox {

class JsonWriter;
struct ObjectDef;
struct Record;
struct Scenario;

/// What a handler needs to know about the call it answers.
struct CallContext
{
    QString correlationId;
    QDateTime now;
    QString stamp; // `now` as ISO 8601 with milliseconds, formatted once: startedAt, createdAt, updatedAt…
};

/**
 * The answer to one batch call being put together (docs/hubspot-behaviour.md §4.1-§4.3): result objects, written
 * straight to JSON as they are produced; per-input errors; then the envelope with 200/201, 207, or (2026-09 mode)
 * errors inside the 2xx. Results are shuffled with the seeded generator when the scenario asks for it. One per request.
 */
class BatchResponse final
{
public:
    BatchResponse(const ObjectDef &type, const Scenario &scenario, const CallContext &call);

    /// @p isNew: upsert's `new` flag. @p only: null for every stored property, else the properties a batch read
    /// asked for (the id and timestamps always come too).
    void addResult(const Record &record, const QString &traceId, std::optional<bool> isNew = std::nullopt,
        const QStringList *only = nullptr);
    /// One StandardError: gets `status: "error"` and, when @p traceId is set, context.objectWriteTraceId.
    void addError(QJsonObject error, const QString &traceId = {});

    qsizetype resultCount() const { return m_results.size(); }

    /// The reply: @p okStatus (201 create, 200 otherwise) when nothing failed, else 207 (200/201 in 2026-09 mode).
    HttpReply finish(int okStatus, std::mt19937_64 &random);

private:
    static void writeProperties(JsonWriter &json, const Record &record, const QStringList *only);

    const ObjectDef &m_type;
    const Scenario &m_scenario;
    const CallContext &m_call;
    QString m_urlPrefix;
    QList<QByteArray> m_results;
    QJsonArray m_errors;
};

} // namespace Batchsmith::Sandbox
