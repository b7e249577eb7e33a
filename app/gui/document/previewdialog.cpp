// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/previewdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

#include "core/api/requestbuilder.h"
#include "gui/response/jsonhighlighter.h"
#include "ui_previewdialog.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

PreviewDialog::PreviewDialog(RequestPreview preview, const QUrl &baseUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreviewDialog>())
    , m_preview(std::move(preview))
    , m_baseUrl(baseUrl)
{
    m_ui->setupUi(this);
    m_ui->previewJsonTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new JsonHighlighter(m_ui->previewJsonTextEdit->document());
    m_highlighter->setPalette(m_ui->previewJsonTextEdit->palette());
    // The summary keeps its height; the batches and the body take the rest.
    m_ui->summaryLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->mainLayout->setStretch(1, 1);
    m_ui->previewSplitter->setStretchFactor(0, 1);
    m_ui->previewSplitter->setStretchFactor(1, 3);
    m_ui->previewSplitter->setSizes({ 220, 620 });

    connect(m_ui->previewBatchListWidget, &QListWidget::currentRowChanged, this, &PreviewDialog::showBatch);
    connect(m_ui->copyBatchButton, &QPushButton::clicked, this, &PreviewDialog::copyBatch);
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &PreviewDialog::copyAll);
    connect(m_ui->previewButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    m_ui->copyBatchButton->setEnabled(m_preview.batchCount() > 0);
    m_ui->copyAllButton->setEnabled(m_preview.batchCount() > 0);
    if (m_preview.batchCount() > 0)
        m_ui->previewBatchListWidget->setCurrentRow(0);
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PreviewDialog::retranslate()
{
    const BatchSpec &spec = m_preview.spec();
    //: %n rows in all, %2 the number of requests, %3 the endpoint path
    m_ui->summaryLabel->setText(
        tr("%Ln row(s) in %2 request(s) to %3. Each send gives objectWriteTraceId a new run "
           "id in place of “preview”; everything else is sent exactly as shown.",
            nullptr, m_preview.rowCount())
            .arg(QLocale().toString(m_preview.batchCount()), m_baseUrl.toString() + RequestBuilder::writePath(spec)));
    const int current = m_ui->previewBatchListWidget->currentRow();
    m_ui->previewBatchListWidget->clear();
    for (int i = 0; i < m_preview.batchCount(); ++i) {
        const QList<int> lines = m_preview.sourceLines(i);
        const QString first = QLocale().toString(lines.value(0));
        const QString last = QLocale().toString(lines.value(lines.size() - 1));
        //: A batch in the preview list: %1 its number, %n its rows, %2 and %3 the first and last grid row in it.
        //: Example: "Batch 2: 100 rows (101–200)"
        m_ui->previewBatchListWidget->addItem(
            tr("Batch %1: %Ln row(s) (%2–%3)", nullptr, int(lines.size())).arg(QLocale().toString(i + 1), first, last));
    }
    if (current >= 0)
        m_ui->previewBatchListWidget->setCurrentRow(current);
}

QString PreviewDialog::requestLine(const PreviewBatch &batch) const
{
    return batch.method + u' ' + m_baseUrl.toString() + batch.path;
}

void PreviewDialog::showBatch(int index)
{
    if (index < 0 || index >= m_preview.batchCount()) {
        m_ui->requestLineLabel->clear();
        m_ui->previewJsonTextEdit->clear();
        return;
    }
    const PreviewBatch batch = m_preview.batch(index);
    m_ui->requestLineLabel->setText(requestLine(batch));
    m_ui->previewJsonTextEdit->setPlainText(RequestPreview::indented(batch.body));
}

void PreviewDialog::copyBatch()
{
    const int index = m_ui->previewBatchListWidget->currentRow();
    if (index < 0 || index >= m_preview.batchCount())
        return;
    QGuiApplication::clipboard()->setText(RequestPreview::indented(m_preview.batch(index).body));
}

QString PreviewDialog::allRequestsText() const
{
    QString text;
    for (int i = 0; i < m_preview.batchCount(); ++i) {
        const PreviewBatch batch = m_preview.batch(i);
        if (i > 0)
            text += u'\n';
        text += requestLine(batch) + u"\n\n"_s + RequestPreview::indented(batch.body);
    }
    return text;
}

void PreviewDialog::copyAll()
{
    QGuiApplication::clipboard()->setText(allRequestsText());
}

} // namespace Batchsmith
