// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/searchfilter.h"

#include <QDateTime>
#include <QJsonArray>

#include "sandbox/catalogue.h"
#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

namespace {

struct OpName
{
    const char16_t *name;
    SearchFilter::Op op;
};

constexpr OpName OpNames[] = { { u"EQ", SearchFilter::Op::Eq }, { u"NEQ", SearchFilter::Op::Neq },
    { u"IN", SearchFilter::Op::In }, { u"NOT_IN", SearchFilter::Op::NotIn }, { u"GT", SearchFilter::Op::Gt },
    { u"GTE", SearchFilter::Op::Gte }, { u"LT", SearchFilter::Op::Lt }, { u"LTE", SearchFilter::Op::Lte },
    { u"BETWEEN", SearchFilter::Op::Between }, { u"HAS_PROPERTY", SearchFilter::Op::HasProperty },
    { u"NOT_HAS_PROPERTY", SearchFilter::Op::NotHasProperty }, { u"CONTAINS_TOKEN", SearchFilter::Op::ContainsToken },
    { u"NOT_CONTAINS_TOKEN", SearchFilter::Op::NotContainsToken } };

/// Epoch milliseconds from "1733570000000", ISO 8601 ("2026-12-07T10:41:03.123Z", "…+01:00") or "2026-12-07" (UTC
/// midnight), as HubSpot accepts for date and datetime values.
/// "2026-12-07T10:41:03.123Z", the form the sandbox stores its own times in, without QDateTime's general parser: a
/// search may read the creation time of every record of a type.
std::optional<double> storedInstant(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    auto digits = [&text](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2), hour = digits(11, 2),
              minute = digits(14, 2), second = digits(17, 2), ms = digits(20, 3);
    const QDate date(year, month, day);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    constexpr qint64 MsPerDay = 86400000;
    return double((date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + hour * 3600000LL + minute * 60000LL
        + second * 1000LL + ms);
}

std::optional<double> instant(const QString &text)
{
    if (const auto stored = storedInstant(text))
        return stored;
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return double(ms);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        return double(at.toMSecsSinceEpoch());
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return double(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    return std::nullopt;
}

std::optional<double> numberOf(SearchValueKind kind, const QString &text)
{
    if (kind == SearchValueKind::Time)
        return instant(text.trimmed());
    bool ok = false;
    const double n = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(n) : std::nullopt;
}

bool isStringValue(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

QString stringOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

SearchValueKind searchKindOf(const ObjectDef &type, const QString &property)
{
    if (property == u"hs_object_id")
        return SearchValueKind::Number;
    if (property == u"hs_createdate" || property == u"createdate" || property == u"lastmodifieddate"
        || property == u"hs_lastmodifieddate")
        return SearchValueKind::Time;
    const PropertyDef *p = type.property(property);
    if (!p)
        return SearchValueKind::Text;
    if (p->type == u"number")
        return SearchValueKind::Number;
    if (p->type == u"date" || p->type == u"datetime" || p->type == u"dateTime")
        return SearchValueKind::Time;
    if (p->type == u"bool")
        return SearchValueKind::Bool;
    return SearchValueKind::Text;
}

std::optional<QString> searchValueOf(const Record &record, const QString &property)
{
    if (std::optional<QString> v = record.value(property))
        return v;
    if (property == u"hs_createdate") // in the catalogue, never stored: the record's creation time
        return record.createdAt;
    return std::nullopt;
}

std::optional<int> compareSearchValues(SearchValueKind kind, const QString &left, const QString &right, bool ignoreCase)
{
    switch (kind) {
    case SearchValueKind::Number:
    case SearchValueKind::Time: {
        const auto l = numberOf(kind, left), r = numberOf(kind, right);
        if (!l || !r)
            return std::nullopt;
        return *l < *r ? -1 : *l > *r ? 1 : 0;
    }
    case SearchValueKind::Bool:
        return left.trimmed().compare(right.trimmed(), Qt::CaseInsensitive);
    case SearchValueKind::Text:
        break;
    }
    return left.compare(right, ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive);
}

std::optional<SearchFilter> SearchFilter::parse(
    const QJsonObject &json, const ObjectDef &type, bool eqIgnoresCase, QString *error)
{
    SearchFilter f;
    f.m_property = json.value(QStringLiteral("propertyName")).toString();
    if (f.m_property.isEmpty())
        return *error = QStringLiteral("a filter needs propertyName"), std::nullopt;
    if (!type.property(f.m_property) && f.m_property != u"hs_object_id" && f.m_property != u"hs_createdate") {
        *error = QStringLiteral("Property \"%1\" does not exist on %2").arg(f.m_property, type.name);
        return std::nullopt;
    }
    const QString op = json.value(QStringLiteral("operator")).toString();
    bool known = false;
    for (const OpName &o : OpNames) {
        if (op == QStringView(o.name)) {
            f.m_op = o.op;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("Invalid operator \"%1\" in the filter on %2").arg(op, f.m_property);
        return std::nullopt;
    }
    f.m_kind = searchKindOf(type, f.m_property);
    f.m_ignoreCase = eqIgnoresCase;
    const QJsonValue value = json.value(QStringLiteral("value"));
    const QJsonValue high = json.value(QStringLiteral("highValue"));
    f.m_value = stringOf(value);
    f.m_highValue = stringOf(high);
    for (const QJsonValue &v : json.value(QStringLiteral("values")).toArray())
        f.m_values.append(stringOf(v));
    auto needs = [&](const char *what) {
        *error = QStringLiteral("Operator %1 needs %2 (filter on %3)").arg(op, QLatin1String(what), f.m_property);
        return std::nullopt;
    };
    auto parses = [&](const QString &v) { return f.m_kind == SearchValueKind::Text || numberOf(f.m_kind, v); };
    switch (f.m_op) {
    case Op::HasProperty:
    case Op::NotHasProperty:
        return f;
    case Op::In:
    case Op::NotIn:
        if (f.m_values.isEmpty())
            return needs("values");
        for (const QString &v : std::as_const(f.m_values)) {
            if (!parses(v))
                return *error = QStringLiteral("%1 is not a valid value for %2").arg(v, f.m_property), std::nullopt;
        }
        f.prepareNumbers();
        return f;
    case Op::Between:
        if (!isStringValue(value) || !isStringValue(high))
            return needs("value and highValue");
        break;
    case Op::ContainsToken:
    case Op::NotContainsToken: {
        if (!isStringValue(value))
            return needs("value");
        QStringList parts = f.m_value.split(u'*');
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        f.m_token = QRegularExpression(
            QStringLiteral("^%1$").arg(parts.join(QStringLiteral(".*"))), QRegularExpression::CaseInsensitiveOption);
        return f;
    }
    default:
        if (!isStringValue(value))
            return needs("value");
    }
    if (!parses(f.m_value) || (f.m_op == Op::Between && !parses(f.m_highValue))) {
        *error = QStringLiteral("%1 is not a valid value for %2").arg(f.m_value, f.m_property);
        return std::nullopt;
    }
    f.prepareNumbers();
    return f;
}

void SearchFilter::prepareNumbers()
{
    if (m_kind != SearchValueKind::Number && m_kind != SearchValueKind::Time)
        return;
    m_number = numberOf(m_kind, m_value).value_or(0);
    m_highNumber = numberOf(m_kind, m_highValue).value_or(0);
    for (const QString &v : std::as_const(m_values))
        m_numbers.append(numberOf(m_kind, v).value_or(0));
}

bool SearchFilter::matchesNumber(const QString &value) const
{
    const auto n = numberOf(m_kind, value);
    if (!n) // a stored value that does not read as a number or instant equals nothing
        return m_op == Op::Neq || m_op == Op::NotIn;
    const double v = *n;
    switch (m_op) {
    case Op::Eq:
        return v == m_number;
    case Op::Neq:
        return v != m_number;
    case Op::In:
        return m_numbers.contains(v);
    case Op::NotIn:
        return !m_numbers.contains(v);
    case Op::Gt:
        return v > m_number;
    case Op::Gte:
        return v >= m_number;
    case Op::Lt:
        return v < m_number;
    case Op::Lte:
        return v <= m_number;
    case Op::Between:
        return v >= m_number && v <= m_highNumber;
    default:
        return false;
    }
}

bool SearchFilter::equalsAny(const QString &value) const
{
    auto same = [&](const QString &other) {
        const auto c = compareSearchValues(m_kind, value, other, m_ignoreCase);
        return c && *c == 0;
    };
    if (m_op == Op::Eq || m_op == Op::Neq)
        return same(m_value);
    return std::any_of(m_values.cbegin(), m_values.cend(), same);
}

bool SearchFilter::containsToken(const QString &value) const
{
    static const QRegularExpression separators(QStringLiteral("[^\\w@.]+"));
    const QStringList tokens = value.split(separators, Qt::SkipEmptyParts);
    return std::any_of(
        tokens.cbegin(), tokens.cend(), [this](const QString &t) { return m_token.match(t).hasMatch(); });
}

bool SearchFilter::matches(const Record &record) const
{
    const std::optional<QString> found = searchValueOf(record, m_property);
    const bool present = found && !found->isEmpty();
    // Negative operators match records without a value too (unverified, docs/hubspot-behaviour.md §12).
    switch (m_op) {
    case Op::HasProperty:
        return present;
    case Op::NotHasProperty:
        return !present;
    case Op::Neq:
    case Op::NotIn:
        if (present && (m_kind == SearchValueKind::Number || m_kind == SearchValueKind::Time))
            return matchesNumber(*found);
        return !present || !equalsAny(*found);
    case Op::NotContainsToken:
        return !present || !containsToken(*found);
    default:
        break;
    }
    if (!present)
        return false;
    const QString &v = *found;
    if ((m_kind == SearchValueKind::Number || m_kind == SearchValueKind::Time) && m_op != Op::ContainsToken)
        return matchesNumber(v);
    switch (m_op) {
    case Op::Eq:
    case Op::In:
        return equalsAny(v);
    case Op::ContainsToken:
        return containsToken(v);
    case Op::Between: {
        const auto low = compareSearchValues(m_kind, v, m_value, m_ignoreCase);
        const auto high = compareSearchValues(m_kind, v, m_highValue, m_ignoreCase);
        return low && high && *low >= 0 && *high <= 0;
    }
    default:
        break;
    }
    const auto c = compareSearchValues(m_kind, v, m_value, m_ignoreCase);
    if (!c)
        return false;
    switch (m_op) {
    case Op::Gt:
        return *c > 0;
    case Op::Gte:
        return *c >= 0;
    case Op::Lt:
        return *c < 0;
    case Op::Lte:
        return *c <= 0;
    default:
        return false;
    }
}

} // namespace Batchsmith::Sandbox
