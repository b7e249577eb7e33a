// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/batchinput.h"

#include <algorithm>
#include <utility>

#include <QSet>

#include "core/batch/rowkey.h"
#include "core/io/delimitedtextreader.h"

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

/// What an assoc: header means; nullopt when it is not an association column.
struct AssociationColumn
{
    QString toObjectType;
    QString category;
    int typeId = 0;
};

Result<std::optional<AssociationColumn>> parseAssociationHeader(const QString &header)
{
    if (!header.startsWith(QStringLiteral("assoc:")))
        return std::optional<AssociationColumn>();
    const QStringList parts = header.split(u':');
    static const QStringList categories { QStringLiteral("HUBSPOT_DEFINED"), QStringLiteral("USER_DEFINED"),
        QStringLiteral("INTEGRATOR_DEFINED") };
    AssociationColumn c;
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
    return std::optional<AssociationColumn>(c);
}

/// Builds a BatchInput from a header and then one record at a time, so that a file can be streamed.
class InputBuilder final
{
public:
    InputBuilder(const QString &file, const BatchSpec &spec)
        : m_spec(spec)
    {
        m_input.file = file;
    }

    std::optional<Error> header(const QStringList &header);
    std::optional<Error> record(const QStringList &record, int line);

    BatchInput take() { return std::move(m_input); }

private:
    std::optional<Error> associations(const QString &cell, int column, int line, Row *row) const;
    std::optional<Error> previous(const QStringList &record, int line, RowOutcome *outcome, bool *unknown) const;

    const BatchSpec &m_spec;
    BatchInput m_input;
    QList<int> m_sourceColumn; // input column -> header position
    QList<std::optional<AssociationColumn>> m_associations;
    int m_statusAt = -1;
    int m_idAt = -1;
};

std::optional<Error> InputBuilder::header(const QStringList &header)
{
    const QString &file = m_input.file;
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
                (name == StatusColumn ? m_statusAt : m_idAt) = i;
            continue;
        }
        auto assoc = parseAssociationHeader(name);
        if (!assoc)
            return inputError(file, 1, i + 1, assoc.error().message);
        if (*assoc && m_spec.mode == WriteMode::Upsert) {
            return inputError(file, 1, i + 1,
                QStringLiteral("HubSpot's batch upsert takes no associations; remove the column \"%1\" or use create")
                    .arg(name));
        }
        m_input.columns.append(name);
        m_sourceColumn.append(i);
        m_associations.append(*assoc);
    }
    if (m_spec.mode == WriteMode::Upsert && !m_input.columns.contains(m_spec.idProperty)) {
        return inputError(file, 1, 1,
            QStringLiteral("there is no column \"%1\", which --id-property names; the header has: %2")
                .arg(m_spec.idProperty, m_input.columns.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

std::optional<Error> InputBuilder::record(const QStringList &record, int line)
{
    Row row;
    row.key = RowKey::make(quint32(m_input.rows.size() + 1)); // the data-line index: the same in a results file
    row.sourceLine = line;
    QStringList cells;
    cells.reserve(m_input.columns.size());
    for (int c = 0; c < m_input.columns.size(); ++c) {
        const QString value = record.value(m_sourceColumn.at(c));
        cells.append(value);
        if (m_associations.at(c)) {
            if (auto refused = associations(value, c, line, &row))
                return refused;
        } else if (!value.isEmpty()) {
            row.properties.insert(m_input.columns.at(c), value); // an empty cell is not sent: the value stays
        }
    }
    RowOutcome outcome;
    bool unknown = false;
    if (auto refused = previous(record, line, &outcome, &unknown))
        return refused;
    m_input.cells.append(cells);
    m_input.rows.append(row);
    m_input.previous.append(outcome);
    m_input.unknownBefore.append(unknown);
    return std::nullopt;
}

std::optional<Error> InputBuilder::associations(const QString &cell, int column, int line, Row *row) const
{
    const AssociationColumn &assoc = *m_associations.at(column);
    for (const QString &id : cell.split(u';', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        const bool digits = !trimmed.isEmpty()
            && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits) {
            return inputError(m_input.file, line, m_sourceColumn.at(column) + 1,
                QStringLiteral("\"%1\" in column %2 is not a record id; association cells hold HubSpot record "
                               "ids separated by ;")
                    .arg(trimmed, m_input.columns.at(column)));
        }
        row->associations.append({ assoc.toObjectType, trimmed, assoc.category, assoc.typeId });
    }
    return std::nullopt;
}

std::optional<Error> InputBuilder::previous(
    const QStringList &record, int line, RowOutcome *outcome, bool *unknown) const
{
    if (m_statusAt < 0)
        return std::nullopt;
    const QString text = record.value(m_statusAt).trimmed();
    const auto status = rowStatusFromString(text);
    if (!text.isEmpty() && (!status || *status == RowStatus::Pending)) {
        // A typo here would resend a row that was already created.
        return inputError(m_input.file, line, m_statusAt + 1,
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

} // namespace

Result<BatchInput> BatchInput::read(const QString &path, const BatchSpec &spec, TextDecoder::Choice encoding)
{
    InputBuilder builder(path, spec);
    bool first = true;
    QString notice;
    auto read = DelimitedTextReader::streamFile(
        path,
        [&](const QStringList &fields, int line) {
            if (!std::exchange(first, false))
                return builder.record(fields, line);
            return builder.header(fields);
        },
        &notice, encoding);
    if (!read)
        return read.error();
    BatchInput input = builder.take();
    if (input.rows.isEmpty()) {
        // Not "every row already created": there was never a row to send.
        Error e = Error::make(Error::Kind::InvalidInput,
            QStringLiteral("%1: no rows: the file has a header line but no rows under it; nothing to send").arg(path));
        e.file = path;
        return e;
    }
    input.notice = notice;
    return input;
}

bool BatchInput::looksUpFirst(RowStatus earlier, WriteMode mode, bool resendUnknown)
{
    // A create is not idempotent: an unknown row may have been written, so the engine looks it up first and sends it
    // again only when it is certainly not there (docs/hubspot-behaviour.md §5.6). An upsert is: sending it again
    // writes the same values to the record its id names, creating nothing twice (§6), so unknown upserts simply go
    // again, as the engine does with any maybe-sent upsert.
    return earlier == RowStatus::Unknown && mode == WriteMode::Create && !resendUnknown;
}

BatchInput::Sending BatchInput::toSend(WriteMode mode, bool resendUnknown) const
{
    Sending sending;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (previous.value(i).isFinal())
            continue;
        const Row &row = rows.at(i);
        sending.rows.append(row);
        if (!unknownBefore.value(i))
            continue;
        if (looksUpFirst(RowStatus::Unknown, mode, resendUnknown))
            sending.maybeSent.append(row.key);
        else if (mode == WriteMode::Create)
            ++sending.resentUnknown;
    }
    return sending;
}

Result<BatchInput> BatchInput::fromTable(const QString &file, const QStringList &header,
    const QList<QStringList> &records, const QList<int> &lines, const BatchSpec &spec)
{
    InputBuilder builder(file, spec);
    if (auto refused = builder.header(header))
        return *refused;
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (auto refused = builder.record(records.at(r), lines.value(r)))
            return *refused;
    }
    return builder.take();
}

} // namespace Batchsmith
