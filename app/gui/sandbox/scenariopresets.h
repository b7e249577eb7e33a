// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Batchsmith {

/**
 * The Sandbox menu's demo scenarios, read from scenariopresets.json (the one place they are defined, as partial
 * scenarios for POST /__sandbox/scenario). Every preset is applied on top of "normal", so picking one undoes the
 * one before. Value type.
 */
class ScenarioPresets final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::ScenarioPresets)

public:
    struct Preset
    {
        QString id; // normal, slowPortal, rateLimitStorm, lostAnswers, flakyServer, partialFailures, tokenRefused, …
        QJsonObject patch; // its own keys only
    };

    /// The presets of the built-in file, in menu order.
    static ScenarioPresets builtIn();
    /// Presets from JSON text ({"presets": [{"id", "patch"}]}); empty when it cannot be read.
    static ScenarioPresets fromJson(const QByteArray &json);

    const QList<Preset> &presets() const { return m_presets; }

    bool contains(const QString &id) const;
    /// The patch to send for @p id: "normal"'s keys, overlaid with the preset's own.
    QJsonObject patchFor(const QString &id) const;
    /// Replaces a preset's own patch (tests use short latencies and windows).
    void setPatch(const QString &id, const QJsonObject &patch);

    /// The menu entry for @p id, translated; the id itself when unknown.
    static QString label(const QString &id);
    /// One sentence on what the scenario does, translated (the entry's tooltip and status tip).
    static QString description(const QString &id);

private:
    QList<Preset> m_presets;
};

} // namespace Batchsmith
