// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/batchinput.h"

#include <utility>

#include "core/io/batchinputschema.h"
#include "core/io/delimitedtextreader.h"

namespace Batchsmith {

namespace {

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
    const BatchSpec &m_spec;
    BatchInput m_input;
    std::optional<BatchInputSchema> m_schema;
};

std::optional<Error> InputBuilder::header(const QStringList &header)
{
    auto schema = BatchInputSchema::fromHeader(m_input.file, header, m_spec);
    if (!schema)
        return schema.error();
    m_schema = std::move(schema).value();
    m_input.columns = m_schema->columns();
    return std::nullopt;
}

std::optional<Error> InputBuilder::record(const QStringList &record, int line)
{
    Row row;
    QStringList cells;
    RowOutcome outcome;
    bool unknown = false;
    if (auto refused = m_schema->read(record, line, quint32(m_input.rows.size() + 1), &row, &cells, &outcome, &unknown))
        return refused;
    m_input.cells.append(cells);
    m_input.rows.append(row);
    m_input.previous.append(outcome);
    m_input.unknownBefore.append(unknown);
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
