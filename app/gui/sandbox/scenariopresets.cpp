// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sandbox/scenariopresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "gui/logging.h"

namespace Batchsmith {

ScenarioPresets ScenarioPresets::builtIn()
{
    QFile file(QStringLiteral(":/sandbox/scenariopresets.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGui) << "the scenario presets are missing from the resources";
        return {};
    }
    return fromJson(file.readAll());
}

ScenarioPresets ScenarioPresets::fromJson(const QByteArray &json)
{
    ScenarioPresets out;
    const QJsonArray list = QJsonDocument::fromJson(json).object().value(QStringLiteral("presets")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            out.m_presets.append({ id, o.value(QStringLiteral("patch")).toObject() });
    }
    return out;
}

bool ScenarioPresets::contains(const QString &id) const
{
    return std::any_of(m_presets.cbegin(), m_presets.cend(), [&](const Preset &p) { return p.id == id; });
}

QJsonObject ScenarioPresets::patchFor(const QString &id) const
{
    QJsonObject patch;
    for (const Preset &p : m_presets) {
        if (p.id == u"normal")
            patch = p.patch;
    }
    for (const Preset &p : m_presets) {
        if (p.id != id)
            continue;
        for (auto it = p.patch.constBegin(); it != p.patch.constEnd(); ++it)
            patch.insert(it.key(), it.value());
    }
    return patch;
}

void ScenarioPresets::setPatch(const QString &id, const QJsonObject &patch)
{
    for (Preset &p : m_presets) {
        if (p.id == id)
            p.patch = patch;
    }
}

QString ScenarioPresets::label(const QString &id)
{
    //: Sandbox menu, scenario: everything answers as usual
    if (id == u"normal")
        return tr("Normal");
    if (id == u"slowPortal")
        return tr("Slow Portal");
    if (id == u"rateLimitStorm")
        return tr("Rate-Limit Storm");
    if (id == u"lostAnswers")
        return tr("Lost Answers");
    if (id == u"flakyServer")
        return tr("Flaky Server");
    if (id == u"partialFailures")
        return tr("Partial Failures");
    if (id == u"tokenRefused")
        return tr("Token Refused");
    if (id == u"dailyLimit")
        return tr("Daily Limit Reached");
    return id;
}

QString ScenarioPresets::description(const QString &id)
{
    if (id == u"normal")
        return tr("The sandbox answers every request at once, as a healthy HubSpot portal does.");
    if (id == u"slowPortal")
        return tr("Every answer takes a second.");
    if (id == u"rateLimitStorm")
        return tr("Every fourth batch request gets 429 TEN_SECONDLY_ROLLING.");
    if (id == u"lostAnswers")
        return tr("Every third batch is written, then answered 502, as when a proxy loses the answer.");
    if (id == u"flakyServer")
        return tr("Some batch requests get 500 or 503 before anything is written.");
    if (id == u"partialFailures")
        return tr("Every tenth input is refused: the batch gets 207 and the other inputs are written.");
    if (id == u"tokenRefused")
        return tr("Every request gets 401, as with a revoked token.");
    if (id == u"dailyLimit")
        return tr("Every request gets 429 DAILY: the account's daily limit is used up.");
    return {};
}

} // namespace Batchsmith
