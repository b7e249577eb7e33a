// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/batchresponseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Batchsmith {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            list.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0));
    } else if (value.isString()) {
        list.append(value.toString());
    }
    return list;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

ParsedResult parseResult(const QJsonObject &object)
{
    ParsedResult r;
    r.id = text(object.value(QStringLiteral("id")));
    r.traceId = object.value(QStringLiteral("objectWriteTraceId")).toString();
    r.createdAt = object.value(QStringLiteral("createdAt")).toString();
    r.hasNew = object.contains(QStringLiteral("new"));
    r.isNew = object.value(QStringLiteral("new")).toBool();
    const QJsonObject props = object.value(QStringLiteral("properties")).toObject();
    for (auto it = props.constBegin(); it != props.constEnd(); ++it)
        r.properties.insert(it.key(), text(it.value()));
    return r;
}

} // namespace

void BatchResponseParser::readPropertyErrors(const QJsonObject &object, ParsedError &error)
{
    // Structured errors[] first (docs/hubspot-behaviour.md §8.4), then the JSON array embedded in the message.
    const QJsonArray details = object.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : details) {
        const QJsonObject d = v.toObject();
        const QStringList names
            = stringList(d.value(QStringLiteral("context")).toObject().value(QStringLiteral("propertyName")));
        if (error.code.isEmpty())
            error.code = d.value(QStringLiteral("code")).toString();
        if (!names.isEmpty() && error.property.isEmpty()) {
            error.property = names.first();
            const QString m = d.value(QStringLiteral("message")).toString();
            if (!m.isEmpty())
                error.message = m;
        }
    }
    if (!error.property.isEmpty())
        return;
    const qsizetype open = error.message.indexOf(QStringLiteral(": ["));
    if (open < 0)
        return;
    const QJsonArray embedded = QJsonDocument::fromJson(error.message.mid(open + 2).toUtf8()).array();
    if (embedded.isEmpty())
        return;
    const QJsonObject first = embedded.first().toObject();
    error.property = first.value(QStringLiteral("name")).toString();
    if (error.code.isEmpty())
        error.code = first.value(QStringLiteral("error")).toString();
    const QString m = first.value(QStringLiteral("message")).toString();
    if (!m.isEmpty())
        error.message = m;
}

ParsedError BatchResponseParser::parseError(const QJsonObject &object)
{
    ParsedError e;
    e.category = object.value(QStringLiteral("category")).toString();
    if (e.category.isEmpty())
        e.category = object.value(QStringLiteral("errorType")).toString();
    e.message = object.value(QStringLiteral("message")).toString();
    e.correlationId = object.value(QStringLiteral("correlationId")).toString();
    const QJsonObject context = object.value(QStringLiteral("context")).toObject();
    e.traceIds = stringList(context.value(QStringLiteral("objectWriteTraceId")));
    e.ids = stringList(context.value(QStringLiteral("ids")));
    if (context.contains(QStringLiteral("propertyName")))
        e.property = stringList(context.value(QStringLiteral("propertyName"))).value(0);
    static const QRegularExpression existing(QStringLiteral("Existing ID: (\\d+)"));
    if (const auto m = existing.match(e.message); m.hasMatch())
        e.existingId = m.captured(1);
    readPropertyErrors(object, e);
    return e;
}

ParsedBody BatchResponseParser::parse(const QByteArray &body)
{
    ParsedBody parsed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return parsed;
    parsed.readable = true;
    const QJsonObject object = doc.object();
    parsed.status = object.value(QStringLiteral("status")).toString();
    if (parsed.status == u"error")
        parsed.status.clear();
    for (const QJsonValue &v : object.value(QStringLiteral("results")).toArray())
        parsed.results.append(parseResult(v.toObject()));
    for (const QJsonValue &v : object.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        // errors[] of a whole-request error are details, not per-input errors: those have a status of their own.
        if (e.contains(QStringLiteral("category")) || e.contains(QStringLiteral("status")))
            parsed.errors.append(parseError(e));
    }
    parsed.numErrors = object.value(QStringLiteral("numErrors")).toInt(-1);
    parsed.whole = parseError(object);
    parsed.policyName = object.value(QStringLiteral("policyName")).toString();
    return parsed;
}

AttemptInfo BatchResponseParser::attemptInfo(const ApiResponse &response, const ParsedBody &body)
{
    AttemptInfo info;
    info.httpStatus = response.networkFailure ? 0 : response.httpStatus;
    info.networkFailure = response.networkFailure;
    info.failedBeforeSend = response.failedBeforeSend;
    info.timedOut = response.timedOut;
    info.bodyTooLarge = response.tooLarge;
    info.unreadableBody = info.httpStatus >= 200 && info.httpStatus < 300 && !body.readable;
    info.rateLimitPolicy = body.policyName;
    info.retryAfterSeconds = response.retryAfterSeconds();
    return info;
}

} // namespace Batchsmith
