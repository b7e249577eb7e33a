// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/draft/draftdocument.h"
#include "core/result.h"

class QIODevice;

namespace Batchsmith {

struct DraftSnapshot;

/**
 * Reads and writes `.batchsmith` drafts: versioned JSON, documented in app/core/draft/FORMAT.md. Writing is
 * atomic (QSaveFile: the old file stays whole until the new one is complete) and streams the rows as text, so a
 * million-row grid never becomes one QJsonDocument in memory. Errors are translated sentences that name the file
 * (and, for JSON that does not parse, the byte offset). Pure functions, any thread.
 *
 *     if (auto written = DraftFile::write(path, doc); !written)
 *         show(written.error().message);
 *     Result<DraftDocument> doc = DraftFile::read(path); // refuses versions newer than FormatVersion
 */
class DraftFile final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::DraftFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr QLatin1StringView FormatName { "batchsmith-draft" };
    static constexpr QLatin1StringView Suffix { "batchsmith" }; // without the dot
    /// A draft larger than this is refused before it is read (FORMAT.md): a million rows of 30 columns take about
    /// 250 MB, and Qt's JSON parser needs a few times the file's size in memory.
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;

    static QByteArray toJson(const DraftDocument &doc);
    /// @p file only names the file in error messages. A cell value that is not a string is an error naming its row
    /// and column, never read as "".
    static Result<DraftDocument> fromJson(const QByteArray &json, const QString &file = {});

    /// Who may read a written file: Default leaves it to the system (umask), except inside the data folder, where
    /// every file is owner-only; OwnerOnly always (autosaves).
    enum class Access { Default, OwnerOnly };

    static Result<void> write(const QString &path, const DraftDocument &doc, Access access = Access::Default);
    /// Called on the writing thread with the number of rows written so far, after each piece of about 1 MiB.
    using Progress = std::function<void(qsizetype rowsWritten)>;

    /// The same file as write() of the document the snapshot was taken from, read from its packed rows: any thread
    /// (the autosave and File > Save write on their own), and no expanded copy of the rows.
    static Result<void> write(const QString &path, const DraftSnapshot &snapshot, Access access = Access::Default,
        const Progress &progress = {});
    static Result<DraftDocument> read(const QString &path);

private:
    static Error tooLarge(const QString &file, qint64 bytes);
    /// Writes the text of @p doc to @p device in pieces; false when the device refuses a write.
    static bool writeTo(QIODevice &device, const DraftDocument &doc);
    /// The same for @p head's choices and columns (its rows ignored) and @p count rows given by @p row.
    static bool writeTo(QIODevice &device, const DraftDocument &head, qsizetype count,
        const std::function<DraftRow(qsizetype)> &row, const Progress &progress = {});
    static Result<void> write(const QString &path, Access access, const std::function<bool(QIODevice &)> &write);
};

} // namespace Batchsmith
