// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/gridfilterbar.h"

#include <QAction>
#include <QEvent>
#include <QLocale>

#include "core/table/recordtablemodel.h"
#include "gui/editor/gridfiltermodel.h"
#include "gui/editor/recordtableview.h"
#include "ui_gridfilterbar.h"

namespace Batchsmith {

namespace {

constexpr int TextDelayMs = 250;

} // namespace

GridFilterBar::GridFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GridFilterBar>())
{
    m_ui->setupUi(this);
    fillRowKinds();
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(TextDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, &GridFilterBar::applyText);
    connect(m_ui->rowFilterLineEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_syncing)
            m_textTimer.start();
    });
    connect(m_ui->rowFilterLineEdit, &QLineEdit::returnPressed, this, &GridFilterBar::applyText);
    connect(m_ui->rowKindComboBox, &QComboBox::currentIndexChanged, this, &GridFilterBar::applyRowKind);
    m_ui->rowFilterCountLabel->hide();

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->rowFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->rowFilterLineEdit->selectAll();
    });
    addAction(find);
}

GridFilterBar::~GridFilterBar() = default;

void GridFilterBar::fillRowKinds()
{
    const int current = std::max(0, m_ui->rowKindComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->rowKindComboBox);
    m_ui->rowKindComboBox->clear();
    //: Filter bar: which rows the grid shows
    m_ui->rowKindComboBox->addItem(tr("All rows"), int(GridFilterModel::RowKind::All));
    //: Filter bar: rows that failed or whose outcome is unknown
    m_ui->rowKindComboBox->addItem(tr("Failed rows"), int(GridFilterModel::RowKind::Failed));
    //: Filter bar: rows with a value HubSpot would refuse
    m_ui->rowKindComboBox->addItem(tr("Rows with problems"), int(GridFilterModel::RowKind::Problems));
    //: Filter bar: rows not sent yet
    m_ui->rowKindComboBox->addItem(tr("Rows not sent"), int(GridFilterModel::RowKind::NotSent));
    //: Filter bar: rows HubSpot created or updated
    m_ui->rowKindComboBox->addItem(tr("Created or updated rows"), int(GridFilterModel::RowKind::Done));
    m_ui->rowKindComboBox->setCurrentIndex(current);
}

void GridFilterBar::setView(RecordTableView *view)
{
    if (m_view)
        disconnect(m_view->filterModel(), nullptr, this, nullptr);
    m_view = view;
    if (!view)
        return;
    GridFilterModel *filter = view->filterModel();
    connect(filter, &GridFilterModel::filterChanged, this, &GridFilterBar::syncFromModel);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(filter, signal, this, &GridFilterBar::updateCount);
    connect(filter, &QAbstractItemModel::modelReset, this, &GridFilterBar::updateCount);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &GridFilterBar::updateCount);
    syncFromModel();
}

void GridFilterBar::applyText()
{
    m_textTimer.stop();
    if (m_view)
        m_view->filterModel()->setText(m_ui->rowFilterLineEdit->text());
}

void GridFilterBar::applyRowKind()
{
    if (m_view && !m_syncing)
        m_view->filterModel()->setRowKind(
            static_cast<GridFilterModel::RowKind>(m_ui->rowKindComboBox->currentData().toInt()));
}

void GridFilterBar::syncFromModel()
{
    if (!m_view)
        return;
    const GridFilterModel *filter = m_view->filterModel();
    m_syncing = true;
    if (m_ui->rowFilterLineEdit->text().trimmed() != filter->text() && !m_textTimer.isActive())
        m_ui->rowFilterLineEdit->setText(filter->text());
    m_ui->rowKindComboBox->setCurrentIndex(m_ui->rowKindComboBox->findData(int(filter->rowKind())));
    m_syncing = false;
    updateCount();
}

void GridFilterBar::updateCount()
{
    const GridFilterModel *filter = m_view ? m_view->filterModel() : nullptr;
    const RecordTableModel *records = m_view ? m_view->recordModel() : nullptr;
    const bool filtering = filter && records && filter->isFiltering();
    m_ui->rowFilterCountLabel->setVisible(filtering);
    if (!filtering)
        return;
    //: Filter bar, while a filter is on: %1 is how many rows are shown, %n how many the grid has
    m_ui->rowFilterCountLabel->setText(
        tr("Showing %1 of %Ln rows", nullptr, records->rowCount()).arg(QLocale().toString(filter->rowCount())));
}

void GridFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRowKinds();
        updateCount();
    }
}

} // namespace Batchsmith
