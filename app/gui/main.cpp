// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <cstring>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include "buildinfo.h"
#include "core/io/privatefiles.h"
#include "core/settings/datafolder.h"
#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/common/firstpaintprobe.h"
#include "gui/document/documentcontroller.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "keychain/qtkeychainbackend.h"

using namespace Batchsmith;

namespace {

/// `batchsmith --version` must work on a machine with no display, before any QApplication exists.
bool printVersionIfAsked(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("batchsmith %s\n", qPrintable(BuildInfo::version()));
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (printVersionIfAsked(argc, argv))
        return 0;

    QApplication app(argc, argv);
    DataFolder::nameApplication();
    QApplication::setApplicationVersion(BuildInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build and send batches of HubSpot CRM records."));
    parser.addHelpOption();
    parser.addVersionOption();
    //: Help of the command line: the optional draft file to open
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A draft (.batchsmith) to open."), QStringLiteral("[file]"));
    // For bench/startup only, so hidden from --help: print "painted <ms since main()>" after the main window's first
    // paint, then quit (bench/README.md).
    QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"),
        QStringLiteral("Print the time to the first painted main window, then quit (bench/startup)."));
    benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkStartup);
    parser.process(app);
    DataFolder::migrateDoubledFolder(); // before anything opens a draft, a journal or the sandbox's database

    Settings settings;
    LanguageManager languages;
    languages.setLanguage(settings.language());
    QtKeychainBackend keychain; // tokens go to the OS keychain when one answers
    TokenStore tokens(settings, &keychain);
    tokens.ensureFirstLaunchProfile();

    // The embedded sandbox keeps its demo portal between runs, beside the app's other data.
    const QString dataDir = DataFolder::path();
    PrivateFiles::makeFolder(dataDir); // owner-only: journals, autosaves and the sandbox's portal hold customer data
    AppContext context(settings, tokens, &languages, QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
    MainWindow window(context);
    if (parser.isSet(benchmarkStartup))
        new FirstPaintProbe(&window, sinceStart);
    window.show();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openWhenStarted(files.constFirst()); // after the offer to recover an autosaved draft
    return app.exec();
}
