// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QStringList>

#include "core/io/textdecoder.h"
#include "core/result.h"
#include "core/table/rowblock.h"

namespace Batchsmith {

/**
 * Reads a CSV or TSV file on a worker thread and hands its rows over in chunks, so the grid fills at once and
 * the UI never waits for the whole file. Reads what DelimitedTextReader reads (UTF-8 with or without BOM, UTF-16 with
 * BOM, Windows-1252 when the text is ASCII up to its first byte that is not UTF-8, as TextDecoder explains; `,` `;`
 * or tab; quotes; CRLF or LF) with the same errors. The encoding is decided on the first block and held to for the
 * whole file: a later block that proves it wrong (UTF-8 text, then a bad byte) ends the load with an error naming
 * that byte's line and column.
 *
 * Lives on the caller's thread (the GUI thread), which receives every signal; only the parsing runs elsewhere.
 * One load per start(); owned by its QObject parent. Deleting it cancels and waits for the worker.
 *
 * Signals, in this order: headerRead() once; then rowsRead() chunks in file order (the first one small, about
 * FirstChunkRows rows, then about ChunkRows rows) interleaved with progress(); then finished() once, after the
 * last rowsRead(). progress() reaches (bytesTotal, bytesTotal) before a successful finished().
 *
 * Errors (ragged row, unterminated quote, text after a closing quote, unreadable file) end the load with
 * finished(rows, error), where error names the file, line and column (Error::file/line/column and the message
 * "rows.csv:12:5: …"). Rows emitted before the error are NOT valid data on their own: the caller must drop them
 * (nothing is half-imported silently). A successful load has error.kind == Error::Kind::None.
 *
 * cancel() stops the worker promptly; from the moment it returns no rowsRead() or progress() is emitted (a chunk
 * is whole or absent: never half a row), and finished(rows, Error::Kind::Cancelled) follows from the event loop.
 *
 * The column-mapping step: with setWaitForProceed(true) the loader emits headerRead() and then keeps parsing in
 * the background, holding the chunks (progress() still runs) until proceed(); then it emits what it holds and
 * continues. So the time spent in a mapping dialog is not lost, and nothing reaches the model before the mapping
 * is known. If the file turns out bad while held, finished(…, error) is emitted at once and the held rows are
 * dropped (no rowsRead() at all).
 *
 *     auto *loader = new TableLoader(this);
 *     connect(loader, &TableLoader::headerRead, this, [=](const QStringList &header, const QString &notice) { … });
 *     connect(loader, &TableLoader::rowsRead, this, [=](const RowBlock &block) { model->appendRows(block, map); });
 *     connect(loader, &TableLoader::finished, this, [=](qint64 rows, const Error &error) { … });
 *     loader->start(path);
 */
class TableLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableLoader)

public:
    static constexpr int FirstChunkRows = 200;
    static constexpr int ChunkRows = 16384;

    explicit TableLoader(QObject *parent = nullptr);
    ~TableLoader() override;

    /// Hold rows after headerRead() until proceed(); off by default. Set before start().
    void setWaitForProceed(bool wait);

    /// How the file is encoded (TextDecoder::Choice); Auto (the default) detects it as DelimitedTextReader does.
    /// A file that proves to be UTF-8 with a bad byte (even in a later block) ends the load with an error naming the
    /// byte's line and column. Set before start().
    void setEncoding(TextDecoder::Choice encoding);

    /// Starts reading @p path. Once per loader.
    void start(const QString &path);
    /// Lets held rows flow (see setWaitForProceed()). Harmless when not waiting.
    void proceed();
    /// Stops the load: no more rowsRead() or progress(); finished() with Error::Kind::Cancelled follows.
    void cancel();

    bool isRunning() const;
    QString filePath() const;
    /// Why the text was read as it was ("rows.csv is not UTF-8; read it as Windows-1252."), empty when UTF-8.
    QString notice() const;
    /// Delimiter found in the header line: ',', ';' or '\t' (valid after headerRead()).
    char delimiter() const;
    /// Whether the load failed because the bytes were not valid in the file's encoding (then another encoding may
    /// read it); valid once finished() was emitted.
    bool failedOnEncoding() const;

Q_SIGNALS:
    void headerRead(const QStringList &header, const QString &notice);
    /// The notice changed after headerRead(): rare, when non-UTF-8 bytes appear only deep into an ASCII file.
    void noticeChanged(const QString &notice);
    void rowsRead(const Batchsmith::RowBlock &block);
    void progress(qint64 bytesDone, qint64 bytesTotal);
    /// Once per load. @p rowCount rows were emitted in rowsRead(); @p error.kind is None on success.
    void finished(qint64 rowCount, const Batchsmith::Error &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Batchsmith
