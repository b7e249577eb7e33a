// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/result.h"

class QIODevice;

namespace Batchsmith {

/**
 * Reads CSV (RFC 4180 and what spreadsheets write): UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (then notice() says so; see TextDecoder); `,`, `;` or tab, detected
 * from the header line; quoted fields with delimiters, doubled quotes and line breaks; CRLF, LF or CR. Blank lines are
 * skipped. Bad input (an unterminated quote, text after a closing quote, a record whose field count differs from
 * the header's) is an Error that names the file, the line and the column. UTF-8 is parsed in place, so a
 * memory-mapped file is read without a copy; other encodings are converted to UTF-8 once.
 *
 *     CsvReader reader(bytes, u"rows.csv"_s);
 *     QStringList fields;
 *     while (reader.next(&fields)) use(fields, reader.recordLine());
 *     if (reader.error()) report(*reader.error());
 */
class CsvReader final
{
public:
    CsvReader(QByteArray data, QString fileName);

    /// Reads the next record. False at the end or on an error (then error() is set).
    bool next(QStringList *fields);

    /// 1-based line on which the last record read starts.
    int recordLine() const { return m_recordLine; }

    char delimiter() const { return m_delimiter; }

    /// How the bytes were read when not UTF-8 ("rows.csv is not UTF-8; read it as Windows-1252."), else empty.
    const QString &notice() const { return m_notice; }

    const std::optional<Error> &error() const { return m_error; }

    /// Reads a whole file: the header and every record, with the line each starts on.
    struct Table
    {
        QStringList header;
        QList<QStringList> records;
        QList<int> lines;
        QString notice; // see notice()
    };

    static Result<Table> readFile(const QString &path);

    /// Called with the header, then with each record and the line it starts on; returning an Error stops reading.
    using RecordHandler = std::function<std::optional<Error>(const QStringList &fields, int line)>;
    /// Reads record by record without keeping them: a million-row file never exists twice in memory.
    /// @p notice, when given, receives notice().
    static Result<void> stream(
        const QByteArray &data, const QString &fileName, const RecordHandler &handler, QString *notice = nullptr);
    static Result<void> streamFile(const QString &path, const RecordHandler &handler, QString *notice = nullptr);
    /// Reads @p device to its end (opening it read-only if needed); @p fileName is for messages.
    static Result<Table> read(QIODevice *device, const QString &fileName);
    static Result<Table> readAll(const QByteArray &data, const QString &fileName);

private:
    bool readQuoted(QString *field);
    bool readPlain(QString *field);
    void skipBlankLines();
    bool failFieldCount(
        qsizetype count, qsizetype recordStart, bool oneLine, qsizetype extraField, qsizetype endOfRecord);
    bool fail(const QString &message, int line, qsizetype offset);
    bool failAt(const QString &message, int line, qsizetype fieldStart, qsizetype offset);
    int columnAt(int line, qsizetype offset) const;
    bool decode(qsizetype begin, qsizetype end, bool unescape, QString *out, int line);
    void detectDelimiter();

    QByteArray m_data;
    QString m_fileName;
    QString m_notice;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    int m_recordLine = 0;
    int m_expectedFields = -1;
    char m_delimiter = ',';
    std::optional<Error> m_error;
};

} // namespace Batchsmith
