// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * The rows of one run's journal with their outcomes, read on demand: a journal may hold a million rows, so the
 * model reads PageSize rows at a time as the view scrolls (canFetchMore/fetchMore). Columns: row number,
 * outcome, record id, message, then the run's input columns. Owned by the run history dialog; GUI thread.
 */
class RunRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRowsModel)

public:
    static constexpr int PageSize = 1000;

    enum Column { RowColumn, OutcomeColumn, RecordIdColumn, MessageColumn, FirstInputColumn };

    explicit RunRowsModel(QObject *parent = nullptr);
    ~RunRowsModel() override;

    /// Shows the run of @p journalPath (its first page); an empty path shows nothing.
    void setJournal(const QString &journalPath);

    QString journalPath() const { return m_path; }

    /// Rows in the journal; rowCount() is how many are read so far.
    int totalRows() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusText(RowStatus status);

private:
    struct Entry
    {
        int index = 0;
        QStringList cells;
        RowOutcome outcome;
    };

    QList<Entry> readPage(int from) const;

    QString m_path;
    QStringList m_columns;
    QList<Entry> m_rows;
    int m_total = 0;
};

} // namespace Batchsmith
