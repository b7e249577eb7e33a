// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/delimitedtextreader.h"

#include <limits>

#include <QFile>
#include <QFileInfo>

#include "core/io/textdecoder.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

/// A first line longer than this (or one with an unclosed quote) is not waited for: its delimiter is detected
/// from what there is.
constexpr qsizetype DetectWithin = 64 * 1024;

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

/// Line breaks in @p bytes: LF, CRLF and a lone CR each count once.
int countBreaks(QByteArrayView bytes)
{
    int breaks = 0;
    const char *d = bytes.data();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (d[i] == '\n' || (d[i] == '\r' && !(i + 1 < n && d[i + 1] == '\n')))
            ++breaks;
    }
    return breaks;
}

/// The delimiter that occurs most in the first line of @p utf8; @p lineEnded: that line ends inside @p utf8.
char detect(QByteArrayView utf8, bool *lineEnded)
{
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    *lineEnded = false;
    for (const char c : utf8) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && isBreak(c)) {
            *lineEnded = true;
            break;
        } else if (!quoted && c == ',') {
            ++counts[0];
        } else if (!quoted && c == ';') {
            ++counts[1];
        } else if (!quoted && c == '\t') {
            ++counts[2];
        }
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return '\t';
    return ',';
}

} // namespace

DelimitedTextReader::DelimitedTextReader(QString fileName)
    : DelimitedTextReader(std::move(fileName), Options())
{
}

DelimitedTextReader::DelimitedTextReader(QString fileName, Options options)
    : m_fileName(std::move(fileName))
    , m_options(options)
    , m_delimiter(options.delimiter)
{
    m_stop[uchar('\n')] = true;
    m_stop[uchar('\r')] = true;
    if (m_delimiter != 0)
        m_stop[uchar(m_delimiter)] = true;
}

char DelimitedTextReader::detectDelimiter(QByteArrayView utf8)
{
    bool lineEnded = false;
    return detect(utf8, &lineEnded);
}

bool DelimitedTextReader::setDelimiter(QByteArrayView data, bool atEnd)
{
    // Wait for the whole first line, so that where a buffer happens to end never changes the delimiter.
    bool lineEnded = false;
    const char delimiter = detect(data, &lineEnded);
    if (!lineEnded && !atEnd && data.size() < DetectWithin)
        return false;
    m_delimiter = delimiter;
    m_stop[uchar(delimiter)] = true;
    return true;
}

DelimitedTextReader::Status DelimitedTextReader::readRows(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows)
{
    // Room made once: a record's cells never take more bytes than the record itself plus one (each delimiter or
    // line break becomes a CellEnd, quotes are dropped), so the cells are written through a raw pointer that never
    // has to grow.
    const qsizetype input = data.size() - *pos;
    return fill(data, atEnd, pos, block, maxRows, input + qMin<qsizetype>(maxRows, input + 1));
}

DelimitedTextReader::Status DelimitedTextReader::readRecord(
    QByteArrayView data, bool atEnd, qsizetype *pos, QStringList *fields)
{
    // One record at a time into a row kept between calls: its room grows to the longest record, not to the data.
    m_record.bytes.truncate(0);
    m_record.rowEnds.resize(0);
    m_record.lines.resize(0);
    m_record.columnCount = qMax(m_expectedFields, 0);
    const qsizetype input = data.size() - *pos;
    const Status status = fill(data, atEnd, pos, &m_record, 1, qMin<qsizetype>(input + 1, 4096));
    if (status == Status::Full) {
        *fields = m_record.row(0);
        m_recordLine = m_record.lines.first();
    }
    return status;
}

DelimitedTextReader::Status DelimitedTextReader::fill(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows, qsizetype room)
{
    if (m_error)
        return Status::Failed;
    if (m_delimiter == 0 && !setDelimiter(data.sliced(*pos), atEnd))
        return Status::NeedMore;
    const qsizetype start = block->bytes.size();
    block->bytes.resize(start + room);
    m_block = block;
    m_out = block->bytes.data();
    m_outSize = start;
    m_outCapacity = block->bytes.size();
    const Status status = parseRows(data, atEnd, pos, block, maxRows);
    block->bytes.truncate(m_outSize);
    m_block = nullptr;
    m_out = nullptr;
    m_outCapacity = 0;
    return status;
}

void DelimitedTextReader::grow(qsizetype bytes)
{
    const qsizetype capacity = qMax(m_outSize + bytes, 2 * m_outCapacity);
    m_block->bytes.resize(capacity);
    m_out = m_block->bytes.data();
    m_outCapacity = capacity;
}

DelimitedTextReader::Status DelimitedTextReader::parseRows(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows)
{
    const char *d = data.data();
    const qsizetype n = data.size();
    for (int rows = 0; rows < maxRows; ++rows) {
        qsizetype p = *pos;
        if (m_options.skipBlankLines) {
            // A CR at the very end of the buffer may be the first half of a CRLF: wait for the next byte.
            while (p < n && isBreak(d[p])) {
                if (d[p] == '\r' && p + 1 >= n && !atEnd)
                    return Status::NeedMore;
                if (d[p] == '\r' && p + 1 < n && d[p + 1] == '\n')
                    ++p;
                ++p;
                ++m_line;
                *pos = p;
            }
        }
        if (p >= n) {
            if (!atEnd)
                return Status::NeedMore;
            return m_expectedFields < 0 && !m_options.raggedRecords ? failEmpty() : Status::End;
        }
        switch (parseRecord(data, atEnd, pos, block)) {
        case Step::Done:
            break;
        case Step::NeedMore:
            return Status::NeedMore;
        case Step::Failed:
            return Status::Failed;
        }
    }
    return Status::Full;
}

DelimitedTextReader::Step DelimitedTextReader::parseRecord(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block)
{
    const char *d = data.data();
    const qsizetype n = data.size();
    const qsizetype recordStart = *pos;
    const int recordLine = m_line;
    const qsizetype bytesBefore = m_outSize;
    qsizetype p = recordStart;
    int fields = 0;
    int breaks = 0; // inside quoted fields
    qsizetype extraField = -1;
    const auto needMore = [&] {
        m_outSize = bytesBefore;
        return Step::NeedMore;
    };
    for (;;) {
        if (fields == m_expectedFields && extraField < 0)
            extraField = p;
        bool quoted = false;
        if (p < n && d[p] == '"') {
            // By value, not through &p: p stays in a register in the loop below.
            const QuotedField field = parseQuoted(data, atEnd, recordStart, recordLine, p);
            switch (field.result) {
            case Quoted::Read:
                breaks += countBreaks(QByteArrayView(d + p, field.end - p));
                p = field.end;
                quoted = true;
                break;
            case Quoted::Text:
                break;
            case Quoted::NeedMore:
                return needMore();
            case Quoted::Failed:
                m_outSize = bytesBefore;
                return Step::Failed;
            }
        }
        if (!quoted) {
            const qsizetype start = p;
            while (p < n && !m_stop[uchar(d[p])])
                ++p;
            if (p >= n && !atEnd)
                return needMore();
            write(d + start, p - start);
        }
        m_out[m_outSize++] = RowBlock::CellEnd; // write() left room for it
        ++fields;
        if (p < n && d[p] == m_delimiter) {
            ++p;
            continue;
        }
        break;
    }
    const qsizetype endOfRecord = p;
    if (p < n) { // a line break
        if (d[p] == '\r' && p + 1 >= n && !atEnd)
            return needMore();
        if (d[p] == '\r' && p + 1 < n && d[p + 1] == '\n')
            ++p;
        ++p;
    }
    if (m_expectedFields < 0) {
        m_expectedFields = fields;
    } else if (fields != m_expectedFields && !m_options.raggedRecords) {
        m_outSize = bytesBefore;
        return failFieldCount(data, recordStart, recordLine, fields, breaks == 0, extraField, endOfRecord);
    }
    m_line = recordLine + breaks + 1;
    *pos = p;
    block->rowEnds.append(m_outSize);
    block->lines.append(recordLine);
    return Step::Done;
}

/// Reads the quoted field whose opening quote is at @p open. With lenient quotes (Options::strictQuotes false),
/// quotes that do not enclose the whole field are its text: then nothing is read.
DelimitedTextReader::QuotedField DelimitedTextReader::parseQuoted(
    QByteArrayView data, bool atEnd, qsizetype recordStart, int recordLine, qsizetype open)
{
    const char *d = data.data();
    const qsizetype n = data.size();
    const qsizetype fieldStart = m_outSize;
    qsizetype from = open + 1;
    for (;;) {
        const void *hit = std::memchr(d + from, '"', size_t(n - from));
        if (!hit) {
            if (!atEnd)
                return { Quoted::NeedMore, 0 };
            if (!m_options.strictQuotes) {
                m_outSize = fieldStart;
                return { Quoted::Text, 0 };
            }
            fail(data, recordStart, recordLine, open,
                u"a quoted field starts here and never ends; add the closing quote"_s);
            return { Quoted::Failed, 0 };
        }
        const qsizetype q = static_cast<const char *>(hit) - d;
        if (q + 1 >= n && !atEnd)
            return { Quoted::NeedMore, 0 }; // a doubled quote or the end of the field: the next byte tells
        if (q + 1 < n && d[q + 1] == '"') {
            write(d + from, q + 1 - from);
            from = q + 2;
            continue;
        }
        if (q + 1 < n && !m_stop[uchar(d[q + 1])]) {
            if (!m_options.strictQuotes) {
                m_outSize = fieldStart;
                return { Quoted::Text, 0 };
            }
            fail(data, recordStart, recordLine, q + 1,
                u"unexpected text after a closing quote; double a quote inside a quoted field"_s);
            return { Quoted::Failed, 0 };
        }
        write(d + from, q - from);
        return { Quoted::Read, q + 1 };
    }
}

const Error &DelimitedTextReader::failNotUtf8(QByteArrayView data, qsizetype pos, qsizetype offset)
{
    return failBadEncoding(data, pos, offset, u"UTF-8"_s);
}

const Error &DelimitedTextReader::failBadEncoding(
    QByteArrayView data, qsizetype pos, qsizetype offset, const QString &encodingName)
{
    if (!m_error) {
        RowBlock skipped;
        while (readRows(data.first(offset), false, &pos, &skipped, std::numeric_limits<int>::max()) == Status::Full) { }
        if (!m_error) {
            fail(data, pos, m_line, offset,
                u"this text is not valid %1; save the file as %1, or say which encoding it is in"_s.arg(encodingName));
        }
    }
    return *m_error;
}

DelimitedTextReader::Step DelimitedTextReader::fail(
    QByteArrayView data, qsizetype recordStart, int recordLine, qsizetype offset, const QString &message)
{
    // A record starts at the start of a line; the error's line may be further down when quotes span lines.
    const int line = recordLine + countBreaks(data.sliced(recordStart, offset - recordStart));
    qsizetype lineStart = offset;
    while (lineStart > recordStart && !isBreak(data.at(lineStart - 1)))
        --lineStart;
    Error e = Error::make(Error::Kind::InvalidInput, message);
    e.file = m_fileName;
    e.line = line;
    e.column = int(QString::fromUtf8(data.sliced(lineStart, offset - lineStart)).size()) + 1;
    e.message = u"%1:%2:%3: %4"_s.arg(m_fileName).arg(line).arg(e.column).arg(message);
    m_error = e;
    return Step::Failed;
}

DelimitedTextReader::Step DelimitedTextReader::failFieldCount(QByteArrayView data, qsizetype recordStart,
    int recordLine, int count, bool oneLine, qsizetype extraField, qsizetype endOfRecord)
{
    const QString message = count > m_expectedFields
        ? u"this line has %1 fields but the header has %2; quote a field that holds a \"%3\""_s.arg(count)
              .arg(m_expectedFields)
              .arg(m_delimiter == '\t' ? u"\\t"_s : QString(QLatin1Char(m_delimiter)))
        : u"this line has %1 fields but the header has %2"_s.arg(count).arg(m_expectedFields);
    // Point at the first extra field, or at the end of a short record; at its start when it spans lines.
    const qsizetype at = !oneLine ? recordStart : count > m_expectedFields ? extraField : endOfRecord;
    return fail(data, recordStart, recordLine, at < 0 ? recordStart : at, message);
}

DelimitedTextReader::Status DelimitedTextReader::failEmpty()
{
    Error e = Error::make(Error::Kind::InvalidInput,
        u"%1: no rows: the file is empty; it needs a header line and rows"_s.arg(m_fileName));
    e.file = m_fileName;
    m_error = e;
    return Status::Failed;
}

Result<void> DelimitedTextReader::stream(const QByteArray &data, const QString &fileName, const RecordHandler &handler,
    QString *notice, TextDecoder::Choice choice)
{
    StreamedText text;
    auto read = streamPlaced(
        data, fileName, [&handler](const QStringList &fields, int line, qsizetype) { return handler(fields, line); },
        &text, choice);
    if (notice)
        *notice = text.notice;
    return read;
}

Result<void> DelimitedTextReader::streamPlaced(const QByteArray &data, const QString &fileName,
    const PlacedRecordHandler &handler, StreamedText *streamed, TextDecoder::Choice choice)
{
    // Parse UTF-8 only: anything else is converted once, here. UTF-8 stays in place (a mapped file is not copied).
    const TextDecoder::Encoding encoding = TextDecoder::resolve(data, choice);
    QByteArray utf8 = data;
    qsizetype pos = 0;
    qsizetype valid = 0; // utf8 is valid text up to here; past it the bytes were not valid in the file's encoding
    QString encodingName = u"UTF-8"_s;
    switch (encoding) {
    case TextDecoder::Encoding::Utf8:
    case TextDecoder::Encoding::Utf8Bom:
        // detect() decided on the bytes before the first bad one; that byte, if any, is refused here.
        pos = data.startsWith("\xEF\xBB\xBF") ? TextDecoder::bomSize(TextDecoder::Encoding::Utf8Bom) : 0;
        valid = pos + TextDecoder::firstInvalidUtf8(QByteArrayView(utf8).sliced(pos));
        break;
    case TextDecoder::Encoding::Utf16Le:
    case TextDecoder::Encoding::Utf16Be: {
        const bool le = encoding == TextDecoder::Encoding::Utf16Le;
        const QByteArrayView body = QByteArrayView(data).sliced(data.startsWith(le ? "\xFF\xFE" : "\xFE\xFF") ? 2 : 0);
        const qsizetype bad = TextDecoder::firstInvalidUtf16(body, le);
        utf8 = TextDecoder::toUtf8(body.first(bad), encoding);
        valid = utf8.size();
        if (bad != body.size())
            utf8.append('\0'); // stands for the bad bytes: the reader stops before it
        encodingName = u"UTF-16"_s;
        break;
    }
    case TextDecoder::Encoding::Windows1252:
        utf8 = TextDecoder::toUtf8(data, encoding);
        valid = utf8.size();
        break;
    }
    streamed->notice = choice == TextDecoder::Choice::Auto
        ? TextDecoder::notice(encoding, QFileInfo(fileName).fileName())
        : QString();
    const QByteArrayView text = QByteArrayView(utf8).first(valid);
    DelimitedTextReader reader(fileName);
    QStringList fields;
    for (;;) {
        qsizetype at = pos;
        switch (reader.readRecord(text, valid == utf8.size(), &pos, &fields)) {
        case Status::Full:
            while (at < pos && isBreak(text.at(at)))
                ++at; // the blank lines the reader skipped before the record
            if (auto stop = handler(fields, reader.recordLine(), at))
                return *stop;
            break;
        case Status::NeedMore: // only before bytes that are not valid text
            return reader.failBadEncoding(utf8, pos, valid, encodingName);
        case Status::End:
            streamed->delimiter = reader.delimiter();
            if (encoding != TextDecoder::Encoding::Utf8 && encoding != TextDecoder::Encoding::Utf8Bom)
                streamed->converted = utf8;
            return {};
        case Status::Failed:
            return *reader.error();
        }
    }
}

Result<void> DelimitedTextReader::streamFile(
    const QString &path, const RecordHandler &handler, QString *notice, TextDecoder::Choice encoding)
{
    StreamedText text;
    auto read = streamFile(
        path, [&handler](const QStringList &fields, int line, qsizetype) { return handler(fields, line); }, &text,
        encoding);
    if (notice)
        *notice = text.notice;
    return read;
}

Result<void> DelimitedTextReader::streamFile(
    const QString &path, const PlacedRecordHandler &handler, StreamedText *text, TextDecoder::Choice encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        e.file = path;
        return e;
    }
    // Mapped, not copied: a million-row file is read in place; the mapping ends with the file, after parsing.
    if (file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size())) {
            return streamPlaced(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size())),
                path, handler, text, encoding);
        }
    }
    return streamPlaced(file.readAll(), path, handler, text, encoding);
}

namespace {

DelimitedTextReader::RecordHandler collectInto(DelimitedTextReader::Table *table)
{
    return [table](const QStringList &fields, int line) -> std::optional<Error> {
        if (table->header.isEmpty()) { // the first record; a record always has at least one field
            table->header = fields;
        } else {
            table->records.append(fields);
            table->lines.append(line);
        }
        return std::nullopt;
    };
}

} // namespace

Result<DelimitedTextReader::Table> DelimitedTextReader::readAll(const QByteArray &data, const QString &fileName)
{
    Table table;
    if (auto ok = stream(data, fileName, collectInto(&table), &table.notice); !ok)
        return ok.error();
    return table;
}

Result<DelimitedTextReader::Table> DelimitedTextReader::readFile(const QString &path)
{
    Table table;
    if (auto ok = streamFile(path, collectInto(&table), &table.notice); !ok)
        return ok.error();
    return table;
}

Result<DelimitedTextReader::Table> DelimitedTextReader::readDevice(QIODevice *device, const QString &fileName)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::Io, u"cannot read %1: %2"_s.arg(fileName, device->errorString()));
        e.file = fileName;
        return e;
    }
    return readAll(device->readAll(), fileName);
}

QList<QStringList> DelimitedTextReader::readPastedTsv(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    DelimitedTextReader reader(QString(), pastedTsv());
    RowBlock block;
    qsizetype pos = 0;
    reader.readRows(utf8, true, &pos, &block, std::numeric_limits<int>::max()); // never fails: ragged, lenient
    QList<QStringList> rows;
    rows.reserve(block.rowCount());
    for (qsizetype r = 0; r < block.rowCount(); ++r)
        rows.append(block.row(r));
    return rows;
}

} // namespace Batchsmith
