// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clirunner.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/requestbuilder.h"
#include "core/batch/batchplanner.h"
#include "core/clock.h"
#include "core/io/resultswriter.h"
#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "journal/beforevaluesreader.h"
#include "journal/journalreader.h"
#include "keychain/qtkeychainbackend.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Batchsmith::Cli {

namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fflush(stderr);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("?");
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

CliRunner::CliRunner(SendOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rateLimiters(SystemClock::instance())
{
#ifdef Q_OS_UNIX
    m_tty = ::isatty(STDERR_FILENO) == 1;
#endif
}

Error CliRunner::inInputFile(Error error) const
{
    // The planner names rows by their line only; say which file, as the CSV errors do.
    if (error.file.isEmpty() && error.line > 0) {
        error.file = m_options.input;
        error.message = QStringLiteral("%1:%2: %3").arg(m_options.input).arg(error.line).arg(error.message);
    }
    return error;
}

void CliRunner::failWith(const Error &error, int exitCode)
{
    printErr(QStringLiteral("batchsmith-cli: %1\n").arg(error.message));
    finishWith(exitCode);
}

void CliRunner::finishWith(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

Result<QString> CliRunner::resolveToken()
{
    if (!m_options.tokenEnv.isEmpty()) {
        const QString token = qEnvironmentVariable(qPrintable(m_options.tokenEnv)).trimmed();
        if (token.isEmpty()) {
            return Error::make(Error::Kind::InvalidInput,
                QStringLiteral("the environment variable %1 is empty or not set; put the token in it")
                    .arg(m_options.tokenEnv));
        }
        return token;
    }
    Settings settings;
    QtKeychainBackend keychain; // profiles saved by the app may keep their token there
    TokenStore store(settings, &keychain);
    const auto profile = store.profileByName(m_options.tokenProfile);
    if (profile && profile->embeddedSandbox) {
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("the profile \"%1\" uses the app's built-in sandbox; start batchsmith-sandbox and pass its "
                           "address with --base-url and --token-env")
                .arg(profile->name));
    }
    if (profile) {
        m_portalId = profile->portalId;
        if (!m_options.baseUrlGiven)
            m_options.spec.baseUrl = profile->baseUrl;
        if (!m_options.apiGiven)
            m_options.spec.apiVersion = profile->apiVersion;
    }
    return store.tokenForProfile(m_options.tokenProfile);
}

Result<void> CliRunner::readInput()
{
    // Streamed: the file is indexed, and each row read again when a request needs it, so memory does not grow with
    // the file (the results file is written by reading it a second time). A journal records every row, those a
    // results file given as input made final too, so then the index holds them all and the rows to send are the
    // others.
    const bool journaled = !m_options.journal.isEmpty();
    auto source = BatchInputSource::open(m_options.input, m_options.spec, m_options.encoding,
        journaled ? BatchInputSource::Rows::Every : BatchInputSource::Rows::ToSend);
    if (!source)
        return source.error();
    m_source = std::move(source).value();
    m_rows = m_source;
    if (journaled && m_source->previousCount() > 0) {
        QList<int> toSend;
        toSend.reserve(m_source->rowCount() - m_source->previousCount());
        for (int i = 0; i < m_source->rowCount(); ++i) {
            if (!m_source->previousOutcomes().value(i).isFinal())
                toSend.append(i);
        }
        m_rows = std::make_shared<const SubsetRowSource>(m_source, std::move(toSend));
    }
    // Unknown creates are looked up before anything is sent again, unless --resend-unknown.
    routeUnknown(m_source->unknownKeys());
    if (!m_source->notice().isEmpty()) // e.g. a file saved by Excel as Windows-1252: said, then read as such
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(m_source->notice()));
    return {};
}

void CliRunner::routeUnknown(const QStringList &unknownKeys)
{
    // A create is not idempotent: an unknown row may have been written, so it goes to the engine as "maybe sent",
    // looked up before any resend (BatchInput::looksUpFirst()); --resend-unknown sends it as a new record instead.
    m_maybeSent.clear();
    m_resentUnknown = 0;
    for (const QString &key : unknownKeys) {
        if (BatchInput::looksUpFirst(RowStatus::Unknown, m_options.spec.mode, m_options.resendUnknown))
            m_maybeSent.append(key);
        else if (m_options.spec.mode == WriteMode::Create)
            ++m_resentUnknown;
    }
    m_lookedUp = QSet<QString>(m_maybeSent.cbegin(), m_maybeSent.cend());
}

void CliRunner::start()
{
    if (m_options.resume)
        return startResume();
    if (auto read = readInput(); !read)
        return failWith(read.error(), ExitCode::BadInput);
    if (!m_options.dryRunDir.isEmpty()) {
        if (m_lookedUp.isEmpty())
            return finishWith(dryRun(*m_rows));
        QList<Row> written; // the rows a lookup settles first are not in the requests written
        for (int i = 0; i < m_rows->rowCount(); ++i) {
            if (!m_lookedUp.contains(m_rows->key(i)))
                written.append(m_rows->row(i));
        }
        printErr(QStringLiteral("Dry run: %1 rows unknown in %2 would be looked up first; they are not in the "
                                "requests written.\n")
                     .arg(m_lookedUp.size())
                     .arg(m_options.input));
        return finishWith(dryRun(ListRowSource(std::move(written))));
    }

    auto token = resolveToken();
    if (!token)
        return failWith(token.error(), ExitCode::BadInput);
    if (!m_options.journal.isEmpty()) {
        if (auto ok = createJournal(); !ok)
            return failWith(inInputFile(ok.error()), ExitCode::BadInput);
    }
    if (m_rows->rowCount() == 0) {
        printErr(QStringLiteral("batchsmith-cli: every row of %1 is already created or updated; nothing to send\n")
                     .arg(m_options.input));
        const bool written = writeResults(RunSummary());
        printSummary(outcomeCounts(RunSummary()));
        return finishWith(written ? ExitCode::Success : ExitCode::RowsFailed);
    }
    if (!m_maybeSent.isEmpty())
        printErr(QStringLiteral("%1 rows are unknown in %2: each is looked up before it is sent again.\n")
                     .arg(m_maybeSent.size())
                     .arg(m_options.input));
    if (m_resentUnknown > 0)
        printErr(QStringLiteral("--resend-unknown: %1 rows unknown in %2 are sent again as new records without being "
                                "looked up.\n")
                     .arg(m_resentUnknown)
                     .arg(m_options.input));
    startEngine(*token, m_rows, m_maybeSent);
}

Result<void> CliRunner::createJournal()
{
    RunSetup setup;
    setup.spec = m_options.spec;
    setup.portalId = m_portalId;
    setup.inputFile = QFileInfo(m_options.input).absoluteFilePath();
    setup.readBefore = m_options.readBefore;
    // Every row of the file, read from it as the journal writes its plan (m_source holds them all with a journal).
    JournalInput input;
    input.columns = m_source->columns();
    input.rows = m_source;
    input.cellsOf = [source = m_source](int i) { return source->cells(i); };
    input.previous = m_source->previousOutcomes();
    for (const QString &key : m_source->unknownKeys())
        input.unknownBefore.insert(m_source->indexOfKey(key));
    auto journal = RunJournal::create(m_options.journal, setup, input);
    if (!journal)
        return journal.error();
    m_journal = std::move(journal).value();
    m_options.spec.runId = m_journal->runId(); // trace ids stay the same when the run is resumed
    return {};
}

void CliRunner::startResume()
{
    auto journal = RunJournal::open(m_options.journal);
    if (!journal)
        return failWith(journal.error(), ExitCode::BadInput);
    m_journal = std::move(journal).value();
    const RunSetup setup = m_journal->setup();
    if (setup.kind == RunKind::Revert) {
        return failWith(Error::make(Error::Kind::InvalidInput,
                            QStringLiteral("%1 is the journal of a revert; resume it from the app's run history")
                                .arg(m_options.journal)),
            ExitCode::BadInput);
    }
    m_options.spec = setup.spec;
    m_options.readBefore = setup.readBefore;
    // The rows to send are read from the journal as the engine asks for them; the results file and the summary read
    // every row of it again at the end, a block at a time. Rows with an outcome in the journal count as done, like
    // the rows of a results file given as input; unknown rows are settled again (looked up first).
    auto work = m_journal->resumeWork(ResumeWork::Rows::OnDemand);
    if (!work)
        return failWith(work.error(), ExitCode::BadInput);
    m_resumeRows = std::dynamic_pointer_cast<const JournalRowSource>(work->source);
    m_runRows = work->runRows;
    m_columns = work->columns;
    m_firstSentMs = work->firstSentMs;
    auto token = resolveToken();
    if (!token)
        return failWith(token.error(), ExitCode::BadInput);
    if (!setup.portalId.isEmpty() && !m_portalId.isEmpty() && setup.portalId != m_portalId) {
        return failWith(Error::make(Error::Kind::InvalidInput,
                            QStringLiteral("%1 is a run on portal %2, but the profile \"%3\" is portal %4; resume it "
                                           "with a token of portal %2")
                                .arg(m_options.journal, setup.portalId, m_options.tokenProfile, m_portalId)),
            ExitCode::BadInput);
    }
    if (work->source->rowCount() == 0)
        return finishWithoutSending(
            QStringLiteral("batchsmith-cli: every row of %1 already has an outcome; nothing to send\n")
                .arg(m_options.journal));
    printErr(QStringLiteral("Resuming run %1: %2 of %3 rows have no outcome yet; %4 of them may have been sent.\n")
                 .arg(m_journal->runId())
                 .arg(work->source->rowCount())
                 .arg(m_runRows)
                 .arg(work->maybeSent.size()));
    m_rows = work->source;
    startEngine(*token, m_rows, work->maybeSent);
}

void CliRunner::finishWithoutSending(const QString &message)
{
    printErr(message);
    const bool written = writeResults(RunSummary());
    const RowStatusCounts counts = outcomeCounts(RunSummary());
    printSummary(counts);
    const bool allDone = counts[int(RowStatus::Created)] + counts[int(RowStatus::Updated)] == m_runRows;
    finishWith(written && allDone ? ExitCode::Success : ExitCode::RowsFailed);
}

void CliRunner::startEngine(const QString &token, std::shared_ptr<const RowSource> rows, const QStringList &maybeSent)
{
    RateLimiter *limiter
        = m_rateLimiters.limiterFor(token, m_options.spec.rateLimitPerWindow, m_options.spec.rateLimitWindowMs);
    m_engine = new BatchEngine(&m_nam, SystemClock::instance(), this);
    m_engine->setToken(token);
    m_engine->setRateLimiter(limiter);
    m_engine->setFirstSent(m_firstSentMs);
    if (m_journal) {
        // Attached before onRunFinished is connected: the journal records the run's end (its last try at what it
        // could not write) before the runner looks at whether it is complete.
        connect(m_journal.get(), &RunJournal::writeFailed, this, &CliRunner::onJournalFailed);
        if (auto ok = m_journal->attach(m_engine); !ok)
            return failWith(ok.error(), ExitCode::BadInput);
    }
    connect(m_engine, &BatchEngine::progressChanged, this, &CliRunner::onProgress);
    connect(m_engine, &BatchEngine::runFinished, this, &CliRunner::onRunFinished);
    if (!m_journal || !m_options.readBefore || m_options.spec.mode != WriteMode::Upsert)
        return sendRows(rows, maybeSent);
    auto *reader = new BeforeValuesReader(&m_nam, SystemClock::instance(), this);
    reader->setToken(token);
    reader->setRateLimiter(limiter);
    connect(reader, &BeforeValuesReader::finished, this, [this, rows, maybeSent, reader](const Error &error) {
        reader->deleteLater();
        if (error.kind != Error::Kind::None)
            return failWith(error, ExitCode::RowsFailed); // nothing was written
        sendRows(rows, maybeSent);
    });
    printErr(QStringLiteral("Reading the current values of %1 records before writing them…\n").arg(rows->rowCount()));
    reader->start(m_options.spec, rows, m_journal.get()); // from the input file, a batch at a time
}

void CliRunner::sendRows(std::shared_ptr<const RowSource> rows, const QStringList &maybeSent)
{
    m_sinceProgress.start();
    const int count = rows->rowCount();
    if (auto started = m_engine->start(m_options.spec, std::move(rows), maybeSent); !started)
        return failWith(inInputFile(started.error()), ExitCode::BadInput);
    printErr(QStringLiteral("Sending %1 rows to %2 (%3 %4, API %5)…\n")
                 .arg(count)
                 .arg(m_options.spec.baseUrl.toString(), wireName(m_options.spec.mode), m_options.spec.objectType,
                     wireName(m_options.spec.apiVersion)));
}

int CliRunner::dryRun(const RowSource &rows)
{
    auto plan = BatchPlanner::plan(m_options.spec, rows);
    if (!plan) {
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(inInputFile(plan.error()).message));
        return ExitCode::BadInput;
    }
    ApiClient urls(&m_nam, SystemClock::instance());
    if (auto ok = urls.setBaseUrl(m_options.spec.baseUrl); !ok) {
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(ok.error().message));
        return ExitCode::BadInput;
    }
    if (!QDir().mkpath(m_options.dryRunDir)) {
        printErr(QStringLiteral("batchsmith-cli: cannot create the folder %1\n").arg(m_options.dryRunDir));
        return ExitCode::BadInput;
    }
    const QDir dir(m_options.dryRunDir);
    QByteArray requests;
    QString error;
    const QString url = urls.urlFor(RequestBuilder::writePath(m_options.spec)).toString();
    for (const PlannedBatch &batch : std::as_const(plan->batches)) {
        QList<Row> batchRows; // one batch at a time in memory
        QList<int> positions;
        QStringList traceIds;
        for (int index : batch.rowIndexes) {
            positions.append(static_cast<int>(batchRows.size()));
            batchRows.append(rows.row(index));
            traceIds.append(BatchPlanner::traceId(plan->runId, batchRows.constLast().key));
        }
        const QByteArray body = RequestBuilder::writeBody(m_options.spec, batchRows, positions, traceIds);
        const QString name = QStringLiteral("batch-%1.json").arg(batch.number, 4, 10, QLatin1Char('0'));
        if (!writeFile(dir.filePath(name), body, &error)) {
            printErr(QStringLiteral("batchsmith-cli: %1\n").arg(error));
            return ExitCode::BadInput;
        }
        requests += "POST " + url.toUtf8() + '\n';
    }
    if (!writeFile(dir.filePath(QStringLiteral("requests.txt")), requests, &error)) {
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    printErr(QStringLiteral("Dry run: %1 rows in %2 batches written to %3; nothing was sent.\n")
                 .arg(rows.rowCount())
                 .arg(plan->batches.size())
                 .arg(QDir::toNativeSeparators(m_options.dryRunDir)));
    return ExitCode::Success;
}

void CliRunner::onProgress(const Progress &p)
{
    const bool last = p.done == p.total;
    if (!last && m_sinceProgress.elapsed() < (m_tty ? 250 : 5000))
        return;
    m_sinceProgress.restart();
    const QString line = QStringLiteral("%1/%2 rows, %3 rows/s, ETA %4")
                             .arg(p.done)
                             .arg(p.total)
                             .arg(p.rowsPerSecond, 0, 'f', 1)
                             .arg(last ? QStringLiteral("0m00s") : duration(p.etaMs));
    printErr(m_tty ? QString(QStringLiteral("\r%1\x1b[K").arg(line) + (last ? QStringLiteral("\n") : QString()))
                   : QString(line + u'\n'));
}

RowOutcome CliRunner::outcomeOf(const QString &key, const RunSummary &summary) const
{
    RowOutcome o = m_engine ? m_engine->outcome(key) : RowOutcome();
    if (o.status == RowStatus::Unknown && m_lookedUp.contains(key)) {
        // Unknown before this run, and the lookup could not settle it either: say why it was not sent again.
        o.message = QStringLiteral("Unknown in %1 and not sent again, so as not to create it twice "
                                   "(--resend-unknown sends it anyway): %2")
                        .arg(QFileInfo(m_options.input).fileName(), o.message);
    }
    if (o.isFinal())
        return o;
    // Never sent: say why in __error, so that a results file explains its skipped rows.
    o.status = RowStatus::Skipped;
    o.category = QStringLiteral("NOT_SENT");
    o.message = summary.fatal
        ? QStringLiteral("the run stopped before this row was sent: %1").arg(summary.fatal->message)
        : QStringLiteral("the run was cancelled before this row was sent");
    return o;
}

Result<void> CliRunner::forEachResumedRow(const RunSummary &summary, bool withCells,
    const std::function<void(const QStringList &cells, const RowOutcome &previous, const RowOutcome &outcome)> &visit)
    const
{
    // Each row of the journal as a results file given as input would have it: final before this session (and not
    // sent again) keeps its outcome; the others get this session's.
    return JournalReader::forEachRow(
        m_options.journal,
        [&](const JournalRow &r) {
            RowOutcome previous = r.fromPrevious ? r.outcome : RowOutcome();
            if (r.outcome.isFinal() && !m_resumeRows->holdsJournalIndex(r.index))
                previous = r.outcome;
            visit(r.cells, previous, previous.isFinal() ? previous : outcomeOf(r.row.key, summary));
        },
        withCells ? JournalReader::RowParts::All : JournalReader::RowParts::Outcomes);
}

RowStatusCounts CliRunner::outcomeCounts(const RunSummary &summary) const
{
    RowStatusCounts counts {};
    if (!m_source) {
        m_previouslyDone = 0;
        auto read = forEachResumedRow(
            summary, false, [&](const QStringList &, const RowOutcome &previous, const RowOutcome &outcome) {
                ++counts[int(outcome.status)];
                m_previouslyDone += previous.isFinal() ? 1 : 0;
            });
        if (!read)
            printErr(QStringLiteral("batchsmith-cli: %1\n").arg(read.error().message));
        return counts;
    }
    counts = m_source->previousCounts();
    for (int i = 0; i < m_rows->rowCount(); ++i) // the rows to send: those not final in a results file given as input
        ++counts[int(outcomeOf(m_rows->key(i), summary).status)];
    return counts;
}

int CliRunner::previouslyDone() const
{
    return m_source ? m_source->previousCount() : m_previouslyDone; // a resume's: counted by outcomeCounts()
}

void CliRunner::printSummary(const RowStatusCounts &counts) const
{
    printErr(QStringLiteral("created=%1 updated=%2 failed=%3 unknown=%4 skipped=%5\n")
                 .arg(counts[int(RowStatus::Created)])
                 .arg(counts[int(RowStatus::Updated)])
                 .arg(counts[int(RowStatus::Failed)])
                 .arg(counts[int(RowStatus::Unknown)])
                 .arg(counts[int(RowStatus::Skipped)]));
}

void CliRunner::printStillUnknown(const RunSummary &summary) const
{
    int stillUnknown = 0;
    for (const QString &key : m_lookedUp)
        stillUnknown += outcomeOf(key, summary).status == RowStatus::Unknown ? 1 : 0;
    if (stillUnknown == 0)
        return;
    printErr(QStringLiteral("%1 rows unknown in %2 are still unknown: looking them up could not prove whether their "
                            "earlier send wrote them, so they were not sent again (a second create could duplicate "
                            "them); check them in HubSpot, or send them with --resend-unknown.\n")
                 .arg(stillUnknown)
                 .arg(m_options.input));
}

bool CliRunner::writeResults(const RunSummary &summary)
{
    if (m_options.results.isEmpty())
        return true;
    const auto written = m_source
        ? ResultsWriter::write(
            m_options.results, *m_source, [this, &summary](const QString &key) { return outcomeOf(key, summary); })
        : ResultsWriter::write(m_options.results, m_columns,
            [this, &summary](const auto &line) { return forEachResumedRow(summary, true, line); });
    if (!written) {
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(written.error().message));
        return false;
    }
    return true;
}

void CliRunner::onJournalFailed(const QString &path, const QString &reason)
{
    const bool first = m_journalError.isEmpty();
    m_journalError = QStringLiteral("%1: %2").arg(path, reason);
    if (!first || !m_engine)
        return;
    printErr(QStringLiteral("\nbatchsmith-cli: the run journal %1 could not be written: %2\n").arg(path, reason));
    if (m_engine->state() != BatchEngine::State::Running && m_engine->state() != BatchEngine::State::Paused)
        return; // not sending (yet): whoever was writing fails on it
    printErr(QStringLiteral("batchsmith-cli: stopping; no new batch is sent, batches in flight finish\n"));
    // Paused at once, even inside the pre-send hook, so that nothing more is sent; stopped on the next pass, outside
    // the journal's write and the engine's send.
    m_engine->pause();
    QTimer::singleShot(0, this, [this] {
        if (m_engine)
            m_engine->cancel();
    });
}

void CliRunner::onRunFinished(const RunSummary &summary)
{
    RunSummary s = summary;
    if (!m_journalError.isEmpty()) { // the journal stopped the run, not Ctrl-C
        s.cancelled = false;
        if (!s.fatal || s.fatal->kind == Error::Kind::Io)
            s.fatal = Error::make(
                Error::Kind::Io, QStringLiteral("the run journal could not be written (%1)").arg(m_journalError));
    }
    const bool written = writeResults(s);
    const RowStatusCounts counts = outcomeCounts(s);
    const int previous = previouslyDone();
    // Over every input row, so that a results file given back as input still adds up to its row count.
    printSummary(counts);
    if (previous > 0)
        printErr(QStringLiteral("%1 rows were already done in %2 and were not sent again.\n")
                     .arg(previous)
                     .arg(m_options.input));
    printStillUnknown(s);
    if (s.fatal)
        printErr(QStringLiteral("batchsmith-cli: %1\n").arg(s.fatal->message));
    if (s.failed + s.unknown > 0 && !m_options.results.isEmpty())
        printErr(QStringLiteral("See %1 for each row's outcome.\n").arg(m_options.results));
    if (s.fatal && (s.fatal->kind == Error::Kind::Authentication || s.fatal->kind == Error::Kind::Permission))
        return finishWith(ExitCode::AuthRefused);
    if (!m_journalError.isEmpty()) {
        // The journal already tried once more, when it recorded the run's end.
        if (m_journal && m_journal->isFailing()) {
            printErr(QStringLiteral("batchsmith-cli: the run journal still cannot be written (%1): %2 outcomes are "
                                    "not in it%3; resuming the journal treats those rows as sent but unanswered\n")
                         .arg(m_journal->lastError())
                         .arg(m_journal->unwrittenOutcomes())
                         .arg(m_options.results.isEmpty() ? QString()
                                                          : QStringLiteral(" (%1 has them)").arg(m_options.results)));
        } else if (m_journal) {
            printErr(QStringLiteral("batchsmith-cli: the outcomes of the batches in flight were written to %1 at the "
                                    "second try; free some disk space and resume it to send the rest\n")
                         .arg(m_journal->path()));
        }
        return finishWith(ExitCode::RowsFailed);
    }
    if (s.cancelled)
        return finishWith(ExitCode::Cancelled);
    // A resume answers for the whole run, earlier sessions' failures included.
    const int allRows = std::accumulate(counts.cbegin(), counts.cend(), 0);
    const bool earlierProblems
        = m_options.resume && counts[int(RowStatus::Created)] + counts[int(RowStatus::Updated)] != allRows;
    finishWith(
        s.failed + s.unknown + s.skipped > 0 || !written || earlierProblems ? ExitCode::RowsFailed : ExitCode::Success);
}

void CliRunner::interrupt()
{
    if (++m_interrupts > 1 || !m_engine || m_engine->state() == BatchEngine::State::Finished) {
        printErr(QStringLiteral("\nbatchsmith-cli: stopped at once; batches in flight were not recorded\n"));
        std::fflush(stderr);
        std::_Exit(ExitCode::Cancelled);
    }
    printErr(QStringLiteral(
        "\nbatchsmith-cli: stopping; batches in flight finish and are recorded (Ctrl-C again to quit at once)\n"));
    m_engine->cancel();
}

} // namespace Batchsmith::Cli
