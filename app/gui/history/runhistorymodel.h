// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "journal/journaltypes.h"

namespace Batchsmith {

/**
 * The past runs of a journal folder, newest first, one row each: when, where, what, how many rows ended how,
 * how long, and whether the run finished. reload() reads the journals on a worker thread (a folder may hold
 * hundreds of runs, each file opened once) and resets the model when they are read; loaded() follows.
 * Owned by the run history dialog; GUI thread.
 */
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column {
        StartedColumn,
        PortalColumn,
        ObjectColumn,
        ModeColumn,
        CreatedColumn,
        UpdatedColumn,
        FailedColumn,
        NotSentColumn,
        DurationColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the journal file
        SortRole, // the value a column sorts by
    };

    explicit RunHistoryModel(QObject *parent = nullptr);
    ~RunHistoryModel() override;

    /// Reads the journals of @p directory off the GUI thread; loaded() when the model holds them.
    void reload(const QString &directory);

    bool isLoading() const { return m_loading; }

    /// Labels for object type ids ("2-3508482" -> "Cars"); ids without one are shown as they are.
    void setObjectTypeLabels(const QHash<QString, QString> &labels);

    JournalSummary run(int row) const { return m_runs.value(row); }

    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1 h 02 min", "3 min 05 s", "12 s", "0.4 s", in the current locale.
    static QString durationText(qint64 ms);
    /// "Finished", "Stopped" or "Interrupted", and why.
    static QString stateText(const JournalSummary &run);
    static QString stateToolTip(const JournalSummary &run);

Q_SIGNALS:
    void loaded();

private:
    void setRuns(const QList<JournalSummary> &runs);
    QVariant display(const JournalSummary &run, int column) const;

    QList<JournalSummary> m_runs;
    QHash<QString, QString> m_labels;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace Batchsmith
