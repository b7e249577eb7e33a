// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/result.h"

// The values that flow through a run: what the caller asks for (BatchSpec, Row), what the engine reports
// (RowOutcome, BatchExchange, Progress, RunSummary). Plain values, copyable, no QObject.
// wireName() gives the words used in files and on the command line ("create", "2026-03", "created").
namespace Batchsmith {
Q_NAMESPACE

enum class WriteMode { Create, Upsert };
Q_ENUM_NS(WriteMode)
enum class ApiVersion { V3, V2026_03 };
Q_ENUM_NS(ApiVersion)

QString wireName(WriteMode mode); // "create" / "upsert"
QString wireName(ApiVersion version); // "v3" / "2026-03"
std::optional<WriteMode> writeModeFromString(const QString &text);
std::optional<ApiVersion> apiVersionFromString(const QString &text);

/// One association of a row to an existing record: `assoc:<toObjectType>[:<category>]:<typeId>` in files.
struct RowAssociation
{
    QString toObjectType; // informative (the API needs only the id and the type)
    QString toId; // HubSpot record id of the target, sent as a JSON string
    QString category = QStringLiteral("HUBSPOT_DEFINED"); // HUBSPOT_DEFINED, USER_DEFINED, INTEGRATOR_DEFINED
    int typeId = 0;

    friend bool operator==(const RowAssociation &, const RowAssociation &) = default;
};

/// One record to write. The key is the row's identity from the grid or input file to its outcome: stable for the
/// whole run (and across resumes), the objectWriteTraceId's suffix, the journal's row key, and what the engine
/// reports each outcome by; answers find their row by it, never by position.
struct Row
{
    QString key; // RowKey::make() ("r123"), or a key kept from an earlier version's journal; unique within a run
    QMap<QString, QString> properties; // internal name -> value, already in HubSpot's string format
    QList<RowAssociation> associations; // create only; upsert inputs carry none (docs/hubspot-behaviour.md §3.2)
    int sourceLine = 0; // 1-based line in the input file, for messages; 0 when not from a file

    friend bool operator==(const Row &, const Row &) = default;
};

struct BatchSpec
{
    QString objectType; // "contacts", "0-1", "0-421", "2-123", …
    WriteMode mode = WriteMode::Create;
    QString idProperty; // upsert: the unique property whose value is each input's id
    ApiVersion apiVersion = ApiVersion::V2026_03;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    int batchSize = 100; // 1..100
    /// Most batches in flight; 0 = automatic: as many as the rate limiter's pace needs at the measured latency, up
    /// to Pacer::SafetyCap (core/net/pacer.h). A number is an upper bound, never a target.
    int concurrency = 0;
    int rateLimitPerWindow = 100; // requests per window per token, until the server says otherwise
    int rateLimitWindowMs = 10000;
    int requestTimeoutMs = 60000;
    int maxAttempts = 5; // per batch, for retryable failures
    /// Create only: the unique property used to look up rows whose answer was lost. Empty: `email` for contacts,
    /// else the first hasUniqueValue property (from the properties endpoint) that the rows fill in.
    QString lookupProperty;
    /// Prefix of every objectWriteTraceId (`<runId>-<row key>`); empty: a random one per start(). A run journal
    /// sets its own, so the trace ids stay the same when the run is resumed.
    QString runId;
};

enum class RowStatus { Pending, Created, Updated, Failed, Unknown, Skipped };
Q_ENUM_NS(RowStatus)
inline constexpr int RowStatusCount = int(RowStatus::Skipped) + 1;
/// How many rows have each status, indexed by int(RowStatus).
using RowStatusCounts = std::array<int, RowStatusCount>;
QString wireName(RowStatus status); // "pending", "created", "updated", "failed", "unknown", "skipped"
std::optional<RowStatus> rowStatusFromString(const QString &text);

struct RowOutcome
{
    RowStatus status = RowStatus::Pending;
    QString id; // HubSpot record id (created, updated)
    QString category; // HubSpot error category (VALIDATION_ERROR, CONFLICT, …) or our own (NETWORK, TIMEOUT, …)
    QString code; // PROPERTY_DOESNT_EXIST, INVALID_OPTION, … when known
    QString message; // human-readable, English as HubSpot wrote it
    QString property; // the property an error names, when it names one
    int httpStatus = 0;
    QString correlationId;

    bool isFinal() const { return status != RowStatus::Pending; }

    friend bool operator==(const RowOutcome &, const RowOutcome &) = default;
};

/// The rate-limit headers of one answer; -1 where absent.
struct RateLimitInfo
{
    int max = -1;
    int remaining = -1;
    int intervalMs = -1;
    qint64 daily = -1;
    qint64 dailyRemaining = -1;
};

/// What the engine did about one answer, as it did it: the response view explains each batch from these
/// (BatchExplainer). Compact on purpose, since a run keeps one per exchange and may have 10,000 batches.
struct ExchangeVerdict
{
    enum class Action : quint8 {
        None, // not answered yet
        Accepted, // the answer was read: `written` rows written, `refused` refused; a lookup found `written`
        Waited, // rate limit, lock or migration: the token's whole queue waited `delayMs`, then sent again
        Retried, // a transient failure: this request went again after `delayMs`
        LookedUp, // a create may have been written: its rows go to a lookup by `detail` before any resend
        Split, // refused as a whole: split in halves to find the rows at fault
        Failed, // given up: `refused` rows failed
        Stopped, // the run stopped (401, 403, daily limit)
    };
    Action action = Action::None;
    qint32 delayMs = 0;
    qint32 written = 0; // rows written (create, upsert); a lookup: rows found
    qint32 refused = 0; // rows refused or failed; a lookup: rows not found, sent again
    QString detail; // a 429's policy name; the property a refusal names; the lookup property

    friend bool operator==(const ExchangeVerdict &, const ExchangeVerdict &) = default;
};

/// One HTTP exchange of a run, for the live response view and the journal. Tokens are already redacted.
struct BatchExchange
{
    enum class Kind { Write, Lookup }; // batch/create|upsert, or batch/read for lost creates
    int batchNumber = 0; // 1-based, in plan order; a split batch keeps its number
    int attempt = 1; // 1 for the first send
    Kind kind = Kind::Write;
    QStringList rowKeys;
    QString method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders; // Authorization redacted
    QByteArray requestBody;
    int httpStatus = 0; // 0 = no HTTP answer (network error, timeout)
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    QString batchStatus; // PENDING, PROCESSING, COMPLETE, CANCELED (HubSpot's words; "" before known)
    QString networkError; // empty when the answer came
    QString correlationId;
    RateLimitInfo rateLimit;
    qint64 sentAtMs = 0; // Clock::nowMs()
    qint64 durationMs = 0;
    ExchangeVerdict verdict; // set on the answered exchange (batchAnswered)
};

struct Progress
{
    int done = 0; // rows with a final outcome
    int total = 0;
    double rowsPerSecond = 0;
    qint64 etaMs = -1; // -1 while unknown
};

struct RunSummary
{
    int total = 0;
    int created = 0;
    int updated = 0;
    int failed = 0;
    int unknown = 0;
    int skipped = 0;
    int requests = 0;
    int retries = 0;
    int rateLimited = 0; // 429 answers received
    qint64 durationMs = 0;
    bool cancelled = false;
    std::optional<Error> fatal; // set when the run stopped early (401, 403, DAILY limit, …)
};

} // namespace Batchsmith

Q_DECLARE_METATYPE(Batchsmith::RowOutcome)
Q_DECLARE_METATYPE(Batchsmith::BatchExchange)
Q_DECLARE_METATYPE(Batchsmith::Progress)
Q_DECLARE_METATYPE(Batchsmith::RunSummary)
