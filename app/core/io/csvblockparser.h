// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>
#include <optional>

#include <QByteArrayView>
#include <QString>

#include "core/result.h"
#include "core/table/rowblock.h"

namespace Batchsmith {

/**
 * The fast half of CSV reading, for TableLoader: parses UTF-8 bytes straight into a RowBlock, record by record,
 * from a buffer that may end in the middle of a record (then it stops before that record and asks for more). Same
 * rules and error messages as CsvReader: `,` `;` or tab, quotes, CRLF/LF/CR, blank lines skipped, every record with
 * the header's field count. Errors name the file, line and column. One thread at a time.
 *
 *     CsvBlockParser parser(u"rows.csv"_s, ',');
 *     qsizetype pos = 0;
 *     auto status = parser.parse(bytes, true, &pos, &block, 1000);
 */
class CsvBlockParser final
{
public:
    enum class Status {
        Full, // maxRows rows were added; call again
        NeedMore, // the buffer ends inside a record: append bytes after *pos and call again
        End, // at the end of the data (atEnd was true)
        Failed, // error() says why
    };

    CsvBlockParser(QString fileName, char delimiter);

    /// The delimiter that occurs most in the header line of @p utf8 (outside quotes): ',' by default.
    static char detectDelimiter(QByteArrayView utf8);

    /// Parses records from @p data starting at *pos into @p block, at most @p maxRows; *pos moves past each whole
    /// record. @p atEnd: no bytes follow @p data. The first record parsed by a parser is the header: it sets the
    /// field count that every later record must have.
    Status parse(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows);

    /// 1-based line of the next record.
    int line() const { return m_line; }

    int fieldCount() const { return m_expectedFields; }

    const std::optional<Error> &error() const { return m_error; }

    /// Fails with @p message at @p offset of @p data, inside the record that starts at @p recordStart on line();
    /// for problems found outside the parser (bytes that are not UTF-8).
    void failAt(QByteArrayView data, qsizetype recordStart, qsizetype offset, const QString &message)
    {
        fail(data, recordStart, m_line, offset, message);
    }

private:
    enum class Step { Done, NeedMore, Failed };
    Status parseRows(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows);

    void write(const char *from, qsizetype size)
    {
        std::memcpy(m_out + m_outSize, from, size_t(size));
        m_outSize += size;
    }

    Step parseRecord(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block);
    Step fail(QByteArrayView data, qsizetype recordStart, int recordLine, qsizetype offset, const QString &message);
    Step failFieldCount(QByteArrayView data, qsizetype recordStart, int recordLine, int count, bool oneLine,
        qsizetype extraField, qsizetype endOfRecord);

    QString m_fileName;
    char m_delimiter = ',';
    bool m_stop[256] = {};
    int m_line = 1;
    int m_expectedFields = -1;
    std::optional<Error> m_error;
    char *m_out = nullptr; // the block's bytes while parse() runs
    qsizetype m_outSize = 0;
};

} // namespace Batchsmith
