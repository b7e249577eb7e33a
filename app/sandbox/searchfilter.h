// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Batchsmith::Sandbox {

struct ObjectDef;
struct Record;

/// How a property's values compare in search: as text, numbers, instants (epoch ms) or booleans.
enum class SearchValueKind { Text, Number, Time, Bool };

/// The kind of @p property of @p type: from its catalogue type; hs_object_id is a number, dates are instants.
SearchValueKind searchKindOf(const ObjectDef &type, const QString &property);

/// A record's value of @p property as search sees it: the stored value, or for hs_createdate the creation time.
std::optional<QString> searchValueOf(const Record &record, const QString &property);

/// Orders two present values of one kind: < 0, 0, > 0; nullopt when either does not parse as that kind.
std::optional<int> compareSearchValues(
    SearchValueKind kind, const QString &left, const QString &right, bool ignoreCase = false);

/**
 * One filter of a CRM search request (PublicObjectSearchRequest.filterGroups[].filters[], docs/hubspot-behaviour.md
 * §11.9), parsed and checked against the object type once, then tested against records.
 */
class SearchFilter final
{
public:
    enum class Op {
        Eq,
        Neq,
        In,
        NotIn,
        Gt,
        Gte,
        Lt,
        Lte,
        Between,
        HasProperty,
        NotHasProperty,
        ContainsToken,
        NotContainsToken
    };

    /// Parses @p json for @p type. Nullopt, with @p error saying what and where, for a bad filter.
    static std::optional<SearchFilter> parse(
        const QJsonObject &json, const ObjectDef &type, bool eqIgnoresCase, QString *error);

    bool matches(const Record &record) const;

private:
    /// Number and Time kinds: the filter's values read once, not once per record.
    void prepareNumbers();
    bool matchesNumber(const QString &value) const;
    bool equalsAny(const QString &value) const;
    bool containsToken(const QString &value) const;

    QString m_property;
    Op m_op = Op::Eq;
    SearchValueKind m_kind = SearchValueKind::Text;
    bool m_ignoreCase = true;
    QString m_value;
    QString m_highValue;
    QStringList m_values;
    double m_number = 0;
    double m_highNumber = 0;
    QList<double> m_numbers;
    QRegularExpression m_token; // CONTAINS_TOKEN: the value with * as a wildcard, case-insensitive
};

} // namespace Batchsmith::Sandbox
