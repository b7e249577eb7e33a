// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/io/textdecoder.h"
#include "core/result.h"

namespace Batchsmith::Cli {

/// Exit codes of batchsmith-cli; scripts depend on them.
namespace ExitCode {
constexpr int Success = 0; // every row created or updated
constexpr int RowsFailed = 1; // some rows failed, are unknown, or were not sent; or the journal could not be written
constexpr int BadInput = 2; // bad usage, bad input, or a journal another process is running: nothing was sent
constexpr int AuthRefused = 3; // 401 or 403
constexpr int Cancelled = 4; // Ctrl-C
} // namespace ExitCode

/// `batchsmith-cli send …`, parsed and checked.
struct SendOptions
{
    BatchSpec spec;
    QString input;
    QString results; // empty: no results file
    QString dryRunDir; // set: write the requests instead of sending them
    QString tokenEnv; // --token-env VAR
    QString tokenProfile; // --token-profile NAME
    bool apiGiven = false;
    bool baseUrlGiven = false;
    QString journal; // --journal FILE: the run journal to create (send) or to resume from (resume)
    bool resume = false; // `batchsmith-cli resume JOURNAL`: spec and rows come from the journal
    bool readBefore = false; // --read-before: upsert reads the values it will overwrite into the journal (revert)
    bool resendUnknown = false; // --resend-unknown: a results input's unknown creates go again unlooked-up
    TextDecoder::Choice encoding = TextDecoder::Choice::Auto; // --encoding: the input's, when detection is not wanted
};

/// What the command line asks for: a send (or a resume, SendOptions::resume), or something already answered (help,
/// version) with its exit code.
struct Command
{
    std::optional<SendOptions> send;
    QString output; // text for stdout (help, version)
    int exitCode = ExitCode::Success;
};

/// Parses the arguments (without running anything). Errors say what is wrong and how to fix it.
Result<Command> parseArguments(const QStringList &arguments);

QString usage();

} // namespace Batchsmith::Cli
