// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/tableloader.h"

#include <atomic>
#include <cstring>
#include <functional>
#include <thread>

#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include "core/io/delimitedtextreader.h"
#include "core/io/textdecoder.h"

namespace Batchsmith {

namespace {

constexpr qsizetype FirstReadBytes = 1 << 20; // enough to sniff the encoding and fill the first chunk at once
constexpr qsizetype ReadBytes = 4 << 20;

/// Where a buffer of not-yet-validated UTF-8 can be cut without splitting a character.
qsizetype characterBoundary(QByteArrayView bytes, qsizetype from)
{
    qsizetype end = bytes.size();
    int back = 0;
    while (end > from && back < 3 && (uchar(bytes.at(end - 1)) & 0xC0) == 0x80) {
        --end;
        ++back;
    }
    if (end > from && uchar(bytes.at(end - 1)) >= 0xC0)
        --end; // a lead byte whose sequence may continue in the next read
    else if (back > 0 && end > from)
        end = bytes.size(); // the sequence is complete (or invalid: the check will tell)
    return end;
}

bool hasNonAscii(QByteArrayView bytes)
{
    uchar any = 0;
    for (const char c : bytes)
        any |= uchar(c);
    return (any & 0x80) != 0;
}

} // namespace

/// The worker: reads, decodes and parses; posts everything to the loader's thread. Shares nothing with it except
/// the cancel flag; whatever it posts is checked against the loader's state on arrival.
class LoadWorker final
{
public:
    LoadWorker(
        TableLoader *loader, QString path, TextDecoder::Choice choice, std::shared_ptr<std::atomic_bool> cancelled)
        : m_loader(loader)
        , m_path(std::move(path))
        , m_fileName(QFileInfo(m_path).fileName())
        , m_choice(choice)
        , m_cancelled(std::move(cancelled))
    {
    }

    void run();

    // Callbacks on the loader's thread, set by TableLoader.
    std::function<void(QStringList, QString, char)> onHeader;
    std::function<void(QString)> onNotice;
    std::function<void(RowBlock)> onRows;
    std::function<void(qint64, qint64)> onProgress;
    std::function<void(Error)> onFinished;
    std::function<void()> onBadEncoding; // posted just before onFinished when the text was not valid

private:
    template <typename F> void post(F &&f)
    {
        QMetaObject::invokeMethod(m_loader, std::forward<F>(f), Qt::QueuedConnection);
    }

    bool readMore(qsizetype bytes);
    Error ioError(const QString &what) const;
    bool checkNewBytes(DelimitedTextReader &reader, qsizetype pos);
    bool readUtf16();

    TableLoader *m_loader;
    QString m_path;
    QString m_fileName;
    TextDecoder::Choice m_choice;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFile m_file;
    qint64 m_total = 0;
    QByteArray m_buffer; // UTF-8: the tail of the last read that is not parsed yet, then the new bytes
    bool m_atEnd = false;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    qsizetype m_checked = 0; // m_buffer is valid UTF-8 up to here
    bool m_sawNonAscii = false;
    std::optional<Error> m_error;
};

Error LoadWorker::ioError(const QString &what) const
{
    Error e = Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(m_path, what));
    e.file = m_path;
    return e;
}

bool LoadWorker::readMore(qsizetype bytes)
{
    if (m_encoding == TextDecoder::Encoding::Windows1252) {
        const QByteArray raw = m_file.read(bytes);
        if (raw.isEmpty() && !m_file.atEnd()) {
            m_error = ioError(m_file.errorString());
            return false;
        }
        m_buffer.append(TextDecoder::windows1252ToUtf8(raw));
    } else {
        // Straight into the buffer: no copy of the file's bytes on the way.
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + bytes);
        const qint64 got = m_file.read(m_buffer.data() + before, bytes);
        m_buffer.truncate(before + qMax<qint64>(got, 0));
        if (got < 0) {
            m_error = ioError(m_file.errorString());
            return false;
        }
    }
    m_atEnd = m_file.atEnd();
    return true;
}

/// Validates the bytes read since the last call. A file that was ASCII so far and then is not UTF-8 switches to
/// Windows-1252; one that already had UTF-8 text, or began with a UTF-8 BOM, fails at the first bad byte.
bool LoadWorker::checkNewBytes(DelimitedTextReader &reader, qsizetype pos)
{
    if (m_encoding == TextDecoder::Encoding::Windows1252) {
        m_checked = m_buffer.size(); // every byte is a character
        return true;
    }
    const qsizetype end = m_atEnd ? m_buffer.size() : characterBoundary(m_buffer, m_checked);
    const QByteArrayView fresh(m_buffer.constData() + m_checked, end - m_checked);
    const qsizetype bad = TextDecoder::firstInvalidUtf8(fresh);
    if (!m_sawNonAscii)
        m_sawNonAscii = hasNonAscii(fresh.first(bad));
    if (bad == fresh.size()) {
        m_checked = end;
        return true;
    }
    const qsizetype at = m_checked + bad;
    if (!m_sawNonAscii && m_encoding == TextDecoder::Encoding::Utf8) {
        m_buffer = m_buffer.first(at) + TextDecoder::windows1252ToUtf8(QByteArrayView(m_buffer).sliced(at));
        m_encoding = TextDecoder::Encoding::Windows1252;
        m_checked = m_buffer.size();
        post([this, notice = TextDecoder::notice(m_encoding, m_fileName)] { onNotice(notice); });
        return true;
    }
    m_error = reader.failNotUtf8(m_buffer, pos, at);
    return false;
}

/// UTF-16 is converted as a whole: rare, and it cannot be cut anywhere. Bad code units (a lone surrogate, an odd
/// last byte) end the load before any row, with the error naming where they are.
bool LoadWorker::readUtf16()
{
    m_buffer.append(m_file.readAll());
    const bool le = m_encoding == TextDecoder::Encoding::Utf16Le;
    const QByteArrayView body
        = QByteArrayView(m_buffer).sliced(m_buffer.startsWith(le ? "\xFF\xFE" : "\xFE\xFF") ? 2 : 0);
    const qsizetype bad = TextDecoder::firstInvalidUtf16(body, le);
    const QByteArray utf8 = TextDecoder::toUtf8(body.first(bad), m_encoding);
    if (bad != body.size()) {
        DelimitedTextReader reader(m_fileName);
        m_error = reader.failBadEncoding(QByteArray(utf8).append('\0'), 0, utf8.size(), QStringLiteral("UTF-16"));
        return false;
    }
    m_buffer = utf8;
    m_atEnd = true;
    m_checked = m_buffer.size();
    return true;
}

void LoadWorker::run()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        post([this, e = ioError(m_file.errorString())] { onFinished(e); });
        return;
    }
    m_total = m_file.size();
    if (!readMore(FirstReadBytes))
        return post([this, e = *m_error] { onFinished(e); });
    // Auto decides on this first block (TextDecoder::detect: UTF-8 before a bad byte means refuse, not guess);
    // checkNewBytes() holds every later block to that decision.
    m_encoding = TextDecoder::resolve(m_buffer, m_choice, m_atEnd);
    m_sawNonAscii = m_choice == TextDecoder::Choice::Utf8; // said to be UTF-8: a bad byte is an error, not 1252
    qsizetype pos = 0;
    if (m_encoding == TextDecoder::Encoding::Utf16Le || m_encoding == TextDecoder::Encoding::Utf16Be) {
        if (!readUtf16()) {
            return post([this, e = *m_error] {
                onBadEncoding();
                onFinished(e);
            });
        }
    } else if (m_encoding == TextDecoder::Encoding::Windows1252) {
        m_buffer = TextDecoder::windows1252ToUtf8(m_buffer);
    } else if (m_encoding == TextDecoder::Encoding::Utf8Bom) {
        pos = m_checked = 3;
    }
    DelimitedTextReader reader(m_fileName);
    RowBlock block;
    bool header = true;
    qint64 records = 0;
    int want = 1;
    while (!m_cancelled->load()) {
        if (!checkNewBytes(reader, pos)) {
            return post([this, e = *m_error] {
                onBadEncoding();
                onFinished(e);
            });
        }
        const QByteArrayView ready = QByteArrayView(m_buffer).first(m_checked);
        block.columnCount = reader.fieldCount();
        const auto status = reader.readRows(
            ready, m_atEnd && m_checked == m_buffer.size(), &pos, &block, want - int(block.rowCount()));
        if (status == DelimitedTextReader::Status::Failed) // a bad record, or no header at all
            return post([this, e = *reader.error()] { onFinished(e); });
        const bool done = status == DelimitedTextReader::Status::End;
        if (header && block.rowCount() == 1) {
            header = false;
            const QStringList fields = block.row(0);
            block = RowBlock();
            want = TableLoader::FirstChunkRows;
            post([this, fields, notice = TextDecoder::notice(m_encoding, m_fileName), delimiter = reader.delimiter()] {
                onHeader(fields, notice, delimiter);
            });
        } else if (!header && (status == DelimitedTextReader::Status::Full || (done && !block.isEmpty()))) {
            block.columnCount = reader.fieldCount();
            block.firstRecord = records;
            records += block.rowCount();
            const qint64 consumed
                = m_file.pos() - (m_encoding == TextDecoder::Encoding::Utf8 ? m_buffer.size() - pos : 0);
            post([this, b = std::move(block), consumed, total = m_total] {
                onRows(b);
                onProgress(qMin(consumed, total), total);
            });
            block = RowBlock();
            want = TableLoader::ChunkRows;
        }
        if (done) {
            return post([this, total = m_total] {
                onProgress(total, total);
                onFinished(Error());
            });
        }
        if (status == DelimitedTextReader::Status::NeedMore) {
            // Keep the buffer's allocation: the unparsed tail moves to its front and the next read fills pages that
            // are already mapped, instead of a fresh allocation faulting in every 4 MiB.
            const qsizetype tail = m_buffer.size() - pos;
            std::memmove(m_buffer.data(), m_buffer.constData() + pos, size_t(tail));
            m_buffer.truncate(tail);
            m_checked -= pos;
            pos = 0;
            if (!m_atEnd && !readMore(ReadBytes))
                return post([this, e = *m_error] { onFinished(e); });
        }
    }
}

class TableLoader::Private
{
public:
    QString path;
    bool wait = false;
    TextDecoder::Choice encoding = TextDecoder::Choice::Auto;
    bool started = false;
    bool holding = false;
    bool finished = false;
    bool cancelled = false;
    char delimiter = ',';
    bool badEncoding = false;
    QString notice;
    qint64 rowsEmitted = 0;
    QList<RowBlock> held;
    std::optional<Error> heldEnd; // success waiting for proceed()
    std::shared_ptr<std::atomic_bool> cancelFlag = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<LoadWorker> worker;
    std::thread thread;
};

TableLoader::TableLoader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

TableLoader::~TableLoader()
{
    d->cancelFlag->store(true);
    if (d->thread.joinable())
        d->thread.join();
}

void TableLoader::setWaitForProceed(bool wait)
{
    d->wait = wait;
}

void TableLoader::setEncoding(TextDecoder::Choice encoding)
{
    d->encoding = encoding;
}

void TableLoader::start(const QString &path)
{
    if (d->started)
        return;
    d->started = true;
    d->path = path;
    d->worker = std::make_unique<LoadWorker>(this, path, d->encoding, d->cancelFlag);
    LoadWorker *w = d->worker.get();
    // Everything below runs on this object's thread, posted by the worker; a cancelled load ignores it all.
    w->onHeader = [this](const QStringList &header, const QString &notice, char delimiter) {
        if (d->cancelled)
            return;
        d->delimiter = delimiter;
        d->notice = notice;
        d->holding = d->wait;
        Q_EMIT headerRead(header, notice);
    };
    w->onNotice = [this](const QString &notice) {
        if (d->cancelled)
            return;
        d->notice = notice;
        Q_EMIT noticeChanged(notice);
    };
    w->onRows = [this](const RowBlock &block) {
        if (d->cancelled)
            return;
        if (d->holding) {
            d->held.append(block);
            return;
        }
        d->rowsEmitted += block.rowCount();
        Q_EMIT rowsRead(block);
    };
    w->onBadEncoding = [this] { d->badEncoding = true; };
    w->onProgress = [this](qint64 done, qint64 total) {
        if (!d->cancelled)
            Q_EMIT progress(done, total);
    };
    w->onFinished = [this](const Error &error) {
        if (d->cancelled || d->finished)
            return;
        if (d->holding && error.kind == Error::Kind::None) {
            d->heldEnd = error;
            return;
        }
        d->held.clear();
        d->holding = false;
        d->finished = true;
        Q_EMIT finished(d->rowsEmitted, error);
    };
    d->thread = std::thread([w] { w->run(); });
}

void TableLoader::proceed()
{
    if (!d->holding || d->cancelled)
        return;
    d->holding = false;
    const QList<RowBlock> held = std::exchange(d->held, {});
    for (const RowBlock &block : held) {
        if (d->cancelled)
            return; // a receiver cancelled
        d->rowsEmitted += block.rowCount();
        Q_EMIT rowsRead(block);
    }
    if (d->heldEnd && !d->cancelled && !d->finished) {
        d->finished = true;
        Q_EMIT finished(d->rowsEmitted, *std::exchange(d->heldEnd, std::nullopt));
    }
}

void TableLoader::cancel()
{
    if (!d->started || d->cancelled || d->finished)
        return;
    d->cancelled = true;
    d->cancelFlag->store(true);
    d->held.clear();
    QMetaObject::invokeMethod(
        this,
        [this] {
            Error e = Error::make(Error::Kind::Cancelled, QStringLiteral("loading %1 was cancelled").arg(d->path));
            e.file = d->path;
            d->finished = true;
            Q_EMIT finished(d->rowsEmitted, e);
        },
        Qt::QueuedConnection);
}

bool TableLoader::isRunning() const
{
    return d->started && !d->finished;
}

QString TableLoader::filePath() const
{
    return d->path;
}

QString TableLoader::notice() const
{
    return d->notice;
}

char TableLoader::delimiter() const
{
    return d->delimiter;
}

bool TableLoader::failedOnEncoding() const
{
    return d->badEncoding;
}

} // namespace Batchsmith
