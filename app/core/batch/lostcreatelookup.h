// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/api/batchresponseparser.h"
#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * How far the server's clock is from ours, from the `Date` header of its answers (docs/hubspot-behaviour.md §5.7).
 * Each answer gives a lower bound of (server time - local time): the server stamped Date, truncated to the second,
 * before the answer reached us. The estimate is the largest lower bound of the last answers, so one slow answer
 * does not move it. Value type, owned by the engine run; GUI thread.
 */
class ServerClockSkew final
{
public:
    /// Margin taken off the earliest creation time this run can claim, for the server's own clocks (the record's
    /// createdate is not stamped by the machine that wrote Date) and for a skew estimated too high.
    static constexpr qint64 MarginMs = 1000;

    /// An answer with @p dateHeader (IMF-fixdate, "Mon, 07 Dec 2026 10:41:04 GMT") arrived at local @p localMs
    /// (milliseconds since the epoch). Ignored when the header is absent or unreadable.
    void observe(const QByteArray &dateHeader, qint64 localMs);

    bool known() const { return !m_recent.isEmpty(); }

    /// Server time minus local time, in milliseconds; 0 while no Date was seen.
    qint64 skewMs() const;

    /// The earliest server time a record written by a request that left at local @p localMs may carry as its
    /// createdate, with the margin taken off.
    qint64 earliestServerMs(qint64 localMs) const { return localMs + skewMs() - MarginMs; }

    static qint64 parseHttpDate(const QByteArray &value); // ms since the epoch, -1 when unreadable

private:
    static constexpr int Kept = 16;
    QList<qint64> m_recent; // lower bounds of the last answers, oldest first
};

/**
 * The pure half of settling a create whose answer was lost (docs/hubspot-behaviour.md §5.6): whether a record found
 * by a read or a search is this run's ("claim"), and the search request that looks for it when the object type has
 * no unique property the row fills.
 */
namespace LostCreateLookup {

/// HubSpot's search API caps (docs/hubspot-behaviour.md §5.7).
inline constexpr int MaxFiltersPerGroup = 6;
inline constexpr int SearchLimitPerSecond = 4;
/// A search that finds nothing is tried again this often, this long apart, before the row counts as not written
/// (the search index lags behind writes).
inline constexpr int DefaultSearchRetries = 2;
inline constexpr qint64 DefaultSearchRetryDelayMs = 5000;

enum class Claim {
    Ours, // created at or after the row's first send: this run created it
    Existed, // created before the row's first send: someone else's record
    Unproven, // the first send time or the record's creation time is unknown
};

/// The record's creation time from its `createdate` property, else its `createdAt`: ms since the epoch, or -1.
qint64 createdMs(const ParsedResult &result);

/// Whether @p result is the record the row's create wrote. @p firstSentMs: local wall time of the row's first send,
/// <= 0 when unknown.
Claim claim(const ParsedResult &result, qint64 firstSentMs, const ServerClockSkew &skew);

/// The properties a search for @p row filters on: non-empty sent values, most selective first (longest values;
/// never dates nor several checkbox options, whose stored form differs from what was sent: a search that misses
/// sends the create again), at most @p max. @p typeOf: property -> HubSpot type from the catalogue, empty when
/// unknown (then values that look like dates are left out too).
QStringList searchProperties(const Row &row, const QHash<QString, QString> &typeOf, int max);

/// "…/objects/{type}/search" for the spec's API version.
QString searchPath(const BatchSpec &spec);

/// A PublicObjectSearchRequest: EQ on each of @p properties with the row's value, and createdate GTE
/// @p createdFromServerMs when it is > 0; asks for the properties and createdate back, two results at most (one is
/// the answer, two say it is ambiguous).
QByteArray searchBody(const Row &row, const QStringList &properties, qint64 createdFromServerMs);

/// A search answer: its results and its total (the results' count when absent); total -1 when unreadable.
struct SearchAnswer
{
    int total = -1;
    QList<ParsedResult> results;
};

SearchAnswer parseSearch(const QByteArray &body);

} // namespace LostCreateLookup

} // namespace Batchsmith
