// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableWidget;
class QTimer;

namespace Batchsmith {

class SandboxControl;

/**
 * The sandbox's counters (GET /__sandbox/stats): requests by HTTP status, records by object type, and duplicates
 * created, which must stay 0. Refreshed every second while open. Not modal. Owned by its parent window (deleted on
 * close); the SandboxControl must outlive it. GUI thread.
 */
class SandboxCountersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxCountersDialog)

public:
    static constexpr int RefreshMs = 1000;

    SandboxCountersDialog(SandboxControl *control, QWidget *parent = nullptr);
    ~SandboxCountersDialog() override;

    /// Asks the sandbox for its counters now.
    void refresh();
    /// Shows @p stats (the sandbox's JSON).
    void showStats(const QJsonObject &stats);

    /// How many answers to refresh() arrived (tests wait on it).
    int refreshes() const { return m_refreshes; }

Q_SIGNALS:
    void statsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SandboxControl *m_control;
    QLabel *m_requestsLabel;
    QTableWidget *m_byStatus;
    QLabel *m_recordsLabel;
    QTableWidget *m_byType;
    QLabel *m_duplicatesLabel;
    QLabel *m_summaryLabel;
    QTimer *m_timer;
    QJsonObject m_stats;
    bool m_waiting = false;
    int m_refreshes = 0;
};

} // namespace Batchsmith
