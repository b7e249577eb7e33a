// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/batchinputschema.h"

#include <algorithm>

#include <QSet>

#include "core/batch/rowkey.h"

namespace Batchsmith {

namespace {

const QString StatusColumn = QStringLiteral("__status");
const QString IdColumn = QStringLiteral("__id");
const QString ErrorColumn = QStringLiteral("__error");

Error inputError(const QString &file, int line, int column, const QString &message)
{
    Error e = Error::make(
        Error::Kind::InvalidInput, QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message));
    e.file = file;
    e.line = line;
    e.column = column;
    return e;
}

struct AssociationHeader
{
    QString toObjectType;
    QString category;
    int typeId = 0;
};

/// What an assoc: header means; nullopt when it is not an association column.
Result<std::optional<AssociationHeader>> parseAssociationHeader(const QString &header)
{
    if (!header.startsWith(QStringLiteral("assoc:")))
        return std::optional<AssociationHeader>();
    const QStringList parts = header.split(u':');
    static const QStringList categories { QStringLiteral("HUBSPOT_DEFINED"), QStringLiteral("USER_DEFINED"),
        QStringLiteral("INTEGRATOR_DEFINED") };
    AssociationHeader c;
    bool ok = false;
    if (parts.size() == 3) {
        c.category = QStringLiteral("HUBSPOT_DEFINED");
        c.typeId = parts.at(2).toInt(&ok);
    } else if (parts.size() == 4 && categories.contains(parts.at(2))) {
        c.category = parts.at(2);
        c.typeId = parts.at(3).toInt(&ok);
    }
    c.toObjectType = parts.value(1);
    if (!ok || c.typeId <= 0 || c.toObjectType.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("\"%1\" is not an association column; write assoc:<toObjectType>:<typeId> or "
                           "assoc:<toObjectType>:<USER_DEFINED|INTEGRATOR_DEFINED>:<typeId>, e.g. assoc:companies:279")
                .arg(header));
    }
    return std::optional<AssociationHeader>(c);
}

} // namespace

Result<BatchInputSchema> BatchInputSchema::fromHeader(
    const QString &file, const QStringList &header, const BatchSpec &spec)
{
    BatchInputSchema schema;
    schema.m_file = file;
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            return inputError(file, 1, i + 1, QStringLiteral("column %1 has no name in the header").arg(i + 1));
        if (seen.contains(name))
            return inputError(
                file, 1, i + 1, QStringLiteral("the column \"%1\" appears twice in the header").arg(name));
        seen.insert(name);
        if (name == StatusColumn || name == IdColumn || name == ErrorColumn) {
            if (name != ErrorColumn) // a previous error is replaced by this run's outcome
                (name == StatusColumn ? schema.m_statusAt : schema.m_idAt) = i;
            continue;
        }
        auto assoc = parseAssociationHeader(name);
        if (!assoc)
            return inputError(file, 1, i + 1, assoc.error().message);
        if (*assoc && spec.mode == WriteMode::Upsert) {
            return inputError(file, 1, i + 1,
                QStringLiteral("HubSpot's batch upsert takes no associations; remove the column \"%1\" or use create")
                    .arg(name));
        }
        schema.m_columns.append(name);
        schema.m_sourceColumn.append(i);
        if (*assoc)
            schema.m_associations.append(
                AssociationColumn { (*assoc)->toObjectType, (*assoc)->category, (*assoc)->typeId });
        else
            schema.m_associations.append(std::nullopt);
    }
    if (spec.mode == WriteMode::Upsert && !schema.m_columns.contains(spec.idProperty)) {
        return inputError(file, 1, 1,
            QStringLiteral("there is no column \"%1\", which --id-property names; the header has: %2")
                .arg(spec.idProperty, schema.m_columns.join(QStringLiteral(", "))));
    }
    return schema;
}

int BatchInputSchema::propertyPosition(const QString &property) const
{
    const qsizetype c = m_columns.indexOf(property);
    return c < 0 || m_associations.at(c) ? -1 : m_sourceColumn.at(c);
}

std::optional<Error> BatchInputSchema::read(const QStringList &record, int line, quint32 number, Row *row,
    QStringList *cells, RowOutcome *previous, bool *unknown) const
{
    Row made;
    Row *into = row ? row : &made;
    *into = Row();
    into->key = RowKey::make(number); // the data-line index: the same in a results file
    into->sourceLine = line;
    if (cells) {
        cells->clear();
        cells->reserve(m_columns.size());
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString value = record.value(m_sourceColumn.at(c));
        if (cells)
            cells->append(value);
        if (m_associations.at(c)) {
            if (auto refused = associations(value, c, line, into))
                return refused;
        } else if (row && !value.isEmpty()) {
            row->properties.insert(m_columns.at(c), value); // an empty cell is not sent: the value stays
        }
    }
    RowOutcome outcome;
    bool wasUnknown = false;
    if (auto refused = previousOutcome(record, line, &outcome, &wasUnknown))
        return refused;
    if (previous)
        *previous = outcome;
    if (unknown)
        *unknown = wasUnknown;
    return std::nullopt;
}

std::optional<Error> BatchInputSchema::associations(const QString &cell, int column, int line, Row *row) const
{
    const AssociationColumn &assoc = *m_associations.at(column);
    for (const QString &id : cell.split(u';', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        const bool digits = !trimmed.isEmpty()
            && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits) {
            return inputError(m_file, line, m_sourceColumn.at(column) + 1,
                QStringLiteral("\"%1\" in column %2 is not a record id; association cells hold HubSpot record "
                               "ids separated by ;")
                    .arg(trimmed, m_columns.at(column)));
        }
        row->associations.append({ assoc.toObjectType, trimmed, assoc.category, assoc.typeId });
    }
    return std::nullopt;
}

std::optional<Error> BatchInputSchema::previousOutcome(
    const QStringList &record, int line, RowOutcome *outcome, bool *unknown) const
{
    if (m_statusAt < 0)
        return std::nullopt;
    const QString text = record.value(m_statusAt).trimmed();
    const auto status = rowStatusFromString(text);
    if (!text.isEmpty() && (!status || *status == RowStatus::Pending)) {
        // A typo here would resend a row that was already created.
        return inputError(m_file, line, m_statusAt + 1,
            QStringLiteral("\"%1\" is not a status; __status holds created, updated, failed, unknown, skipped or "
                           "nothing")
                .arg(text));
    }
    if (status == RowStatus::Created || status == RowStatus::Updated) {
        outcome->status = *status;
        outcome->id = record.value(m_idAt).trimmed();
    }
    *unknown = status == RowStatus::Unknown;
    return std::nullopt;
}

} // namespace Batchsmith
