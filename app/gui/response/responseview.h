// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include "core/batch/batchtypes.h"

namespace Ui {
class ResponseView;
}

namespace Batchsmith {

class BatchEngine;
class BatchListModel;
class JsonHighlighter;

/**
 * The live response view of the main window: a table of the run's batches and, for the selected one, its
 * request and its answer (pretty-printed, highlighted JSON; the token always redacted), an attempt selector
 * when the batch went more than once, "Copy request as cURL", a rate-limit meter and the run's summary.
 * Owned by its parent widget; GUI thread. It only shows what the engine reports: it never sends anything.
 *
 *     auto *view = new ResponseView(this);
 *     view->setTokenProvider([this] { return m_tokens->secret(m_profile); }); // asked only for an explicit copy
 *     view->attach(engine); // before engine->start()
 */
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    /// Shows @p engine's runs from now on; forgets the previous engine (its rows stay until the next run). With
    /// @p journalPath (the run's journal), the bodies of answered requests are read from it when a batch is
    /// selected, not kept in memory; without, only those of the latest batches are kept.
    void attach(Batchsmith::BatchEngine *engine, const QString &journalPath = {});
    void clear();
    /// Where the real token comes from when the user asks for it in a copied command. Never called otherwise.
    void setTokenProvider(std::function<QString()> provider);
    BatchListModel *batchModel() const;

Q_SIGNALS:
    /// A short note for the status bar, e.g. after a copy.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void detach();
    void onRunStarted(int totalRows, int totalBatches);
    void onRunFinished(const Batchsmith::RunSummary &summary);
    void showPlan(int totalRows, int totalBatches);
    void showSummary(const Batchsmith::RunSummary &summary);
    void onBatchRowsChanged(int first, int last);
    void onCurrentBatchChanged();
    void fillAttempts();
    void showExchange();
    void onIncludeTokenToggled(bool checked);
    void copyCurl();
    void applyPalette();
    void fitBatchTable();
    /// Widens the batch table's columns to what the rows in view need (not the ones the user sized).
    void fitColumns();
    int currentRow() const;
    int currentExchangeIndex() const;
    /// Exchange @p index of @p row with its headers and bodies: from memory, else from the journal. Sets @p note
    /// to why they cannot be shown when neither has them.
    BatchExchange detailed(int row, int index, QString *note);

    std::unique_ptr<Ui::ResponseView> m_ui;
    BatchListModel *m_model;
    JsonHighlighter *m_requestHighlighter;
    JsonHighlighter *m_responseHighlighter;
    QPointer<BatchEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
    std::function<QString()> m_tokenProvider;
    std::optional<RunSummary> m_lastSummary; // the finished run's, to word it again in another language
    QPair<int, int> m_planned { 0, 0 }; // rows and batches of the run being sent
    bool m_splitterMoved = false;
    QTimer m_fitTimer; // fitColumns() at most this often while batches change
    QSet<int> m_userSized; // columns the user resized
    bool m_fitting = false;
    bool m_followLatest = true; // the attempt selector follows new attempts until the user picks one
    QString m_journalPath; // of the run shown; empty when it has none
    std::optional<BatchExchange> m_loaded; // the exchange last read from the journal, whole
};

} // namespace Batchsmith
