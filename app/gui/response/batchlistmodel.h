// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPalette>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * One row per batch of a run (by batch number, in plan order), fed by BatchEngine's batchSent and batchAnswered.
 * Keeps every exchange of a batch (retries, split halves, lookups of lost creates) for the detail view; a row
 * shows the latest one. A run of a million rows has ten thousand batches: in memory each exchange keeps only its
 * summary (status, verdict, timing, row count), and its bodies, headers and row keys while it is in flight. When the
 * run is journaled (setBodiesInJournal()) the answered exchanges' bodies are read from the journal when shown;
 * otherwise those of the latest RecentBodies batches are kept, and older ones are dropped (hasBodies()). Colours and
 * icons come from BatchOutcomeStyle through OutcomeRole, on the palette given to setPalette(). Owned by its view; GUI
 * thread.
 *
 *     connect(engine, &BatchEngine::runStarted, model, [=](int rows, int batches) {
 *         model->planBatches(rows, batches, engine->spec().batchSize); });
 *     connect(engine, &BatchEngine::batchSent, model, &BatchListModel::addSent);
 *     connect(engine, &BatchEngine::batchAnswered, model, &BatchListModel::addAnswer);
 *     connect(engine, &BatchEngine::runFinished, model, &BatchListModel::finishRun);
 */
class BatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchListModel)

public:
    enum Column {
        NumberColumn,
        RowsColumn,
        HttpStatusColumn,
        BatchStatusColumn,
        DurationColumn,
        RetriesColumn,
        RateLimitColumn,
        ExplanationColumn, // one line: what HubSpot said and what Batchsmith did (BatchExplainer)
        ColumnCount
    };

    /// What a batch came to so far; the view maps it to colour and icon.
    enum class Outcome { Pending, InFlight, Succeeded, Partial, Retrying, Failed, Cancelled };
    Q_ENUM(Outcome)

    enum Role {
        OutcomeRole = Qt::UserRole + 1, // Outcome
        BatchNumberRole, // int
        BatchStatusRole, // PENDING, PROCESSING, COMPLETE, CANCELED, or "" when the answer gave none
        HttpStatusRole, // int, 0 while in flight or without an answer
        KindRole, // int: BatchExchange::Kind of the exchange shown
        ExplanationRole, // QString: the explanation line, also the ExplanationColumn's text
    };

    explicit BatchListModel(QObject *parent = nullptr);
    ~BatchListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Shows the plan's batches as PENDING. @p batchSize (the spec's) gives each batch's row count.
    void planBatches(int totalRows, int totalBatches, int batchSize);
    void addSent(const Batchsmith::BatchExchange &exchange);
    void addAnswer(const Batchsmith::BatchExchange &exchange);
    /// Batches with no answer become CANCELED when the run was cancelled or stopped early.
    void finishRun(const Batchsmith::RunSummary &summary);

    /// How many batches keep their answered exchanges' bodies when the run has no journal.
    static constexpr int RecentBodies = 200;

    /// Whether the run's journal holds the bodies: then no answered exchange keeps them in memory. Set before the
    /// run's first exchange; clear() keeps it.
    void setBodiesInJournal(bool inJournal) { m_bodiesInJournal = inJournal; }

    bool bodiesInJournal() const { return m_bodiesInJournal; }

    /// Every exchange of the batch at @p row, in the order they were sent. Answered ones have their bodies, headers
    /// and row keys only where hasBodies() says so (the journal has them).
    QList<BatchExchange> exchanges(int row) const;
    /// The rows exchange @p exchangeIndex of @p row carried.
    int exchangeRowCount(int row, int exchangeIndex) const;
    /// Whether exchange @p exchangeIndex of @p row still has its headers and bodies in memory.
    bool hasBodies(int row, int exchangeIndex) const;
    /// Whether exchange @p exchangeIndex (as in exchanges()) of @p row has its answer.
    bool isAnswered(int row, int exchangeIndex) const;
    int rowOfBatch(int batchNumber) const; // -1 when absent

    void setPalette(const QPalette &palette);

    /// "207 Multi-Status": the code and its HTTP reason phrase (never translated), or the code alone.
    static QString httpStatusText(int status);

private:
    struct Attempt
    {
        BatchExchange exchange;
        bool answered = false;
        int rows = 0; // exchange.rowKeys.size() before they were dropped
        bool bodies = true; // headers, bodies and row keys still in exchange
    };

    struct Batch
    {
        int number = 0;
        int plannedRows = -1;
        QList<Attempt> attempts;
        bool cancelled = false;
    };

    int insertBatch(int number);
    const Attempt *shown(const Batch &batch) const;
    Outcome outcomeOf(const Batch &batch) const;
    QString batchStatusOf(const Batch &batch) const;
    QVariant display(const Batch &batch, int column) const;
    QString toolTip(const Batch &batch) const;
    QString explanation(const Batch &batch) const;
    void rowChanged(int row);
    Attempt summarised(const BatchExchange &exchange, bool answered) const;
    void dropOldBodies(int batchNumber);

    QList<Batch> m_batches; // sorted by number
    QPalette m_palette;
    mutable QHash<int, QIcon> m_icons; // drawn once per palette
    bool m_finished = false;
    bool m_bodiesInJournal = false;
    QList<int> m_withBodies; // without a journal: numbers of the batches that keep answered bodies, oldest first
};

} // namespace Batchsmith
