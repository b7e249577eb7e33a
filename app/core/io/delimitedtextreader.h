// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/io/textdecoder.h"
#include "core/result.h"
#include "core/table/rowblock.h"

class QIODevice;

namespace Batchsmith {

/**
 * The one reader for delimited text: CSV and TSV files (the CLI, BatchInput, the grid's bulk loader) and blocks
 * pasted from a spreadsheet. It parses UTF-8 (TextDecoder turns anything else into UTF-8 first) from a buffer that
 * may end in the middle of a record: then it stops before that record and asks for more, so a file is read a few
 * megabytes at a time and never exists as QStrings.
 *
 * The rules: `,` `;` or tab, detected from the header line unless Options::delimiter names one; quoted fields with
 * delimiters, doubled quotes and line breaks; CRLF, LF or a lone CR; blank lines skipped; every record with the
 * header's field count. Bad input (an unterminated quote, text after a closing quote, a record whose field count
 * differs from the header's, bytes that are not UTF-8, no header at all) stops the reader with an Error that names
 * the file, the line and the column ("rows.csv:12:5: …"). pastedTsv() switches to what spreadsheets put on the
 * clipboard: tab, blank lines kept, quotes that do not enclose a whole field read as text, any field count.
 *
 * Three ways in: readRows() fills a RowBlock (the fast path: the cells' bytes go straight into the block), and
 * readRecord() hands over one record as a QStringList, both incremental; the static functions read a whole text
 * or file (decoding it) record by record. One reader per text, one thread at a time.
 *
 *     DelimitedTextReader reader(u"rows.csv"_s);
 *     qsizetype pos = 0;
 *     RowBlock block;
 *     while (reader.readRows(bytes, atEnd, &pos, &block, 1000) == DelimitedTextReader::Status::Full) { … }
 *
 *     auto table = DelimitedTextReader::readFile(path); // header, records and their lines, or an Error
 *     const QList<QStringList> cells = DelimitedTextReader::readPastedTsv(clipboardText);
 */
class DelimitedTextReader final
{
public:
    struct Options
    {
        char delimiter = 0; // ',' ';' or '\t'; 0: the one that occurs most in the text's first line
        bool skipBlankLines = true; // false: a blank line is a record of one empty field
        bool strictQuotes = true; // false: quotes that do not enclose a whole field are part of its text
        bool raggedRecords = false; // true: records may have any field count, and no record at all is no error
    };

    /// What Excel, LibreOffice and Google Sheets put on the clipboard: tab-separated, a blank line is an empty
    /// cell, a cell such as `"a" b` or `5" screen` is copied as is, rows may differ in length.
    static Options pastedTsv() { return { '\t', false, false, true }; }

    enum class Status {
        Full, // maxRows records were read (readRecord(): one); call again
        NeedMore, // the data ends inside a record (or the first line): append bytes after *pos and call again
        End, // at the end of the data (atEnd was true)
        Failed, // error() says why; every later call fails too
    };

    /// @p fileName is for messages ("rows.csv:12:5: …").
    explicit DelimitedTextReader(QString fileName);
    DelimitedTextReader(QString fileName, Options options);

    /// Reads records from @p data starting at *pos into @p block, at most @p maxRows; *pos moves past each whole
    /// record. @p atEnd: no bytes follow @p data. Unless the options allow ragged records, the first record read
    /// is the header: it sets the field count that every later record must have.
    Status readRows(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows);
    /// Reads one record into @p fields, as readRows(); recordLine() tells where it starts.
    Status readRecord(QByteArrayView data, bool atEnd, qsizetype *pos, QStringList *fields);

    /// Fails because @p data holds a byte that is not UTF-8 at @p offset (found by TextDecoder). The error names the
    /// record that holds it: the records between *pos and @p offset are read first (and dropped), so an error in
    /// one of them comes first, as it would have when reading on.
    const Error &failNotUtf8(QByteArrayView data, qsizetype pos, qsizetype offset);
    /// The same for a text whose bytes were not valid in @p encodingName ("UTF-16"): @p data is the valid part as
    /// UTF-8 and @p offset where the bad bytes began in it.
    const Error &failBadEncoding(QByteArrayView data, qsizetype pos, qsizetype offset, const QString &encodingName);

    /// ',' ';' or '\t'; 0 until the first line was read when detecting it.
    char delimiter() const { return m_delimiter; }

    /// The header's field count; -1 before the header.
    int fieldCount() const { return m_expectedFields; }

    /// 1-based line on which the last record read by readRecord() starts.
    int recordLine() const { return m_recordLine; }

    const std::optional<Error> &error() const { return m_error; }

    /// The delimiter that occurs most in the first line of @p utf8 (outside quotes): ',' on a tie.
    static char detectDelimiter(QByteArrayView utf8);

    /// A whole text: the header and every record, with the line each starts on.
    struct Table
    {
        QStringList header;
        QList<QStringList> records;
        QList<int> lines;
        QString notice; // how the bytes were read when not UTF-8 ("rows.csv is not UTF-8; read it as …"), else empty
    };

    /// Called with the header, then with each record and the line it starts on; returning an Error stops reading.
    using RecordHandler = std::function<std::optional<Error>(const QStringList &fields, int line)>;
    /// Decodes @p data (see TextDecoder; @p encoding is what the person said it is) and reads it record by record
    /// without keeping the records. @p fileName is for messages; @p notice, when given, receives
    /// TextDecoder::notice(). Bytes that are not valid in the encoding stop it with an Error naming their line and
    /// column.
    static Result<void> stream(const QByteArray &data, const QString &fileName, const RecordHandler &handler,
        QString *notice = nullptr, TextDecoder::Choice encoding = TextDecoder::Choice::Auto);
    /// As stream(), from a file that is mapped rather than copied: a million-row file never exists twice in memory.
    static Result<void> streamFile(const QString &path, const RecordHandler &handler, QString *notice = nullptr,
        TextDecoder::Choice encoding = TextDecoder::Choice::Auto);

    /// As RecordHandler, with the byte offset in the parsed UTF-8 text at which the record starts.
    using PlacedRecordHandler = std::function<std::optional<Error>(const QStringList &fields, int line, qsizetype at)>;

    /// What streamFile() read, for reading records again later (BatchInputSource).
    struct StreamedText
    {
        QString notice; // TextDecoder::notice(), empty for UTF-8
        char delimiter = 0; // the header's
        /// The UTF-8 text the offsets point into when the file is not UTF-8 (Windows-1252, UTF-16); empty for a
        /// UTF-8 file, whose offsets are its own byte offsets.
        QByteArray converted;
    };

    /// As streamFile(), telling each record's offset; @p text receives how the file was read.
    static Result<void> streamFile(const QString &path, const PlacedRecordHandler &handler, StreamedText *text,
        TextDecoder::Choice encoding = TextDecoder::Choice::Auto);
    static Result<Table> readAll(const QByteArray &data, const QString &fileName);
    static Result<Table> readFile(const QString &path);
    /// Reads @p device to its end (opening it read-only if needed); @p fileName is for messages.
    static Result<Table> readDevice(QIODevice *device, const QString &fileName);

    /// The cells of a block pasted from a spreadsheet (pastedTsv()); a final line break ends the block.
    static QList<QStringList> readPastedTsv(const QString &text);

private:
    static Result<void> streamPlaced(const QByteArray &data, const QString &fileName,
        const PlacedRecordHandler &handler, StreamedText *text, TextDecoder::Choice encoding);

    enum class Step { Done, NeedMore, Failed };
    enum class Quoted { Read, Text, NeedMore, Failed };

    struct QuotedField
    {
        Quoted result;
        qsizetype end; // Read: just past the closing quote
    };

    Status fill(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows, qsizetype room);
    Status parseRows(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block, int maxRows);
    Step parseRecord(QByteArrayView data, bool atEnd, qsizetype *pos, RowBlock *block);
    QuotedField parseQuoted(QByteArrayView data, bool atEnd, qsizetype recordStart, int recordLine, qsizetype open);
    bool setDelimiter(QByteArrayView data, bool atEnd);

    void write(const char *from, qsizetype size)
    {
        // Room for the bytes and the CellEnd after them; readRows() makes enough up front, readRecord() grows it.
        if (m_outSize + size + 1 > m_outCapacity)
            grow(size + 1);
        std::memcpy(m_out + m_outSize, from, size_t(size));
        m_outSize += size;
    }

    void grow(qsizetype bytes);

    // The one error path: every message about the text is made here.
    Step fail(QByteArrayView data, qsizetype recordStart, int recordLine, qsizetype offset, const QString &message);
    Step failFieldCount(QByteArrayView data, qsizetype recordStart, int recordLine, int count, bool oneLine,
        qsizetype extraField, qsizetype endOfRecord);
    Status failEmpty();

    QString m_fileName;
    Options m_options;
    char m_delimiter = 0;
    bool m_stop[256] = {}; // the bytes that end an unquoted field
    int m_line = 1;
    int m_recordLine = 0;
    int m_expectedFields = -1;
    std::optional<Error> m_error;
    RowBlock *m_block = nullptr; // the block being filled, while readRows() runs
    char *m_out = nullptr; // its bytes
    qsizetype m_outSize = 0;
    qsizetype m_outCapacity = 0;
    RowBlock m_record; // readRecord()'s one row
};

} // namespace Batchsmith
