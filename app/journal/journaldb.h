// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

/**
 * One connection to one journal file, and the journal's schema. Internal to the journal library: RunJournal
 * writes through it, JournalReader reads through it. Owned by its user; use it from the thread that opened it.
 *
 * Durability: WAL mode with synchronous=FULL, so each committed transaction is on disk (the WAL is fsynced) before
 * commit() returns. NORMAL would survive a killed process but not a power loss, which could roll back an
 * "about to send" record after the request left: the one thing a resume must never miss.
 */
class JournalDb final
{
public:
    enum class Mode { Create, Write, Read };

    /// Opens @p path. Create makes the schema in a file that must not exist yet (rollback journal mode, so the
    /// file can be renamed once whole); Write and Read open an existing journal in WAL mode.
    static Result<std::unique_ptr<JournalDb>> open(const QString &path, Mode mode);
    ~JournalDb();
    JournalDb(const JournalDb &) = delete;
    JournalDb &operator=(const JournalDb &) = delete;

    QString path() const { return m_path; }

    QSqlQuery query() const { return QSqlQuery(m_db); }

    /// Runs @p work in one transaction: committed when it succeeds, rolled back when it fails (or when its COMMIT
    /// fails, e.g. on a full disk). The error names the file and gives SQLite's text; see reason().
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// Test hook, compiled in always and set only by tests: the next @p count commits of any journal in this
    /// process fail as on a full disk (SQLite's "database or disk is full") and are rolled back. 0 ends it.
    static void failNextCommits(int count);

    /// Prepares, binds (in order) and executes one statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

    /// The file's format: 1 (rows stored as cells and properties objects, bodies as sent) or FormatVersion.
    int format() const { return m_format; }

    QString meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    /// The error for a failed query, naming the file: "<path>: <SQLite's text>", with Error::file set to the path.
    Error sqlError(const QSqlQuery &query) const;
    Error error(const QString &message) const;
    /// What went wrong in an error made by error() or sqlError(), without the file's path: SQLite's own text.
    static QString reason(const Error &error);

    /// 2: the plan stored once, compressed, in the plan table (JournalPlan); trace ids derived from the run id and
    /// the row key; bodies compressed. Format 1 journals (earlier versions) are still read and resumed.
    static constexpr int FormatVersion = 2;
    static constexpr int OldestFormat = 1;

private:
    JournalDb(QString path, QString connection);
    Result<void> createSchema();
    Result<void> addSentWall();
    Result<void> configure(Mode mode);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    int m_format = FormatVersion;
};

/// How rows' values are stored in the journal: compact JSON text.
namespace JournalCodec {
QString properties(const QMap<QString, QString> &properties);
QMap<QString, QString> properties(const QString &json);
/// A row's cells, storing only what its properties do not already hold: a null QString (SQL NULL) when every cell
/// equals the property named like its column (an empty cell: no such property), else an array with null in place
/// of those cells. A format 1 array (no nulls) reads back as it is.
QString cells(const QStringList &cells, const QStringList &columns, const QMap<QString, QString> &properties);
QStringList cells(const QString &json, const QStringList &columns, const QMap<QString, QString> &properties);
/// Request and response bodies of format 2 are zlib-compressed (qCompress); format 1 stored them as sent.
QByteArray packBody(const QByteArray &body);
QByteArray unpackBody(const QByteArray &stored, int format);
QList<QPair<QByteArray, QByteArray>> headers(const QString &json);
QString associations(const QList<RowAssociation> &associations);
QList<RowAssociation> associations(const QString &json);
QString strings(const QStringList &strings);
QStringList strings(const QString &json);
QString headers(const QList<QPair<QByteArray, QByteArray>> &headers);
} // namespace JournalCodec

} // namespace Batchsmith
