// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchplanner.h"
#include "core/batch/batchtypes.h"
#include "core/batch/rowsource.h"
#include "core/result.h"

namespace Batchsmith {

/// One request of a run as the engine sends it the first time.
struct PreviewBatch
{
    int number = 0; // 1-based, as the response view numbers batches
    QString method; // "POST"
    QString path; // "/crm/objects/2026-03/contacts/batch/create"
    QList<int> sourceLines; // Row::sourceLine of each row in the batch (the grid's row numbers)
    QByteArray body; // compact JSON, byte for byte what is sent
};

/**
 * The requests a run would send, built by the engine's own code (BatchPlanner cuts the batches and refuses what
 * HubSpot would refuse, RequestBuilder writes the bodies), so the preview cannot differ from what is sent. Only
 * the run id at the front of each objectWriteTraceId differs: every send draws a new one. The rows are read from a
 * RowSource as the engine reads them, and a batch's body is built when asked for: a million-row grid costs one plan,
 * not a copy of its rows or a million rows of JSON. A plain value; any one thread at a time (the source's rule).
 *
 *     Result<RequestPreview> preview = RequestPreview::create(spec, model.rowSource(pendingRows));
 *     if (!preview) show(preview.error().message); // duplicate upsert ids, missing ids, …
 *     QByteArray first = preview->batch(0).body;
 */
class RequestPreview final
{
public:
    /// The run id the preview puts in front of each row key in objectWriteTraceId.
    static constexpr QLatin1StringView PreviewRunId { "preview" };

    static Result<RequestPreview> create(
        const BatchSpec &spec, std::shared_ptr<const RowSource> rows, const QString &runId = PreviewRunId);
    /// The same over rows in memory (tests, small callers).
    static Result<RequestPreview> create(
        const BatchSpec &spec, const QList<Row> &rows, const QString &runId = PreviewRunId);

    const BatchSpec &spec() const { return m_spec; }

    int batchCount() const { return int(m_plan.batches.size()); }

    int rowCount() const { return m_rows->rowCount(); }

    PreviewBatch batch(int index) const;
    /// Row::sourceLine of each row in batch @p index, without building its body.
    QList<int> sourceLines(int index) const;
    /// @p body indented for reading (two spaces), keys in the order sent.
    static QString indented(const QByteArray &body);

private:
    RequestPreview() = default;

    BatchSpec m_spec;
    std::shared_ptr<const RowSource> m_rows;
    Plan m_plan;
};

} // namespace Batchsmith
