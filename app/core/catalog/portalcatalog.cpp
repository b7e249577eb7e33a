// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/portalcatalog.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/objecttypes.h"
#include "core/api/pacedrequest.h"
#include "core/api/requestbuilder.h"
#include "core/catalog/catalogjson.h"
#include "core/catalog/referenceoptions.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/net/ratelimiter.h"
#include "core/net/retrypolicy.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr QStringView TokenInfoPath = u"/oauth/v2/private-apps/get/access-token-info";
constexpr int OwnersPageSize = 500; // the most GET /crm/v3/owners gives per page
constexpr int ReadAttempts = 3; // a picker's read: give up sooner than a run's batches

struct StandardLabels
{
    const char *objectTypeId;
    const char *singular;
    const char *plural;
};

// English names of the standard types, translated when the list is built (tr() context: PortalCatalog).
constexpr StandardLabels StandardTypeLabels[] = {
    { "0-1", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Contact"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Contacts") },
    { "0-2", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Company"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Companies") },
    { "0-3", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Deal"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Deals") },
    { "0-5", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Ticket"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Tickets") },
    { "0-7", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Product"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Products") },
    { "0-8", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Line item"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Line items") },
    { "0-14", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Quote"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Quotes") },
    { "0-18", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Communication"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Communications") },
    { "0-19", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Feedback submission"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Feedback submissions") },
    { "0-27", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Task"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Tasks") },
    { "0-46", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Note"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Notes") },
    //: A meeting logged on a CRM record (HubSpot object type).
    { "0-47", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Meeting"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Meetings") },
    //: A phone call logged on a CRM record (HubSpot object type).
    { "0-48", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Call"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Calls") },
    //: An email logged on a CRM record (HubSpot object type), not an email address.
    { "0-49", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Email"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Emails") },
    { "0-53", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Invoice"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Invoices") },
    { "0-69", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Subscription"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Subscriptions") },
    { "0-74", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Goal"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Goals") },
    { "0-84", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Discount"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Discounts") },
    { "0-85", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Fee"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Fees") },
    { "0-86", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Tax"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Taxes") },
    { "0-101", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Payment"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Payments") },
    { "0-115", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "User"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Users") },
    { "0-116", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Postal mail"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Postal mail") },
    { "0-123", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Order"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Orders") },
    { "0-136", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Lead"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Leads") },
    { "0-142", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Cart"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Carts") },
    { "0-162", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Service"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Services") },
    { "0-410", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Course"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Courses") },
    { "0-420", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Listing"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Listings") },
    { "0-421", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Appointment"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Appointments") },
    { "0-970", QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Project"),
        QT_TRANSLATE_NOOP("Batchsmith::PortalCatalog", "Projects") },
};

QList<ObjectTypeEntry> standardEntries()
{
    QList<ObjectTypeEntry> entries;
    for (const ObjectTypeInfo &info : ObjectTypes::standard()) {
        if (!info.batchWrite)
            continue;
        ObjectTypeEntry e;
        e.name = info.name;
        e.objectTypeId = info.id;
        e.singularLabel = e.pluralLabel = info.name;
        for (const StandardLabels &l : StandardTypeLabels) {
            if (info.id == QLatin1String(l.objectTypeId)) {
                e.singularLabel = PortalCatalog::tr(l.singular);
                e.pluralLabel = PortalCatalog::tr(l.plural);
            }
        }
        entries.append(e);
    }
    return entries;
}

/// The cache key of a type: "contacts", "Contacts" and "0-1" are one type.
QString typeKey(const QString &nameOrId)
{
    return ObjectTypes::canonicalId(nameOrId).toLower();
}

template <typename T> struct Waiter
{
    QPointer<QObject> context;
    bool guarded = false; // a context was given: skip the callback once it is gone
    PortalCatalog::Callback<T> done;
};

/// One HTTP fetch (or chain) and everyone waiting for it. Outlives clear(): its waiters still get their answer.
template <typename T> struct Flight
{
    QList<Waiter<T>> waiters;
    int generation = 0;
};

template <typename T> struct Table
{
    QHash<QString, T> cache;
    QHash<QString, std::shared_ptr<Flight<T>>> flights;

    void clear()
    {
        cache.clear();
        flights.clear();
    }
};

} // namespace

class PortalCatalog::Private
{
public:
    explicit Private(PortalCatalog *q)
        : q(q)
    {
    }

    template <typename T> using Finish = std::function<void(const Result<T> &)>;

    /// Answers from the cache (later), joins a flight for the same key, or starts one with @p start.
    template <typename T>
    void fetch(Table<T> &table, const QString &key, QObject *context, Callback<T> done,
        const std::function<void(Finish<T>)> &start)
    {
        Waiter<T> waiter { context, context != nullptr, std::move(done) };
        if (const auto it = table.cache.constFind(key); it != table.cache.cend()) {
            // Later, never inside the call; QTimer drops the call when the context is destroyed first.
            QTimer::singleShot(0, context ? context : q, [done = waiter.done, value = *it] { done(value); });
            return;
        }
        if (const auto it = table.flights.constFind(key); it != table.flights.cend()) {
            (*it)->waiters.append(std::move(waiter));
            return;
        }
        auto flight = std::make_shared<Flight<T>>();
        flight->generation = generation;
        flight->waiters.append(std::move(waiter));
        table.flights.insert(key, flight);
        start([this, &table, key, flight](const Result<T> &result) {
            if (flight->generation == generation) {
                if (table.flights.value(key) == flight)
                    table.flights.remove(key);
                if (result)
                    table.cache.insert(key, *result);
            }
            const QList<Waiter<T>> waiters = std::exchange(flight->waiters, {});
            for (const Waiter<T> &w : waiters) {
                if (!w.guarded || w.context)
                    w.done(result);
            }
        });
    }

    /// Sends what @p issue makes through the token's limiter, again as RetryPolicy decides for an idempotent read;
    /// @p handler gets the last answer, unless the catalog is gone by then.
    void paced(std::function<ApiCall *()> issue, std::function<void(const ApiResponse &)> handler);

    void get(const QString &path, std::function<void(const ApiResponse &)> handler, const QUrlQuery &query = {})
    {
        paced([this, path, query] { return q->m_client->get(path, query); }, std::move(handler));
    }

    void fetchOwnersPage(const QString &after, QList<OwnerInfo> sofar, Finish<QList<OwnerInfo>> finish);

    void fetchAccount(Finish<AccountInfo> finish);
    void fetchObjectTypes(Finish<QList<ObjectTypeEntry>> finish);

    RateLimiter *rateLimiter()
    {
        if (limiter)
            return limiter;
        if (!ownLimiter)
            ownLimiter = std::make_unique<RateLimiter>(clock);
        return ownLimiter.get();
    }

    PortalCatalog *q;
    RateLimiter *limiter = nullptr;
    Clock *clock = SystemClock::instance();
    std::unique_ptr<RateLimiter> ownLimiter;
    RetryPolicy policy { ReadAttempts };
    Table<QList<PipelineInfo>> pipelines;
    Table<QList<OwnerInfo>> owners;
    int generation = 0;
    Table<AccountInfo> account;
    Table<QList<ObjectTypeEntry>> objectTypes;
    Table<QList<PropertyInfo>> properties;
    Table<QList<AssociationLabelInfo>> labels;
};

void PortalCatalog::Private::fetchAccount(Finish<AccountInfo> finish)
{
    get(RequestBuilder::accountDetailsPath(q->m_version), [this, finish](const ApiResponse &details) {
        Result<AccountInfo> account = CatalogJson::account(details);
        if (!account)
            return finish(account);
        // The scopes are a bonus: any failure here (an OAuth token, a service key) leaves them unknown.
        paced([this] { return q->m_client->postTokenKey(TokenInfoPath.toString()); },
            [finish, info = *account](const ApiResponse &tokenInfo) mutable {
                info.scopes = CatalogJson::scopes(tokenInfo);
                finish(info);
            });
    });
}

void PortalCatalog::Private::fetchObjectTypes(Finish<QList<ObjectTypeEntry>> finish)
{
    get(RequestBuilder::schemasPath(q->m_version), [finish](const ApiResponse &response) {
        QList<ObjectTypeEntry> entries = standardEntries();
        if (response.httpStatus == 403) {
            // No custom-object scope (or no Enterprise subscription): the standard types are all there is to offer.
            qCInfo(lcApi) << "custom object schemas refused (403); offering the standard types only";
            return finish(entries);
        }
        Result<QList<ObjectTypeEntry>> custom = CatalogJson::schemas(response);
        if (!custom)
            return finish(custom);
        entries.append(*custom);
        finish(entries);
    });
}

void PortalCatalog::Private::paced(std::function<ApiCall *()> issue, std::function<void(const ApiResponse &)> handler)
{
    PacedRequest::Hooks hooks;
    hooks.send = [issue = std::move(issue)](int) { return issue(); };
    hooks.done = [handler = std::move(handler)](
                     const ApiResponse &response, const ParsedBody &, const RetryDecision &) { handler(response); };
    PacedRequest::start(rateLimiter(), clock, &policy, true, std::move(hooks), q);
}

void PortalCatalog::Private::fetchOwnersPage(
    const QString &after, QList<OwnerInfo> sofar, Finish<QList<OwnerInfo>> finish)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(OwnersPageSize));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    get(
        RequestBuilder::ownersPath(q->m_version),
        [this, after, sofar = std::move(sofar), finish](const ApiResponse &response) mutable {
            QString next;
            Result<QList<OwnerInfo>> page = CatalogJson::owners(response, &next);
            if (!page)
                return finish(page);
            sofar.append(*page);
            if (next.isEmpty() || next == after)
                return finish(sofar);
            fetchOwnersPage(next, std::move(sofar), finish);
        },
        query);
}

QList<ObjectTypeEntry> PortalCatalog::relabelled(QList<ObjectTypeEntry> types)
{
    for (ObjectTypeEntry &e : types) {
        for (const StandardLabels &l : StandardTypeLabels) {
            if (!e.custom && e.objectTypeId == QLatin1String(l.objectTypeId)) {
                e.singularLabel = tr(l.singular);
                e.pluralLabel = tr(l.plural);
            }
        }
    }
    return types;
}

PortalCatalog::PortalCatalog(ApiClient *client, ApiVersion version, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
    , m_client(client)
    , m_version(version)
{
}

PortalCatalog::~PortalCatalog()
{
    // Nobody is left to hear the answers: stop the requests still in flight, before what their callbacks use goes.
    qDeleteAll(findChildren<PacedRequest *>(Qt::FindDirectChildrenOnly));
}

void PortalCatalog::setRateLimiter(RateLimiter *limiter, Clock *clock)
{
    d->limiter = limiter;
    if (clock)
        d->clock = clock;
    d->ownLimiter.reset();
}

void PortalCatalog::setReadAttempts(int attempts)
{
    d->policy = RetryPolicy(attempts);
}

void PortalCatalog::setApiVersion(ApiVersion version)
{
    m_version = version;
    clear();
}

void PortalCatalog::clear()
{
    ++d->generation;
    d->account.clear();
    d->objectTypes.clear();
    d->properties.clear();
    d->labels.clear();
    d->pipelines.clear();
    d->owners.clear();
}

void PortalCatalog::account(QObject *context, Callback<AccountInfo> done)
{
    d->fetch<AccountInfo>(d->account, u"account"_s, context, std::move(done),
        [this](Private::Finish<AccountInfo> finish) { d->fetchAccount(std::move(finish)); });
}

void PortalCatalog::objectTypes(QObject *context, Callback<QList<ObjectTypeEntry>> done)
{
    d->fetch<QList<ObjectTypeEntry>>(d->objectTypes, u"types"_s, context, std::move(done),
        [this](Private::Finish<QList<ObjectTypeEntry>> finish) { d->fetchObjectTypes(std::move(finish)); });
}

void PortalCatalog::properties(const QString &objectType, QObject *context, Callback<QList<PropertyInfo>> done)
{
    d->fetch<QList<PropertyInfo>>(d->properties, typeKey(objectType), context, std::move(done),
        [this, objectType](Private::Finish<QList<PropertyInfo>> finish) {
            d->get(RequestBuilder::propertiesPath(m_version, objectType),
                [finish](const ApiResponse &response) { finish(CatalogJson::properties(response)); });
        });
}

void PortalCatalog::associationLabels(
    const QString &fromType, const QString &toType, QObject *context, Callback<QList<AssociationLabelInfo>> done)
{
    const QString key = typeKey(fromType) + u'/' + typeKey(toType);
    d->fetch<QList<AssociationLabelInfo>>(d->labels, key, context, std::move(done),
        [this, fromType, toType](Private::Finish<QList<AssociationLabelInfo>> finish) {
            d->get(RequestBuilder::associationLabelsPath(m_version, fromType, toType),
                [finish](const ApiResponse &response) { finish(CatalogJson::associationLabels(response)); });
        });
}

void PortalCatalog::pipelines(const QString &objectType, QObject *context, Callback<QList<PipelineInfo>> done)
{
    d->fetch<QList<PipelineInfo>>(d->pipelines, typeKey(objectType), context, std::move(done),
        [this, objectType](Private::Finish<QList<PipelineInfo>> finish) {
            d->get(RequestBuilder::pipelinesPath(m_version, objectType),
                [finish](const ApiResponse &response) { finish(CatalogJson::pipelines(response)); });
        });
}

void PortalCatalog::owners(QObject *context, Callback<QList<OwnerInfo>> done)
{
    d->fetch<QList<OwnerInfo>>(d->owners, u"owners"_s, context, std::move(done),
        [this](Private::Finish<QList<OwnerInfo>> finish) { d->fetchOwnersPage({}, {}, std::move(finish)); });
}

namespace {

/// What the grid lacks when the owners could not be read, and why.
QString ownersNotice(const Error &error)
{
    if (error.kind == Error::Kind::Permission) {
        //: %1 is the HubSpot scope the token lacks (crm.objects.owners.read)
        return PortalCatalog::tr("Owner cells show IDs, not names: the token may not read the owners (HubSpot scope "
                                 "%1).")
            .arg(u"crm.objects.owners.read"_s);
    }
    //: %1 is HubSpot's or the network's error message
    return PortalCatalog::tr("Owner cells show IDs, not names: the owners could not be read (%1).").arg(error.message);
}

/// What the grid lacks when the pipelines could not be read, and why.
QString pipelinesNotice(const Error &error)
{
    if (error.kind == Error::Kind::Permission) {
        return PortalCatalog::tr(
            "Stages are not checked against each row’s pipeline: the token may not read the pipelines.");
    }
    //: %1 is HubSpot's or the network's error message
    return PortalCatalog::tr("Stages are not checked against each row’s pipeline: the pipelines could not be read "
                             "(%1).")
        .arg(error.message);
}

} // namespace

void PortalCatalog::referenceData(const QString &objectType, const QList<PropertyInfo> &properties, QObject *context,
    std::function<void(const ReferenceData &)> done)
{
    struct Pending
    {
        ReferenceData data;
        int waiting = 0;
        std::function<void(const ReferenceData &)> done;
    };

    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const bool wantPipelines = ReferenceOptions::needsPipelines(properties);
    const bool wantOwners = ReferenceOptions::needsOwners(properties);
    pending->waiting = (wantPipelines ? 1 : 0) + (wantOwners ? 1 : 0);
    auto arrived = [pending] {
        if (--pending->waiting == 0)
            pending->done(pending->data);
    };
    if (pending->waiting == 0) {
        QTimer::singleShot(0, context ? context : this, [pending] { pending->done(pending->data); });
        return;
    }
    if (wantPipelines) {
        pipelines(objectType, context, [pending, arrived, objectType](const Result<QList<PipelineInfo>> &r) {
            if (r) {
                pending->data.pipelines = *r;
                pending->data.pipelinesRead = true;
            } else {
                qCInfo(lcApi) << "pipelines of" << objectType << "not read:" << r.error().httpStatus
                              << r.error().message;
                pending->data.notices.append(pipelinesNotice(r.error()));
            }
            arrived();
        });
    }
    if (wantOwners) {
        owners(context, [pending, arrived](const Result<QList<OwnerInfo>> &r) {
            if (r) {
                pending->data.owners = *r;
                pending->data.ownersRead = true;
            } else {
                qCInfo(lcApi) << "owners not read:" << r.error().httpStatus << r.error().message;
                pending->data.notices.append(ownersNotice(r.error()));
            }
            arrived();
        });
    }
}

QList<PropertyInfo> PortalCatalog::cachedProperties(const QString &objectType) const
{
    return d->properties.cache.value(typeKey(objectType));
}

} // namespace Batchsmith
