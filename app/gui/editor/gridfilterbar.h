// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class GridFilterBar;
}

namespace Batchsmith {

class RecordTableView;

/**
 * The bar above the grid: a text filter (applied a moment after typing stops, so a million rows are searched
 * once, not on every key), a choice of rows to show (all, failed, with problems, not sent, created or updated),
 * and "Showing N of M rows" while a filter is on. Drives the view's GridFilterModel and follows it when the
 * filter is changed elsewhere (RecordTableView::clearFilter()).
 *
 * Owned by the main window's form; GUI thread.
 */
class GridFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridFilterBar)

public:
    explicit GridFilterBar(QWidget *parent = nullptr);
    ~GridFilterBar() override;

    void setView(RecordTableView *view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRowKinds();
    void applyText();
    void applyRowKind();
    void syncFromModel();
    void updateCount();

    std::unique_ptr<Ui::GridFilterBar> m_ui;
    QPointer<RecordTableView> m_view;
    QTimer m_textTimer;
    bool m_syncing = false;
};

} // namespace Batchsmith
