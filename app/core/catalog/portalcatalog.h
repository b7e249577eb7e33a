// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>

#include "core/batch/batchtypes.h"
#include "core/catalog/catalogtypes.h"
#include "core/result.h"

namespace Batchsmith {

class ApiClient;
class Clock;
class RateLimiter;

/**
 * Reads what the pickers need from a portal: account details and token scopes, custom object schemas,
 * properties per object type, association labels between two types. Answers are cached per object type until
 * clear(); concurrent requests for the same thing share one HTTP call.
 *
 * Each call takes a context object and a callback, called exactly once, later (never inside the call), unless
 * the context is destroyed first. Errors carry HubSpot's message and correlation id.
 * Owned by the front end; GUI (or CLI main) thread. The ApiClient is not owned and must outlive the catalog.
 *
 *     catalog.properties(u"contacts"_s, this, [this](const Result<QList<PropertyInfo>> &r) { … });
 *
 * Every read (account, token info, schemas, properties, association labels, pipelines, owners) waits for the token's
 * RateLimiter (setRateLimiter()), feeds its answer's rate-limit headers back to it, and is sent again as RetryPolicy
 * decides for a read, like every other request the token sends (PacedRequest, docs/hubspot-behaviour.md §5.5).
 */
class PortalCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalCatalog)

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    PortalCatalog(ApiClient *client, ApiVersion version, QObject *parent = nullptr);
    ~PortalCatalog() override;

    void setApiVersion(ApiVersion version); // also clears the cache

    /// The token's one limiter (RateLimiterPool::limiterFor) and the clock its waits run on; neither is owned and
    /// both must outlive the catalog. Without one, the catalog keeps a limiter of its own on the system clock.
    void setRateLimiter(RateLimiter *limiter, Clock *clock);
    /// How many times a read is sent when it fails (default 3; a picker gives up sooner than a run's batches).
    /// Rate-limit waits (429, 423, 477) do not count: they are waited out, as every sender of the token does.
    void setReadAttempts(int attempts);

    ApiVersion apiVersion() const { return m_version; }

    /// Forgets every cached answer (after a profile or token change).
    void clear();

    /// GET /account-info/…/details, then the token's scopes (private-app token info, or OAuth metadata) when
    /// either answers; scopes stay empty when neither does.
    void account(QObject *context, Callback<AccountInfo> done);
    /// The standard types that support batch writes, then the portal's custom objects (schemas endpoint). When
    /// the schemas endpoint refuses (403: no custom-object scope), the standard ones alone.
    void objectTypes(QObject *context, Callback<QList<ObjectTypeEntry>> done);
    /// Every property of the type, archived ones excluded, sorted by label.
    void properties(const QString &objectType, QObject *context, Callback<QList<PropertyInfo>> done);
    /// Association types from @p fromType to @p toType (names or ids), the unlabeled default first.
    void associationLabels(
        const QString &fromType, const QString &toType, QObject *context, Callback<QList<AssociationLabelInfo>> done);

    /// The pipelines of @p objectType (GET /crm/v3/pipelines/{objectType}), archived ones left out, by displayOrder.
    void pipelines(const QString &objectType, QObject *context, Callback<QList<PipelineInfo>> done);
    /// Every owner of the portal (GET /crm/v3/owners, all pages of 500).
    void owners(QObject *context, Callback<QList<OwnerInfo>> done);
    /// The pipelines and owners @p properties of @p objectType refer to (ReferenceOptions): only what they need is
    /// read. Never fails: a part that cannot be read (403 MISSING_SCOPES, 404, a network failure) is left out and
    /// explained in ReferenceData::notices, so the cells of those properties stay plain text.
    void referenceData(const QString &objectType, const QList<PropertyInfo> &properties, QObject *context,
        std::function<void(const ReferenceData &)> done);

    /// @p types with the standard types' labels in the current language (after a language switch); custom objects
    /// keep the labels their portal gave.
    static QList<ObjectTypeEntry> relabelled(QList<ObjectTypeEntry> types);

    /// Cached properties of a type, or empty when not fetched yet.
    QList<PropertyInfo> cachedProperties(const QString &objectType) const;

private:
    class Private;
    std::unique_ptr<Private> d;
    ApiClient *m_client;
    ApiVersion m_version;
};

} // namespace Batchsmith
