// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QJsonArray>
#include <QJsonObject>

#include "sandbox/batchresponse.h"
#include "sandbox/httpreply.h"
#include "sandbox/portal.h"
#include "sandbox/scenario.h"

namespace Batchsmith::Sandbox {

/**
 * The batch endpoints: create, upsert, read, update and archive (docs/hubspot-behaviour.md §3, §4, §6, §11). They read
 * the body as HubSpot's specs define it and change the portal. Owned by SandboxState; single thread.
 */
class BatchHandlers final
{
public:
    BatchHandlers(const Catalogue &catalogue, Portal &portal, const Scenario &scenario, std::mt19937_64 &random);

    /// @p operation is create, upsert, update, read or archive; @p body the parsed request body.
    HttpReply handle(const ObjectDef &type, const QString &operation, const QJsonObject &body, const CallContext &call);

private:
    HttpReply create(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply upsert(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply read(const ObjectDef &type, const QJsonObject &body, const CallContext &call);
    HttpReply update(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);
    HttpReply archive(const ObjectDef &type, const QJsonArray &inputs, const CallContext &call);

    /// The first problem with a create input's associations (as a StandardError), or an empty object.
    QJsonObject associationProblem(const ObjectDef &type, const QJsonArray &associations) const;
    void storeAssociations(const ObjectDef &type, const QString &recordId, const QJsonArray &associations);
    /// Id of another live record that already holds one of @p values' unique values, or empty.
    QString uniqueClash(const ObjectDef &type, const PropertyValues &values, const QString &selfId,
        const QString &skipProperty = {}) const;
    /// Whole-request refusals of an upsert: missing or non-unique idProperty, missing id, associations when
    /// rejected, duplicate ids.
    std::optional<HttpReply> upsertRefusal(
        const ObjectDef &type, const QJsonArray &inputs, const CallContext &call) const;
    /// 400 "Duplicate IDs found in batch input" when two upsert/update inputs resolve to the same id.
    std::optional<HttpReply> duplicateIds(const QJsonArray &inputs, const CallContext &call) const;

    const Catalogue &m_catalogue;
    Portal &m_portal;
    const Scenario &m_scenario;
    std::mt19937_64 &m_random;
};

} // namespace Batchsmith::Sandbox
