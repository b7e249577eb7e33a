// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include "sandbox/datafilecheck.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/logging.h"
#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

namespace {

QByteArray propertiesJson(const Record &record)
{
    QByteArray out;
    JsonWriter json(&out);
    json.beginObject();
    for (const auto &[name, value] : record.properties) {
        json.key(name);
        json.value(value);
    }
    json.endObject();
    return out;
}

} // namespace

SqliteStore::SqliteStore(QString file)
    : m_file(std::move(file))
    , m_connection(QStringLiteral("batchsmith-sandbox-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqliteStore::~SqliteStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteStore::exec(const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(statement))
        return true;
    qCWarning(lcSandboxServer) << "SQLite statement failed:" << q.lastError().text();
    return false;
}

bool SqliteStore::open(QString *error)
{
    QString refusal;
    if (!DataFileCheck::mayUse(m_file, &refusal)) {
        if (error)
            *error = refusal;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(m_file, db.lastError().text());
        return false;
    }
    const QString schema[] = {
        QStringLiteral("PRAGMA application_id=%1").arg(DataFileCheck::ApplicationId),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (type_id TEXT, id TEXT, properties TEXT, created_at TEXT, "
                       "updated_at TEXT, archived INTEGER, PRIMARY KEY (type_id, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS associations (from_type TEXT, from_id TEXT, to_type TEXT, "
                       "to_id TEXT, category TEXT, type_id INTEGER)"),
    };
    for (const QString &statement : schema) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            if (error)
                *error = QStringLiteral("cannot prepare %1: %2").arg(m_file, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool SqliteStore::load(Portal &portal)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'nextId'")) || !q.next())
        return false;
    const qint64 nextId = q.value(0).toLongLong();
    portal.clear();
    q.exec(QStringLiteral("SELECT type_id, id, properties, created_at, updated_at, archived FROM records"));
    while (q.next()) {
        Record r;
        r.id = q.value(1).toString();
        const QJsonObject props = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = props.constBegin(); it != props.constEnd(); ++it)
            r.properties.append({ it.key(), it.value().toString() });
        r.createdAt = q.value(3).toString();
        r.updatedAt = q.value(4).toString();
        r.archived = q.value(5).toBool();
        portal.restore(q.value(0).toString(), std::move(r));
    }
    q.exec(QStringLiteral("SELECT from_type, from_id, to_type, to_id, category, type_id FROM associations"));
    while (q.next()) {
        portal.restoreAssociation({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() });
    }
    portal.takeNewAssociations();
    portal.takeDirty();
    portal.setNextId(nextId);
    qCInfo(lcSandboxServer) << "loaded the portal from" << m_file;
    return true;
}

bool SqliteStore::replaceAll(Portal &portal)
{
    if (!exec(QStringLiteral("DELETE FROM records")) || !exec(QStringLiteral("DELETE FROM associations"))
        || !exec(QStringLiteral("DELETE FROM meta")))
        return false;
    return saveChanges(portal);
}

bool SqliteStore::saveChanges(Portal &portal)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery put(db);
    put.prepare(
        QStringLiteral("INSERT OR REPLACE INTO records (type_id, id, properties, created_at, updated_at, archived) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    bool ok = true;
    for (const auto &[typeId, id] : portal.takeDirty()) {
        const auto it = portal.records(typeId).constFind(id);
        if (it == portal.records(typeId).cend())
            continue;
        put.addBindValue(typeId);
        put.addBindValue(id);
        put.addBindValue(propertiesJson(*it));
        put.addBindValue(it->createdAt);
        put.addBindValue(it->updatedAt);
        put.addBindValue(it->archived ? 1 : 0);
        ok = put.exec() && ok;
    }
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO associations VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AssociationEdge &e : portal.takeNewAssociations()) {
        for (const QVariant &v : { QVariant(e.fromTypeId), QVariant(e.fromId), QVariant(e.toTypeId), QVariant(e.toId),
                 QVariant(e.category), QVariant(e.typeId) })
            link.addBindValue(v);
        ok = link.exec() && ok;
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('nextId', ?)"));
    meta.addBindValue(QString::number(portal.nextId()));
    ok = meta.exec() && ok;
    if (!ok)
        qCWarning(lcSandboxServer) << "cannot save the portal to" << m_file << ":" << db.lastError().text();
    return db.commit() && ok;
}

} // namespace Batchsmith::Sandbox
