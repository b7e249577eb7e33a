// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sandbox/sandboxmenu.h"

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

#include "core/api/sandboxcontrol.h"
#include "core/clock.h"
#include "core/tokens/tokenstore.h"
#include "gui/common/messagebox.h"
#include "gui/logging.h"
#include "gui/sandbox/sandboxcountersdialog.h"

namespace Batchsmith {

SandboxMenu::SandboxMenu(QMenuBar *menuBar, QAction *before, QNetworkAccessManager *nam, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(menuBar))
    , m_scenarioGroup(new QActionGroup(this))
    , m_control(new SandboxControl(nam, SystemClock::instance(), this))
    , m_presets(ScenarioPresets::builtIn())
{
    m_menu->setObjectName(QStringLiteral("sandboxMenu"));
    m_scenarioGroup->setExclusive(true);
    for (const ScenarioPresets::Preset &preset : m_presets.presets()) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(preset.id + u"ScenarioAction");
        action->setData(preset.id);
        action->setCheckable(true);
        action->setChecked(preset.id == m_current);
        m_scenarioGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { pickScenario(id); });
        if (preset.id == u"normal")
            m_menu->addSeparator();
    }
    m_menu->addSeparator();
    m_resetAction = m_menu->addAction(QString());
    m_resetAction->setObjectName(QStringLiteral("resetSandboxAction"));
    connect(m_resetAction, &QAction::triggered, this, &SandboxMenu::resetPortal);
    m_countersAction = m_menu->addAction(QString());
    m_countersAction->setObjectName(QStringLiteral("sandboxCountersAction"));
    connect(m_countersAction, &QAction::triggered, this, &SandboxMenu::showCounters);
    if (before)
        menuBar->insertMenu(before, m_menu);
    else
        menuBar->addMenu(m_menu);
    m_menu->menuAction()->setVisible(false);
    retranslate();
}

SandboxMenu::~SandboxMenu() = default;

void SandboxMenu::retranslate()
{
    //: Menu shown while the account in use is a sandbox (a local imitation of HubSpot)
    m_menu->setTitle(tr("&Sandbox"));
    for (QAction *action : m_scenarioGroup->actions()) {
        const QString id = action->data().toString();
        action->setText(ScenarioPresets::label(id));
        action->setToolTip(ScenarioPresets::description(id));
        action->setStatusTip(ScenarioPresets::description(id));
    }
    m_resetAction->setText(tr("&Reset Portal…"));
    m_resetAction->setStatusTip(tr("Put the sandbox's portal back as it was seeded, and clear its counters"));
    m_countersAction->setText(tr("&Counters"));
    m_countersAction->setStatusTip(tr("Requests by status, records by type and duplicates created"));
}

bool SandboxMenu::isAvailable() const
{
    return m_available;
}

void SandboxMenu::setProfile(const TokenProfile &profile, const QUrl &endpoint, const QString &token)
{
    m_available = SandboxControl::isSandbox(profile) && m_control->setEndpoint(endpoint, token).hasValue();
    m_menu->menuAction()->setVisible(m_available);
    if (!m_available && m_counters)
        m_counters->close();
    if (m_counters)
        m_counters->refresh();
}

void SandboxMenu::pickScenario(const QString &id)
{
    if (!m_available)
        return;
    m_control->applyScenario(m_presets.patchFor(id), this, [this, id](const Result<QJsonObject> &answer) {
        if (!answer) {
            // The menu shows what the sandbox does: put the check back where it was.
            for (QAction *action : m_scenarioGroup->actions())
                action->setChecked(action->data().toString() == m_current);
            showFailure(tr("The scenario was not applied."), answer.error().message);
            return;
        }
        m_current = id;
        qCInfo(lcGui) << "sandbox scenario" << id;
        //: %1 is a scenario's name from the Sandbox menu, e.g. Lost Answers
        Q_EMIT message(tr("Sandbox scenario: %1").arg(ScenarioPresets::label(id)));
        Q_EMIT scenarioApplied(id);
    });
}

void SandboxMenu::resetPortal()
{
    if (!m_available)
        return;
    const auto answer = MessageBox::question(m_window, tr("Reset Sandbox Portal"),
        tr("Put the sandbox's portal back as it was seeded? Every record created or changed since is removed, and "
           "its counters start again. The scenario stays as it is."));
    if (answer != QMessageBox::Yes)
        return;
    m_control->reset(this, [this](const Result<QJsonObject> &stats) {
        if (!stats) {
            showFailure(tr("The sandbox's portal was not reset."), stats.error().message);
            return;
        }
        Q_EMIT message(tr("The sandbox's portal is as it was seeded."));
        Q_EMIT portalReset();
        if (m_counters)
            m_counters->showStats(stats.value());
    });
}

void SandboxMenu::showCounters()
{
    if (!m_counters) {
        m_counters = new SandboxCountersDialog(m_control, m_window);
        m_counters->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_counters->show();
    m_counters->raise();
    m_counters->refresh();
}

void SandboxMenu::showFailure(const QString &what, const QString &why)
{
    //: %1 says what failed, %2 is the sandbox's reason
    MessageBox::warning(m_window, tr("Sandbox"), tr("%1\n\n%2").arg(what, why));
}

} // namespace Batchsmith
