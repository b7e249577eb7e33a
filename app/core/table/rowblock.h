// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Batchsmith {

/**
 * A chunk of rows read from a CSV/TSV file, kept compact: every cell's UTF-8 bytes one after the other in one
 * buffer, each cell followed by CellEnd (0xFF, a byte that never occurs in UTF-8). A million rows of twelve cells
 * are a few hundred blocks, not twelve million QStrings.
 *
 * TableLoader makes them on its worker thread and hands them over in rowsRead(); RecordTableModel::appendRows()
 * stores them (without a copy when the column map is the identity). A plain value: copy it freely (implicitly
 * shared buffers), read it from any thread.
 *
 *     for (qsizetype r = 0; r < block.rowCount(); ++r)
 *         use(block.text(r, 0), block.lines.at(r));
 */
struct RowBlock
{
    static constexpr char CellEnd = '\xFF';

    int columnCount = 0; // cells per row (the header's field count)
    qint64 firstRecord = 0; // 0-based index, among the file's records (header excluded), of this block's first row
    QByteArray bytes; // the cells, row after row, each followed by CellEnd
    QList<qsizetype> rowEnds; // per row: offset in bytes just past its last CellEnd
    QList<int> lines; // per row: the 1-based line of the file on which it starts

    qsizetype rowCount() const { return rowEnds.size(); }

    bool isEmpty() const { return rowEnds.isEmpty(); }

    /// Offset in bytes where row @p row starts.
    qsizetype rowStart(qsizetype row) const { return row == 0 ? 0 : rowEnds.at(row - 1); }

    /// The packed cells of one row, each followed by CellEnd.
    QByteArrayView rowBytes(qsizetype row) const
    {
        const qsizetype start = rowStart(row);
        return QByteArrayView(bytes.constData() + start, rowEnds.at(row) - start);
    }

    /// The UTF-8 bytes of one cell (without its CellEnd).
    QByteArrayView cell(qsizetype row, int column) const
    {
        QByteArrayView rest = rowBytes(row);
        for (int c = 0; c < column; ++c)
            rest = rest.sliced(rest.indexOf(CellEnd) + 1);
        return rest.first(rest.indexOf(CellEnd));
    }

    QString text(qsizetype row, int column) const { return QString::fromUtf8(cell(row, column)); }

    QStringList row(qsizetype row) const
    {
        QStringList cells;
        cells.reserve(columnCount);
        QByteArrayView rest = rowBytes(row);
        while (!rest.isEmpty()) {
            const qsizetype end = rest.indexOf(CellEnd);
            cells.append(QString::fromUtf8(rest.first(end)));
            rest = rest.sliced(end + 1);
        }
        return cells;
    }

    /// Adds a row (tests, small tables); @p cells should hold columnCount values.
    void appendRow(const QStringList &cells, int line = 0)
    {
        for (const QString &cell : cells)
            bytes.append(cell.toUtf8()).append(CellEnd);
        rowEnds.append(bytes.size());
        lines.append(line);
    }
};

} // namespace Batchsmith
