// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/batchlistmodel.h"

#include <algorithm>

#include <QGuiApplication>
#include <QLocale>

#include "gui/response/batchexplainer.h"
#include "gui/response/batchoutcomestyle.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

/// A status worth another try: the engine retries these while the run goes on.
bool isTransient(int status)
{
    return status == 0 || status == 423 || status == 429 || status == 477 || status >= 500;
}

QString dash()
{
    return u"—"_s;
}

} // namespace

BatchListModel::BatchListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{
}

BatchListModel::~BatchListModel() = default;

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchListModel::httpStatusText(int status)
{
    static const QList<QPair<int, const char *>> reasons = {
        { 200, "OK" },
        { 201, "Created" },
        { 204, "No Content" },
        { 207, "Multi-Status" },
        { 400, "Bad Request" },
        { 401, "Unauthorized" },
        { 403, "Forbidden" },
        { 404, "Not Found" },
        { 408, "Request Timeout" },
        { 409, "Conflict" },
        { 413, "Payload Too Large" },
        { 414, "URI Too Long" },
        { 415, "Unsupported Media Type" },
        { 423, "Locked" },
        { 429, "Too Many Requests" },
        { 477, "Migration in Progress" },
        { 500, "Internal Server Error" },
        { 502, "Bad Gateway" },
        { 503, "Service Unavailable" },
        { 504, "Gateway Timeout" },
        { 524, "A Timeout Occurred" },
    };
    for (const auto &[code, reason] : reasons) {
        if (code == status)
            return QString::number(status) + u' ' + QLatin1StringView(reason);
    }
    return QString::number(status);
}

const BatchListModel::Attempt *BatchListModel::shown(const Batch &batch) const
{
    if (batch.attempts.isEmpty())
        return nullptr;
    // Split halves can be in flight together: while any is, the batch is in flight.
    const auto inFlight
        = std::find_if(batch.attempts.crbegin(), batch.attempts.crend(), [](const Attempt &a) { return !a.answered; });
    return inFlight != batch.attempts.crend() ? &*inFlight : &batch.attempts.constLast();
}

BatchListModel::Outcome BatchListModel::outcomeOf(const Batch &batch) const
{
    const Attempt *attempt = shown(batch);
    if (!attempt)
        return batch.cancelled ? Outcome::Cancelled : Outcome::Pending;
    if (!attempt->answered)
        return Outcome::InFlight;
    const BatchExchange &ex = attempt->exchange;
    if (ex.batchStatus == u"CANCELED")
        return Outcome::Cancelled;
    if (ex.httpStatus == 207)
        return Outcome::Partial;
    if (ex.httpStatus >= 200 && ex.httpStatus < 300)
        return Outcome::Succeeded;
    return !m_finished && isTransient(ex.httpStatus) ? Outcome::Retrying : Outcome::Failed;
}

QString BatchListModel::batchStatusOf(const Batch &batch) const
{
    const Attempt *attempt = shown(batch);
    if (!attempt)
        return batch.cancelled ? u"CANCELED"_s : u"PENDING"_s;
    if (!attempt->answered)
        return u"PROCESSING"_s;
    return attempt->exchange.batchStatus;
}

QVariant BatchListModel::display(const Batch &batch, int column) const
{
    const Attempt *attempt = shown(batch);
    const BatchExchange *ex = attempt ? &attempt->exchange : nullptr;
    const bool answered = attempt && attempt->answered;
    const QLocale locale;
    switch (column) {
    case NumberColumn:
        if (ex && ex->kind == BatchExchange::Kind::Lookup) {
            //: Batch number column when the batch's latest request looked up records whose answer was lost.
            //: %1 is the batch number. Example: "3 (lookup)"
            return tr("%1 (lookup)").arg(locale.toString(batch.number));
        }
        return locale.toString(batch.number);
    case RowsColumn: {
        const qsizetype rows = batch.plannedRows >= 0 ? batch.plannedRows
            : !batch.attempts.isEmpty()               ? batch.attempts.constFirst().rows
                                                      : -1;
        return rows >= 0 ? locale.toString(rows) : dash();
    }
    case HttpStatusColumn:
        if (!answered)
            return dash();
        if (ex->httpStatus == 0) {
            //: HTTP status column when no HTTP answer came. %1 is the network error, e.g. "timed out".
            return tr("No answer (%1)").arg(ex->networkError);
        }
        return httpStatusText(ex->httpStatus);
    case BatchStatusColumn: {
        const QString status = batchStatusOf(batch);
        return status.isEmpty() ? dash() : status;
    }
    case DurationColumn:
        if (!answered)
            return dash();
        //: Duration of one request in milliseconds. %1 is a localised number, e.g. "1,234 ms".
        return tr("%1 ms").arg(locale.toString(ex->durationMs));
    case RetriesColumn: {
        int attempts = 0;
        for (const Attempt &a : batch.attempts)
            attempts = std::max(attempts, a.exchange.attempt);
        return locale.toString(std::max(0, attempts - 1));
    }
    case RateLimitColumn:
        return answered && ex->rateLimit.remaining >= 0 ? locale.toString(ex->rateLimit.remaining) : dash();
    case ExplanationColumn:
        return explanation(batch);
    default:
        return {};
    }
}

QString BatchListModel::toolTip(const Batch &batch) const
{
    switch (outcomeOf(batch)) {
    case Outcome::Pending:
        return tr("Not sent yet.");
    case Outcome::InFlight:
        return tr("Sent; waiting for the answer.");
    case Outcome::Succeeded:
        return tr("Every row of this batch was written.");
    case Outcome::Partial:
        return tr("Some rows of this batch were refused; the others were written.");
    case Outcome::Retrying:
        return tr("This request failed and will be tried again.");
    case Outcome::Failed:
        return tr("This batch failed.");
    case Outcome::Cancelled:
        return tr("Cancelled before an answer came.");
    }
    return {};
}

QString BatchListModel::explanation(const Batch &batch) const
{
    // The explainer counts rows by their keys, which answered exchanges no longer keep: stand-ins of the same size.
    QList<BatchExchange> copies;
    copies.reserve(batch.attempts.size());
    for (const Attempt &a : batch.attempts) {
        if (a.answered) {
            copies.append(a.exchange);
            copies.last().rowKeys.resize(a.rows);
        }
    }
    QList<const BatchExchange *> answered;
    for (const BatchExchange &ex : std::as_const(copies))
        answered.append(&ex);
    return BatchExplainer::explain(answered);
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch &batch = m_batches.at(index.row());
    const Attempt *attempt = shown(batch);
    switch (role) {
    case Qt::DisplayRole:
        return display(batch, index.column());
    case Qt::ToolTipRole:
        return index.column() == ExplanationColumn && !batch.attempts.isEmpty() ? explanation(batch) : toolTip(batch);
    case ExplanationRole:
        return explanation(batch);
    case Qt::TextAlignmentRole:
        return index.column() == HttpStatusColumn || index.column() == BatchStatusColumn
                || index.column() == ExplanationColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == HttpStatusColumn || index.column() == BatchStatusColumn)
            return BatchOutcomeStyle::color(outcomeOf(batch), m_palette);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NumberColumn) {
            const Outcome outcome = outcomeOf(batch);
            auto icon = m_icons.find(static_cast<int>(outcome));
            if (icon == m_icons.end())
                icon = m_icons.insert(static_cast<int>(outcome), BatchOutcomeStyle::icon(outcome, m_palette));
            return *icon;
        }
        return {};
    case OutcomeRole:
        return QVariant::fromValue(outcomeOf(batch));
    case BatchNumberRole:
        return batch.number;
    case BatchStatusRole:
        return batchStatusOf(batch);
    case HttpStatusRole:
        return attempt && attempt->answered ? attempt->exchange.httpStatus : 0;
    case KindRole:
        return static_cast<int>(attempt ? attempt->exchange.kind : BatchExchange::Kind::Write);
    default:
        return {};
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            //: Column of batch numbers; keep very short.
            return tr("#");
        case RowsColumn:
            return tr("Rows");
        case HttpStatusColumn:
            return tr("HTTP status");
        case BatchStatusColumn:
            return tr("Batch status");
        case DurationColumn:
            return tr("Duration");
        case RetriesColumn:
            return tr("Retries");
        case RateLimitColumn:
            //: Column: requests left in the rate-limit window after this answer; keep short.
            return tr("Limit left");
        case ExplanationColumn:
            //: Column: one line per batch saying what HubSpot answered and what Batchsmith did about it
            return tr("What happened");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn:
            return tr("Batch number, in the order of the plan");
        case RetriesColumn:
            return tr("How many times the batch was sent again");
        case RateLimitColumn:
            return tr("Requests left in the rate-limit window after this answer");
        case ExplanationColumn:
            return tr("What HubSpot answered each request of the batch, and what Batchsmith did about it");
        default:
            return {};
        }
    }
    return {};
}

void BatchListModel::clear()
{
    beginResetModel();
    m_batches.clear();
    m_withBodies.clear();
    m_finished = false;
    endResetModel();
}

void BatchListModel::planBatches(int totalRows, int totalBatches, int batchSize)
{
    beginResetModel();
    m_batches.clear();
    m_withBodies.clear();
    m_finished = false;
    // The planner cuts rows in order into batches of batchSize; trust the sizes only when the counts agree.
    const bool sized = batchSize > 0 && totalBatches == (totalRows + batchSize - 1) / batchSize;
    for (int number = 1; number <= totalBatches; ++number) {
        Batch batch;
        batch.number = number;
        if (sized)
            batch.plannedRows = std::min(batchSize, totalRows - (number - 1) * batchSize);
        m_batches.append(batch);
    }
    endResetModel();
}

int BatchListModel::insertBatch(int number)
{
    const auto at = std::lower_bound(
        m_batches.cbegin(), m_batches.cend(), number, [](const Batch &b, int n) { return b.number < n; });
    const int row = static_cast<int>(at - m_batches.cbegin());
    if (at != m_batches.cend() && at->number == number)
        return row;
    beginInsertRows({}, row, row);
    Batch batch;
    batch.number = number;
    m_batches.insert(row, batch);
    endInsertRows();
    return row;
}

BatchListModel::Attempt BatchListModel::summarised(const BatchExchange &exchange, bool answered) const
{
    Attempt attempt { exchange, answered, int(exchange.rowKeys.size()), true };
    // In flight, the exchange is kept whole (a few at a time); answered, its bodies go to the journal when there is
    // one. Without a journal dropOldBodies() bounds them.
    if (answered && m_bodiesInJournal) {
        BatchExchange &ex = attempt.exchange;
        ex.rowKeys = {};
        ex.requestHeaders = {};
        ex.requestBody = {};
        ex.responseHeaders = {};
        ex.responseBody = {};
        attempt.bodies = false;
    }
    return attempt;
}

void BatchListModel::dropOldBodies(int batchNumber)
{
    if (m_bodiesInJournal)
        return;
    m_withBodies.removeOne(batchNumber);
    m_withBodies.append(batchNumber);
    while (m_withBodies.size() > RecentBodies) {
        const int row = rowOfBatch(m_withBodies.takeFirst());
        if (row < 0)
            continue;
        for (Attempt &a : m_batches[row].attempts) {
            if (!a.answered)
                continue;
            a.exchange.rowKeys = {};
            a.exchange.requestHeaders = {};
            a.exchange.requestBody = {};
            a.exchange.responseHeaders = {};
            a.exchange.responseBody = {};
            a.bodies = false;
        }
    }
}

void BatchListModel::addSent(const BatchExchange &exchange)
{
    const int row = insertBatch(exchange.batchNumber);
    m_batches[row].attempts.append(summarised(exchange, false));
    m_batches[row].cancelled = false;
    rowChanged(row);
}

void BatchListModel::addAnswer(const BatchExchange &exchange)
{
    const int row = insertBatch(exchange.batchNumber);
    QList<Attempt> &attempts = m_batches[row].attempts;
    // The request it answers: same kind, attempt, rows and departure; else (answer without a send) a new one.
    const auto match = std::find_if(attempts.begin(), attempts.end(), [&](const Attempt &a) {
        return !a.answered && a.exchange.kind == exchange.kind && a.exchange.attempt == exchange.attempt
            && a.exchange.sentAtMs == exchange.sentAtMs && a.exchange.rowKeys == exchange.rowKeys;
    });
    if (match != attempts.end())
        *match = summarised(exchange, true);
    else
        attempts.append(summarised(exchange, true));
    dropOldBodies(exchange.batchNumber);
    rowChanged(row);
}

void BatchListModel::finishRun(const RunSummary &summary)
{
    m_finished = true;
    const bool stoppedEarly = summary.cancelled || summary.fatal.has_value();
    for (Batch &batch : m_batches) {
        if (stoppedEarly && std::none_of(batch.attempts.cbegin(), batch.attempts.cend(), [](const Attempt &a) {
                return a.answered;
            }))
            batch.cancelled = true;
    }
    if (!m_batches.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<BatchExchange> BatchListModel::exchanges(int row) const
{
    QList<BatchExchange> result;
    if (row < 0 || row >= m_batches.size())
        return result;
    for (const Attempt &a : m_batches.at(row).attempts)
        result.append(a.exchange);
    return result;
}

int BatchListModel::exchangeRowCount(int row, int exchangeIndex) const
{
    if (row < 0 || row >= m_batches.size())
        return 0;
    const QList<Attempt> &attempts = m_batches.at(row).attempts;
    return exchangeIndex >= 0 && exchangeIndex < attempts.size() ? attempts.at(exchangeIndex).rows : 0;
}

bool BatchListModel::hasBodies(int row, int exchangeIndex) const
{
    if (row < 0 || row >= m_batches.size())
        return false;
    const QList<Attempt> &attempts = m_batches.at(row).attempts;
    return exchangeIndex >= 0 && exchangeIndex < attempts.size() && attempts.at(exchangeIndex).bodies;
}

bool BatchListModel::isAnswered(int row, int exchangeIndex) const
{
    if (row < 0 || row >= m_batches.size())
        return false;
    const QList<Attempt> &attempts = m_batches.at(row).attempts;
    return exchangeIndex >= 0 && exchangeIndex < attempts.size() && attempts.at(exchangeIndex).answered;
}

int BatchListModel::rowOfBatch(int batchNumber) const
{
    const auto at = std::lower_bound(
        m_batches.cbegin(), m_batches.cend(), batchNumber, [](const Batch &b, int n) { return b.number < n; });
    return at != m_batches.cend() && at->number == batchNumber ? int(at - m_batches.cbegin()) : -1;
}

void BatchListModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_icons.clear();
    if (!m_batches.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::ForegroundRole, Qt::DecorationRole });
}

void BatchListModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Batchsmith
