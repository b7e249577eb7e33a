// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/batchplanner.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QHash>
#include <QUuid>

#include "core/api/objecttypes.h"
#include "core/batch/rowsource.h"

namespace Batchsmith {

namespace {

QString describeRow(const RowSource &rows, int index)
{
    // People find rows by the line of their file (the row number in a spreadsheet).
    if (const int line = rows.sourceLine(index); line > 0)
        return QStringLiteral("line %1").arg(line);
    return QStringLiteral("row %1").arg(index + 1);
}

Error inputError(const QString &message, const RowSource *rows = nullptr, int index = -1)
{
    Error e = Error::make(Error::Kind::InvalidInput, message);
    if (rows)
        e.line = rows->sourceLine(index);
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

Result<void> BatchPlanner::checkUpsertIds(const BatchSpec &spec, const RowSource &rows)
{
    // Every repeat is named at once (up to MaxDuplicatesNamed pairs), so that one pass over the file fixes them all.
    // Ids are compared by a 64-bit hash first, sorted (16 bytes a row, not a hash table of every id); rows whose
    // hashes meet are then compared by their values.
    struct Entry
    {
        size_t hash;
        int index;
    };

    const int count = rows.rowCount();
    std::vector<Entry> entries;
    entries.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString value = rows.value(i, spec.idProperty);
        if (value.trimmed().isEmpty()) {
            return inputError(
                QStringLiteral("%1 has no value for the id property %2.").arg(describeRow(rows, i), spec.idProperty),
                &rows, i);
        }
        entries.push_back({ qHash(normalizedKey(spec.idProperty, value)), i });
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.hash != b.hash ? a.hash < b.hash : a.index < b.index; });
    std::vector<std::pair<int, int>> repeats; // (repeating row, the first row with that id)
    for (size_t g = 0; g < entries.size();) {
        size_t end = g + 1;
        while (end < entries.size() && entries[end].hash == entries[g].hash)
            ++end;
        if (end - g > 1) {
            QHash<QString, int> first; // the few rows of one hash, in row order
            for (size_t k = g; k < end; ++k) {
                const int index = entries[k].index;
                const QString key = normalizedKey(spec.idProperty, rows.value(index, spec.idProperty));
                if (const auto it = first.constFind(key); it != first.cend())
                    repeats.emplace_back(index, *it);
                else
                    first.insert(key, index);
            }
        }
        g = end;
    }
    if (repeats.empty())
        return {};
    std::sort(repeats.begin(), repeats.end());
    const int duplicates = static_cast<int>(repeats.size());
    QStringList pairs;
    for (int k = 0; k < qMin(duplicates, MaxDuplicatesNamed); ++k) {
        const auto [repeat, firstRow] = repeats[size_t(k)];
        pairs.append(QStringLiteral("%1 and %2 both upsert %3 %4")
                         .arg(describeRow(rows, firstRow), describeRow(rows, repeat), spec.idProperty,
                             rows.value(repeat, spec.idProperty).trimmed()));
    }
    const int firstRepeat = repeats.front().first;
    const QString advice = QStringLiteral("HubSpot refuses a batch with the same id twice.");
    if (duplicates == 1) {
        return inputError(
            pairs.first() + QStringLiteral("; ") + advice + QStringLiteral(" Merge the two rows or remove one."), &rows,
            firstRepeat);
    }
    QString message = QStringLiteral("%1 rows repeat an id property value another row has; %2 Merge each pair or "
                                     "remove one of its rows:\n  %3")
                          .arg(duplicates)
                          .arg(advice, pairs.join(QStringLiteral("\n  ")));
    if (duplicates > MaxDuplicatesNamed)
        message += QStringLiteral("\n  … and %1 more.").arg(duplicates - MaxDuplicatesNamed);
    return inputError(message, &rows, firstRepeat);
}

Result<void> BatchPlanner::checkKeys(const RowSource &rows)
{
    // The key is the row's identity from the grid or file to its outcome: the engine reports by it alone. The
    // source's own index finds a repeat (it gives the first row with a key), so no second table of keys is built.
    for (int i = 0; i < rows.rowCount(); ++i) {
        const QString key = rows.key(i);
        if (key.isEmpty())
            return inputError(QStringLiteral("%1 has no row key.").arg(describeRow(rows, i)), &rows, i);
        if (rows.indexOfKey(key) != i)
            return inputError(QStringLiteral("Two rows have the same key %1.").arg(key), &rows, i);
    }
    return {};
}

Result<Plan> BatchPlanner::plan(const BatchSpec &spec, const QList<Row> &rows, const QString &runId)
{
    auto plan = BatchPlanner::plan(spec, ListRowSource(rows), runId);
    if (!plan)
        return plan;
    plan->traceIds.reserve(rows.size());
    for (const Row &row : rows)
        plan->traceIds.append(traceId(plan->runId, row.key));
    return plan;
}

Result<Plan> BatchPlanner::plan(const BatchSpec &spec, const RowSource &rows, const QString &runId)
{
    if (auto ok = checkSpec(spec); !ok)
        return ok.error();
    if (spec.mode == WriteMode::Upsert) {
        if (auto ok = checkUpsertIds(spec, rows); !ok)
            return ok.error();
    }
    if (auto ok = checkKeys(rows); !ok)
        return ok.error();
    Plan plan;
    plan.runId = runId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128).left(12) : runId;
    const int count = rows.rowCount();
    plan.batches.reserve((count + spec.batchSize - 1) / spec.batchSize);
    for (int start = 0, number = 1; start < count; start += spec.batchSize, ++number) {
        PlannedBatch batch;
        batch.number = number;
        batch.rowIndexes.reserve(qMin(spec.batchSize, count - start));
        for (int i = start; i < qMin<int>(start + spec.batchSize, count); ++i)
            batch.rowIndexes.append(i);
        plan.batches.append(batch);
    }
    return plan;
}

} // namespace Batchsmith
