// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <cstring>

#include <QApplication>
#include <QCommandLineParser>

#include "buildinfo.h"
#include "core/logging.h"
#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "gui/mainwindow.h"
#include "keychain/qtkeychainbackend.h"
#include "gui/settings/languagemanager.h"
#include "sandbox/sandboxserver.h"

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
    if (printVersionIfAsked(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Batchsmith"));
    QApplication::setOrganizationName(QStringLiteral("Batchsmith"));
    QApplication::setApplicationVersion(BuildInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build and send batches of HubSpot CRM records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Settings settings;
    LanguageManager languages;
    languages.setLanguage(settings.language());
    QtKeychainBackend keychain; // tokens go to the OS keychain when one answers
    TokenStore tokens(settings, &keychain);
    const TokenProfile profile = tokens.ensureFirstLaunchProfile();

    MainWindow window;
    QUrl endpoint = profile.baseUrl;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    if (profile.embeddedSandbox) {
        sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions {});
        QString error;
        if (!sandbox->listen(&error)) {
            qCCritical(lcGui) << "the embedded sandbox did not start:" << error;
            return 1;
        }
        endpoint = sandbox->baseUrl();
    }
    window.showConnection(profile, endpoint);
    window.show();
    return app.exec();
}
