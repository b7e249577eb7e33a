// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalreader.h"

#include <algorithm>

#include <QDir>
#include <QStandardPaths>

#include "core/io/resultswriter.h"
#include "journal/journaldb.h"
#include "journal/journalplan.h"
#include "journal/logging.h"
#include "journal/runjournal.h"

namespace Batchsmith {

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

RowOutcome outcomeAt(const QSqlQuery &q, int first)
{
    // Columns from @p first: status, record_id, category, code, message, property, http_status, correlation_id.
    RowOutcome o;
    o.status = rowStatusFromString(q.value(first).toString()).value_or(RowStatus::Pending);
    o.id = q.value(first + 1).toString();
    o.category = q.value(first + 2).toString();
    o.code = q.value(first + 3).toString();
    o.message = q.value(first + 4).toString();
    o.property = q.value(first + 5).toString();
    o.httpStatus = q.value(first + 6).toInt();
    o.correlationId = q.value(first + 7).toString();
    return o;
}

Result<void> countRows(JournalDb &db, JournalSummary *s)
{
    auto q = db.exec(QStringLiteral("SELECT status, COUNT(*) FROM rows GROUP BY status"));
    if (!q)
        return q.error();
    while (q->next()) {
        const int n = q->value(1).toInt();
        s->total += n;
        switch (rowStatusFromString(q->value(0).toString()).value_or(RowStatus::Pending)) {
        case RowStatus::Created:
            s->created += n;
            break;
        case RowStatus::Updated:
            s->updated += n;
            break;
        case RowStatus::Failed:
            s->failed += n;
            break;
        case RowStatus::Unknown:
            s->unknown += n;
            break;
        case RowStatus::Pending:
        case RowStatus::Skipped:
            s->pending += n;
            break;
        }
    }
    return {};
}

Result<void> readSessions(JournalDb &db, JournalSummary *s)
{
    auto q = db.exec(QStringLiteral("SELECT started_at, last_activity, ended_at FROM sessions ORDER BY id"));
    if (!q)
        return q.error();
    qint64 last = db.meta(QStringLiteral("created_at")).toLongLong();
    s->finished = false;
    while (q->next()) {
        ++s->sessions;
        const qint64 started = q->value(0).toLongLong();
        const qint64 activity = q->value(1).toLongLong();
        const bool ended = !q->value(2).isNull();
        const qint64 end = ended ? q->value(2).toLongLong() : activity;
        s->durationMs += qMax<qint64>(0, end - started);
        last = qMax(last, end);
        s->finished = ended;
    }
    s->lastActivityAt = fromMs(last);
    auto before = db.exec(QStringLiteral("SELECT COUNT(*) FROM before_values"));
    if (!before)
        return before.error();
    s->beforeValues = before->next() ? before->value(0).toInt() : 0;
    return {};
}

} // namespace

QString JournalReader::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs"));
}

QList<JournalSummary> JournalReader::list(const QString &directory)
{
    QList<JournalSummary> out;
    const QDir dir(directory);
    const QStringList files
        = dir.entryList({ QStringLiteral("*.") + RunJournal::fileSuffix() }, QDir::Files | QDir::Readable);
    for (const QString &name : files) {
        auto s = summary(dir.filePath(name));
        if (s)
            out.append(*s);
        else
            qCWarning(lcJournal) << "skipping unreadable journal" << name << ":" << s.error().message;
    }
    std::sort(out.begin(), out.end(),
        [](const JournalSummary &a, const JournalSummary &b) { return a.startedAt > b.startedAt; });
    return out;
}

QList<JournalSummary> JournalReader::unfinished(const QString &directory)
{
    QList<JournalSummary> out = list(directory);
    out.removeIf([](const JournalSummary &s) { return s.finished || s.complete(); });
    return out;
}

Result<JournalSummary> JournalReader::summary(const QString &path)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    JournalDb &d = **db;
    JournalSummary s;
    s.path = path;
    s.runId = d.meta(QStringLiteral("run_id"));
    s.kind = d.meta(QStringLiteral("kind")) == u"revert" ? RunKind::Revert : RunKind::Write;
    s.revertsRunId = d.meta(QStringLiteral("reverts_run_id"));
    s.startedAt = fromMs(d.meta(QStringLiteral("created_at")).toLongLong());
    s.portalId = d.meta(QStringLiteral("portal_id"));
    s.baseUrl = d.meta(QStringLiteral("base_url"));
    s.objectType = d.meta(QStringLiteral("object_type"));
    s.mode = s.kind == RunKind::Revert ? wireName(RunKind::Revert) : d.meta(QStringLiteral("mode"));
    s.inputFile = d.meta(QStringLiteral("input_file"));
    if (auto ok = countRows(d, &s); !ok)
        return ok.error();
    if (auto ok = readSessions(d, &s); !ok)
        return ok.error();
    return s;
}

Result<QList<JournalRow>> JournalReader::rows(const QString &path)
{
    QList<JournalRow> out;
    auto read = forEachRow(path, [&out](const JournalRow &row) { out.append(row); });
    if (!read)
        return read.error();
    return out;
}

Result<void> JournalReader::forEachRow(
    const QString &path, const std::function<void(const JournalRow &)> &visit, RowParts parts)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    JournalPlan plan(**db);
    const bool withPlan = parts == RowParts::All;
    const QString runId = (*db)->meta(QStringLiteral("run_id"));
    auto q = (*db)->exec(
        QStringLiteral("SELECT idx, row_key, source_line, %1, batch, "
                       "trace_id, sends, from_previous, status, record_id, category, code, message, "
                       "property, http_status, correlation_id FROM rows ORDER BY idx")
            .arg(withPlan ? QStringLiteral("cells, properties, associations") : QStringLiteral("NULL, NULL, NULL")));
    if (!q)
        return q.error();
    JournalRow r;
    while (q->next()) {
        r.index = q->value(0).toInt();
        r.row.key = q->value(1).toString();
        r.row.sourceLine = q->value(2).toInt();
        if (withPlan) {
            JournalPlan::Entry planned = plan.entry(r.index, q->value(3), q->value(4), q->value(5));
            r.row.properties = std::move(planned.properties);
            r.row.associations = std::move(planned.associations);
            r.cells = std::move(planned.cells);
        }
        r.batch = q->value(6).toInt();
        r.traceId = q->value(7).toString();
        if (r.traceId.isEmpty() && r.batch > 0) // format 2 derives it, as the plan made it
            r.traceId = runId + u'-' + r.row.key;
        r.sends = q->value(8).toInt();
        r.fromPrevious = q->value(9).toInt() != 0;
        r.outcome = outcomeAt(*q, 10);
        visit(r);
    }
    return {};
}

Result<QList<BeforeValues>> JournalReader::beforeValues(const QString &path)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    auto q = (*db)->exec(QStringLiteral("SELECT id_key, record_id, properties FROM before_values ORDER BY id_key"));
    if (!q)
        return q.error();
    QList<BeforeValues> out;
    while (q->next())
        out.append(
            { q->value(0).toString(), q->value(1).toString(), JournalCodec::properties(q->value(2).toString()) });
    return out;
}

Result<BatchExchange> JournalReader::exchange(
    const QString &path, int batchNumber, BatchExchange::Kind kind, int attempt, qint64 sentAtMs)
{
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    const QString kindName = kind == BatchExchange::Kind::Lookup ? QStringLiteral("lookup") : QStringLiteral("write");
    auto q = (*db)->exec(QStringLiteral("SELECT row_keys, method, url, request_headers, request_body, http_status, "
                                        "response_headers, response_body, batch_status, network_error, "
                                        "correlation_id, duration_ms FROM requests WHERE batch = ? AND kind = ? "
                                        "AND attempt = ? AND sent_at = ? ORDER BY id DESC LIMIT 1"),
        { batchNumber, kindName, attempt, sentAtMs });
    if (!q)
        return q.error();
    if (!q->next())
        return (*db)->error(
            QStringLiteral("no request of batch %1, attempt %2 in the journal").arg(batchNumber).arg(attempt));
    const int format = (*db)->format();
    BatchExchange ex;
    ex.batchNumber = batchNumber;
    ex.kind = kind;
    ex.attempt = attempt;
    ex.sentAtMs = sentAtMs;
    ex.rowKeys = JournalCodec::strings(q->value(0).toString());
    ex.method = q->value(1).toString();
    ex.url = QUrl(q->value(2).toString());
    ex.requestHeaders = JournalCodec::headers(q->value(3).toString());
    ex.requestBody = JournalCodec::unpackBody(q->value(4).toByteArray(), format);
    ex.httpStatus = q->value(5).toInt();
    ex.responseHeaders = JournalCodec::headers(q->value(6).toString());
    ex.responseBody = JournalCodec::unpackBody(q->value(7).toByteArray(), format);
    ex.batchStatus = q->value(8).toString();
    ex.networkError = q->value(9).toString();
    ex.correlationId = q->value(10).toString();
    ex.durationMs = q->value(11).toLongLong();
    return ex;
}

Result<JournalReader::Results> JournalReader::results(const QString &path)
{
    auto all = rows(path);
    if (!all)
        return all.error();
    auto db = JournalDb::open(path, JournalDb::Mode::Read);
    if (!db)
        return db.error();
    Results r;
    r.input.file = (*db)->meta(QStringLiteral("input_file"));
    r.input.columns = JournalCodec::strings((*db)->meta(QStringLiteral("columns")));
    for (const JournalRow &row : std::as_const(*all)) {
        r.input.rows.append(row.row);
        r.input.cells.append(row.cells);
        r.input.previous.append(row.fromPrevious ? row.outcome : RowOutcome());
        r.outcomes.append(row.outcome);
    }
    return r;
}

Result<void> JournalReader::exportResults(const QString &path, const QString &resultsFile)
{
    auto r = results(path);
    if (!r)
        return r.error();
    return ResultsWriter::write(resultsFile, r->input, r->outcomes);
}

} // namespace Batchsmith
