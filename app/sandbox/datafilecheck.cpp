// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/datafilecheck.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace Batchsmith::Sandbox {

namespace {

/// The tables of @p file, read through a read-only connection (which writes nothing to it); empty when unreadable.
QSet<QString> tablesOf(const QString &file)
{
    const QString connection = QStringLiteral("batchsmith-sandbox-check-") + QUuid::createUuid().toString(QUuid::Id128);
    QSet<QString> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                while (q.next())
                    tables.insert(q.value(0).toString());
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return tables;
}

} // namespace

bool DataFileCheck::mayUse(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.exists() || f.size() == 0)
        return true; // the sandbox creates it, and marks it
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
        return false;
    }
    // The SQLite header: the magic string, then at offset 68 the big-endian application id (sqlite.org/fileformat).
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *error = QStringLiteral("%1 is not an SQLite file, so not a sandbox database; it was left unchanged").arg(file);
        return false;
    }
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId == ApplicationId)
        return true;
    const QSet<QString> earlierSandbox { QStringLiteral("meta"), QStringLiteral("records"),
        QStringLiteral("associations") };
    if (applicationId == 0 && tablesOf(file) == earlierSandbox)
        return true;
    *error = QStringLiteral("%1 is an SQLite file but not a sandbox database; it was left unchanged (give --data a "
                            "new file or one the sandbox made)")
                 .arg(file);
    return false;
}

} // namespace Batchsmith::Sandbox
