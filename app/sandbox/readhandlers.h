// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrlQuery>

#include "sandbox/batchresponse.h"
#include "sandbox/httpreply.h"
#include "sandbox/portal.h"
#include "sandbox/tokenbook.h"

namespace Batchsmith::Sandbox {

/**
 * The read endpoints the GUI's pickers and token check use: properties, schemas, association labels, pipelines,
 * owners, account details, token info and API usage (docs/hubspot-behaviour.md §2.3, §10.2, §11.8). Owned by
 * SandboxState; stateless.
 */
class ReadHandlers final
{
public:
    explicit ReadHandlers(const Catalogue &catalogue);

    HttpReply properties(
        const ObjectDef &type, const QString &one, const QUrlQuery &query, const CallContext &call) const;
    HttpReply schemas(const QString &one, const Portal &portal, const CallContext &call) const;
    HttpReply labels(const ObjectDef &from, const ObjectDef &to) const;
    /// GET …/pipelines/{type}[/{one}]: every pipeline of the type, or one (404 when it has no such pipeline).
    HttpReply pipelines(const ObjectDef &type, const QString &one, const CallContext &call) const;
    /// GET …/owners[/{one}]: paged by limit and after, filtered by email and archived; @p path is the request's
    /// path, for paging.next.link.
    HttpReply owners(const QString &one, const QUrlQuery &query, const QString &path, const CallContext &call) const;
    HttpReply accountDetails() const;
    HttpReply apiUsage(qint64 dailyLimit, qint64 used, const QDateTime &resetsAt, const CallContext &call) const;
    HttpReply tokenInfo(const TokenInfo &token) const;
    HttpReply oauthMetadata(const TokenInfo &token) const;

private:
    QJsonObject schemaJson(const ObjectDef &type) const;
    QJsonObject ownerJson(const Owner &owner) const;

    const Catalogue &m_catalogue;
};

} // namespace Batchsmith::Sandbox
