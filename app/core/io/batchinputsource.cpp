// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/batchinputsource.h"

#include <algorithm>
#include <utility>

#include <QFile>
#include <QFileInfo>

#include "core/batch/rowkey.h"
#include "core/io/delimitedtextreader.h"
#include "core/logging.h"

namespace Batchsmith {

namespace {

/// Read at least this much of the file at a time: a batch of rows is a few kilobytes to a few hundred.
constexpr qint64 ReadAhead = 256 * 1024;
constexpr qint64 PassChunk = 1024 * 1024;

} // namespace

BatchInputSource::BatchInputSource(QString file, BatchInputSchema schema)
    : m_file(std::move(file))
    , m_schema(std::move(schema))
{
}

BatchInputSource::~BatchInputSource() = default;

Result<std::shared_ptr<BatchInputSource>> BatchInputSource::open(
    const QString &path, const BatchSpec &spec, TextDecoder::Choice encoding, Rows rows)
{
    std::shared_ptr<BatchInputSource> source;
    std::optional<BatchInputSchema> schema;
    const QFileInfo info(path);
    int number = 0;
    DelimitedTextReader::StreamedText text;
    auto read = DelimitedTextReader::streamFile(
        path,
        [&](const QStringList &fields, int line, qsizetype at) -> std::optional<Error> {
            if (!schema) {
                auto header = BatchInputSchema::fromHeader(path, fields, spec);
                if (!header)
                    return header.error();
                schema = std::move(header).value();
                source.reset(new BatchInputSource(path, *schema));
                source->m_textStart = at;
                return std::nullopt;
            }
            RowOutcome previous;
            bool unknown = false;
            if (auto refused = schema->read(fields, line, quint32(++number), nullptr, nullptr, &previous, &unknown))
                return refused;
            if (unknown)
                source->m_unknownKeys.append(RowKey::make(quint32(number)));
            if (rows == Rows::Every && previous != RowOutcome())
                source->m_previousOutcomes.insert(number - 1, previous);
            if (previous.isFinal())
                ++source->m_previous[int(previous.status)];
            if (previous.isFinal() && rows == Rows::ToSend) {
                if (source->m_numbers.empty()) { // from here on the numbers are not i + 1
                    source->m_numbers.reserve(source->m_offsets.capacity());
                    for (size_t i = 0; i < source->m_offsets.size(); ++i)
                        source->m_numbers.push_back(quint32(i + 1));
                }
                return std::nullopt;
            }
            source->m_offsets.push_back(at);
            source->m_lines.push_back(line);
            if (!source->m_numbers.empty() || (source->previousCount() > 0 && rows == Rows::ToSend))
                source->m_numbers.push_back(quint32(number));
            return std::nullopt;
        },
        &text, encoding);
    if (!read)
        return read.error();
    if (number == 0) {
        // Not "every row already created": there was never a row to send.
        Error e = Error::make(Error::Kind::InvalidInput,
            QStringLiteral("%1: no rows: the file has a header line but no rows under it; nothing to send").arg(path));
        e.file = path;
        return e;
    }
    source->m_dataRows = number;
    source->m_notice = text.notice;
    source->m_delimiter = text.delimiter;
    source->m_converted = std::move(text.converted);
    source->m_fileSize = info.size();
    source->m_modified = info.lastModified();
    source->m_textSize = source->m_converted.isEmpty() ? source->m_fileSize : source->m_converted.size();
    source->m_offsets.shrink_to_fit();
    source->m_lines.shrink_to_fit();
    source->m_numbers.shrink_to_fit();
    if (source->m_converted.isEmpty()) {
        source->m_reader = std::make_unique<QFile>(path);
        if (!source->m_reader->open(QIODevice::ReadOnly)) {
            Error e = Error::make(
                Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(path, source->m_reader->errorString()));
            e.file = path;
            return e;
        }
    }
    return source;
}

int BatchInputSource::previousCount() const
{
    int n = 0;
    for (int count : m_previous)
        n += count;
    return n;
}

QString BatchInputSource::key(int index) const
{
    return RowKey::make(m_numbers.empty() ? quint32(index + 1) : m_numbers.at(size_t(index)));
}

int BatchInputSource::indexOfKey(const QString &key) const
{
    const quint32 number = RowKey::number(key);
    if (number == 0)
        return -1;
    if (m_numbers.empty())
        return number <= quint32(rowCount()) ? int(number - 1) : -1;
    const auto it = std::lower_bound(m_numbers.cbegin(), m_numbers.cend(), number);
    return it != m_numbers.cend() && *it == number ? int(it - m_numbers.cbegin()) : -1;
}

Row BatchInputSource::row(int index) const
{
    Row row;
    const quint32 number = m_numbers.empty() ? quint32(index + 1) : m_numbers.at(size_t(index));
    const QStringList fields = recordAt(m_offsets.at(size_t(index)));
    if (auto refused = m_schema.read(fields, sourceLine(index), number, &row, nullptr, nullptr)) {
        // Checked when the file was opened: only a file changed since reads differently.
        qCWarning(lcBatch) << "cannot read line" << sourceLine(index) << "of" << m_file << "again:" << refused->message;
    }
    return row;
}

QStringList BatchInputSource::cells(int index) const
{
    QStringList cells;
    const quint32 number = m_numbers.empty() ? quint32(index + 1) : m_numbers.at(size_t(index));
    const QStringList fields = recordAt(m_offsets.at(size_t(index)));
    if (auto refused = m_schema.read(fields, sourceLine(index), number, nullptr, &cells, nullptr)) {
        qCWarning(lcBatch) << "cannot read line" << sourceLine(index) << "of" << m_file << "again:" << refused->message;
    }
    return cells;
}

QString BatchInputSource::value(int index, const QString &property) const
{
    const int position = m_schema.propertyPosition(property);
    if (position < 0)
        return {};
    return recordAt(m_offsets.at(size_t(index))).value(position);
}

QByteArrayView BatchInputSource::textFrom(qint64 offset, qint64 bytes, bool *atEnd) const
{
    bytes = qBound<qint64>(0, bytes, m_textSize - offset);
    if (!m_converted.isEmpty()) {
        *atEnd = offset + bytes >= m_textSize;
        return QByteArrayView(m_converted).sliced(offset, bytes);
    }
    if (offset < m_cacheStart || offset + bytes > m_cacheStart + m_cache.size()) {
        m_cacheStart = offset;
        m_cache = m_reader->seek(offset) ? m_reader->read(qMax(bytes, ReadAhead)) : QByteArray();
    }
    const qint64 available = qMin(bytes, m_cacheStart + m_cache.size() - offset);
    // A short read means the file shrank: say it ends there, so the caller stops asking for more.
    *atEnd = offset + available >= m_textSize || available < bytes;
    return QByteArrayView(m_cache).sliced(offset - m_cacheStart, available);
}

QStringList BatchInputSource::recordAt(qint64 offset) const
{
    DelimitedTextReader::Options options;
    options.delimiter = m_delimiter; // the header's; a record alone would not tell
    QStringList fields;
    for (qint64 want = 4096;; want *= 4) {
        bool atEnd = false;
        const QByteArrayView text = textFrom(offset, want, &atEnd);
        DelimitedTextReader reader(m_file, options);
        qsizetype pos = 0;
        switch (reader.readRecord(text, atEnd, &pos, &fields)) {
        case DelimitedTextReader::Status::Full:
            return fields;
        case DelimitedTextReader::Status::NeedMore:
            if (!atEnd)
                continue; // a record longer than what was read
            [[fallthrough]];
        case DelimitedTextReader::Status::End:
        case DelimitedTextReader::Status::Failed:
            qCWarning(lcBatch) << "cannot read the record at byte" << offset << "of" << m_file << "again";
            return {};
        }
    }
}

bool BatchInputSource::unchanged() const
{
    const QFileInfo info(m_file);
    return info.exists() && info.size() == m_fileSize && info.lastModified() == m_modified;
}

Error BatchInputSource::changedError() const
{
    Error e = Error::make(Error::Kind::Io,
        QStringLiteral("%1 changed while it was being sent; it cannot be read again to write the results").arg(m_file));
    e.file = m_file;
    return e;
}

Result<void> BatchInputSource::forEachRecord(const RecordVisitor &visit) const
{
    if (!unchanged())
        return changedError();
    QFile file(m_file);
    if (m_converted.isEmpty() && !file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(m_file, file.errorString()));
        e.file = m_file;
        return e;
    }
    DelimitedTextReader::Options options;
    options.delimiter = m_delimiter;
    DelimitedTextReader reader(m_file, options);
    QByteArray buffer;
    qsizetype pos = 0;
    qint64 next = m_textStart; // the next byte of the text to read
    bool atEnd = false;
    bool header = true;
    quint32 number = 0;
    QStringList fields;
    QStringList cells;
    for (;;) {
        QByteArrayView text = buffer;
        if (!m_converted.isEmpty()) {
            text = QByteArrayView(m_converted).sliced(m_textStart);
            atEnd = true;
        }
        switch (reader.readRecord(text, atEnd, &pos, &fields)) {
        case DelimitedTextReader::Status::Full: {
            if (std::exchange(header, false))
                break;
            RowOutcome previous;
            if (m_schema.read(fields, reader.recordLine(), ++number, nullptr, &cells, &previous))
                return changedError();
            visit(cells, RowKey::make(number), previous);
            break;
        }
        case DelimitedTextReader::Status::NeedMore: {
            if (atEnd || !m_converted.isEmpty())
                return changedError();
            buffer.remove(0, pos); // keep the record begun, read the next stretch after it
            pos = 0;
            if (!file.seek(next))
                return changedError();
            const QByteArray more = file.read(PassChunk);
            next += more.size();
            buffer += more;
            atEnd = next >= m_fileSize || more.isEmpty();
            break;
        }
        case DelimitedTextReader::Status::End:
            return number == quint32(m_dataRows) ? Result<void>() : Result<void>(changedError());
        case DelimitedTextReader::Status::Failed:
            return changedError();
        }
    }
}

} // namespace Batchsmith
