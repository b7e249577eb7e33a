// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QSet>

#include "core/batch/batchtypes.h"
#include "core/net/retrypolicy.h"
#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class ApiClient;
class Clock;
class RateLimiter;
class RowSource;
class RunJournal;
struct ApiResponse;
struct ParsedBody;

/**
 * Before an upsert writes existing records, reads their current values of the properties the run writes (batch
 * read by the run's id property, 100 ids a request, one request at a time) and stores them in the run's journal,
 * so that the run can be reverted. Rows whose values are already in the journal (a resumed run) are not read
 * again. Each request goes as the engine's do (PacedRequest): it waits for the token's RateLimiter (the one the
 * run's engine uses, so that both draw on one budget), which learns from each answer's headers and is held after a
 * 429, and each answer goes through the run's RetryPolicy (the engine's decisions, backoff with jitter, Retry-After
 * and attempt limit); waits are on the Clock. Owned by the caller; the network manager, clock, limiter and journal must
 * outlive it. Main thread.
 *
 *     BeforeValuesReader reader(&nam, SystemClock::instance());
 *     reader.setToken(token);
 *     reader.setRateLimiter(limiters.limiterFor(token));      // the engine's: RateLimiterPool
 *     connect(&reader, &BeforeValuesReader::finished, this, [&](const Error &e) {
 *         if (e.kind == Error::Kind::None)
 *             engine.start(…);
 *     });
 *     reader.start(spec, rows, journal);
 */
class BeforeValuesReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeforeValuesReader)

public:
    explicit BeforeValuesReader(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~BeforeValuesReader() override;

    void setToken(const QString &token);
    /// The limiter of the token, shared with the engine that sends the run; by default the reader has its own.
    void setRateLimiter(RateLimiter *limiter);

    /// Starts reading for the upsert @p rows of @p spec; finished() follows (at once when there is nothing to read).
    void start(const BatchSpec &spec, const QList<Row> &rows, RunJournal *journal);
    /// The same, reading the rows from @p rows a chunk at a time (never every row at once on the caller's thread).
    void start(const BatchSpec &spec, std::shared_ptr<const RowSource> rows, RunJournal *journal);

Q_SIGNALS:
    /// @p read of the @p total rows given to start() are read (or were already, in the journal).
    void progressChanged(int read, int total);
    /// error.kind is None when every value was read and stored.
    void finished(const Batchsmith::Error &error);

private:
    void readNext();
    void onAnswer(const ApiResponse &response, const ParsedBody &body, const RetryDecision &decision);
    Result<void> store(const ParsedBody &body);
    void finishWith(const Error &error);

    std::unique_ptr<ApiClient> m_api;
    Clock *m_clock;
    std::unique_ptr<RateLimiter> m_ownLimiter;
    RateLimiter *m_limiter = nullptr;
    RetryPolicy m_policy;
    BatchSpec m_spec;
    std::shared_ptr<const RowSource> m_rows;
    QSet<QString> m_done; // id keys the journal already holds (a resumed run)
    RunJournal *m_journal = nullptr;
    int m_next = 0; // the next row of m_rows to look at
    QList<Row> m_chunk; // being read
};

} // namespace Batchsmith
