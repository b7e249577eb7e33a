// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journaldb.h"

#include <atomic>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QStringList>

#include "core/api/redaction.h"
#include "core/io/privatefiles.h"

namespace Batchsmith {

namespace {

std::atomic_int s_connections { 0 };
std::atomic_int s_failCommits { 0 }; // failNextCommits(): commits still to fail

/// Takes one of the commits failNextCommits() asked to fail; false when none is left.
bool takeFailingCommit()
{
    int left = s_failCommits.load();
    while (left > 0) {
        if (s_failCommits.compare_exchange_weak(left, left - 1))
            return true;
    }
    return false;
}

const QStringList &schema()
{
    static const QStringList statements {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // One row per input row, in input order; the outcome columns change as answers come. Format 1 kept each
        // row's cells, properties and associations here; format 2 keeps them once, compressed, in plan.
        // No index on status: the queries that filter on it read every row anyway.
        QStringLiteral("CREATE TABLE rows (idx INTEGER PRIMARY KEY, row_key TEXT NOT NULL UNIQUE, source_line INTEGER, "
                       "cells TEXT, properties TEXT, associations TEXT, batch INTEGER, trace_id TEXT, "
                       "status TEXT NOT NULL DEFAULT 'pending', record_id TEXT, category TEXT, code TEXT, "
                       "message TEXT, property TEXT, http_status INTEGER, correlation_id TEXT, "
                       "sends INTEGER NOT NULL DEFAULT 0, from_previous INTEGER NOT NULL DEFAULT 0, "
                       "finished_at INTEGER)"),
        QStringLiteral("CREATE TABLE plan (first_idx INTEGER PRIMARY KEY, data BLOB NOT NULL)"),
        // The first run and each resume.
        QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, "
                       "last_activity INTEGER NOT NULL, ended_at INTEGER, summary TEXT)"),
        // Every request, written before it is sent; the answer columns are filled when it comes.
        QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY, session INTEGER, batch INTEGER, "
                       "attempt INTEGER, kind TEXT, row_keys TEXT, method TEXT, url TEXT, request_body BLOB, "
                       "sent_at INTEGER, request_headers TEXT, answered_at INTEGER, http_status INTEGER, "
                       "response_headers TEXT, response_body BLOB, batch_status TEXT, network_error TEXT, "
                       "correlation_id TEXT, duration_ms INTEGER, sent_wall INTEGER)"),
        // The response view reads one batch's requests when it is selected.
        QStringLiteral("CREATE INDEX requests_batch ON requests (batch)"),
        // Revert: what each record held before the run wrote it, keyed by the normalised id property value.
        QStringLiteral("CREATE TABLE before_values (id_key TEXT PRIMARY KEY, record_id TEXT, properties TEXT)"),
    };
    return statements;
}

} // namespace

JournalDb::JournalDb(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection))
{
}

JournalDb::~JournalDb()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Error JournalDb::error(const QString &message) const
{
    Error e = Error::make(Error::Kind::Io, QStringLiteral("%1: %2").arg(m_path, message));
    e.file = m_path;
    return e;
}

Error JournalDb::sqlError(const QSqlQuery &query) const
{
    return error(query.lastError().text());
}

QString JournalDb::reason(const Error &error)
{
    const QString prefix = error.file + QStringLiteral(": ");
    return !error.file.isEmpty() && error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
}

void JournalDb::failNextCommits(int count)
{
    s_failCommits = qMax(0, count);
}

Result<std::unique_ptr<JournalDb>> JournalDb::open(const QString &path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::Create && exists)
        return Error::make(Error::Kind::Io, QStringLiteral("%1 already exists.").arg(path));
    if (mode != Mode::Create && !exists)
        return Error::make(Error::Kind::Io, QStringLiteral("%1 does not exist.").arg(path));
    const QString connection = QStringLiteral("batchsmith-journal-%1").arg(++s_connections);
    std::unique_ptr<JournalDb> db(new JournalDb(path, connection));
    // Customer data: the file is owner-only before SQLite writes a byte, and SQLite gives its -wal, -shm and
    // -journal files the database file's permissions.
    if (mode == Mode::Create && !PrivateFiles::prepareFile(path))
        return Error::make(
            Error::Kind::Io, QStringLiteral("%1 cannot be created readable by its owner only.").arg(path));
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open())
        return db->error(db->m_db.lastError().text());
    if (auto ok = db->configure(mode); !ok)
        return ok.error();
    if (mode == Mode::Create) {
        if (auto ok = db->createSchema(); !ok)
            return ok.error();
    } else {
        db->m_format = db->meta(QStringLiteral("format")).toInt();
        if (db->m_format < OldestFormat || db->m_format > FormatVersion)
            return db->error(QStringLiteral("not a Batchsmith run journal, or one from a newer version"));
        if (mode != Mode::Read) {
            if (auto ok = db->addSentWall(); !ok)
                return ok.error();
        }
    }
    return db;
}

Result<void> JournalDb::configure(Mode mode)
{
    // See the class comment for why FULL. busy_timeout: the history window may read while a run writes.
    QStringList pragmas { QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA synchronous = FULL") };
    if (mode != Mode::Create)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return sqlError(q);
    }
    return {};
}

Result<void> JournalDb::addSentWall()
{
    // Journals written before requests.sent_wall existed get it when a resume opens them to write; their earlier
    // requests keep NULL there (no wall time was recorded).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(requests)")))
        return sqlError(q);
    while (q.next()) {
        if (q.value(1).toString() == u"sent_wall")
            return {};
    }
    if (auto added = exec(QStringLiteral("ALTER TABLE requests ADD COLUMN sent_wall INTEGER")); !added)
        return added.error();
    return {};
}

Result<void> JournalDb::createSchema()
{
    return transaction([this]() -> Result<void> {
        for (const QString &statement : schema()) {
            if (auto ok = exec(statement); !ok)
                return ok.error();
        }
        return setMeta(QStringLiteral("format"), QString::number(FormatVersion));
    });
}

Result<void> JournalDb::transaction(const std::function<Result<void>()> &work)
{
    if (!m_db.transaction())
        return error(m_db.lastError().text());
    Result<void> result = work();
    if (result && takeFailingCommit())
        result = error(QStringLiteral("database or disk is full (a test made this commit fail)"));
    else if (result && !m_db.commit())
        result = error(m_db.lastError().text());
    // A COMMIT that failed (SQLITE_FULL, SQLITE_IOERR) may leave the transaction open: rolled back either way, so the
    // next write starts clean and the caller, who keeps what it meant to write, can try again.
    if (!result)
        m_db.rollback();
    return result;
}

Result<QSqlQuery> JournalDb::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // read once, in order: Qt keeps no copy of every row read
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return q;
}

QString JournalDb::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> JournalDb::setMeta(const QString &key, const QString &value)
{
    // A null QString binds as SQL NULL; meta values are never NULL, "" means none.
    auto q = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
        { key, value.isNull() ? QStringLiteral("") : value });
    if (!q)
        return q.error();
    return {};
}

namespace JournalCodec {

namespace {

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

QString properties(const QMap<QString, QString> &properties)
{
    QJsonObject o;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        o.insert(it.key(), it.value());
    return compact(QJsonDocument(o));
}

QMap<QString, QString> properties(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString cells(const QStringList &cells, const QStringList &columns, const QMap<QString, QString> &properties)
{
    QJsonArray a;
    bool derived = true;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool same = i < columns.size() && properties.value(columns.at(i)) == cells.at(i);
        derived = derived && same;
        a.append(same ? QJsonValue() : QJsonValue(cells.at(i)));
    }
    if (derived && cells.size() == columns.size())
        return {};
    return compact(QJsonDocument(a));
}

QStringList cells(const QString &json, const QStringList &columns, const QMap<QString, QString> &properties)
{
    QStringList out;
    if (json.isNull()) {
        for (const QString &column : columns)
            out.append(properties.value(column));
        return out;
    }
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append(a.at(i).isNull() ? properties.value(columns.value(i)) : a.at(i).toString());
    return out;
}

QByteArray packBody(const QByteArray &body)
{
    // zlib's fastest level: each body is compressed on the GUI thread as its request leaves or its answer comes, and
    // level 1 takes a third of the default's time for JSON that still shrinks about eightfold.
    return body.isEmpty() ? QByteArray() : qCompress(body, 1);
}

QByteArray unpackBody(const QByteArray &stored, int format)
{
    if (format < 2 || stored.isEmpty())
        return stored;
    return qUncompress(stored);
}

QList<QPair<QByteArray, QByteArray>> headers(const QString &json)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        out.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
    }
    return out;
}

QString associations(const QList<RowAssociation> &associations)
{
    if (associations.isEmpty())
        return {}; // SQL NULL: most rows have none
    QJsonArray a;
    for (const RowAssociation &r : associations) {
        a.append(QJsonObject { { QStringLiteral("toObjectType"), r.toObjectType }, { QStringLiteral("toId"), r.toId },
            { QStringLiteral("category"), r.category }, { QStringLiteral("typeId"), r.typeId } });
    }
    return compact(QJsonDocument(a));
}

QList<RowAssociation> associations(const QString &json)
{
    QList<RowAssociation> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        RowAssociation r;
        r.toObjectType = o.value(QStringLiteral("toObjectType")).toString();
        r.toId = o.value(QStringLiteral("toId")).toString();
        r.category = o.value(QStringLiteral("category")).toString();
        r.typeId = o.value(QStringLiteral("typeId")).toInt();
        out.append(r);
    }
    return out;
}

QString strings(const QStringList &strings)
{
    return compact(QJsonDocument(QJsonArray::fromStringList(strings)));
}

QStringList strings(const QString &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QString headers(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray a;
    // Cookies are credentials of HubSpot's edge (session and bot-management cookies): a journal keeps none, not even
    // redacted. The rest goes through the one redaction helper, so no token is ever stored either.
    const Redaction::Headers safe = Redaction::headers(headers);
    for (const auto &h : safe) {
        if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0
            || h.first.compare("Cookie", Qt::CaseInsensitive) == 0)
            continue;
        a.append(QJsonArray { QString::fromLatin1(h.first), QString::fromLatin1(h.second) });
    }
    return compact(QJsonDocument(a));
}

} // namespace JournalCodec

} // namespace Batchsmith
