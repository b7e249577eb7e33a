// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/result.h"

namespace Batchsmith {

/**
 * What the header of a batch input file means (BatchInput describes the columns) and how one of its records becomes
 * a Row, its cells for a results file and its previous outcome. Checks what BatchInput::read() checks, with the same
 * messages (file, line, column). Shared by BatchInput, which keeps every row, and BatchInputSource, which reads a row
 * again from the file when it is needed. A value; any thread.
 */
class BatchInputSchema final
{
public:
    /// Reads the header line of @p file for @p spec.
    static Result<BatchInputSchema> fromHeader(const QString &file, const QStringList &header, const BatchSpec &spec);

    /// The input's own columns, in order, without __status/__id/__error.
    const QStringList &columns() const { return m_columns; }

    /// Where the value of @p property is in a record (its header position), -1 when no column sends it (none, or
    /// an assoc: column): Row::properties.value(property) is then record.value(position).
    int propertyPosition(const QString &property) const;

    /// Reads the record on @p line, the @p number-th data record (from 1, its key RowKey::make(number)). Any of
    /// @p row, @p cells and @p previous may be null when not wanted; an error is found either way.
    std::optional<Error> read(const QStringList &record, int line, quint32 number, Row *row, QStringList *cells,
        RowOutcome *previous, bool *unknown = nullptr) const;

private:
    struct AssociationColumn
    {
        QString toObjectType;
        QString category;
        int typeId = 0;
    };

    std::optional<Error> associations(const QString &cell, int column, int line, Row *row) const;
    /// @p unknown: the results file says `unknown` (sent, answer lost).
    std::optional<Error> previousOutcome(const QStringList &record, int line, RowOutcome *outcome, bool *unknown) const;

    QString m_file;
    QStringList m_columns;
    QList<int> m_sourceColumn; // input column -> header position
    QList<std::optional<AssociationColumn>> m_associations;
    int m_statusAt = -1;
    int m_idAt = -1;
};

} // namespace Batchsmith
