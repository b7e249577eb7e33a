// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/requestpreview.h"

#include <QJsonDocument>

#include "core/api/requestbuilder.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

Result<RequestPreview> RequestPreview::create(
    const BatchSpec &spec, std::shared_ptr<const RowSource> rows, const QString &runId)
{
    Result<Plan> plan = BatchPlanner::plan(spec, *rows, runId);
    if (!plan)
        return plan.error();
    RequestPreview preview;
    preview.m_spec = spec;
    preview.m_rows = std::move(rows);
    preview.m_plan = std::move(plan).value();
    return preview;
}

Result<RequestPreview> RequestPreview::create(const BatchSpec &spec, const QList<Row> &rows, const QString &runId)
{
    return create(spec, std::make_shared<const ListRowSource>(rows), runId);
}

PreviewBatch RequestPreview::batch(int index) const
{
    const PlannedBatch &planned = m_plan.batches.at(index);
    PreviewBatch batch;
    batch.number = planned.number;
    batch.method = u"POST"_s;
    batch.path = RequestBuilder::writePath(m_spec);
    // Only this batch's rows are made, as the engine makes them to send it (EngineRun::send()).
    QList<Row> rows;
    QList<int> positions;
    QStringList traceIds;
    rows.reserve(planned.rowIndexes.size());
    for (const int index : planned.rowIndexes) {
        positions.append(int(rows.size()));
        rows.append(m_rows->row(index));
        traceIds.append(BatchPlanner::traceId(m_plan.runId, rows.constLast().key));
        batch.sourceLines.append(rows.constLast().sourceLine);
    }
    batch.body = RequestBuilder::writeBody(m_spec, rows, positions, traceIds);
    return batch;
}

QList<int> RequestPreview::sourceLines(int index) const
{
    QList<int> lines;
    for (const int row : m_plan.batches.at(index).rowIndexes)
        lines.append(m_rows->sourceLine(row));
    return lines;
}

QString RequestPreview::indented(const QByteArray &body)
{
    // RequestBuilder builds the bodies from QJsonObject, so QJsonDocument writes the keys in the order sent.
    const QString text = QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented));
    // Four spaces per level is wide for a dialog: halve the leading run of each line.
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        qsizetype spaces = 0;
        while (start + spaces < end && text.at(start + spaces) == u' ')
            ++spaces;
        out += QString(spaces / 2, u' ');
        out += QStringView(text).mid(start + spaces, end - start - spaces);
        out += u'\n';
        start = end + 1;
    }
    return out;
}

} // namespace Batchsmith
