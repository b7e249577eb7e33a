// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clioptions.h"

#include <QCommandLineParser>

#include "buildinfo.h"
#include "core/api/objecttypes.h"
#include "core/net/pacer.h"

namespace Batchsmith::Cli {

namespace {

Error usageError(const QString &message)
{
    return Error::make(
        Error::Kind::InvalidInput, message + QStringLiteral("\nRun batchsmith-cli --help for the options."));
}

Result<int> number(const QCommandLineParser &parser, const QString &name, int min, int max, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return usageError(QStringLiteral("--%1 takes a whole number from %2 to %3, not \"%4\".")
                              .arg(name)
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(name)));
    return value;
}

/// What to send: the object, the mode, the files.
Result<void> readWhat(const QCommandLineParser &parser, SendOptions *send)
{
    BatchSpec &spec = send->spec;
    spec.objectType = parser.value(QStringLiteral("object"));
    if (spec.objectType.isEmpty())
        return usageError(
            QStringLiteral("--object is required: contacts, companies, an objectTypeId such as 0-421, …"));
    if (auto ok = ObjectTypes::validateForBatchWrite(spec.objectType); !ok)
        return usageError(ok.error().message);
    const auto mode = writeModeFromString(parser.value(QStringLiteral("mode")));
    if (!mode)
        return usageError(QStringLiteral("--mode must be create or upsert."));
    spec.mode = *mode;
    spec.idProperty = parser.value(QStringLiteral("id-property"));
    if (spec.mode == WriteMode::Upsert && spec.idProperty.isEmpty())
        return usageError(
            QStringLiteral("--mode upsert needs --id-property: email, or a property with unique values."));
    if (spec.mode == WriteMode::Create && !spec.idProperty.isEmpty())
        return usageError(QStringLiteral("--id-property is for --mode upsert only."));
    send->input = parser.value(QStringLiteral("input"));
    if (send->input.isEmpty())
        return usageError(QStringLiteral("--input is required: the CSV file of rows to send."));
    send->results = parser.value(QStringLiteral("results"));
    send->resendUnknown = parser.isSet(QStringLiteral("resend-unknown"));
    send->dryRunDir = parser.value(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = TextDecoder::choiceFromString(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return usageError(QStringLiteral("--encoding must be utf-8, windows-1252 or utf-16, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("encoding"))));
        send->encoding = *encoding;
    }
    return {};
}

/// Where to send it and with which token.
Result<void> readWhere(const QCommandLineParser &parser, SendOptions *send)
{
    send->apiGiven = parser.isSet(QStringLiteral("api"));
    if (send->apiGiven) {
        const auto api = apiVersionFromString(parser.value(QStringLiteral("api")));
        if (!api)
            return usageError(QStringLiteral("--api must be v3 or 2026-03."));
        send->spec.apiVersion = *api;
    }
    send->baseUrlGiven = parser.isSet(QStringLiteral("base-url"));
    if (send->baseUrlGiven)
        send->spec.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    send->tokenEnv = parser.value(QStringLiteral("token-env"));
    send->tokenProfile = parser.value(QStringLiteral("token-profile"));
    if (!send->tokenEnv.isEmpty() && !send->tokenProfile.isEmpty())
        return usageError(QStringLiteral("Give either --token-env or --token-profile, not both."));
    if (send->tokenEnv.isEmpty() && send->tokenProfile.isEmpty() && send->dryRunDir.isEmpty())
        return usageError(QStringLiteral(
            "Say where the token is: --token-env VAR (an environment variable) or --token-profile NAME."));
    return {};
}

Result<void> readLimits(const QCommandLineParser &parser, BatchSpec *spec)
{
    // An upper bound on the batches in flight; without it the engine keeps as many as the rate limit's pace needs
    // (Pacer), so 0 = automatic.
    auto concurrency = number(parser, QStringLiteral("concurrency"), 1, Pacer::SafetyCap, 0);
    if (!concurrency)
        return concurrency.error();
    auto batchSize = number(parser, QStringLiteral("batch-size"), 1, 100, 100);
    if (!batchSize)
        return batchSize.error();
    spec->concurrency = *concurrency;
    spec->batchSize = *batchSize;
    return {};
}

Result<void> readJournal(const QCommandLineParser &parser, SendOptions *send)
{
    send->journal = parser.value(QStringLiteral("journal"));
    send->readBefore = parser.isSet(QStringLiteral("read-before"));
    if (!send->journal.isEmpty() && !send->dryRunDir.isEmpty())
        return usageError(QStringLiteral("--journal records a real run; it does not go with --dry-run."));
    if (send->readBefore && (send->journal.isEmpty() || send->spec.mode != WriteMode::Upsert))
        return usageError(QStringLiteral("--read-before is for --mode upsert with --journal."));
    return {};
}

/// `resume JOURNAL`: everything about the run comes from the journal; only the token and the results file do not.
Result<Command> parseResume(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return usageError(QStringLiteral("resume takes one journal file: batchsmith-cli resume JOURNAL …"));
    for (const QString &name : { QStringLiteral("object"), QStringLiteral("mode"), QStringLiteral("id-property"),
             QStringLiteral("input"), QStringLiteral("api"), QStringLiteral("base-url"), QStringLiteral("concurrency"),
             QStringLiteral("batch-size"), QStringLiteral("dry-run"), QStringLiteral("journal"),
             QStringLiteral("read-before"), QStringLiteral("encoding"), QStringLiteral("resend-unknown") }) {
        if (parser.isSet(name))
            return usageError(QStringLiteral("resume takes the run from its journal; --%1 does not apply.").arg(name));
    }
    SendOptions send;
    send.resume = true;
    send.journal = positional.at(1);
    send.input = send.journal;
    send.results = parser.value(QStringLiteral("results"));
    if (auto ok = readWhere(parser, &send); !ok)
        return ok.error();
    send.apiGiven = send.baseUrlGiven = true; // the journal's, whatever a token profile says
    Command command;
    command.send = send;
    return command;
}

} // namespace

QString usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  batchsmith-cli send --object contacts|companies|0-421|2-123 --mode create|upsert [--id-property P]\n"
        "      --input rows.csv [--encoding utf-8|windows-1252|utf-16] [--results out.csv] [--api v3|2026-03]\n"
        "      [--base-url URL]\n"
        "      (--token-env VAR | --token-profile NAME) [--concurrency N] [--batch-size N] [--dry-run DIR]\n"
        "      [--journal FILE [--read-before]] [--resend-unknown]\n"
        "  batchsmith-cli resume JOURNAL [--results out.csv] (--token-env VAR | --token-profile NAME)\n"
        "  batchsmith-cli --version | --help\n"
        "\n"
        "Sends the rows of a CSV file to HubSpot with batch create or batch upsert, 100 at a time.\n"
        "The header holds property internal names; association columns are named assoc:<toObjectType>:<typeId>\n"
        "or assoc:<toObjectType>:<USER_DEFINED|INTEGRATOR_DEFINED>:<typeId>, with target ids separated by ;.\n"
        "An empty cell is not sent: the record keeps its current value.\n"
        "--encoding says how --input is encoded. Without it: UTF-8 or UTF-16 with a BOM as the BOM says; UTF-8 if\n"
        "every byte is valid UTF-8; Windows-1252 (said on stderr) if the text is ASCII up to its first byte that is\n"
        "not UTF-8. A file that is UTF-8 up to a byte that is not is refused (exit 2) naming that byte's line and\n"
        "column: save it again as UTF-8, or give --encoding. A file without rows is refused too (exit 2).\n"
        "--results writes every input column plus __status (created, updated, failed, unknown, skipped), __id and\n"
        "__error, one line per input row; without it no results file is written. Given back as --input, a results\n"
        "file skips the rows already created or updated. Its unknown rows (sent, but the answer was lost) are looked\n"
        "up first (by a unique property, else by a search on the values sent): one certainly not in HubSpot is sent\n"
        "again; one found (a results file cannot prove this run made it) or not to be settled stays unknown and is\n"
        "not sent, its __error says why. Unknown upserts are simply sent again: an upsert sent twice writes the\n"
        "same record.\n"
        "--resend-unknown sends a results file's unknown creates again as new records without looking them up. Only\n"
        "use it once you know they are not in HubSpot: those that were written are then created twice.\n"
        "--dry-run DIR sends nothing and needs no token: it writes each request body as DIR/batch-0001.json, …\n"
        "and DIR/requests.txt with one line per request.\n"
        "--journal FILE records the run in a new SQLite file as it goes: the plan, each request before it is sent,\n"
        "each answer and each row's outcome (never the token). If the run is killed, `resume FILE` finishes it:\n"
        "it sends only the rows without an outcome, looks up by email (or another unique property) the creates\n"
        "whose answer was lost before sending them again, and writes a results file with every row of the run.\n"
        "It sends where the journal says; a --token-profile saved for another portal is refused.\n"
        "--read-before (upsert) first reads the current values of the properties the run writes into the journal,\n"
        "so that the app can revert the run.\n"
        "--concurrency N caps the batches in flight (1 to 32). Without it the run keeps as many in flight as\n"
        "HubSpot's rate limit allows at the answers' latency (up to 32), and stops before the daily limit runs out.\n"
        "Defaults: --api 2026-03, --base-url https://api.hubapi.com, --batch-size 100.\n"
        "Ctrl-C stops sending; batches in flight finish and are recorded. A second Ctrl-C quits at once.\n"
        "\n"
        "Exit codes: 0 every row succeeded; 1 some rows failed, are unknown, or were skipped by a stop (such as\n"
        "the daily limit, or a run journal that could not be written: the run stops, batches in flight finish);\n"
        "2 bad usage, bad input, or a journal that another Batchsmith process is running\n"
        "(nothing sent); 3 authentication or permission refused (401, 403); 4 cancelled.\n");
}

Result<Command> parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options { { QStringLiteral("object"), QString(), QStringLiteral("type") },
        { QStringLiteral("mode"), QString(), QStringLiteral("mode") },
        { QStringLiteral("id-property"), QString(), QStringLiteral("P") },
        { QStringLiteral("input"), QString(), QStringLiteral("file") },
        { QStringLiteral("encoding"), QString(), QStringLiteral("name") },
        { QStringLiteral("results"), QString(), QStringLiteral("file") },
        { QStringLiteral("api"), QString(), QStringLiteral("version") },
        { QStringLiteral("base-url"), QString(), QStringLiteral("URL") },
        { QStringLiteral("token-env"), QString(), QStringLiteral("VAR") },
        { QStringLiteral("token-profile"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("concurrency"), QString(), QStringLiteral("N") },
        { QStringLiteral("batch-size"), QString(), QStringLiteral("N") },
        { QStringLiteral("dry-run"), QString(), QStringLiteral("DIR") },
        { QStringLiteral("journal"), QString(), QStringLiteral("FILE") },
        QCommandLineOption(QStringLiteral("read-before")), QCommandLineOption(QStringLiteral("resend-unknown")),
        QCommandLineOption(QStringLiteral("help")), QCommandLineOption(QStringLiteral("version")),
        QCommandLineOption(QStringLiteral("verbose")) };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + u'.');

    Command command;
    if (parser.isSet(QStringLiteral("help"))) {
        command.output = usage();
        return command;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        command.output = QStringLiteral("batchsmith-cli %1\n").arg(BuildInfo::version());
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("Say what to do: batchsmith-cli send …"));
    if (positional.first() == u"resume")
        return parseResume(parser, positional);
    if (positional.first() != u"send" || positional.size() > 1)
        return usageError(
            QStringLiteral("Unknown command \"%1\"; the commands are send and resume.").arg(positional.join(u' ')));

    SendOptions send;
    if (auto ok = readWhat(parser, &send); !ok)
        return ok.error();
    if (auto ok = readWhere(parser, &send); !ok)
        return ok.error();
    if (auto ok = readLimits(parser, &send.spec); !ok)
        return ok.error();
    if (auto ok = readJournal(parser, &send); !ok)
        return ok.error();
    command.send = send;
    return command;
}

} // namespace Batchsmith::Cli
