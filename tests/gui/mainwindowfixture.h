// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAction>
#include <QSignalSpy>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/editor/recordtableview.h"
#include "gui/embeddedsandbox.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"

namespace Batchsmith {

/**
 * What the main-window tests share: settings in a temporary folder (so journals and autosaves land beside them,
 * never in another test's way), the first-launch Sandbox profile, the app context with its embedded sandbox, and a
 * window on it. A test's own fixture derives from it and adds what that test needs.
 */
struct MainWindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

    /// Settings, tokens and the app context, without a window.
    void prepare()
    {
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("batchsmith.ini")));
        tokens = std::make_unique<TokenStore>(*settings);
        tokens->ensureFirstLaunchProfile();
        languages = std::make_unique<LanguageManager>();
        context = std::make_unique<AppContext>(*settings, *tokens, languages.get());
    }

    /// A new window on the context, shown; with @p waitForProperties, once the portal's properties are loaded.
    bool openWindow(QSize size = QSize(1180, 760), bool waitForProperties = true)
    {
        window = std::make_unique<MainWindow>(*context);
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        // The profile is activated once the window has painted (MainWindow::isStarted()).
        if (!QTest::qWaitFor([this] { return window->isStarted(); }, 5000))
            return false;
        if (!waitForProperties)
            return true;
        QSignalSpy loaded(window.get(), &MainWindow::propertiesLoaded);
        if (window->properties().isEmpty() && !loaded.wait(10000))
            return false;
        // The owners are read after the properties: let them in, so that tests counting requests count their own.
        // A refused owners read leaves plain cells: not a failure to start.
        static_cast<void>(QTest::qWaitFor([this] { return ownersIn(); }, 5000));
        return true;
    }

    /// Whether the owner property's dropdown holds the owners read from the portal (each described by its email),
    /// or there is no owner property.
    bool ownersIn() const
    {
        for (const PropertyInfo &p : window->properties()) {
            if (p.name == u"hubspot_owner_id")
                return !p.options.isEmpty() && !p.options.first().description.isEmpty();
        }
        return true;
    }

    bool start()
    {
        prepare();
        return openWindow();
    }

    RecordTableModel *model() const { return window->recordModel(); }

    RecordTableView *view() const { return window->findChild<RecordTableView *>(QStringLiteral("rowsTableView")); }

    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    int column(const QString &key) const { return RecordTableModel::modelColumn(model()->findDataColumn(key)); }

    /// A figure of the embedded sandbox's stats (createdRecords, duplicateCreates, …).
    int stat(const QString &name) const { return context->sandbox()->stats().value(name).toInt(); }
};

} // namespace Batchsmith
