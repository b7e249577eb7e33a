// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/valuevalidator.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

#include "core/catalog/referenceoptions.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr qsizetype MaxLength = 65536; // docs/hubspot-behaviour.md §8.1
constexpr qint64 MsPerDay = 24LL * 60 * 60 * 1000;
constexpr int MaxListedOptions = 8;

using V = ValueValidator;

QString displayName(const PropertyInfo &property)
{
    return property.label.isEmpty() ? property.name : property.label;
}

bool isEmailProperty(const PropertyInfo &property)
{
    return property.name.compare(u"email"_s, Qt::CaseInsensitive) == 0
        || property.fieldType.contains(u"email"_s, Qt::CaseInsensitive)
        || property.type.contains(u"email"_s, Qt::CaseInsensitive);
}

bool isEpochMs(const QString &value, qint64 *ms)
{
    static const QRegularExpression re(u"^-?\\d{1,16}$"_s);
    if (!re.match(value).hasMatch())
        return false;
    bool ok = false;
    *ms = value.toLongLong(&ok);
    return ok;
}

/// "YYYY-MM-DD" with one- or two-digit month and day accepted when @p loose; an invalid QDate otherwise.
QDate parseIsoDate(const QString &value, bool loose, bool *wellFormed)
{
    static const QRegularExpression strict(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression lenient(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    const QRegularExpressionMatch m = (loose ? lenient : strict).match(value);
    *wellFormed = m.hasMatch();
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

const PropertyOption *findOption(const PropertyInfo &property, const QString &value)
{
    for (const PropertyOption &option : property.options) {
        if (option.value == value)
            return &option;
    }
    return nullptr;
}

/// The option a typed text stands for: its value exactly, else its value or label ignoring case.
const PropertyOption *matchOption(const PropertyInfo &property, const QString &text)
{
    if (const PropertyOption *exact = findOption(property, text))
        return exact;
    for (const PropertyOption &option : property.options) {
        if (option.value.compare(text, Qt::CaseInsensitive) == 0)
            return &option;
    }
    for (const PropertyOption &option : property.options) {
        if (option.label.compare(text, Qt::CaseInsensitive) == 0)
            return &option;
    }
    // An owner typed by email (ReferenceOptions keeps it as the option's description).
    for (const PropertyOption &option : property.options) {
        if (!option.description.isEmpty() && option.description.compare(text, Qt::CaseInsensitive) == 0)
            return &option;
    }
    return nullptr;
}

QString optionList(const PropertyInfo &property)
{
    QStringList values;
    for (const PropertyOption &option : property.options) {
        if (!option.hidden)
            values.append(option.value);
    }
    const bool shortened = values.size() > MaxListedOptions;
    if (shortened)
        values.resize(MaxListedOptions);
    //: Separates the option values in a list, as in "lead, customer, evangelist".
    QString list = values.join(V::tr(", "));
    if (shortened)
        list += u"…"_s;
    return list;
}

QString optionProblem(const PropertyInfo &property, const QString &part, const QString &whole)
{
    if (findOption(property, part))
        return {};
    if (property.options.isEmpty()) {
        //: %1 is the value typed in a cell, %2 the property label, e.g. "“gold” cannot be set: Tier has no options."
        return V::tr("“%1” cannot be set: %2 has no options.").arg(part, displayName(property));
    }
    if (ReferenceOptions::roleOf(property) == ReferenceOptions::Role::Owner && !matchOption(property, part)) {
        //: %1 is the value typed in an owner cell (an owner ID is expected), %2 the property label
        return V::tr("No owner of this portal has the ID “%1”; choose an owner of %2 from the list.")
            .arg(part, displayName(property));
    }
    if (const PropertyOption *byLabel = matchOption(property, part)) {
        //: %1 is the value typed, %2 the property label, %3 the internal value that HubSpot expects instead.
        return V::tr("“%1” is not an option value of %2; did you mean “%3”?")
            .arg(part, displayName(property), byLabel->value);
    }
    if (part != whole) {
        //: %1 is one part of a multi-checkbox value, %2 the whole value, %3 the property label, %4 the list of
        //: option values, e.g. "“gold” in “silver;gold” is not one of the options of Tier: silver, bronze."
        return V::tr("“%1” in “%2” is not one of the options of %3: %4.")
            .arg(part, whole, displayName(property), optionList(property));
    }
    //: %1 is the value typed, %2 the property label, %3 the list of option values,
    //: e.g. "“gold” is not one of the options of Lifecycle stage: lead, customer…"
    return V::tr("“%1” is not one of the options of %2: %3.").arg(part, displayName(property), optionList(property));
}

QString numberProblem(const PropertyInfo &property, const QString &value)
{
    static const QRegularExpression re(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)$"_s);
    if (re.match(value).hasMatch())
        return {};
    //: %1 is the value typed, %2 the property label. The example number is written as HubSpot wants it.
    return V::tr("“%1” is not a number that %2 accepts: use digits, an optional sign and at most one decimal "
                 "point, as in 1234.5.")
        .arg(value, displayName(property));
}

QString dateProblem(const PropertyInfo &property, const QString &value)
{
    qint64 ms = 0;
    if (isEpochMs(value, &ms)) {
        const qint64 intoDay = ((ms % MsPerDay) + MsPerDay) % MsPerDay;
        if (intoDay == 0)
            return {};
        const QString time = QTime::fromMSecsSinceStartOfDay(int(intoDay)).toString(u"HH:mm:ss.zzz"_s);
        //: %1 is the value typed (milliseconds since 1970), %2 the time of day it stands for, e.g. 04:10:33.600,
        //: %3 the property label. HubSpot stores dates as midnight UTC.
        return V::tr("“%1” is at %2 UTC, not midnight: %3 needs a date as YYYY-MM-DD or as milliseconds at "
                     "midnight UTC.")
            .arg(value, time, displayName(property));
    }
    bool wellFormed = false;
    const QDate date = parseIsoDate(value, false, &wellFormed);
    if (date.isValid())
        return {};
    if (wellFormed) {
        //: %1 is the value typed, e.g. 2024-02-30, %2 the property label.
        return V::tr("“%1” is not a date on the calendar, so %2 cannot take it.").arg(value, displayName(property));
    }
    //: %1 is the value typed, %2 the property label. Keep YYYY-MM-DD as it is: it is the format HubSpot reads.
    return V::tr("“%1” is not a date that %2 accepts: use YYYY-MM-DD, as in 2024-05-01.")
        .arg(value, displayName(property));
}

QString dateTimeProblem(const PropertyInfo &property, const QString &value)
{
    qint64 ms = 0;
    if (isEpochMs(value, &ms))
        return {};
    if (QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
        return {};
    //: %1 is the value typed, %2 the property label. Keep the example as it is: it is the format HubSpot reads.
    return V::tr("“%1” is not a date and time that %2 accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, or "
                 "milliseconds since 1970.")
        .arg(value, displayName(property));
}

QString emailProblem(const PropertyInfo &property, const QString &value)
{
    // Deliberately simple: one @, no spaces, a dotted domain without empty labels, no dot at the ends of the local
    // part. HubSpot's own check is stricter in ways we cannot know; this catches typing and column mix-ups.
    static const QRegularExpression re(u"^[^\\s@.]([^\\s@]*[^\\s@.])?@[^\\s@.]+(\\.[^\\s@.]+)+$"_s);
    if (re.match(value).hasMatch() && !value.contains(u".."_s))
        return {};
    //: %1 is the value typed, %2 the property label, e.g. "“ann@example” is not an email address, which Email needs."
    return V::tr("“%1” is not an email address, which %2 needs.").arg(value, displayName(property));
}

QString normalisedOption(const PropertyInfo &property, const QString &text)
{
    const PropertyOption *option = matchOption(property, text);
    return option ? option->value : text;
}

} // namespace

QString ValueValidator::problem(const PropertyInfo &property, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (property.archived) {
        //: %1 is the value typed, %2 the property label.
        return tr("“%1” cannot be set: %2 is archived in HubSpot.").arg(value, displayName(property));
    }
    if (property.readOnlyValue || property.calculated) {
        //: %1 is the value typed, %2 the property label, e.g. "“12” cannot be set: Record ID is read-only: HubSpot
        //: computes it."
        return tr("“%1” cannot be set: %2 is read-only: HubSpot computes it.").arg(value, displayName(property));
    }
    if (value.size() > MaxLength) {
        //: %1 is the property label, %2 the length of the value, %3 HubSpot's limit (65,536).
        return tr("The value of %1 is %L2 characters long; HubSpot accepts at most %L3.")
            .arg(displayName(property))
            .arg(value.size())
            .arg(MaxLength);
    }
    switch (property.kind()) {
    case PropertyKind::Number:
        return numberProblem(property, value);
    case PropertyKind::Bool:
        if (value == u"true"_s || value == u"false"_s)
            return {};
        //: %1 is the value typed, %2 the property label. Keep true and false in English: HubSpot reads them.
        return tr("“%1” is not a value of %2: use true or false.").arg(value, displayName(property));
    case PropertyKind::Enumeration:
        return optionProblem(property, value, value);
    case PropertyKind::MultiEnumeration:
        // Empty parts are allowed: a leading ';' is how HubSpot appends to the values already there.
        for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
            if (QString p = optionProblem(property, part, value); !p.isEmpty())
                return p;
        }
        return {};
    case PropertyKind::Date:
        return dateProblem(property, value);
    case PropertyKind::DateTime:
        return dateTimeProblem(property, value);
    case PropertyKind::Text:
        return isEmailProperty(property) ? emailProblem(property, value) : QString();
    case PropertyKind::Unsupported:
        break;
    }
    return {};
}

QString ValueValidator::normalised(const PropertyInfo &property, const QString &value)
{
    if (value.isEmpty() || !property.isWritable())
        return value;
    const QString trimmed = value.trimmed();
    switch (property.kind()) {
    case PropertyKind::Number:
        return trimmed;
    case PropertyKind::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == u"true"_s || lower == u"yes"_s || lower == u"1"_s || lower == u"y"_s || lower == u"on"_s)
            return u"true"_s;
        if (lower == u"false"_s || lower == u"no"_s || lower == u"0"_s || lower == u"n"_s || lower == u"off"_s)
            return u"false"_s;
        return value;
    }
    case PropertyKind::Enumeration:
        return findOption(property, value) ? value : normalisedOption(property, trimmed);
    case PropertyKind::MultiEnumeration: {
        // Empty parts stay: a leading ';' is how HubSpot appends to the values already there.
        QStringList parts = value.split(u';');
        for (QString &part : parts) {
            if (!part.isEmpty())
                part = normalisedOption(property, part.trimmed());
        }
        return parts.join(u';');
    }
    case PropertyKind::Date: {
        bool wellFormed = false;
        if (const QDate date = parseIsoDate(trimmed, true, &wellFormed); date.isValid())
            return date.toString(u"yyyy-MM-dd"_s);
        if (trimmed.contains(u'T')) {
            const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
            if (dt.isValid() && dt.timeSpec() != Qt::LocalTime) {
                const QDateTime utc = dt.toUTC();
                if (utc.time() == QTime(0, 0))
                    return utc.date().toString(u"yyyy-MM-dd"_s);
            }
        }
        return value;
    }
    case PropertyKind::DateTime:
        return trimmed;
    case PropertyKind::Text:
    case PropertyKind::Unsupported:
        break;
    }
    return value;
}

} // namespace Batchsmith
