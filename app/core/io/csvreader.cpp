// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"

#include <QFile>
#include <QFileInfo>

#include "core/io/csvblockparser.h"
#include "core/io/textdecoder.h"

namespace Batchsmith {

CsvReader::CsvReader(QByteArray data, QString fileName)
    : m_data(std::move(data))
    , m_fileName(std::move(fileName))
{
    // Parse UTF-8 only: anything else is converted once, here. UTF-8 stays in place (a mapped file is not copied).
    const TextDecoder::Encoding encoding = TextDecoder::detect(m_data);
    if (encoding == TextDecoder::Encoding::Utf8Bom) {
        m_pos = m_lineStart = 3;
    } else if (encoding != TextDecoder::Encoding::Utf8) {
        m_data = TextDecoder::toUtf8(m_data, encoding);
        m_notice = TextDecoder::notice(encoding, QFileInfo(m_fileName).fileName());
    }
    detectDelimiter();
}

void CsvReader::detectDelimiter()
{
    m_delimiter = CsvBlockParser::detectDelimiter(QByteArrayView(m_data).sliced(m_pos));
}

int CsvReader::columnAt(int line, qsizetype offset) const
{
    Q_UNUSED(line)
    const qsizetype start = qMin(m_lineStart, offset);
    return static_cast<int>(QString::fromUtf8(m_data.constData() + start, offset - start).size()) + 1;
}

bool CsvReader::fail(const QString &message, int line, qsizetype offset)
{
    Error e = Error::make(Error::Kind::InvalidInput, message);
    e.file = m_fileName;
    e.line = line;
    e.column = columnAt(line, offset);
    e.message = QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(line).arg(e.column).arg(message);
    m_error = e;
    return false;
}

namespace {

/// Offset of the first byte of @p bytes that does not start a valid UTF-8 sequence (the error path only).
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = uchar(bytes.at(i));
        const int length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > bytes.size() || !bytes.sliced(i, length).isValidUtf8())
            return i;
        i += length;
    }
    return bytes.size();
}

} // namespace

bool CsvReader::decode(qsizetype begin, qsizetype end, bool unescape, QString *out, int line)
{
    // One validity check and one conversion per field: no per-character work outside Qt's vectorised code.
    QByteArrayView bytes(m_data.constData() + begin, end - begin);
    if (!bytes.isValidUtf8())
        return failAt(QStringLiteral("this text is not valid UTF-8; save the file as UTF-8"), line, begin,
            begin + firstInvalidUtf8(bytes));
    if (unescape && bytes.contains('"')) {
        QByteArray unescaped = bytes.toByteArray().replace("\"\"", "\"");
        *out = QString::fromUtf8(unescaped);
    } else {
        *out = QString::fromUtf8(bytes);
    }
    return true;
}

bool CsvReader::failAt(const QString &message, int line, qsizetype fieldStart, qsizetype offset)
{
    // Quoted fields may span lines: count the line breaks between the field's start and the bad byte, and find the
    // start of the bad byte's own line for the column.
    const char *d = m_data.constData();
    for (qsizetype i = fieldStart; i < offset; ++i) {
        if (d[i] == '\n' || (d[i] == '\r' && !(i + 1 < m_data.size() && d[i + 1] == '\n')))
            ++line;
    }
    const qsizetype first = m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype lineStart = offset;
    while (lineStart > first && d[lineStart - 1] != '\n' && d[lineStart - 1] != '\r')
        --lineStart;
    m_lineStart = lineStart;
    return fail(message, line, offset);
}

bool CsvReader::readQuoted(QString *field)
{
    const int openLine = m_line;
    const qsizetype open = m_pos;
    const qsizetype openLineStart = m_lineStart;
    const char *d = m_data.constData();
    const qsizetype size = m_data.size();
    qsizetype i = m_pos + 1;
    for (;;) {
        if (i >= size) {
            m_lineStart = openLineStart;
            return fail(
                QStringLiteral("a quoted field starts here and never ends; add the closing quote"), openLine, open);
        }
        const char c = d[i];
        if (c == '"') {
            if (i + 1 < size && d[i + 1] == '"') {
                i += 2;
                continue;
            }
            break;
        }
        if (c == '\n' || (c == '\r' && !(i + 1 < size && d[i + 1] == '\n'))) {
            ++m_line;
            m_lineStart = i + 1;
        }
        ++i;
    }
    if (!decode(open + 1, i, true, field, openLine))
        return false;
    m_pos = i + 1;
    if (m_pos < size && d[m_pos] != m_delimiter && d[m_pos] != '\n' && d[m_pos] != '\r')
        return fail(QStringLiteral("unexpected text after a closing quote; double a quote inside a quoted field"),
            m_line, m_pos);
    return true;
}

bool CsvReader::readPlain(QString *field)
{
    const char *d = m_data.constData();
    const qsizetype size = m_data.size();
    qsizetype i = m_pos;
    while (i < size && d[i] != m_delimiter && d[i] != '\n' && d[i] != '\r')
        ++i;
    if (!decode(m_pos, i, false, field, m_line))
        return false;
    m_pos = i;
    return true;
}

void CsvReader::skipBlankLines()
{
    const char *d = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\r' && m_pos + 1 < size && d[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (m_error)
        return false;
    skipBlankLines();
    const qsizetype size = m_data.size();
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    const qsizetype recordStart = m_pos;
    qsizetype extraField = -1; // where the first field past the header's count starts
    for (;;) {
        if (fields->size() == m_expectedFields && extraField < 0)
            extraField = m_pos;
        QString field;
        if (!(m_pos < size && m_data.at(m_pos) == '"' ? readQuoted(&field) : readPlain(&field)))
            return false;
        fields->append(field);
        if (m_pos < size && m_data.at(m_pos) == m_delimiter) {
            ++m_pos;
            continue;
        }
        break;
    }
    const qsizetype endOfRecord = m_pos;
    const int endLine = m_line;
    if (m_pos < size) {
        if (m_data.at(m_pos) == '\r' && m_pos + 1 < size && m_data.at(m_pos + 1) == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_expectedFields < 0)
        m_expectedFields = static_cast<int>(fields->size());
    else if (fields->size() != m_expectedFields)
        return failFieldCount(fields->size(), recordStart, endLine == m_recordLine, extraField, endOfRecord);
    m_lineStart = m_pos;
    return true;
}

bool CsvReader::failFieldCount(
    qsizetype count, qsizetype recordStart, bool oneLine, qsizetype extraField, qsizetype endOfRecord)
{
    const QString message = count > m_expectedFields
        ? QStringLiteral("this line has %1 fields but the header has %2; quote a field that holds a \"%3\"")
              .arg(count)
              .arg(m_expectedFields)
              .arg(m_delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(m_delimiter)))
        : QStringLiteral("this line has %1 fields but the header has %2").arg(count).arg(m_expectedFields);
    // Point at the first extra field, or at the end of a short record; at its start when it spans lines.
    const qsizetype at = !oneLine ? recordStart : count > m_expectedFields ? extraField : endOfRecord;
    m_lineStart = recordStart;
    return fail(message, m_recordLine, at < 0 ? recordStart : at);
}

Result<void> CsvReader::stream(
    const QByteArray &data, const QString &fileName, const RecordHandler &handler, QString *notice)
{
    CsvReader reader(data, fileName);
    if (notice)
        *notice = reader.notice();
    QStringList fields;
    bool header = true;
    while (reader.next(&fields)) {
        if (auto stop = handler(fields, reader.recordLine()))
            return *stop;
        header = false;
    }
    if (reader.error())
        return *reader.error();
    if (header) {
        Error e = Error::make(
            Error::Kind::InvalidInput, QStringLiteral("%1: the file is empty; it needs a header line").arg(fileName));
        e.file = fileName;
        return e;
    }
    return {};
}

Result<void> CsvReader::streamFile(const QString &path, const RecordHandler &handler, QString *notice)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        e.file = path;
        return e;
    }
    // Mapped, not copied: a million-row file is read in place; the mapping ends with the file, after parsing.
    if (file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size())) {
            return stream(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size())), path,
                handler, notice);
        }
    }
    return stream(file.readAll(), path, handler, notice);
}

namespace {

CsvReader::RecordHandler collectInto(CsvReader::Table *table)
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

Result<CsvReader::Table> CsvReader::readAll(const QByteArray &data, const QString &fileName)
{
    Table table;
    if (auto ok = stream(data, fileName, collectInto(&table), &table.notice); !ok)
        return ok.error();
    return table;
}

Result<CsvReader::Table> CsvReader::read(QIODevice *device, const QString &fileName)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        Error e
            = Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(fileName, device->errorString()));
        e.file = fileName;
        return e;
    }
    return readAll(device->readAll(), fileName);
}

Result<CsvReader::Table> CsvReader::readFile(const QString &path)
{
    Table table;
    if (auto ok = streamFile(path, collectInto(&table), &table.notice); !ok)
        return ok.error();
    return table;
}

} // namespace Batchsmith
