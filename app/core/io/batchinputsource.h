// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include "core/batch/rowsource.h"
#include "core/io/batchinputschema.h"
#include "core/io/textdecoder.h"
#include "core/result.h"

class QFile;

namespace Batchsmith {

/**
 * The rows of a batch input file (the columns BatchInput describes), read from the file when they are needed: one
 * pass indexes where each record starts and on which line, and checks the whole file as BatchInput::read() does
 * (same messages: file, line, column); then row() seeks to a record and decodes it. Rows that a results file given
 * as input marks created or updated are left out of the index: rowCount() counts the rows to send. Keys are
 * RowKey::make() of the data-line index, as BatchInput's, so a results file read back keeps them.
 *
 * About 16 bytes a row stay in memory, plus the text itself when the file is not UTF-8 (Windows-1252 and UTF-16
 * are converted to UTF-8 once, and the offsets point into that). The file must not change while it is used;
 * forEachRecord() refuses a file whose size or modification time changed. Owned through std::shared_ptr (the
 * engine shares it); one thread.
 *
 *     auto input = BatchInputSource::open(path, spec);
 *     if (!input) return report(input.error());
 *     engine.start(spec, *input);
 *     ResultsWriter::write(resultsPath, **input, [&](const QString &key) { return engine.outcome(key); });
 */
class BatchInputSource final : public RowSource
{
public:
    /// Which rows the index holds: the rows to send (a results file's final rows left out), or every data row (a run
    /// journal records them all, final ones too; RunJournal::create() with a JournalInput).
    enum class Rows { ToSend, Every };

    static Result<std::shared_ptr<BatchInputSource>> open(const QString &path, const BatchSpec &spec,
        TextDecoder::Choice encoding = TextDecoder::Choice::Auto, Rows rows = Rows::ToSend);
    ~BatchInputSource() override;

    int rowCount() const override { return static_cast<int>(m_offsets.size()); }

    QString key(int index) const override;
    Row row(int index) const override;
    QString value(int index, const QString &property) const override;
    int indexOfKey(const QString &key) const override;

    int sourceLine(int index) const override { return m_lines.at(size_t(index)); }

    /// Row @p index's cells, one per column (BatchInput::cells), read from the file again.
    QStringList cells(int index) const;

    const QString &file() const { return m_file; }

    /// The input's own columns, in order, without __status/__id/__error (BatchInput::columns).
    const QStringList &columns() const { return m_schema.columns(); }

    /// How the file was read when not UTF-8 (DelimitedTextReader's notice), empty for UTF-8.
    const QString &notice() const { return m_notice; }

    /// Every data row of the file, those left out included.
    int dataRowCount() const { return m_dataRows; }

    /// The rows a results file given as input marks final (created or updated), by status: int(RowStatus).
    const RowStatusCounts &previousCounts() const { return m_previous; }

    int previousCount() const;

    /// Keys of the rows a results file given as input marks `unknown` (sent before, answer lost), in file order.
    const QStringList &unknownKeys() const { return m_unknownKeys; }

    /// Rows::Every only: the outcome a results file given as input gave each row that has one (BatchInput::previous,
    /// without the rows that have none), by index.
    const QHash<int, RowOutcome> &previousOutcomes() const { return m_previousOutcomes; }

    /// Called for each data record in file order: its cells (BatchInput::cells), its key, and the outcome a
    /// results file gave it (Pending when none, or when it was not final).
    using RecordVisitor = std::function<void(const QStringList &cells, const QString &key, const RowOutcome &previous)>;
    /// Reads the file again from its start, a megabyte at a time.
    Result<void> forEachRecord(const RecordVisitor &visit) const;

private:
    BatchInputSource(QString file, BatchInputSchema schema);

    /// The fields of the record at @p offset in the text; empty when it cannot be read (the file changed).
    QStringList recordAt(qint64 offset) const;
    /// The text from @p offset on, at least @p bytes of it (less at the end); points into the cache or m_converted.
    QByteArrayView textFrom(qint64 offset, qint64 bytes, bool *atEnd) const;
    Error changedError() const;
    bool unchanged() const;

    QString m_file;
    BatchInputSchema m_schema;
    QString m_notice;
    char m_delimiter = ',';
    QByteArray m_converted; // the UTF-8 text when the file is not UTF-8
    qint64 m_textStart = 0; // where the header starts in the text (after a BOM)
    qint64 m_textSize = 0;
    qint64 m_fileSize = 0;
    QDateTime m_modified;
    int m_dataRows = 0;
    RowStatusCounts m_previous {};
    QStringList m_unknownKeys;
    QHash<int, RowOutcome> m_previousOutcomes; // Rows::Every only
    std::vector<qint64> m_offsets; // per row to send: where its record starts in the text
    std::vector<int> m_lines; // per row to send: its line in the file
    std::vector<quint32> m_numbers; // per row to send: its key's number; empty when every row is sent (i + 1)

    // The last stretch of the file read (UTF-8 files): rows are asked for in order, a batch at a time.
    std::unique_ptr<QFile> m_reader;
    mutable QByteArray m_cache;
    mutable qint64 m_cacheStart = 0;
};

} // namespace Batchsmith
