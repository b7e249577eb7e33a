// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/batchresponse.h"

#include <algorithm>

#include <QJsonDocument>

#include "sandbox/catalogue.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/portal.h"
#include "sandbox/scenario.h"

namespace Batchsmith::Sandbox {

namespace {

/// Properties a batch read returns whatever was asked for.
const QStringList &alwaysRead()
{
    static const QStringList names { QStringLiteral("hs_object_id"), QStringLiteral("createdate"),
        QStringLiteral("lastmodifieddate"), QStringLiteral("hs_lastmodifieddate") };
    return names;
}

} // namespace

BatchResponse::BatchResponse(const ObjectDef &type, const Scenario &scenario, const CallContext &call)
    : m_type(type)
    , m_scenario(scenario)
    , m_call(call)
    , m_urlPrefix(
          QStringLiteral("https://app.hubspot.com/contacts/%1/record/%2/").arg(Catalogue::PortalId).arg(type.typeId))
{
}

void BatchResponse::writeProperties(JsonWriter &json, const Record &record, const QStringList *only)
{
    json.beginObject();
    if (!only) {
        for (const auto &[name, value] : record.properties) {
            json.key(name);
            json.value(value);
        }
    } else {
        auto write = [&](const QString &name) {
            const std::optional<QString> value = record.value(name);
            if (!value)
                return;
            json.key(name);
            json.value(*value);
        };
        for (const QString &name : *only) {
            if (!alwaysRead().contains(name))
                write(name);
        }
        for (const QString &name : alwaysRead())
            write(name);
    }
    json.endObject();
}

void BatchResponse::addResult(
    const Record &record, const QString &traceId, std::optional<bool> isNew, const QStringList *only)
{
    QByteArray out;
    out.reserve(512);
    JsonWriter json(&out);
    json.beginObject();
    json.key("id");
    json.value(record.id);
    json.key("properties");
    writeProperties(json, record, only);
    json.key("createdAt");
    json.value(record.createdAt);
    json.key("updatedAt");
    json.value(record.updatedAt);
    json.key("archived");
    json.value(false);
    if (isNew) {
        json.key("new");
        json.value(*isNew);
    }
    if (!traceId.isEmpty() && m_scenario.echoTraceIdOnSuccess) {
        json.key("objectWriteTraceId");
        json.value(traceId);
    }
    json.key("url");
    json.value(QString(m_urlPrefix + record.id));
    json.endObject();
    m_results.append(std::move(out));
}

void BatchResponse::addError(QJsonObject error, const QString &traceId)
{
    error.remove(QStringLiteral("correlationId"));
    QJsonObject context = error.value(QStringLiteral("context")).toObject();
    if (!traceId.isEmpty())
        context.insert(QStringLiteral("objectWriteTraceId"), QJsonArray { traceId });
    error.insert(QStringLiteral("context"), context);
    error.insert(QStringLiteral("status"), QStringLiteral("error"));
    // The spec's StandardError requires errors and links; HubSpot's own examples leave them out, clients must cope
    // with both, and answering with the spec's shape lets the schema tests hold the sandbox to it.
    if (!error.value(QStringLiteral("errors")).isArray())
        error.insert(QStringLiteral("errors"), QJsonArray());
    if (!error.value(QStringLiteral("links")).isObject())
        error.insert(QStringLiteral("links"), QJsonObject());
    m_errors.append(error);
}

HttpReply BatchResponse::finish(int okStatus, std::mt19937_64 &random)
{
    if (m_scenario.shuffleResults && m_results.size() > 1)
        std::shuffle(m_results.begin(), m_results.end(), random);
    HttpReply reply;
    reply.status = okStatus;
    QByteArray &out = reply.body;
    qsizetype size = 256;
    for (const QByteArray &r : std::as_const(m_results))
        size += r.size() + 1;
    out.reserve(size);
    JsonWriter json(&out);
    json.beginObject();
    json.key("status");
    json.raw("\"COMPLETE\"");
    json.key("results");
    json.beginArray();
    for (const QByteArray &r : std::as_const(m_results))
        json.raw(r);
    json.endArray();
    if (!m_errors.isEmpty()) {
        json.key("numErrors");
        json.value(qint64(m_errors.size()));
        json.key("errors");
        json.raw(QJsonDocument(m_errors).toJson(QJsonDocument::Compact));
        if (!m_scenario.version202609)
            reply.status = 207;
    }
    json.key("startedAt");
    json.value(m_call.stamp);
    json.key("completedAt");
    json.value(m_call.stamp);
    json.endObject();
    return reply;
}

} // namespace Batchsmith::Sandbox
