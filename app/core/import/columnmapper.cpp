// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/columnmapper.h"

#include <algorithm>
#include <utility>

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

const QString AssocPrefix = u"assoc:"_s;

struct OutcomeName
{
    QLatin1StringView key;
    ColumnTarget::Outcome outcome;
};

constexpr OutcomeName OutcomeNames[] = {
    { QLatin1StringView("__status"), ColumnTarget::Outcome::Status },
    { QLatin1StringView("__id"), ColumnTarget::Outcome::Id },
    { QLatin1StringView("__error"), ColumnTarget::Outcome::Error },
};

struct CommonHeader
{
    QLatin1StringView header; // compact()
    QLatin1StringView names; // HubSpot default properties, the first that the type has wins
};

// Headers other exports (HubSpot's own, Salesforce's, spreadsheets) give HubSpot's default contact and company
// properties, compacted; the names are HubSpot's (docs/hubspot-behaviour.md §2.4). "company name" is the contact's
// company field on contacts and the name on companies.
constexpr CommonHeader CommonHeaders[] = {
    { QLatin1StringView("givenname"), QLatin1StringView("firstname") },
    { QLatin1StringView("forename"), QLatin1StringView("firstname") },
    { QLatin1StringView("surname"), QLatin1StringView("lastname") },
    { QLatin1StringView("familyname"), QLatin1StringView("lastname") },
    { QLatin1StringView("emailaddress"), QLatin1StringView("email") },
    { QLatin1StringView("phone"), QLatin1StringView("phone") },
    { QLatin1StringView("telephone"), QLatin1StringView("phone") },
    { QLatin1StringView("businessphone"), QLatin1StringView("phone") },
    { QLatin1StringView("workphone"), QLatin1StringView("phone") },
    { QLatin1StringView("officephone"), QLatin1StringView("phone") },
    { QLatin1StringView("mobilenumber"), QLatin1StringView("mobilephone") },
    { QLatin1StringView("cellphone"), QLatin1StringView("mobilephone") },
    { QLatin1StringView("fax"), QLatin1StringView("fax") },
    { QLatin1StringView("company"), QLatin1StringView("company name") },
    { QLatin1StringView("companyname"), QLatin1StringView("company name") },
    { QLatin1StringView("account"), QLatin1StringView("company name") },
    { QLatin1StringView("accountname"), QLatin1StringView("company name") },
    { QLatin1StringView("organization"), QLatin1StringView("company name") },
    { QLatin1StringView("organisation"), QLatin1StringView("company name") },
    { QLatin1StringView("title"), QLatin1StringView("jobtitle") },
    { QLatin1StringView("position"), QLatin1StringView("jobtitle") },
    { QLatin1StringView("homepage"), QLatin1StringView("website") },
    { QLatin1StringView("companywebsite"), QLatin1StringView("website") },
    { QLatin1StringView("companydomain"), QLatin1StringView("domain") },
    { QLatin1StringView("domainname"), QLatin1StringView("domain") },
    { QLatin1StringView("street"), QLatin1StringView("address") },
    { QLatin1StringView("address1"), QLatin1StringView("address") },
    { QLatin1StringView("addressline1"), QLatin1StringView("address") },
    { QLatin1StringView("streetaddress1"), QLatin1StringView("address") },
    { QLatin1StringView("mailingstreet"), QLatin1StringView("address") },
    { QLatin1StringView("billingstreet"), QLatin1StringView("address") },
    { QLatin1StringView("addressline2"), QLatin1StringView("address2") },
    { QLatin1StringView("street2"), QLatin1StringView("address2") },
    { QLatin1StringView("town"), QLatin1StringView("city") },
    { QLatin1StringView("mailingcity"), QLatin1StringView("city") },
    { QLatin1StringView("billingcity"), QLatin1StringView("city") },
    { QLatin1StringView("region"), QLatin1StringView("state") },
    { QLatin1StringView("province"), QLatin1StringView("state") },
    { QLatin1StringView("stateprovince"), QLatin1StringView("state") },
    { QLatin1StringView("mailingstate"), QLatin1StringView("state") },
    { QLatin1StringView("mailingstateprovince"), QLatin1StringView("state") },
    { QLatin1StringView("billingstateprovince"), QLatin1StringView("state") },
    { QLatin1StringView("zipcode"), QLatin1StringView("zip") },
    { QLatin1StringView("postcode"), QLatin1StringView("zip") },
    { QLatin1StringView("zippostalcode"), QLatin1StringView("zip") },
    { QLatin1StringView("mailingzippostalcode"), QLatin1StringView("zip") },
    { QLatin1StringView("billingzippostalcode"), QLatin1StringView("zip") },
    { QLatin1StringView("mailingcountry"), QLatin1StringView("country") },
    { QLatin1StringView("billingcountry"), QLatin1StringView("country") },
    { QLatin1StringView("revenue"), QLatin1StringView("annualrevenue") },
    { QLatin1StringView("employees"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("noofemployees"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("numberofemployees"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("employeecount"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("companysize"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("headcount"), QLatin1StringView("numemployees numberofemployees") },
    { QLatin1StringView("owner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("ownerid"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("ownername"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("contactowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("companyowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("dealowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("ticketowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("leadowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("accountowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("recordowner"), QLatin1StringView("hubspot_owner_id") },
    { QLatin1StringView("lifecycle"), QLatin1StringView("lifecyclestage") },
    { QLatin1StringView("leadstatus"), QLatin1StringView("hs_lead_status") },
    { QLatin1StringView("yearfounded"), QLatin1StringView("founded_year") },
    { QLatin1StringView("opportunityname"), QLatin1StringView("dealname") },
    { QLatin1StringView("dealamount"), QLatin1StringView("amount") },
    { QLatin1StringView("stage"), QLatin1StringView("dealstage hs_pipeline_stage") },
};

} // namespace

ColumnTarget ColumnTarget::skip()
{
    ColumnTarget target;
    target.kind = Kind::Skip;
    return target;
}

ColumnTarget ColumnTarget::data(const TableColumn &column)
{
    ColumnTarget target;
    target.kind = Kind::Data;
    target.column = column;
    return target;
}

ColumnTarget ColumnTarget::outcomeColumn(Outcome outcome)
{
    ColumnTarget target;
    target.kind = Kind::Outcome;
    target.outcome = outcome;
    return target;
}

QString ColumnTarget::key() const
{
    switch (kind) {
    case Kind::Data:
        return column.key();
    case Kind::Outcome:
        for (const OutcomeName &name : OutcomeNames) {
            if (name.outcome == outcome)
                return QString(name.key);
        }
        return {};
    case Kind::Unmatched:
    case Kind::Skip:
        break;
    }
    return {};
}

ColumnMapper::ColumnMapper(
    QList<PropertyInfo> properties, QList<TableColumn> associations, QList<ObjectTypeEntry> objectTypes)
    : m_properties(std::move(properties))
    , m_associations(std::move(associations))
    , m_objectTypes(std::move(objectTypes))
{
    std::stable_sort(m_properties.begin(), m_properties.end(),
        [](const PropertyInfo &a, const PropertyInfo &b) { return QString::localeAwareCompare(a.label, b.label) < 0; });
    for (const PropertyInfo &property : std::as_const(m_properties)) {
        m_normalizedNames.append(normalized(property.name));
        m_normalizedLabels.append(normalized(property.label));
        m_compactNames.append(compact(property.name));
        m_compactLabels.append(compact(property.label));
    }
}

QString ColumnMapper::normalized(const QString &text)
{
    // NFD splits "é" into "e" and a combining accent, which is then dropped; "ß" and ligatures case-fold as Qt does.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded().simplified();
}

QString ColumnMapper::compact(const QString &text)
{
    const QString norm = normalized(text);
    QString out;
    out.reserve(norm.size());
    for (const QChar c : norm) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

std::optional<ColumnTarget::Outcome> ColumnMapper::outcomeFor(const QString &header)
{
    const QString norm = header.trimmed().toLower();
    for (const OutcomeName &name : OutcomeNames) {
        if (norm == name.key)
            return name.outcome;
    }
    return std::nullopt;
}

std::optional<TableColumn> ColumnMapper::associationForKey(const QString &key) const
{
    const QString trimmed = key.trimmed();
    if (!trimmed.startsWith(AssocPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    for (const TableColumn &column : m_associations) {
        if (column.key().compare(trimmed, Qt::CaseInsensitive) == 0)
            return column;
    }
    // Not among the known labels: read it as the CLI does, assoc:<type>:<typeId> or assoc:<type>:<CATEGORY>:<typeId>.
    const QStringList parts = trimmed.split(u':');
    static const QStringList categories { u"HUBSPOT_DEFINED"_s, u"USER_DEFINED"_s, u"INTEGRATOR_DEFINED"_s };
    AssociationLabelInfo label;
    bool ok = false;
    if (parts.size() == 3) {
        label.category = u"HUBSPOT_DEFINED"_s;
        label.typeId = parts.at(2).toInt(&ok);
    } else if (parts.size() == 4 && categories.contains(parts.at(2).toUpper())) {
        label.category = parts.at(2).toUpper();
        label.typeId = parts.at(3).toInt(&ok);
    }
    const QString toType = parts.value(1);
    if (!ok || label.typeId <= 0 || toType.isEmpty())
        return std::nullopt;
    QString toLabel;
    for (const ObjectTypeEntry &type : m_objectTypes) {
        if (type.name.compare(toType, Qt::CaseInsensitive) == 0 || type.objectTypeId == toType)
            toLabel = type.singularLabel;
    }
    return TableColumn::forAssociation(toType, toLabel, label);
}

std::optional<ColumnTarget> ColumnMapper::targetForKey(const QString &key) const
{
    if (const auto outcome = outcomeFor(key))
        return ColumnTarget::outcomeColumn(*outcome);
    if (const auto association = associationForKey(key))
        return ColumnTarget::data(*association);
    for (const PropertyInfo &property : m_properties) {
        if (property.name == key && property.isWritable())
            return ColumnTarget::data(TableColumn::forProperty(property));
    }
    return std::nullopt;
}

QList<TableColumn> ColumnMapper::offeredColumns() const
{
    QList<TableColumn> columns;
    for (const PropertyInfo &property : m_properties) {
        if (property.isWritable())
            columns.append(TableColumn::forProperty(property));
    }
    columns.append(m_associations);
    return columns;
}

ColumnMatch ColumnMapper::matchProperty(const QString &header, const QString &norm) const
{
    ColumnMatch match { header, {}, ColumnMatch::Reason::None, {} };
    // The internal name first: it is unique, and it is what the CLI and HubSpot's own exports write.
    for (qsizetype i = 0; i < m_properties.size(); ++i) {
        if (m_normalizedNames.at(i) != norm)
            continue;
        const PropertyInfo &property = m_properties.at(i);
        if (!property.isWritable()) {
            match.target = ColumnTarget::skip();
            match.reason = ColumnMatch::Reason::ReadOnly;
            match.detail = property.name;
            return match;
        }
        match.target = ColumnTarget::data(TableColumn::forProperty(property));
        match.reason = ColumnMatch::Reason::InternalName;
        return match;
    }
    QList<const PropertyInfo *> byLabel;
    const PropertyInfo *readOnly = nullptr;
    for (qsizetype i = 0; i < m_properties.size(); ++i) {
        if (m_normalizedLabels.at(i) != norm)
            continue;
        const PropertyInfo &property = m_properties.at(i);
        if (property.isWritable())
            byLabel.append(&property);
        else if (!readOnly)
            readOnly = &property;
    }
    if (byLabel.size() == 1) {
        match.target = ColumnTarget::data(TableColumn::forProperty(*byLabel.constFirst()));
        match.reason = ColumnMatch::Reason::Label;
    } else if (byLabel.size() > 1) {
        QStringList names;
        for (const PropertyInfo *property : std::as_const(byLabel))
            names.append(property->name);
        match.reason = ColumnMatch::Reason::Ambiguous;
        match.detail = names.join(u", "_s);
    } else if (readOnly) {
        match.target = ColumnTarget::skip();
        match.reason = ColumnMatch::Reason::ReadOnly;
        match.detail = readOnly->name;
    } else {
        for (const TableColumn &column : m_associations) {
            if (normalized(column.title()) == norm) {
                match.target = ColumnTarget::data(column);
                match.reason = ColumnMatch::Reason::Label;
                break;
            }
        }
    }
    return match.reason == ColumnMatch::Reason::None ? matchLoosely(header) : match;
}

ColumnMatch ColumnMapper::matchLoosely(const QString &header) const
{
    ColumnMatch match { header, {}, ColumnMatch::Reason::None, {} };
    const QString key = compact(header);
    if (key.isEmpty())
        return match;
    const auto take = [&match](const PropertyInfo &property, ColumnMatch::Reason reason) {
        if (property.isWritable()) {
            match.target = ColumnTarget::data(TableColumn::forProperty(property));
            match.reason = reason;
        } else {
            match.target = ColumnTarget::skip();
            match.reason = ColumnMatch::Reason::ReadOnly;
            match.detail = property.name;
        }
        return match;
    };
    // Spaces, underscores and punctuation ignored: "first_name", "E-mail", "Zip/Postal code" for a label so written.
    const auto unique
        = [&key](const QStringList &compacted) { return compacted.count(key) == 1 ? compacted.indexOf(key) : -1; };
    if (const qsizetype i = unique(m_compactNames); i >= 0)
        return take(m_properties.at(i), ColumnMatch::Reason::InternalName);
    if (const qsizetype i = unique(m_compactLabels); i >= 0)
        return take(m_properties.at(i), ColumnMatch::Reason::Label);
    for (const CommonHeader &common : CommonHeaders) {
        if (common.header != key)
            continue;
        for (const QString &name : QString(common.names).split(u' ')) {
            for (const PropertyInfo &property : m_properties) {
                if (property.name == name)
                    return take(property, ColumnMatch::Reason::CommonName);
            }
        }
    }
    return match;
}

ColumnMatch ColumnMapper::automaticMatch(const QString &header) const
{
    const QString norm = normalized(header);
    if (norm.isEmpty())
        return { header, {}, ColumnMatch::Reason::Empty, {} };
    if (const auto outcome = outcomeFor(header))
        return { header, ColumnTarget::outcomeColumn(*outcome), ColumnMatch::Reason::OutcomeColumn, {} };
    if (header.trimmed().startsWith(AssocPrefix, Qt::CaseInsensitive)) {
        if (const auto association = associationForKey(header))
            return { header, ColumnTarget::data(*association), ColumnMatch::Reason::InternalName, {} };
        return { header, {}, ColumnMatch::Reason::None, {} };
    }
    return matchProperty(header, norm);
}

QList<ColumnMatch> ColumnMapper::match(const QStringList &header) const
{
    QList<ColumnMatch> matches;
    matches.reserve(header.size());
    QMap<QString, QString> taken; // target key -> header that took it
    for (const QString &text : header) {
        ColumnMatch match = automaticMatch(text);
        const auto remembered = m_remembered.constFind(normalized(text));
        if (remembered != m_remembered.cend() && match.reason != ColumnMatch::Reason::Empty) {
            if (remembered->isEmpty()) {
                match = { text, ColumnTarget::skip(), ColumnMatch::Reason::Remembered, {} };
            } else if (const auto target = targetForKey(*remembered)) {
                match = { text, *target, ColumnMatch::Reason::Remembered, {} };
            }
        }
        const QString key = match.target.key();
        if (!key.isEmpty()) {
            if (const auto earlier = taken.constFind(key); earlier != taken.cend()) {
                match = { text, {}, ColumnMatch::Reason::Duplicate, *earlier };
            } else {
                taken.insert(key, text);
            }
        }
        matches.append(match);
    }
    return matches;
}

QMap<QString, QString> ColumnMapper::remember(
    QMap<QString, QString> previous, const QList<ColumnMatch> &finalChoices) const
{
    for (const ColumnMatch &choice : finalChoices) {
        const QString norm = normalized(choice.header);
        if (norm.isEmpty() || choice.target.kind == ColumnTarget::Kind::Unmatched)
            continue;
        const ColumnMatch automatic = automaticMatch(choice.header);
        if (automatic.target == choice.target)
            previous.remove(norm);
        else
            previous.insert(norm, choice.target.key());
    }
    return previous;
}

std::optional<RowOutcome> ColumnMapper::outcomeFromCells(const QString &status, const QString &id, const QString &error)
{
    RowOutcome outcome;
    const QString text = status.trimmed();
    if (!text.isEmpty()) {
        const auto parsed = rowStatusFromString(text.toLower());
        if (!parsed)
            return std::nullopt;
        outcome.status = *parsed;
    }
    outcome.id = id.trimmed();
    const QString message = error.trimmed();
    if (message.isEmpty())
        return outcome;
    // ResultsWriter::errorText: "CATEGORY[/CODE]: message (property P)".
    static const QRegularExpression shape(
        u"^([A-Z][A-Z0-9_]*)(?:/([A-Z][A-Z0-9_]*))?: (.*?)(?: \\(property ([^()\\s]+)\\))?$"_s);
    const QRegularExpressionMatch parts = shape.match(message);
    if (parts.hasMatch()) {
        outcome.category = parts.captured(1);
        outcome.code = parts.captured(2);
        outcome.message = parts.captured(3);
        outcome.property = parts.captured(4);
    } else {
        outcome.message = message;
    }
    return outcome;
}

QList<int> ColumnMapper::dataColumnMap(const QList<ColumnMatch> &choices, const QList<TableColumn> &columns)
{
    QList<int> map;
    map.reserve(choices.size());
    for (const ColumnMatch &choice : choices) {
        int index = -1;
        if (choice.target.kind == ColumnTarget::Kind::Data) {
            const QString key = choice.target.column.key();
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (columns.at(i).key() == key) {
                    index = int(i);
                    break;
                }
            }
        }
        map.append(index);
    }
    return map;
}

QList<TableColumn> ColumnMapper::missingColumns(const QList<ColumnMatch> &choices, const QList<TableColumn> &existing)
{
    QSet<QString> have;
    for (const TableColumn &column : existing)
        have.insert(column.key());
    QList<TableColumn> missing;
    for (const ColumnMatch &choice : choices) {
        if (choice.target.kind != ColumnTarget::Kind::Data)
            continue;
        const QString key = choice.target.column.key();
        if (have.contains(key))
            continue;
        have.insert(key);
        missing.append(choice.target.column);
    }
    return missing;
}

} // namespace Batchsmith
