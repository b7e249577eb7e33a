// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Batchsmith::Sandbox {

/// One kind of injected fault (docs/hubspot-behaviour.md §11.5).
enum class FaultKind {
    None,
    Status, // answer `status` (423, 477, 500, 502, 503, 504, 524) before doing anything; nothing committed
    Hang, // never answer (the client's timeout must fire); nothing committed
    DropAfterCommit, // do the write, then close the connection without an answer (the lost-answer case)
    NonJson, // answer 502 with an HTML page (a proxy error); nothing committed
    Truncated, // do the write, answer its real status with the JSON body cut in half
    Empty2xx, // answer 2xx with empty `results` and no `errors`; nothing committed
    StatusAfterCommit, // do the write, then answer `status` with an error body (the answer lost behind a proxy)
    RateLimit, // answer 429 with `policyName` (TEN_SECONDLY_ROLLING or DAILY) as the rate limiter would; nothing
               // committed
    TokenRefused, // answer 401 INVALID_AUTHENTICATION as for an unknown token; nothing committed
};

struct FaultSpec
{
    FaultKind kind = FaultKind::None;
    int status = 0; // for Status
    int retryAfterSeconds = -1; // Retry-After header value (477, or 429 when enabled); -1 = none
    int weight = 1; // relative weight among random faults
    QString pathContains; // queued and periodic faults: only requests whose path contains this ("" = any)
    QString policyName = QStringLiteral("TEN_SECONDLY_ROLLING"); // RateLimit: TEN_SECONDLY_ROLLING or DAILY
    int every = 1; // periodic faults: every Nth matching request gets it
    int seen = 0; // periodic faults: matching requests so far (not part of the JSON)
};

/**
 * Everything about the sandbox that can change while it runs: limits, latency, faults and the switches for the
 * behaviours docs/hubspot-behaviour.md §12 lists as open. Set at start (command line, --scenario FILE) and changed with
 * POST /__sandbox/scenario, whose body is a partial JSON object of the same keys (see toJson()).
 */
struct Scenario
{
    // Limits
    int rateLimit = 100; // requests per token per rolling window
    int rateWindowMs = 10000;
    qint64 dailyLimit = 250000;
    bool retryAfterOn429 = false; // SHOULD switch, default off
    int maxInputs = 100;
    qint64 maxBodyBytes = 16 * 1024 * 1024; // a larger request body gets 413 before it is read (unverified limit)
    QString tooManyInputsMessage = QStringLiteral("Batch input size is limited to 100 inputs"); // unverified text

    // Latency: each answer waits latencyMs ± jitterMs (uniform, never below 0, drawn from `seed`)
    int latencyMs = 0;
    int jitterMs = 0;

    // CRM search (docs/hubspot-behaviour.md §11.9); the limits are HubSpot's documented ones, the rest unverified
    int searchRatePerSecond = 4; // search requests per token per second (4 per HubSpot's usage docs; 5 reported)
    bool searchCountsTowardRateLimit = true; // unverified: a search also uses the 10-second and daily budget
    int searchIndexDelayMs = 0; // a record written less than this ago is not yet (or only in its old version) found
    int searchMaxFilterGroups = 5;
    int searchMaxFiltersPerGroup = 6;
    int searchMaxFilters = 18;
    int searchMaxResults = 10000; // paging past this many results: 400
    int searchMaxSorts = 1;
    bool searchEqIgnoresCase = true; // unverified: EQ, NEQ, IN, NOT_IN on text compare case-insensitively

    // Faults
    double faultRate = 0.0; // probability that a request gets one of randomFaults
    QList<FaultSpec> randomFaults; // weighted; default: 500, 502, 503, 504, 423, hang, drop-after-commit
    QList<FaultSpec> queuedFaults; // deterministic: consumed in order by matching requests
    QList<FaultSpec> periodicFaults; // deterministic: each hits every `every`th request matching its pathContains
    int refuseEveryNthInput = 0; // create/upsert: every Nth input of a batch is refused (INVALID_OPTION); 0 = off

    // Switches for unverified behaviour
    bool shuffleResults = true;
    bool echoTraceIdOnSuccess = true; // SHOULD switch: success results carry objectWriteTraceId
    bool allowDuplicates = false; // creates with an existing unique value make a second record
    bool conflictAs207 = false; // with trace ids, a create conflict is a per-input 207 error instead of a 409
    bool emailUpsertAllOrNothing = false; // reading (a) of "partial upserts not supported with email"
    bool matchAdditionalEmails = false; // upsert by email also matches hs_additional_emails
    bool rejectUpsertAssociations = false; // else associations on upsert inputs are ignored
    bool version202609 = false; // errors/numErrors inside 200/201, no warnings, no 207
    QString requiredPropertyMessage = QStringLiteral("Property \"%1\" is required"); // unverified text
    /// A stage that is not in the record's pipeline: %1 the stage, %2 the pipeline (unverified text,
    /// docs/hubspot-behaviour.md §12.13).
    QString invalidStageMessage = QStringLiteral("%1 is not a valid stage of pipeline %2");
    /// hubspot_owner_id naming no active owner: %1 the value (unverified text, docs/hubspot-behaviour.md
    /// §12.14).
    QString invalidOwnerMessage = QStringLiteral("%1 is not a valid owner id");

    quint64 seed = 42;

    QJsonObject toJson() const;
    /// Applies the keys present in @p patch on top of this scenario. Unknown keys or bad values: false and
    /// @p error says which key and why; nothing is changed then.
    bool applyJson(const QJsonObject &patch, QString *error);
};

/// "none", "status", "hang", "drop-after-commit", "non-json", "truncated", "empty-2xx", "status-after-commit",
/// "rate-limit", "token-refused"
QString toString(FaultKind kind);
FaultKind faultKindFromString(const QString &text, bool *ok);

} // namespace Batchsmith::Sandbox
