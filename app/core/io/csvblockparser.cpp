// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvblockparser.h"

#include <cstring>

namespace Batchsmith {

namespace {

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

} // namespace

CsvBlockParser::CsvBlockParser(QString fileName, char delimiter)
    : m_fileName(std::move(fileName))
    , m_delimiter(delimiter)
{
    m_stop[uchar(delimiter)] = true;
    m_stop[uchar('\n')] = true;
    m_stop[uchar('\r')] = true;
}

char CsvBlockParser::detectDelimiter(QByteArrayView utf8)
{
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    for (const char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && isBreak(c))
            break;
        else if (!quoted && c == ',')
            ++counts[0];
        else if (!quoted && c == ';')
            ++counts[1];
        else if (!quoted && c == '\t')
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return '\t';
    return ',';
}

CsvBlockParser::Status CsvBlockParser::parse(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows)
{
    if (m_error)
        return Status::Failed;
    // Cells are written through a raw pointer into room made once: a record's cells never take more bytes than the
    // record itself plus one (each delimiter or line break becomes a CellEnd, quotes are dropped).
    const qsizetype start = block->bytes.size();
    const qsizetype input = data.size() - *pos;
    block->bytes.resize(start + input + qMin<qsizetype>(maxRows, input + 1));
    m_out = block->bytes.data();
    m_outSize = start;
    const Status status = parseRows(data, atEnd, pos, block, maxRows);
    block->bytes.truncate(m_outSize);
    m_out = nullptr;
    return status;
}

CsvBlockParser::Status CsvBlockParser::parseRows(
    QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows)
{
    for (int rows = 0; rows < maxRows; ++rows) {
        // Skip blank lines; a CR at the very end of the buffer may be the first half of a CRLF.
        const char *d = data.data();
        const qsizetype n = data.size();
        qsizetype p = *pos;
        while (p < n && isBreak(d[p])) {
            if (d[p] == '\r' && p + 1 >= n && !atEnd)
                break;
            if (d[p] == '\r' && p + 1 < n && d[p + 1] == '\n')
                ++p;
            ++p;
            ++m_line;
        }
        *pos = p;
        if (p >= n || (d[p] == '\r' && p + 1 >= n))
            return atEnd ? Status::End : Status::NeedMore;
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

CsvBlockParser::Step CsvBlockParser::parseRecord(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block)
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
        if (p < n && d[p] == '"') {
            const qsizetype open = p;
            qsizetype from = p + 1;
            for (;;) {
                const void *hit = std::memchr(d + from, '"', size_t(n - from));
                if (!hit) {
                    if (!atEnd)
                        return needMore();
                    m_outSize = bytesBefore;
                    return fail(data, recordStart, recordLine, open,
                        QStringLiteral("a quoted field starts here and never ends; add the closing quote"));
                }
                const qsizetype q = static_cast<const char *>(hit) - d;
                if (q + 1 >= n && !atEnd)
                    return needMore(); // a doubled quote or the end of the field: the next byte tells
                if (q + 1 < n && d[q + 1] == '"') {
                    write(d + from, q + 1 - from);
                    from = q + 2;
                    continue;
                }
                write(d + from, q - from);
                breaks += countBreaks(QByteArrayView(d + open, q - open));
                p = q + 1;
                break;
            }
            if (p < n && !m_stop[uchar(d[p])]) {
                m_outSize = bytesBefore;
                return fail(data, recordStart, recordLine, p,
                    QStringLiteral("unexpected text after a closing quote; double a quote inside a quoted field"));
            }
        } else {
            const qsizetype start = p;
            while (p < n && !m_stop[uchar(d[p])])
                ++p;
            if (p >= n && !atEnd)
                return needMore();
            write(d + start, p - start);
        }
        m_out[m_outSize++] = RowBlock::CellEnd;
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
    } else if (fields != m_expectedFields) {
        m_outSize = bytesBefore;
        return failFieldCount(data, recordStart, recordLine, fields, breaks == 0, extraField, endOfRecord);
    }
    m_line = recordLine + breaks + 1;
    *pos = p;
    block->rowEnds.append(m_outSize);
    block->lines.append(recordLine);
    return Step::Done;
}

CsvBlockParser::Step CsvBlockParser::fail(
    QByteArrayView data, qsizetype recordStart, int recordLine, qsizetype offset, const QString &message)
{
    // A record starts at the start of a line; the error's line may be further down when quotes span lines.
    const QByteArrayView before = data.sliced(recordStart, offset - recordStart);
    const int line = recordLine + countBreaks(before);
    qsizetype lineStart = offset;
    while (lineStart > recordStart && !isBreak(data.at(lineStart - 1)))
        --lineStart;
    Error e = Error::make(Error::Kind::InvalidInput, message);
    e.file = m_fileName;
    e.line = line;
    e.column = int(QString::fromUtf8(data.sliced(lineStart, offset - lineStart)).size()) + 1;
    e.message = QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(line).arg(e.column).arg(message);
    m_error = e;
    return Step::Failed;
}

CsvBlockParser::Step CsvBlockParser::failFieldCount(QByteArrayView data, qsizetype recordStart, int recordLine,
    int count, bool oneLine, qsizetype extraField, qsizetype endOfRecord)
{
    const QString message = count > m_expectedFields
        ? QStringLiteral("this line has %1 fields but the header has %2; quote a field that holds a \"%3\"")
              .arg(count)
              .arg(m_expectedFields)
              .arg(m_delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(m_delimiter)))
        : QStringLiteral("this line has %1 fields but the header has %2").arg(count).arg(m_expectedFields);
    // Point at the first extra field, or at the end of a short record; at its start when it spans lines.
    const qsizetype at = !oneLine ? recordStart : count > m_expectedFields ? extraField : endOfRecord;
    return fail(data, recordStart, recordLine, at < 0 ? recordStart : at, message);
}

} // namespace Batchsmith
