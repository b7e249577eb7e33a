// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sandbox/sandboxcountersdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/api/sandboxcontrol.h"

namespace Batchsmith {

namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    return table;
}

void fill(QTableWidget *table, const QList<QPair<QString, qint64>> &rows)
{
    const QLocale locale;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        auto *count = new QTableWidgetItem(locale.toString(rows.at(i).second));
        count->setData(Qt::UserRole, rows.at(i).second);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, count);
    }
    table->resizeColumnToContents(0);
}

} // namespace

SandboxCountersDialog::SandboxCountersDialog(SandboxControl *control, QWidget *parent)
    : QDialog(parent)
    , m_control(control)
    , m_requestsLabel(new QLabel(this))
    , m_byStatus(makeTable(QStringLiteral("requestsByStatusTableWidget"), this))
    , m_recordsLabel(new QLabel(this))
    , m_byType(makeTable(QStringLiteral("recordsByTypeTableWidget"), this))
    , m_duplicatesLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sandboxCountersDialog"));
    m_duplicatesLabel->setObjectName(QStringLiteral("duplicatesLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_requestsLabel);
    layout->addWidget(m_byStatus);
    layout->addWidget(m_recordsLabel);
    layout->addWidget(m_byType);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_summaryLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SandboxCountersDialog::refresh);
    m_timer->start();
    resize(420, 520);
    retranslate();
}

SandboxCountersDialog::~SandboxCountersDialog() = default;

void SandboxCountersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SandboxCountersDialog::retranslate()
{
    setWindowTitle(tr("Sandbox Counters"));
    m_requestsLabel->setText(tr("Requests by HTTP status:"));
    m_recordsLabel->setText(tr("Records by object type:"));
    m_byStatus->setHorizontalHeaderLabels({ tr("Status"), tr("Requests") });
    m_byType->setHorizontalHeaderLabels({ tr("Object type"), tr("Records") });
    showStats(m_stats);
}

void SandboxCountersDialog::refresh()
{
    if (m_waiting || !isVisible())
        return;
    m_waiting = true;
    m_control->stats(this, [this](const Result<QJsonObject> &stats) {
        m_waiting = false;
        ++m_refreshes;
        if (stats)
            showStats(stats.value());
        else
            m_summaryLabel->setText(stats.error().message);
    });
}

void SandboxCountersDialog::showStats(const QJsonObject &stats)
{
    m_stats = stats;
    QList<QPair<QString, qint64>> byStatus;
    const QJsonObject statuses = stats.value(QStringLiteral("requestsByStatus")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        byStatus.append({ it.key(), qint64(it.value().toDouble()) });
    std::sort(byStatus.begin(), byStatus.end(),
        [](const auto &a, const auto &b) { return a.first.toInt() < b.first.toInt(); });
    fill(m_byStatus, byStatus);
    QList<QPair<QString, qint64>> byType;
    const QJsonObject objects = stats.value(QStringLiteral("objects")).toObject();
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it)
        byType.append({ it.key(), qint64(it.value().toDouble()) });
    fill(m_byType, byType);

    const QLocale locale;
    const qint64 duplicates = qint64(stats.value(QStringLiteral("duplicateCreates")).toDouble());
    //: %1 is a count that must stay 0: records the sandbox created twice because a request was sent twice
    m_duplicatesLabel->setText(tr("Duplicates created: %1 (must stay 0)").arg(locale.toString(duplicates)));
    QFont bold = m_duplicatesLabel->font();
    bold.setBold(true);
    m_duplicatesLabel->setFont(bold);
    m_duplicatesLabel->setStyleSheet(duplicates > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_duplicatesLabel->setProperty("duplicates", duplicates);
    const auto figure
        = [&](const char *key) { return locale.toString(qint64(stats.value(QLatin1String(key)).toDouble())); };
    //: Sandbox totals. %1 requests, %2 records created, %3 updated, %4 answers 429, %5 faults injected
    m_summaryLabel->setText(tr("%1 requests; %2 records created, %3 updated; %4 rate-limited (429); %5 faults injected")
                                .arg(figure("requests"), figure("recordsCreated"), figure("recordsUpdated"),
                                    figure("rateLimited429"), figure("faultsInjected")));
    Q_EMIT statsShown();
}

} // namespace Batchsmith
