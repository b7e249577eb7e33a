// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/batchplanner.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include "core/api/objecttypes.h"

namespace Batchsmith {

namespace {

QString describeRow(const Row &row, int index)
{
    // People find rows by the line of their file (the row number in a spreadsheet).
    if (row.sourceLine > 0)
        return QStringLiteral("line %1").arg(row.sourceLine);
    return QStringLiteral("row %1").arg(index + 1);
}

Error inputError(const QString &message, const Row *row = nullptr)
{
    Error e = Error::make(Error::Kind::InvalidInput, message);
    if (row)
        e.line = row->sourceLine;
    return e;
}

} // namespace

QString BatchPlanner::normalizedKey(const QString &property, const QString &value)
{
    const QString trimmed = value.trimmed();
    return property.compare(u"email", Qt::CaseInsensitive) == 0 || property == u"hs_additional_emails"
        ? trimmed.toLower()
        : trimmed;
}

Result<void> BatchPlanner::checkSpec(const BatchSpec &spec)
{
    if (auto ok = ObjectTypes::validateForBatchWrite(spec.objectType); !ok)
        return ok.error();
    if (spec.batchSize < 1 || spec.batchSize > 100)
        return inputError(QStringLiteral("The batch size must be between 1 and 100, not %1.").arg(spec.batchSize));
    if (spec.concurrency < 0)
        return inputError(QStringLiteral("At least one batch must be allowed in flight (0: automatic)."));
    if (spec.mode == WriteMode::Upsert && spec.idProperty.trimmed().isEmpty())
        return inputError(QStringLiteral("An upsert needs an id property (email, or a property with unique values)."));
    return {};
}

Result<void> BatchPlanner::checkUpsertIds(const BatchSpec &spec, const QList<Row> &rows)
{
    // Every repeat is named at once (up to MaxDuplicatesNamed pairs), so that one pass over the file fixes them all.
    QHash<QString, int> seen;
    seen.reserve(rows.size());
    QStringList pairs;
    int duplicates = 0;
    const Row *firstRepeat = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QString value = row.properties.value(spec.idProperty);
        if (value.trimmed().isEmpty()) {
            return inputError(
                QStringLiteral("%1 has no value for the id property %2.").arg(describeRow(row, i), spec.idProperty),
                &row);
        }
        const QString key = normalizedKey(spec.idProperty, value);
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, i);
            continue;
        }
        if (++duplicates <= MaxDuplicatesNamed) {
            pairs.append(
                QStringLiteral("%1 and %2 both upsert %3 %4")
                    .arg(describeRow(rows.at(*it), *it), describeRow(row, i), spec.idProperty, value.trimmed()));
        }
        if (!firstRepeat)
            firstRepeat = &row;
    }
    if (duplicates == 0)
        return {};
    const QString advice = QStringLiteral("HubSpot refuses a batch with the same id twice.");
    if (duplicates == 1) {
        return inputError(
            pairs.first() + QStringLiteral("; ") + advice + QStringLiteral(" Merge the two rows or remove one."),
            firstRepeat);
    }
    QString message = QStringLiteral("%1 rows repeat an id property value another row has; %2 Merge each pair or "
                                     "remove one of its rows:\n  %3")
                          .arg(duplicates)
                          .arg(advice, pairs.join(QStringLiteral("\n  ")));
    if (duplicates > MaxDuplicatesNamed)
        message += QStringLiteral("\n  … and %1 more.").arg(duplicates - MaxDuplicatesNamed);
    return inputError(message, firstRepeat);
}

Result<Plan> BatchPlanner::plan(const BatchSpec &spec, const QList<Row> &rows, const QString &runId)
{
    if (auto ok = checkSpec(spec); !ok)
        return ok.error();
    if (spec.mode == WriteMode::Upsert) {
        if (auto ok = checkUpsertIds(spec, rows); !ok)
            return ok.error();
    }
    Plan plan;
    plan.runId = runId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128).left(12) : runId;
    plan.traceIds.reserve(rows.size());
    QSet<QString> keys;
    keys.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        // The key is the row's identity from the grid or file to its outcome: the engine reports by it alone.
        const QString &key = rows.at(i).key;
        if (key.isEmpty())
            return inputError(QStringLiteral("%1 has no row key.").arg(describeRow(rows.at(i), i)), &rows.at(i));
        if (keys.contains(key))
            return inputError(QStringLiteral("Two rows have the same key %1.").arg(key), &rows.at(i));
        keys.insert(key);
        plan.traceIds.append(plan.runId + u'-' + key);
    }
    for (int start = 0, number = 1; start < rows.size(); start += spec.batchSize, ++number) {
        PlannedBatch batch;
        batch.number = number;
        for (int i = start; i < qMin<int>(start + spec.batchSize, rows.size()); ++i)
            batch.rowIndexes.append(i);
        plan.batches.append(batch);
    }
    return plan;
}

} // namespace Batchsmith
