// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "sandbox/httpreply.h"
#include "sandbox/portal.h"
#include "sandbox/scenario.h"

namespace Batchsmith::Sandbox {

/// What a handler needs to know about the call it answers.
struct CallContext
{
    QString correlationId;
    QDateTime now;
};

/**
 * The batch endpoints: create, upsert, read, update and archive (hubspot-api.md §3, §4, §6, §12). They read the
 * body as HubSpot's specs define it and change the portal. Owned by SandboxServer; single thread.
 */
class BatchHandlers final
{
public:
    BatchHandlers(const Catalogue &catalogue, Portal &portal, const Scenario &scenario, std::mt19937_64 &random);

    HttpReply handle(const ObjectDef &type, const QString &operation, const QJsonObject &body, const CallContext &call);

private:
    HttpReply create(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply upsert(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply read(const ObjectDef &type, const QJsonObject &body, const CallContext &call);
    HttpReply update(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply archive(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);

    QJsonObject associationProblem(const ObjectDef &type, const QJsonArray &associations) const;
    QString conflictWith(
        const ObjectDef &type, const QJsonObject &properties, QHash<QString, QString> &batchSeen) const;
    QJsonObject resultJson(const ObjectDef &type, const Record &record, const QString &traceId,
        const QStringList &onlyProperties = {}) const;
    HttpReply batchReply(int okStatus, QJsonArray results, const QJsonArray &errors, const CallContext &call);
    static QHash<QString, QString> propertyMap(const QJsonObject &properties);
    static QJsonObject inputError(const QJsonObject &error, const QString &traceId);

    const Catalogue &m_catalogue;
    Portal &m_portal;
    const Scenario &m_scenario;
    std::mt19937_64 &m_random;
};

} // namespace Batchsmith::Sandbox
