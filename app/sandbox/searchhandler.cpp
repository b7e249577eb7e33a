// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/searchhandler.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/catalogue.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/portal.h"
#include "sandbox/scenario.h"
#include "sandbox/searchfilter.h"
#include "sandbox/searchindexlag.h"

namespace Batchsmith::Sandbox {

namespace {

constexpr int DefaultLimit = 10;
constexpr int MaxLimit = 200;

struct SortKey
{
    QString property;
    SearchValueKind kind = SearchValueKind::Text;
    bool descending = false;
};

struct SearchRequest
{
    QList<QList<SearchFilter>> groups; // ORed; the filters of a group are ANDed
    QString query;
    QList<SortKey> sorts;
    QStringList properties;
    qint64 limit = DefaultLimit;
    qint64 after = 0;
};

/// Properties every search result carries, whatever was asked for.
const QStringList &alwaysReturned()
{
    static const QStringList names { QStringLiteral("createdate"), QStringLiteral("hs_object_id"),
        QStringLiteral("lastmodifieddate") };
    return names;
}

/// Returned when the request names no properties (docs/hubspot-behaviour.md §11.9), besides alwaysReturned().
QStringList defaultProperties(const ObjectDef &type)
{
    if (type.typeId == u"0-1")
        return { QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname") };
    if (type.typeId == u"0-2")
        return { QStringLiteral("domain"), QStringLiteral("name") };
    if (type.typeId == u"0-3")
        return { QStringLiteral("amount"), QStringLiteral("closedate"), QStringLiteral("dealname"),
            QStringLiteral("dealstage"), QStringLiteral("pipeline") };
    if (type.typeId == u"0-5")
        return { QStringLiteral("content"), QStringLiteral("hs_pipeline"), QStringLiteral("hs_pipeline_stage"),
            QStringLiteral("hs_ticket_category"), QStringLiteral("hs_ticket_priority"), QStringLiteral("subject") };
    if (!type.primaryDisplayProperty.isEmpty())
        return { type.primaryDisplayProperty };
    return {};
}

/// A whole number from a JSON number or a numeric string; nullopt otherwise.
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return v.isString() && ok ? std::optional<qint64>(n) : std::nullopt;
}

bool parseFilterGroups(
    const QJsonValue &json, const ObjectDef &type, const Scenario &s, SearchRequest *request, QString *error)
{
    if (!json.isUndefined() && !json.isNull() && !json.isArray())
        return *error = QStringLiteral("filterGroups must be an array"), false;
    const QJsonArray groups = json.toArray();
    if (groups.size() > s.searchMaxFilterGroups) {
        *error = QStringLiteral("Too many filter groups (%1). The limit is %2.")
                     .arg(groups.size())
                     .arg(s.searchMaxFilterGroups);
        return false;
    }
    qsizetype total = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonArray filters = groups.at(g).toObject().value(QStringLiteral("filters")).toArray();
        total += filters.size();
        if (filters.size() > s.searchMaxFiltersPerGroup) {
            *error = QStringLiteral("Too many filters in filter group %1 (%2). The limit is %3 per group.")
                         .arg(g)
                         .arg(filters.size())
                         .arg(s.searchMaxFiltersPerGroup);
            return false;
        }
        QList<SearchFilter> parsed;
        for (const QJsonValue &f : filters) {
            auto filter = SearchFilter::parse(f.toObject(), type, s.searchEqIgnoresCase, error);
            if (!filter)
                return false;
            parsed.append(std::move(*filter));
        }
        request->groups.append(std::move(parsed));
    }
    if (total > s.searchMaxFilters) {
        *error = QStringLiteral("Too many filters (%1). The limit is %2 across all filter groups.")
                     .arg(total)
                     .arg(s.searchMaxFilters);
        return false;
    }
    return true;
}

/// sorts: ["name"] (ascending, as in HubSpot's spec) or [{"propertyName": "name", "direction": "DESCENDING"}].
bool parseSorts(
    const QJsonValue &json, const ObjectDef &type, const Scenario &s, SearchRequest *request, QString *error)
{
    const QJsonArray sorts = json.toArray();
    if (sorts.size() > s.searchMaxSorts)
        return *error = QStringLiteral("Too many sorts (%1). The limit is %2.").arg(sorts.size()).arg(s.searchMaxSorts),
               false;
    for (const QJsonValue &v : sorts) {
        SortKey key;
        if (v.isString()) {
            key.property = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            key.property = o.value(QStringLiteral("propertyName")).toString();
            const QString direction = o.value(QStringLiteral("direction")).toString(QStringLiteral("ASCENDING"));
            if (direction != u"ASCENDING" && direction != u"DESCENDING") {
                *error = QStringLiteral("Invalid sort direction \"%1\": use ASCENDING or DESCENDING").arg(direction);
                return false;
            }
            key.descending = direction == u"DESCENDING";
        }
        if (key.property.isEmpty())
            return *error = QStringLiteral("a sort needs propertyName"), false;
        key.kind = searchKindOf(type, key.property);
        request->sorts.append(key);
    }
    return true;
}

bool parseRequest(
    const QJsonObject &body, const ObjectDef &type, const Scenario &s, SearchRequest *request, QString *error)
{
    if (!parseFilterGroups(body.value(QStringLiteral("filterGroups")), type, s, request, error)
        || !parseSorts(body.value(QStringLiteral("sorts")), type, s, request, error))
        return false;
    request->query = body.value(QStringLiteral("query")).toString().trimmed();
    if (request->query.size() > 3000)
        return *error = QStringLiteral("query is limited to 3000 characters"), false;
    for (const QJsonValue &v : body.value(QStringLiteral("properties")).toArray())
        request->properties.append(v.toString());
    const QJsonValue limit = body.value(QStringLiteral("limit"));
    if (!limit.isUndefined() && !limit.isNull()) {
        const auto n = wholeNumber(limit);
        if (!n || *n < 0 || *n > MaxLimit)
            return *error = QStringLiteral("limit must be a whole number from 0 to %1").arg(MaxLimit), false;
        request->limit = *n;
    }
    const QJsonValue after = body.value(QStringLiteral("after"));
    if (!after.isUndefined() && !after.isNull() && !(after.isString() && after.toString().isEmpty())) {
        const auto n = wholeNumber(after);
        if (!n || *n < 0)
            return *error = QStringLiteral("after must be a paging cursor from paging.next.after"), false;
        request->after = *n;
    }
    if (request->after >= s.searchMaxResults) {
        *error = QStringLiteral("The search can page through at most %1 results; narrow the filters instead.")
                     .arg(s.searchMaxResults);
        return false;
    }
    return true;
}

bool matchesQuery(const ObjectDef &type, const Record &record, const QString &query)
{
    for (const auto &[name, value] : record.properties) {
        if (searchKindOf(type, name) == SearchValueKind::Text && value.contains(query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool matches(const SearchRequest &request, const ObjectDef &type, const Record &record)
{
    if (!request.query.isEmpty() && !matchesQuery(type, record, request.query))
        return false;
    if (request.groups.isEmpty())
        return true;
    return std::any_of(request.groups.cbegin(), request.groups.cend(), [&](const QList<SearchFilter> &group) {
        return std::all_of(group.cbegin(), group.cend(), [&](const SearchFilter &f) { return f.matches(record); });
    });
}

/// Record ids are numeric strings: shorter is smaller.
bool idLess(const Record *a, const Record *b)
{
    return a->id.size() != b->id.size() ? a->id.size() < b->id.size() : a->id < b->id;
}

void sortResults(QList<const Record *> &found, const QList<SortKey> &sorts)
{
    std::sort(found.begin(), found.end(), [&sorts](const Record *a, const Record *b) {
        for (const SortKey &key : sorts) {
            const std::optional<QString> va = searchValueOf(*a, key.property);
            const std::optional<QString> vb = searchValueOf(*b, key.property);
            const bool hasA = va && !va->isEmpty(), hasB = vb && !vb->isEmpty();
            if (hasA != hasB)
                return hasA; // records without a value come last either way
            if (!hasA)
                continue;
            const int c = compareSearchValues(key.kind, *va, *vb, true).value_or(va->compare(*vb, Qt::CaseInsensitive));
            if (c != 0)
                return key.descending ? c > 0 : c < 0;
        }
        return idLess(a, b);
    });
}

void writeResult(JsonWriter &json, const Record &record, const QStringList &names)
{
    json.beginObject();
    json.key("id");
    json.value(record.id);
    json.key("properties");
    json.beginObject();
    for (const QString &name : names) {
        json.key(name);
        if (const std::optional<QString> v = searchValueOf(record, name))
            json.value(*v);
        else
            json.null();
    }
    json.endObject();
    json.key("createdAt");
    json.value(record.createdAt);
    json.key("updatedAt");
    json.value(record.updatedAt);
    json.key("archived");
    json.value(false);
    json.endObject();
}

} // namespace

SearchHandler::SearchHandler(const Portal &portal, SearchIndexLag &lag, const Scenario &scenario)
    : m_portal(portal)
    , m_lag(lag)
    , m_scenario(scenario)
{
}

HttpReply SearchHandler::search(const ObjectDef &type, const QByteArray &body, const CallContext &call)
{
    QJsonParseError parseError;
    const QJsonDocument doc
        = body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body, &parseError);
    if (!body.trimmed().isEmpty() && (parseError.error != QJsonParseError::NoError || !doc.isObject())) {
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Invalid input JSON on line 1, column %1: %2")
                .arg(parseError.offset + 1)
                .arg(parseError.errorString()),
            call.correlationId);
    }
    SearchRequest request;
    QString error;
    if (!parseRequest(doc.object(), type, m_scenario, &request, &error))
        return HttpReply::error(400, QStringLiteral("VALIDATION_ERROR"), error, call.correlationId);

    const bool lagging = m_scenario.searchIndexDelayMs > 0;
    const QString cutoff
        = lagging ? call.now.addMSecs(-m_scenario.searchIndexDelayMs).toString(Qt::ISODateWithMs) : QString();
    if (lagging)
        m_lag.forget(cutoff);
    QList<const Record *> found;
    const QHash<QString, Record> &records = m_portal.records(type.typeId);
    for (const Record &current : records) {
        if (current.archived)
            continue;
        const Record *record = lagging ? m_lag.visible(type.typeId, current, cutoff) : &current;
        if (record && matches(request, type, *record))
            found.append(record);
    }
    sortResults(found, request.sorts);

    QStringList names = request.properties.isEmpty() ? defaultProperties(type) : request.properties;
    names.removeIf([&type](const QString &name) {
        return !type.property(name) && name != u"hs_object_id" && name != u"hs_createdate";
    });
    for (const QString &name : alwaysReturned()) {
        if (!names.contains(name))
            names.append(name);
    }
    const qint64 total = found.size();
    const qint64 reachable = qMin<qint64>(total, m_scenario.searchMaxResults);
    const qint64 end = qMin(reachable, request.after + request.limit);
    HttpReply reply;
    JsonWriter json(&reply.body);
    json.beginObject();
    json.key("total");
    json.value(total);
    json.key("results");
    json.beginArray();
    for (qint64 i = request.after; i < end; ++i)
        writeResult(json, *found.at(i), names);
    json.endArray();
    if (end < reachable && request.limit > 0) {
        json.key("paging");
        json.beginObject();
        json.key("next");
        json.beginObject();
        json.key("after");
        json.value(QString::number(end));
        json.key("link");
        json.value(QStringLiteral("?after=%1").arg(end));
        json.endObject();
        json.endObject();
    }
    json.endObject();
    return reply;
}

} // namespace Batchsmith::Sandbox
