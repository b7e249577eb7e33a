// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/rowreconciler.h"

#include "core/batch/batchplanner.h"

namespace Batchsmith {

namespace {

RowOutcome success(const BatchSpec &spec, const ParsedResult &result, int httpStatus, const QString &correlationId)
{
    RowOutcome o;
    const bool created = spec.mode == WriteMode::Create || (result.hasNew && result.isNew);
    o.status = created ? RowStatus::Created : RowStatus::Updated;
    o.id = result.id;
    o.httpStatus = httpStatus;
    o.correlationId = correlationId;
    return o;
}

/// Matches results to rows by a key computed on each side; each result and row is used once.
template <typename RowKey, typename ResultKey>
void matchBy(QList<int> &rows, QList<const ParsedResult *> &results, RowKey rowKey, ResultKey resultKey,
    const RowReconciler::Context &c, RowReconciler::Reconciled &out)
{
    QHash<QString, int> byKey;
    for (int index : std::as_const(rows)) {
        const QString key = rowKey(index);
        if (!key.isEmpty())
            byKey.insert(key, index);
    }
    if (byKey.isEmpty())
        return;
    QList<const ParsedResult *> left;
    for (const ParsedResult *r : std::as_const(results)) {
        const QString key = resultKey(*r);
        const auto it = key.isEmpty() ? byKey.end() : byKey.find(key);
        if (it == byKey.end() || out.decided.contains(*it)) {
            left.append(r);
            continue;
        }
        out.decided.insert(*it, success(*c.spec, *r, c.httpStatus, c.correlationId));
        rows.removeOne(*it);
        byKey.erase(it);
    }
    results = left;
}

} // namespace

RowOutcome RowReconciler::failure(const ParsedError &error, int httpStatus, const QString &correlationId)
{
    RowOutcome o;
    o.status = RowStatus::Failed;
    o.category = error.category.isEmpty() ? QStringLiteral("HTTP_%1").arg(httpStatus) : error.category;
    o.code = error.code;
    o.message = error.message.isEmpty() ? QStringLiteral("HubSpot refused the request (HTTP %1).").arg(httpStatus)
                                        : error.message;
    o.property = error.property;
    o.httpStatus = httpStatus;
    o.correlationId = error.correlationId.isEmpty() ? correlationId : error.correlationId;
    return o;
}

RowReconciler::Reconciled RowReconciler::reconcile(
    const Context &c, const QList<int> &rowIndexes, const ParsedBody &body)
{
    Reconciled out;
    QHash<QString, int> byTrace;
    for (int index : rowIndexes)
        byTrace.insert(c.traceId(index), index);

    QList<const ParsedError *> untracedErrors;
    for (const ParsedError &e : body.errors) {
        bool placed = false;
        for (const QString &trace : e.traceIds) {
            if (const auto it = byTrace.constFind(trace); it != byTrace.cend() && !out.decided.contains(*it)) {
                out.decided.insert(*it, failure(e, c.httpStatus, c.correlationId));
                placed = true;
            }
        }
        if (!placed)
            untracedErrors.append(&e);
    }

    QList<const ParsedResult *> results;
    for (const ParsedResult &r : body.results) {
        const auto it = r.traceId.isEmpty() ? byTrace.cend() : byTrace.constFind(r.traceId);
        if (it != byTrace.cend() && !out.decided.contains(*it))
            out.decided.insert(*it, success(*c.spec, r, c.httpStatus, c.correlationId));
        else
            results.append(&r);
    }

    QList<int> rows;
    for (int index : rowIndexes) {
        if (!out.decided.contains(index))
            rows.append(index);
    }

    const QString keyProperty = c.spec->mode == WriteMode::Upsert ? c.spec->idProperty : c.lookupProperty;
    if (!keyProperty.isEmpty() && !rows.isEmpty() && !results.isEmpty()) {
        matchBy(
            rows, results,
            [&](int index) { return BatchPlanner::normalizedKey(keyProperty, c.value(index, keyProperty)); },
            [&](const ParsedResult &r) {
                return BatchPlanner::normalizedKey(keyProperty, r.properties.value(keyProperty));
            },
            c, out);
    }

    // Elimination: one row left and exactly one thing left that can be its answer.
    if (rows.size() == 1 && results.size() == 1 && untracedErrors.isEmpty()) {
        out.decided.insert(rows.takeFirst(), success(*c.spec, *results.takeFirst(), c.httpStatus, c.correlationId));
    } else if (rows.size() == 1 && results.isEmpty() && untracedErrors.size() == 1) {
        out.decided.insert(rows.takeFirst(), failure(*untracedErrors.takeFirst(), c.httpStatus, c.correlationId));
    }

    const qsizetype answered = body.results.size() + body.errors.size();
    if (answered != rowIndexes.size()) {
        out.mismatch = QStringLiteral("the answer accounts for %1 of %2 inputs (%3 results, %4 errors)")
                           .arg(answered)
                           .arg(rowIndexes.size())
                           .arg(body.results.size())
                           .arg(body.errors.size());
    }
    out.unmatched = rows;
    return out;
}

} // namespace Batchsmith
