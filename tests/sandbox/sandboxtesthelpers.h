// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Batchsmith::Test {

/// A batch create input with the given properties and, when given, a trace id.
inline QJsonObject createInput(
    const QJsonObject &properties, const QString &traceId = {}, const QJsonArray &associations = {})
{
    QJsonObject in { { QStringLiteral("properties"), properties }, { QStringLiteral("associations"), associations } };
    if (!traceId.isEmpty())
        in.insert(QStringLiteral("objectWriteTraceId"), traceId);
    return in;
}

inline QJsonObject inputs(const QJsonArray &list)
{
    return QJsonObject { { QStringLiteral("inputs"), list } };
}

inline QJsonObject upsertInput(
    const QString &id, const QString &idProperty, const QJsonObject &properties, const QString &traceId = {})
{
    QJsonObject in { { QStringLiteral("id"), id }, { QStringLiteral("idProperty"), idProperty },
        { QStringLiteral("properties"), properties } };
    if (!traceId.isEmpty())
        in.insert(QStringLiteral("objectWriteTraceId"), traceId);
    return in;
}

inline bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace Batchsmith::Test
