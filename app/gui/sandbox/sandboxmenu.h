// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include "gui/sandbox/scenariopresets.h"

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QNetworkAccessManager;
class QWidget;

namespace Batchsmith {

class SandboxControl;
class SandboxCountersDialog;
struct TokenProfile;

/**
 * The Sandbox menu, for people who show how HubSpot's API behaves: pick a scenario (ScenarioPresets), reset the
 * portal to its seeded state, see the sandbox's counters. Shown only while the active profile talks to a sandbox
 * (SandboxControl::isSandbox). Everything goes through SandboxControl, i.e. the sandbox's own control endpoints.
 * Owned by the main window; GUI thread.
 */
class SandboxMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxMenu)

public:
    /// Adds the menu to @p menuBar before @p before (or at the end).
    SandboxMenu(QMenuBar *menuBar, QAction *before, QNetworkAccessManager *nam, QWidget *window);
    ~SandboxMenu() override;

    /// The active profile, where its requests go and its token: shows or hides the menu.
    void setProfile(const TokenProfile &profile, const QUrl &endpoint, const QString &token);

    QMenu *menu() const { return m_menu; }

    bool isAvailable() const;

    /// The preset the menu sends; tests shorten latencies with setPatch().
    ScenarioPresets &presets() { return m_presets; }

    QString currentScenario() const { return m_current; }

    void retranslate();

Q_SIGNALS:
    /// A scenario was applied (the sandbox answered with its whole scenario), or a reset happened.
    void scenarioApplied(const QString &id);
    void portalReset();
    /// A short line for the status bar.
    void message(const QString &text);

private:
    void pickScenario(const QString &id);
    void resetPortal();
    void showCounters();
    void showFailure(const QString &what, const QString &why);

    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_scenarioGroup;
    QAction *m_resetAction;
    QAction *m_countersAction;
    SandboxControl *m_control;
    QPointer<SandboxCountersDialog> m_counters;
    ScenarioPresets m_presets;
    QString m_current = QStringLiteral("normal");
    bool m_available = false;
};

} // namespace Batchsmith
