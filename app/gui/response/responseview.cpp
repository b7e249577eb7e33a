// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/responseview.h"

#include <algorithm>

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLocale>
#include <QScrollBar>

#include "core/api/curlcommand.h"
#include "core/api/redaction.h"
#include "core/batch/batchengine.h"
#include "gui/common/messagebox.h"
#include "gui/response/batchlistmodel.h"
#include "gui/response/jsonhighlighter.h"
#include "journal/journalreader.h"
#include "ui_responseview.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

QString headerLines(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QString text;
    // Redacted again here: the view must never show a credential, whoever filled the exchange.
    for (const auto &[name, value] : Redaction::headers(headers))
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}

QString prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QString duration(qint64 ms)
{
    if (ms < 1000) {
        //: A duration in milliseconds. %1 is a localised number, e.g. "850 ms".
        return ResponseView::tr("%1 ms").arg(QLocale().toString(ms));
    }
    //: A duration in seconds. %1 is a localised number, e.g. "4.2 s".
    return ResponseView::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResponseView>())
    , m_model(new BatchListModel(this))
{
    m_ui->setupUi(this);
    m_ui->batchesTableView->setModel(m_model);
    QHeaderView *header = m_ui->batchesTableView->horizontalHeader();
    // Columns fit what they show (fitColumns()), at most a few times a second: sized to contents by the header
    // itself, every column was measured again on each batch's change, up to 100 ms a time in a long run.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setResizeContentsPrecision(0); // the rows in view
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting)
            m_userSized.insert(column); // the user's width stays
    });
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(300);
    connect(&m_fitTimer, &QTimer::timeout, this, [this] { fitColumns(); });
    // At most once per interval while batches change (not pushed back by each change, which would wait for the end).
    const auto fitSoon = [this] {
        if (!m_fitTimer.isActive())
            m_fitTimer.start();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, fitSoon] {
        m_userSized.clear();
        fitSoon();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitSoon);
    connect(m_model, &QAbstractItemModel::dataChanged, this, fitSoon);
    connect(m_ui->batchesTableView->verticalScrollBar(), &QScrollBar::valueChanged, this, fitSoon);
    // Rows one line high.
    QHeaderView *rows = m_ui->batchesTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(std::max(fontMetrics().height(), 16) + 6);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : { m_ui->requestTextEdit, m_ui->responseTextEdit })
        edit->setFont(mono);
    m_requestHighlighter = new JsonHighlighter(m_ui->requestTextEdit->document());
    m_responseHighlighter = new JsonHighlighter(m_ui->responseTextEdit->document());
    m_ui->responseSplitter->setStretchFactor(0, 2);
    m_ui->responseSplitter->setStretchFactor(1, 3);
    m_ui->attemptLabel->setVisible(false);
    m_ui->attemptComboBox->setVisible(false);
    m_ui->copyCurlButton->setEnabled(false);
    applyPalette();

    connect(m_ui->batchesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ResponseView::onCurrentBatchChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            onBatchRowsChanged(topLeft.row(), bottomRight.row());
        });
    connect(m_ui->attemptComboBox, &QComboBox::activated, this, [this] {
        m_followLatest = m_ui->attemptComboBox->currentIndex() == m_ui->attemptComboBox->count() - 1;
        showExchange();
    });
    connect(m_ui->responseSplitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(m_ui->includeTokenCheckBox, &QCheckBox::toggled, this, &ResponseView::onIncludeTokenToggled);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &ResponseView::copyCurl);
}

ResponseView::~ResponseView() = default;

BatchListModel *ResponseView::batchModel() const
{
    return m_model;
}

void ResponseView::setTokenProvider(std::function<QString()> provider)
{
    m_tokenProvider = std::move(provider);
}

void ResponseView::attach(BatchEngine *engine, const QString &journalPath)
{
    detach();
    m_engine = engine;
    m_journalPath = engine ? journalPath : QString();
    m_loaded.reset();
    m_model->setBodiesInJournal(!m_journalPath.isEmpty());
    if (!engine)
        return;
    m_connections = {
        connect(engine, &BatchEngine::runStarted, this, &ResponseView::onRunStarted),
        connect(engine, &BatchEngine::batchSent, this,
            [this](const BatchExchange &exchange) { m_model->addSent(exchange); }),
        connect(engine, &BatchEngine::batchAnswered, this,
            [this](const BatchExchange &exchange) {
                m_model->addAnswer(exchange);
                m_ui->rateLimitMeter->setInfo(exchange.rateLimit);
            }),
        connect(engine, &BatchEngine::rateLimitWaiting, m_ui->rateLimitMeter, &RateLimitMeter::setWaiting),
        connect(engine, &BatchEngine::runFinished, this, &ResponseView::onRunFinished),
    };
}

void ResponseView::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_engine = nullptr;
}

void ResponseView::clear()
{
    m_model->clear();
    m_ui->rateLimitMeter->clear();
    m_ui->runSummaryLabel->clear();
    m_lastSummary.reset();
    m_planned = { 0, 0 };
    m_followLatest = true;
    onCurrentBatchChanged();
}

void ResponseView::onRunStarted(int totalRows, int totalBatches)
{
    m_model->planBatches(totalRows, totalBatches, m_engine ? m_engine->spec().batchSize : 0);
    m_lastSummary.reset();
    showPlan(totalRows, totalBatches);
    m_followLatest = true;
    onCurrentBatchChanged();
    fitColumns();
}

void ResponseView::showPlan(int totalRows, int totalBatches)
{
    m_planned = { totalRows, totalBatches };
    m_ui->runSummaryLabel->setText(
        tr("Sending %Ln row(s)…", nullptr, totalRows) + u' ' + tr("%Ln batch(es) planned.", nullptr, totalBatches));
}

void ResponseView::onRunFinished(const RunSummary &summary)
{
    m_model->finishRun(summary);
    fitColumns();
    showSummary(summary);
}

void ResponseView::showSummary(const RunSummary &summary)
{
    m_lastSummary = summary;
    QStringList sentences;
    if (summary.cancelled) {
        //: %1 is a duration such as "4.2 s"; %n is the number of rows in the run.
        sentences.append(
            tr("Cancelled after %1: %Ln row(s).", nullptr, summary.total).arg(duration(summary.durationMs)));
    } else if (summary.fatal) {
        //: %1 is a duration such as "4.2 s"; %2 is the reason, e.g. "The token has expired."
        sentences.append(tr("Stopped after %1: %2").arg(duration(summary.durationMs), summary.fatal->message));
    } else {
        //: %1 is a duration such as "4.2 s"; %n is the number of rows in the run.
        sentences.append(tr("Finished in %1: %Ln row(s).", nullptr, summary.total).arg(duration(summary.durationMs)));
    }
    const QLocale locale;
    //: Outcome counts of a finished run; each %1…%5 is a number.
    sentences.append(
        tr("Created %1, updated %2, failed %3, unknown %4, skipped %5.")
            .arg(locale.toString(summary.created), locale.toString(summary.updated), locale.toString(summary.failed),
                locale.toString(summary.unknown), locale.toString(summary.skipped)));
    //: %n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.
    sentences.append(tr("%Ln request(s), %1 retried, %2 rate-limited.", nullptr, summary.requests)
                         .arg(locale.toString(summary.retries), locale.toString(summary.rateLimited)));
    m_ui->runSummaryLabel->setText(sentences.join(u' '));
}

int ResponseView::currentRow() const
{
    const QModelIndex current = m_ui->batchesTableView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int ResponseView::currentExchangeIndex() const
{
    return m_ui->attemptComboBox->currentIndex();
}

void ResponseView::onBatchRowsChanged(int first, int last)
{
    const int row = currentRow();
    if (row >= first && row <= last)
        fillAttempts();
}

void ResponseView::onCurrentBatchChanged()
{
    m_followLatest = true;
    fillAttempts();
}

void ResponseView::fillAttempts()
{
    const QList<BatchExchange> exchanges = m_model->exchanges(currentRow());
    const int previous = m_ui->attemptComboBox->currentIndex();
    m_ui->attemptComboBox->clear();
    const QLocale locale;
    for (int i = 0; i < exchanges.size(); ++i) {
        const BatchExchange &ex = exchanges.at(i);
        const QString status = !m_model->isAnswered(currentRow(), i) ? tr("waiting")
            : ex.httpStatus == 0                                     ? tr("no answer")
                                                                     : BatchListModel::httpStatusText(ex.httpStatus);
        const int rows = m_model->exchangeRowCount(currentRow(), i);
        //: Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up;
        //: %2: status such as "200 OK" or "no answer". Example: "Lookup 1 · 100 rows · 200 OK"
        const QString lookup = tr("Lookup %1 · %Ln row(s) · %2", nullptr, rows);
        //: Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as
        //: "429 Too Many Requests" or "no answer". Example: "Attempt 2 · 100 rows · 207 Multi-Status"
        const QString attempt = tr("Attempt %1 · %Ln row(s) · %2", nullptr, rows);
        const QString text
            = (ex.kind == BatchExchange::Kind::Lookup ? lookup : attempt).arg(locale.toString(ex.attempt), status);
        m_ui->attemptComboBox->addItem(text);
    }
    const int count = m_ui->attemptComboBox->count();
    m_ui->attemptComboBox->setCurrentIndex(m_followLatest || previous < 0 || previous >= count ? count - 1 : previous);
    const bool several = count > 1;
    // The selected batch's explanation, whole, however narrow its column is.
    const QString explanation = m_model->index(currentRow(), BatchListModel::ExplanationColumn)
                                    .data(BatchListModel::ExplanationRole)
                                    .toString();
    m_ui->explanationLabel->setText(explanation);
    m_ui->explanationLabel->setVisible(!explanation.isEmpty());
    m_ui->attemptLabel->setVisible(several);
    m_ui->attemptComboBox->setVisible(several);
    showExchange();
}

BatchExchange ResponseView::detailed(int row, int index, QString *note)
{
    const QList<BatchExchange> exchanges = m_model->exchanges(row);
    if (index < 0 || index >= exchanges.size())
        return {};
    BatchExchange ex = exchanges.at(index);
    if (m_model->hasBodies(row, index))
        return ex;
    const auto same = [&ex](const BatchExchange &other) {
        return other.batchNumber == ex.batchNumber && other.kind == ex.kind && other.attempt == ex.attempt
            && other.sentAtMs == ex.sentAtMs;
    };
    if (!m_journalPath.isEmpty()) {
        if (!m_loaded || !same(*m_loaded)) {
            auto stored = JournalReader::exchange(m_journalPath, ex.batchNumber, ex.kind, ex.attempt, ex.sentAtMs);
            if (!stored) {
                //: Shown instead of a batch's request and answer. %1 is why the journal could not be read.
                *note = tr("This batch's request and answer are kept in the run journal, which could not be read: %1")
                            .arg(stored.error().message);
                return ex;
            }
            m_loaded = *stored;
        }
        ex.rowKeys = m_loaded->rowKeys;
        ex.requestHeaders = m_loaded->requestHeaders;
        ex.requestBody = m_loaded->requestBody;
        ex.responseHeaders = m_loaded->responseHeaders;
        ex.responseBody = m_loaded->responseBody;
        return ex;
    }
    //: Shown instead of an older batch's request and answer in a run without a journal. %n is how many of the
    //: latest batches keep theirs.
    *note = tr("This run has no journal, so only the latest %Ln batch(es) keep their request and answer; this "
               "batch's were not kept.",
        nullptr, BatchListModel::RecentBodies);
    return ex;
}

void ResponseView::showExchange()
{
    const int row = currentRow();
    const int index = currentExchangeIndex();
    const int count = int(m_model->exchanges(row).size());
    if (index < 0 || index >= count) {
        m_ui->copyCurlButton->setEnabled(false);
        m_ui->requestTextEdit->clear();
        m_ui->responseTextEdit->clear();
        return;
    }
    QString note;
    const BatchExchange ex = detailed(row, index, &note);
    m_ui->copyCurlButton->setEnabled(note.isEmpty());
    if (!note.isEmpty()) {
        m_ui->requestTextEdit->setPlainText(ex.method + u' ' + ex.url.toString() + u"\n\n"_s + note);
        m_ui->responseTextEdit->setPlainText(ex.httpStatus == 0
                ? note
                : QString(u"HTTP "_s + BatchListModel::httpStatusText(ex.httpStatus) + u"\n\n"_s + note));
        return;
    }
    m_ui->requestTextEdit->setPlainText(ex.method + u' ' + ex.url.toString() + u'\n' + headerLines(ex.requestHeaders)
        + u'\n' + prettyBody(ex.requestBody));
    if (!m_model->isAnswered(row, index)) {
        m_ui->responseTextEdit->setPlainText(tr("Waiting for the answer…"));
    } else if (ex.httpStatus == 0) {
        //: %1 is the network error, e.g. "timed out" or "Connection refused".
        m_ui->responseTextEdit->setPlainText(tr("No answer: %1").arg(ex.networkError));
    } else {
        m_ui->responseTextEdit->setPlainText(u"HTTP "_s + BatchListModel::httpStatusText(ex.httpStatus) + u'\n'
            + headerLines(ex.responseHeaders) + u'\n' + prettyBody(ex.responseBody));
    }
}

void ResponseView::onIncludeTokenToggled(bool checked)
{
    if (!checked)
        return;
    const auto answer = MessageBox::question(this, tr("Include the token?"),
        tr("The copied command will contain your private app token. Anyone who sees it can read and change your "
           "HubSpot records until you rotate the token. Include it anyway?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_ui->includeTokenCheckBox);
        m_ui->includeTokenCheckBox->setChecked(false);
    }
}

void ResponseView::copyCurl()
{
    const int index = currentExchangeIndex();
    if (index < 0 || index >= m_model->exchanges(currentRow()).size())
        return;
    QString note;
    const BatchExchange ex = detailed(currentRow(), index, &note);
    if (!note.isEmpty()) {
        Q_EMIT statusMessage(note);
        return;
    }
    const bool withToken = m_ui->includeTokenCheckBox->isChecked() && m_tokenProvider;
    const QString token = withToken ? m_tokenProvider() : QString();
    QGuiApplication::clipboard()->setText(CurlCommand::build(ex, token));
    if (token.isEmpty()) {
        //: %1 is the batch number. The token is read from the HUBSPOT_TOKEN shell variable.
        Q_EMIT statusMessage(tr("Copied the request of batch %1 as a cURL command; it reads the token from "
                                "$HUBSPOT_TOKEN.")
                                 .arg(ex.batchNumber));
    } else {
        //: %1 is the batch number.
        Q_EMIT statusMessage(
            tr("Copied the request of batch %1 as a cURL command, with your token.").arg(ex.batchNumber));
    }
}

void ResponseView::fitColumns()
{
    // Only what is in view is measured, so columns widen as rows with longer text come into view and never narrow
    // under the reader's eyes; the ones the user sized are left alone.
    m_fitTimer.stop();
    QTableView *table = m_ui->batchesTableView;
    if (!table->isVisible())
        return;
    QHeaderView *header = table->horizontalHeader();
    m_fitting = true;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_userSized.contains(column) || header->isSectionHidden(column))
            continue;
        const int before = header->sectionSize(column);
        table->resizeColumnToContents(column);
        if (header->sectionSize(column) < before && m_model->rowCount() > 0)
            header->resizeSection(column, before);
    }
    m_fitting = false;
    fitBatchTable();
}

void ResponseView::fitBatchTable()
{
    // Show every column of the table, unless the user placed the splitter or the detail would get too narrow.
    QTableView *table = m_ui->batchesTableView;
    if (m_splitterMoved || !isVisible())
        return;
    const int wanted = table->horizontalHeader()->length() + 2 * table->frameWidth()
        + table->verticalScrollBar()->sizeHint().width();
    const int total = m_ui->responseSplitter->width() - m_ui->responseSplitter->handleWidth();
    const int detail = std::max(total - wanted, m_ui->detailWidget->minimumSizeHint().width());
    m_ui->responseSplitter->setSizes({ total - detail, detail });
}

void ResponseView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void ResponseView::applyPalette()
{
    m_model->setPalette(palette());
    // Our own palette: Qt sends us PaletteChange before it passes the new palette down to the text edits.
    m_requestHighlighter->setPalette(palette());
    m_responseHighlighter->setPalette(palette());
}

void ResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        if (m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(
                m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
        if (m_lastSummary)
            showSummary(*m_lastSummary);
        else if (m_planned.second > 0)
            showPlan(m_planned.first, m_planned.second);
        fillAttempts();
        showExchange();
    }
    QWidget::changeEvent(event);
}

} // namespace Batchsmith
