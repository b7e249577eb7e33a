// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenario.h"

#include <QJsonArray>

namespace Batchsmith::Sandbox {

namespace {

const QList<QPair<FaultKind, QString>> &faultNames()
{
    static const QList<QPair<FaultKind, QString>> names { { FaultKind::None, QStringLiteral("none") },
        { FaultKind::Status, QStringLiteral("status") }, { FaultKind::Hang, QStringLiteral("hang") },
        { FaultKind::DropAfterCommit, QStringLiteral("drop-after-commit") },
        { FaultKind::NonJson, QStringLiteral("non-json") }, { FaultKind::Truncated, QStringLiteral("truncated") },
        { FaultKind::Empty2xx, QStringLiteral("empty-2xx") },
        { FaultKind::StatusAfterCommit, QStringLiteral("status-after-commit") },
        { FaultKind::RateLimit, QStringLiteral("rate-limit") },
        { FaultKind::TokenRefused, QStringLiteral("token-refused") } };
    return names;
}

QJsonObject faultToJson(const FaultSpec &f)
{
    return QJsonObject { { QStringLiteral("kind"), toString(f.kind) }, { QStringLiteral("status"), f.status },
        { QStringLiteral("retryAfterSeconds"), f.retryAfterSeconds }, { QStringLiteral("weight"), f.weight },
        { QStringLiteral("pathContains"), f.pathContains }, { QStringLiteral("policyName"), f.policyName },
        { QStringLiteral("every"), f.every } };
}

bool faultFromJson(const QJsonValue &value, FaultSpec *fault, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("each fault must be an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    bool ok = false;
    fault->kind = faultKindFromString(o.value(QStringLiteral("kind")).toString(), &ok);
    if (!ok) {
        *error = QStringLiteral("unknown fault kind \"%1\"").arg(o.value(QStringLiteral("kind")).toString());
        return false;
    }
    fault->status = o.value(QStringLiteral("status")).toInt(0);
    const bool needsStatus = fault->kind == FaultKind::Status || fault->kind == FaultKind::StatusAfterCommit;
    if (needsStatus && (fault->status < 400 || fault->status > 599)) {
        *error = QStringLiteral("a status fault needs a status between 400 and 599");
        return false;
    }
    fault->retryAfterSeconds = o.value(QStringLiteral("retryAfterSeconds")).toInt(-1);
    fault->weight = qMax(1, o.value(QStringLiteral("weight")).toInt(1));
    fault->pathContains = o.value(QStringLiteral("pathContains")).toString();
    fault->policyName = o.value(QStringLiteral("policyName")).toString(QStringLiteral("TEN_SECONDLY_ROLLING"));
    if (fault->policyName != u"TEN_SECONDLY_ROLLING" && fault->policyName != u"DAILY") {
        *error = QStringLiteral("policyName must be TEN_SECONDLY_ROLLING or DAILY");
        return false;
    }
    const QJsonValue every = o.value(QStringLiteral("every"));
    fault->every = every.isUndefined() ? 1 : every.toInt(0);
    if (fault->every < 1) {
        *error = QStringLiteral("every must be a whole number of at least 1");
        return false;
    }
    return true;
}

bool faultListFromJson(const QJsonValue &value, QList<FaultSpec> *list, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("must be an array of faults");
        return false;
    }
    QList<FaultSpec> parsed;
    for (const QJsonValue &v : value.toArray()) {
        FaultSpec f;
        if (!faultFromJson(v, &f, error))
            return false;
        parsed.append(f);
    }
    *list = parsed;
    return true;
}

} // namespace

QString toString(FaultKind kind)
{
    for (const auto &[k, name] : faultNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

FaultKind faultKindFromString(const QString &text, bool *ok)
{
    for (const auto &[k, name] : faultNames()) {
        if (name == text) {
            *ok = true;
            return k;
        }
    }
    *ok = false;
    return FaultKind::None;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray random;
    for (const FaultSpec &f : randomFaults)
        random.append(faultToJson(f));
    QJsonArray queued;
    for (const FaultSpec &f : queuedFaults)
        queued.append(faultToJson(f));
    QJsonArray periodic;
    for (const FaultSpec &f : periodicFaults)
        periodic.append(faultToJson(f));
    QJsonObject json { { QStringLiteral("rateLimit"), rateLimit }, { QStringLiteral("rateWindowMs"), rateWindowMs },
        { QStringLiteral("dailyLimit"), double(dailyLimit) }, { QStringLiteral("retryAfterOn429"), retryAfterOn429 },
        { QStringLiteral("maxInputs"), maxInputs }, { QStringLiteral("maxBodyBytes"), double(maxBodyBytes) },
        { QStringLiteral("tooManyInputsMessage"), tooManyInputsMessage }, { QStringLiteral("latencyMs"), latencyMs },
        { QStringLiteral("jitterMs"), jitterMs }, { QStringLiteral("faultRate"), faultRate },
        { QStringLiteral("randomFaults"), random }, { QStringLiteral("queuedFaults"), queued },
        { QStringLiteral("periodicFaults"), periodic }, { QStringLiteral("refuseEveryNthInput"), refuseEveryNthInput },
        { QStringLiteral("shuffleResults"), shuffleResults },
        { QStringLiteral("echoTraceIdOnSuccess"), echoTraceIdOnSuccess },
        { QStringLiteral("allowDuplicates"), allowDuplicates }, { QStringLiteral("conflictAs207"), conflictAs207 },
        { QStringLiteral("emailUpsertAllOrNothing"), emailUpsertAllOrNothing },
        { QStringLiteral("matchAdditionalEmails"), matchAdditionalEmails },
        { QStringLiteral("rejectUpsertAssociations"), rejectUpsertAssociations },
        { QStringLiteral("version202609"), version202609 },
        { QStringLiteral("requiredPropertyMessage"), requiredPropertyMessage },
        { QStringLiteral("invalidStageMessage"), invalidStageMessage },
        { QStringLiteral("invalidOwnerMessage"), invalidOwnerMessage },
        { QStringLiteral("seed"), QString::number(seed) } };
    json.insert(QStringLiteral("searchRatePerSecond"), searchRatePerSecond);
    json.insert(QStringLiteral("searchCountsTowardRateLimit"), searchCountsTowardRateLimit);
    json.insert(QStringLiteral("searchIndexDelayMs"), searchIndexDelayMs);
    json.insert(QStringLiteral("searchMaxFilterGroups"), searchMaxFilterGroups);
    json.insert(QStringLiteral("searchMaxFiltersPerGroup"), searchMaxFiltersPerGroup);
    json.insert(QStringLiteral("searchMaxFilters"), searchMaxFilters);
    json.insert(QStringLiteral("searchMaxResults"), searchMaxResults);
    json.insert(QStringLiteral("searchMaxSorts"), searchMaxSorts);
    json.insert(QStringLiteral("searchEqIgnoresCase"), searchEqIgnoresCase);
    return json;
}

bool Scenario::applyJson(const QJsonObject &patch, QString *error)
{
    Scenario next = *this;
    QString why;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        auto integer = [&](int &field, int min, int max) {
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < min
                || v.toDouble() > max)
                return why = QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max), false;
            field = v.toInt();
            return true;
        };
        auto boolean = [&](bool &field) {
            if (!v.isBool())
                return why = QStringLiteral("must be true or false"), false;
            field = v.toBool();
            return true;
        };
        auto text = [&](QString &field) {
            if (!v.isString())
                return why = QStringLiteral("must be a string"), false;
            field = v.toString();
            return true;
        };
        bool ok = false;
        if (key == u"rateLimit")
            ok = integer(next.rateLimit, 1, 1000000);
        else if (key == u"rateWindowMs")
            ok = integer(next.rateWindowMs, 100, 86400000);
        else if (key == u"dailyLimit") {
            ok = v.isDouble() && v.toDouble() >= 1;
            next.dailyLimit = qint64(v.toDouble());
            if (!ok)
                why = QStringLiteral("must be a positive number");
        } else if (key == u"retryAfterOn429")
            ok = boolean(next.retryAfterOn429);
        else if (key == u"maxInputs")
            ok = integer(next.maxInputs, 1, 100000);
        else if (key == u"maxBodyBytes") {
            ok = v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && v.toDouble() >= 1
                && v.toDouble() <= double(1LL << 30);
            next.maxBodyBytes = qint64(v.toDouble());
            if (!ok)
                why = QStringLiteral("must be a whole number from 1 to %1").arg(1LL << 30);
        } else if (key == u"tooManyInputsMessage")
            ok = text(next.tooManyInputsMessage);
        else if (key == u"latencyMs")
            ok = integer(next.latencyMs, 0, 600000);
        else if (key == u"jitterMs")
            ok = integer(next.jitterMs, 0, 600000);
        else if (key == u"searchRatePerSecond")
            ok = integer(next.searchRatePerSecond, 1, 100000);
        else if (key == u"searchCountsTowardRateLimit")
            ok = boolean(next.searchCountsTowardRateLimit);
        else if (key == u"searchIndexDelayMs")
            ok = integer(next.searchIndexDelayMs, 0, 86400000);
        else if (key == u"searchMaxFilterGroups")
            ok = integer(next.searchMaxFilterGroups, 1, 1000);
        else if (key == u"searchMaxFiltersPerGroup")
            ok = integer(next.searchMaxFiltersPerGroup, 1, 1000);
        else if (key == u"searchMaxFilters")
            ok = integer(next.searchMaxFilters, 1, 1000);
        else if (key == u"searchMaxResults")
            ok = integer(next.searchMaxResults, 1, 100000000);
        else if (key == u"searchMaxSorts")
            ok = integer(next.searchMaxSorts, 1, 100);
        else if (key == u"searchEqIgnoresCase")
            ok = boolean(next.searchEqIgnoresCase);
        else if (key == u"faultRate") {
            ok = v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1;
            next.faultRate = v.toDouble();
            if (!ok)
                why = QStringLiteral("must be a number from 0 to 1");
        } else if (key == u"randomFaults")
            ok = faultListFromJson(v, &next.randomFaults, &why);
        else if (key == u"queuedFaults")
            ok = faultListFromJson(v, &next.queuedFaults, &why);
        else if (key == u"periodicFaults")
            ok = faultListFromJson(v, &next.periodicFaults, &why);
        else if (key == u"refuseEveryNthInput")
            ok = integer(next.refuseEveryNthInput, 0, 100000);
        else if (key == u"shuffleResults")
            ok = boolean(next.shuffleResults);
        else if (key == u"echoTraceIdOnSuccess")
            ok = boolean(next.echoTraceIdOnSuccess);
        else if (key == u"allowDuplicates")
            ok = boolean(next.allowDuplicates);
        else if (key == u"conflictAs207")
            ok = boolean(next.conflictAs207);
        else if (key == u"emailUpsertAllOrNothing")
            ok = boolean(next.emailUpsertAllOrNothing);
        else if (key == u"matchAdditionalEmails")
            ok = boolean(next.matchAdditionalEmails);
        else if (key == u"rejectUpsertAssociations")
            ok = boolean(next.rejectUpsertAssociations);
        else if (key == u"version202609")
            ok = boolean(next.version202609);
        else if (key == u"requiredPropertyMessage")
            ok = text(next.requiredPropertyMessage);
        else if (key == u"invalidStageMessage")
            ok = text(next.invalidStageMessage);
        else if (key == u"invalidOwnerMessage")
            ok = text(next.invalidOwnerMessage);
        else if (key == u"seed") {
            bool parsed = false;
            const quint64 s = v.isString() ? v.toString().toULongLong(&parsed) : quint64(v.toDouble());
            ok = parsed || (v.isDouble() && v.toDouble() >= 0);
            next.seed = s;
            if (!ok)
                why = QStringLiteral("must be a non-negative number");
        } else
            why = QStringLiteral("is not a scenario key");
        if (!ok) {
            if (error)
                *error = QStringLiteral("\"%1\" %2").arg(key, why);
            return false;
        }
    }
    *this = next;
    return true;
}

} // namespace Batchsmith::Sandbox
