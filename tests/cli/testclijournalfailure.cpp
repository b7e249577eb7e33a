// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// batchsmith-cli when its run journal cannot be written (issue #13): the run stops (no new batch; batches in flight
// finish), the journal tries their outcomes once more, and the CLI exits 1 naming the journal file and SQLite's
// error. In process with injected commit failures (JournalDb::failNextCommits()), and the real executable with its
// journal on a full tmpfs (skipped when one cannot be mounted).
#include <QJsonArray>
#include <QTemporaryFile>

#include "cli/clirunner.h"
#include "clitestcase.h"
#include "journal/journaldb.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"
#include "support/fullfilesystem.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Token = u"clijournal-secret-token-9b2f"_s;
const char TokenVariable[] = "CLIJOURNAL_TOKEN";

/// What the in-process runner wrote on stderr (file descriptor 2) while it lived.
class StderrCapture final
{
public:
    StderrCapture()
    {
#ifdef Q_OS_UNIX
        if (!m_file.open())
            return;
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(m_file.handle(), STDERR_FILENO);
#endif
    }

    ~StderrCapture()
    {
        text();
    }

    StderrCapture(const StderrCapture &) = delete;
    StderrCapture &operator=(const StderrCapture &) = delete;

    /// Stops capturing and gives what was written.
    QString text()
    {
#ifdef Q_OS_UNIX
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
            m_file.seek(0);
            m_text = QString::fromUtf8(m_file.readAll());
        }
#endif
        return m_text;
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
    QString m_text;
};

} // namespace

class TestCliJournalFailure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    int stat(const QString &key) const { return m_sandbox->stats().value(key).toInt(); }

    /// A CSV of @p rows contacts with their own emails.
    QString writeInput(int rows, const QString &prefix) const
    {
        QByteArray csv("email,firstname\n");
        for (int i = 1; i <= rows; ++i)
            csv += u"%1%2@journal.example,Jo %2\n"_s.arg(prefix).arg(i).toUtf8();
        const QString file = path(prefix + u".csv"_s);
        return writeFile(file, csv) ? file : QString();
    }

    QStringList sendArgs(const QString &input, const QString &journal, const QString &results) const
    {
        return { u"send"_s, u"--object"_s, u"contacts"_s, u"--mode"_s, u"create"_s, u"--input"_s, input,
            u"--base-url"_s, m_sandbox->baseUrl().toString(), u"--token-env"_s, QString::fromLatin1(TokenVariable),
            u"--batch-size"_s, u"10"_s, u"--concurrency"_s, u"2"_s, u"--journal"_s, journal, u"--results"_s, results };
    }

    QStringList resumeArgs(const QString &journal) const
    {
        return { u"resume"_s, journal, u"--token-env"_s, QString::fromLatin1(TokenVariable) };
    }

    /// Runs batchsmith-cli's runner in this process, as main() does; @p afterStart runs once start() returned (the
    /// first batches are recorded and on their way). The exit code and stderr.
    QPair<int, QString> runInProcess(const QStringList &arguments, const std::function<void()> &afterStart = {})
    {
        auto command = Cli::parseArguments(QStringList { u"batchsmith-cli"_s } + arguments);
        if (!command || !command->send)
            return { -1, command ? QString() : command.error().message };
        StderrCapture err;
        Cli::CliRunner runner(*command->send);
        QSignalSpy finished(&runner, &Cli::CliRunner::finished);
        runner.start();
        if (afterStart)
            afterStart();
        if (!finished.wait(30000))
            return { -2, err.text() };
        return { finished.first().first().toInt(), err.text() };
    }

    /// How many contacts in the sandbox have an email starting with @p prefix, and how many of them twice or more.
    QPair<int, int> contactsWith(const QString &prefix, int rows)
    {
        int found = 0;
        for (int first = 1; first <= rows; first += 100) { // batch/read takes 100 inputs at most
            QJsonArray inputs;
            for (int i = first; i <= rows && i < first + 100; ++i)
                inputs.append(QJsonObject { { u"id"_s, u"%1%2@journal.example"_s.arg(prefix).arg(i) } });
            const auto reply = m_sandbox->post(u"/crm/v3/objects/contacts/batch/read"_s,
                QJsonObject { { u"idProperty"_s, u"email"_s }, { u"inputs"_s, inputs },
                    { u"properties"_s, QJsonArray { u"email"_s } } });
            found += int(reply.json.value(u"results"_s).toArray().size());
        }
        return { found, stat(u"duplicateCreates"_s) };
    }

private Q_SLOTS:

    void initTestCase() { qputenv(TokenVariable, Token.toUtf8()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        JournalDb::failNextCommits(0);
        m_sandbox.reset();
    }

    /// Every commit fails from the first answer on: the run stops, exit 1, stderr names the journal file and
    /// SQLite's error, and the rows never sent are not sent. Resumed once the disk is fine, every row exists once.
    void testAJournalThatCannotBeWrittenStopsTheRunWithExit1()
    {
        const QString input = writeInput(60, u"stop"_s);
        const QString journal = path(u"stop.bsjournal"_s);
        const QString results = path(u"stop-results.csv"_s);
        const int requestsBefore = stat(u"requests"_s);
        const auto [exitCode, err]
            = runInProcess(sendArgs(input, journal, results), [] { JournalDb::failNextCommits(1000); });
        JournalDb::failNextCommits(0);
        QCOMPARE(exitCode, int(Cli::ExitCode::RowsFailed));
        QVERIFY2(
            err.contains(
                u"batchsmith-cli: the run journal %1 could not be written: database or disk is full"_s.arg(journal)),
            qPrintable(err));
        QVERIFY2(err.contains(u"no new batch is sent"_s), qPrintable(err));
        QVERIFY2(err.contains(u"the run journal still cannot be written (%1: database or disk is full"_s.arg(journal)),
            qPrintable(err));
        // Only what was on its way when the journal failed went out: the pacer's first request, which goes alone
        // (its answer's commit is the first to fail), nothing after.
        QCOMPARE(stat(u"requests"_s) - requestsBefore, 1);
        QVERIFY2(err.contains(u"created=10 updated=0 failed=0 unknown=0 skipped=50"_s), qPrintable(err));
        const QByteArray csv = readFile(results);
        QVERIFY(
            csv.contains("NOT_SENT: the run stopped before this row was sent: the run journal could not be written"));

        const auto [resumed, resumeErr] = runInProcess(resumeArgs(journal));
        QCOMPARE(resumed, int(Cli::ExitCode::Success));
        QCOMPARE(contactsWith(u"stop"_s, 60), qMakePair(60, 0));
        Q_UNUSED(resumeErr)
    }

    /// One commit fails: the run still stops with exit 1, and the outcomes of the batches in flight are written by
    /// the journal's one more try at the end, so the journal knows every row that was sent.
    void testOutcomesInFlightAreWrittenAtTheSecondTry()
    {
        const QString input = writeInput(60, u"retry"_s);
        const QString journal = path(u"retry.bsjournal"_s);
        const auto [exitCode, err]
            = runInProcess(sendArgs(input, journal, path(u"retry.csv"_s)), [] { JournalDb::failNextCommits(1); });
        QCOMPARE(exitCode, int(Cli::ExitCode::RowsFailed));
        QVERIFY2(err.contains(u"the run journal %1 could not be written: database or disk is full"_s.arg(journal)),
            qPrintable(err));
        QVERIFY2(err.contains(u"were written to %1 at the second try"_s.arg(journal)), qPrintable(err));
        auto rows = JournalReader::rows(journal);
        QVERIFY(rows);
        int done = 0;
        for (const JournalRow &r : std::as_const(*rows)) {
            QVERIFY2(r.sends == 0 || r.outcome.isFinal(), qPrintable(r.row.key)); // every row sent has its outcome
            done += r.outcome.isFinal() ? 1 : 0;
        }
        QVERIFY(done > 0 && done < 60);
        auto summary = JournalReader::summary(journal);
        QVERIFY(summary);
        QVERIFY(summary->finished); // its end recorded: not taken for a crash

        const auto [resumed, resumeErr] = runInProcess(resumeArgs(journal));
        QCOMPARE(resumed, int(Cli::ExitCode::Success));
        QVERIFY2(resumeErr.contains(u"0 of them may have been sent"_s), qPrintable(resumeErr));
        QCOMPARE(contactsWith(u"retry"_s, 60), qMakePair(60, 0));
    }

    /// The real executable with its journal on a filesystem that fills up during the run: exit 1, the message names
    /// the file and SQLite's words; with room again, the resume creates every row exactly once.
    void testOnAFullDiskTheRealCliStopsAndTheResumeFinishes()
    {
        FullFilesystem fs(16 * 1024 * 1024); // room for the whole run's write-ahead log once it is emptied
        if (!fs.mounted())
            QSKIP(qPrintable(fs.whyNot()));
        const int rowCount = 400;
        const QString input = writeInput(rowCount, u"disk"_s);
        const QString journal = fs.filePath(u"disk.bsjournal"_s);
        // The plan first, while there is room, as `send --journal` would write it; the CLI resumes it.
        {
            RunSetup setup;
            setup.spec.objectType = u"contacts"_s;
            setup.spec.mode = WriteMode::Create;
            setup.spec.baseUrl = m_sandbox->baseUrl();
            setup.spec.batchSize = 10;
            setup.spec.concurrency = 2;
            setup.inputFile = input;
            auto read = BatchInput::read(input, setup.spec, TextDecoder::Choice::Auto);
            QVERIFY(read);
            auto created = RunJournal::create(journal, setup, *read);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        }
        // Room for opening it and a few batches, no more.
        QVERIFY(fs.fill());
        fs.makeRoom(96 * 1024);

        const CliRun failed = runCli(resumeArgs(journal), { { QString::fromLatin1(TokenVariable), Token } }, 60000);
        const QString err = QString::fromUtf8(failed.err);
        QCOMPARE(failed.exitCode, int(Cli::ExitCode::RowsFailed));
        QVERIFY2(err.contains(u"the run journal %1 could not be written: database or disk is full"_s.arg(journal)),
            qPrintable(err));
        QVERIFY(contactsWith(u"disk"_s, rowCount).first < rowCount); // stopped: not everything went

        fs.makeRoom();
        const CliRun resumed = runCli(resumeArgs(journal), { { QString::fromLatin1(TokenVariable), Token } }, 60000);
        QVERIFY2(resumed.exitCode == int(Cli::ExitCode::Success), resumed.err.constData());
        QCOMPARE(contactsWith(u"disk"_s, rowCount), qMakePair(rowCount, 0));
    }
};

QTEST_GUILESS_MAIN(TestCliJournalFailure)
#include "testclijournalfailure.moc"
