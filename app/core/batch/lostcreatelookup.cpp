// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/lostcreatelookup.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/api/requestbuilder.h"

namespace Batchsmith {

qint64 ServerClockSkew::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return -1;
    // IMF-fixdate, "Mon, 07 Dec 2026 10:41:04 GMT" (RFC 9110 §5.6.7); the obsolete RFC 850 and asctime forms are
    // not read. Qt's RFC 2822 reader refuses the zone name GMT, so the fixed format is read as it is.
    if (text.endsWith(QStringLiteral(" GMT"))) {
        QDateTime date = QDateTime::fromString(text.chopped(4), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            return date.toMSecsSinceEpoch();
        }
    }
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date); // "+0000" zones
    return date.isValid() ? date.toMSecsSinceEpoch() : -1;
}

void ServerClockSkew::observe(const QByteArray &dateHeader, qint64 localMs)
{
    const qint64 server = parseHttpDate(dateHeader);
    if (server < 0)
        return;
    // The server stamped Date (truncated to the second) before we received it: server - local is at least this.
    m_recent.append(server - localMs);
    if (m_recent.size() > Kept)
        m_recent.removeFirst();
}

qint64 ServerClockSkew::skewMs() const
{
    return m_recent.isEmpty() ? 0 : *std::max_element(m_recent.cbegin(), m_recent.cend());
}

namespace LostCreateLookup {

namespace {

qint64 parseTime(const QString &text)
{
    if (text.isEmpty())
        return -1;
    bool number = false;
    const qint64 ms = text.toLongLong(&number);
    if (number)
        return ms;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    return date.isValid() ? date.toMSecsSinceEpoch() : -1;
}

bool isDateType(const QString &type)
{
    return type == u"date" || type == u"datetime" || type == u"dateTime";
}

/// Whether a search can match the value as it was sent. Dates are stored as instants and multiple checkbox options
/// as a set, so EQ on the text sent may miss the record, and a miss sends the create again.
bool searchable(const QString &value, const QString &type)
{
    if (isDateType(type))
        return false;
    if (type.isEmpty() || type == u"enumeration") {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
        if (value.contains(u';') || (type.isEmpty() && date.match(value).hasMatch()))
            return false;
    }
    return true;
}

} // namespace

qint64 createdMs(const ParsedResult &result)
{
    const qint64 fromProperty = parseTime(result.properties.value(QStringLiteral("createdate")));
    return fromProperty >= 0 ? fromProperty : parseTime(result.createdAt);
}

Claim claim(const ParsedResult &result, qint64 firstSentMs, const ServerClockSkew &skew)
{
    const qint64 created = createdMs(result);
    if (firstSentMs <= 0 || created < 0)
        return Claim::Unproven;
    return created >= skew.earliestServerMs(firstSentMs) ? Claim::Ours : Claim::Existed;
}

QStringList searchProperties(const Row &row, const QHash<QString, QString> &typeOf, int max)
{
    QStringList names;
    for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it) {
        if (it.value().trimmed().isEmpty() || !searchable(it.value().trimmed(), typeOf.value(it.key())))
            continue;
        if (!typeOf.isEmpty() && !typeOf.contains(it.key()))
            continue; // not a property of the type (the create would have been refused)
        names.append(it.key());
    }
    // Longer values tell records apart better than short codes (a stage, a yes/no, a currency); ties by name so
    // that the same row always searches the same way.
    std::stable_sort(names.begin(), names.end(), [&row](const QString &a, const QString &b) {
        return row.properties.value(a).size() > row.properties.value(b).size();
    });
    return names.mid(0, max);
}

QString searchPath(const BatchSpec &spec)
{
    return RequestBuilder::objectsPath(spec.apiVersion, spec.objectType) + QStringLiteral("/search");
}

QByteArray searchBody(const Row &row, const QStringList &properties, qint64 createdFromServerMs)
{
    QJsonArray filters;
    for (const QString &name : properties) {
        filters.append(QJsonObject { { QStringLiteral("propertyName"), name },
            { QStringLiteral("operator"), QStringLiteral("EQ") },
            { QStringLiteral("value"), row.properties.value(name).trimmed() } });
    }
    if (createdFromServerMs > 0) {
        filters.append(QJsonObject { { QStringLiteral("propertyName"), QStringLiteral("createdate") },
            { QStringLiteral("operator"), QStringLiteral("GTE") },
            { QStringLiteral("value"), QString::number(createdFromServerMs) } });
    }
    QStringList wanted = properties;
    wanted.append(QStringLiteral("createdate"));
    const QJsonObject body { { QStringLiteral("filterGroups"),
                                 QJsonArray { QJsonObject { { QStringLiteral("filters"), filters } } } },
        { QStringLiteral("properties"), QJsonArray::fromStringList(wanted) }, { QStringLiteral("limit"), 2 } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

SearchAnswer parseSearch(const QByteArray &body)
{
    SearchAnswer answer;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return answer;
    answer.results = BatchResponseParser::parse(body).results;
    const QJsonValue total = doc.object().value(QStringLiteral("total"));
    answer.total = total.isDouble() ? qMax(total.toInt(), int(answer.results.size())) : int(answer.results.size());
    return answer;
}

} // namespace LostCreateLookup

} // namespace Batchsmith
