// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// batchsmith-cli, hostile and broken input: files without rows, text that is UTF-8 up to a bad byte, --encoding,
// every duplicate upsert id in one message; and the files a run leaves in the data folder, owner-only.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStringEncoder>

#include "clitestcase.h"
#include "core/batch/batchplanner.h"
#include "core/io/privatefiles.h"
#include "support/testsupport.h"

#include <sys/stat.h>

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

const QString Token = QStringLiteral("badinput-secret-token-7e2a9b");

QByteArray utf16Le(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return encoder.encode(text);
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList sendArgs(const QString &input, const QStringList &extra = {}) const
    {
        QStringList args { QStringLiteral("send"), QStringLiteral("--object"), QStringLiteral("contacts"),
            QStringLiteral("--input"), input, QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
            QStringLiteral("--token-env"), QStringLiteral("BADINPUT_TOKEN") };
        if (!extra.contains(QStringLiteral("--mode")))
            args << QStringLiteral("--mode") << QStringLiteral("create");
        return args + extra;
    }

    CliRun send(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QMap<QString, QString> all = env;
        all.insert(QStringLiteral("BADINPUT_TOKEN"), Token);
        return runCli(args, all);
    }

    int requests() const { return m_sandbox->stats().value(QStringLiteral("requests")).toInt(); }

    static QStringList upsertEmail()
    {
        return { QStringLiteral("--mode"), QStringLiteral("upsert"), QStringLiteral("--id-property"),
            QStringLiteral("email") };
    }

private Q_SLOTS:

    void initTestCase()
    {
        ::umask(022); // the usual umask, inherited by the CLI: its files are private only if it makes them so
    }

    void init()
    {
        Sandbox::SandboxOptions options;
        options.acceptTokens = { Token };
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void testBadInputIsNamedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("header only") << QByteArray("email,firstname\n") << QStringList()
                                     << QStringList { QStringLiteral("in.csv: no rows") };
        QTest::newRow("header only, upsert")
            << QByteArray("email\r\n\r\n") << upsertEmail() << QStringList { QStringLiteral("in.csv: no rows") };
        QTest::newRow("empty") << QByteArray() << QStringList() << QStringList { QStringLiteral("in.csv: no rows") };
        // Zoë is UTF-8 on line 2; line 6 has a Windows-1252 ã (0xE3) after "bad@example.com,Jo": column 19.
        QTest::newRow("UTF-8, then a bad byte")
            << QByteArray("email,firstname\nzoe@example.com,Zo\xc3\xab\na@example.com,A\nb@example.com,B\n"
                          "c@example.com,C\nbad@example.com,Jo\xe3o\n")
            << QStringList() << QStringList { QStringLiteral("in.csv:6:19: this text is not valid UTF-8") };
        QTest::newRow("bad byte in a quoted field on a later line")
            << QByteArray("email,firstname\nzoe@example.com,\"Zo\xc3\xab\nline two \x80\"\n") << QStringList()
            << QStringList { QStringLiteral("in.csv:3:10: this text is not valid UTF-8") };
        QTest::newRow("Windows-1252 said to be UTF-8")
            << QByteArray("email,firstname\nj@example.com,Jo\xe3o\n")
            << QStringList { QStringLiteral("--encoding"), QStringLiteral("utf-8") }
            << QStringList { QStringLiteral("in.csv:2:17: this text is not valid UTF-8") };
        QTest::newRow("UTF-16 with a lone surrogate")
            << QByteArray("\xff\xfe") + utf16Le(QStringLiteral("email,firstname\na@example.com,A\nb@example.com,B"))
                + QByteArray("\x00\xd8", 2) + utf16Le(QStringLiteral("\n"))
            << QStringList { QStringLiteral("--encoding"), QStringLiteral("utf-16") }
            << QStringList { QStringLiteral("in.csv:3:16: this text is not valid UTF-16") };
        QTest::newRow("unknown encoding")
            << QByteArray("email\na@example.com\n")
            << QStringList { QStringLiteral("--encoding"), QStringLiteral("latin-9") }
            << QStringList { QStringLiteral("--encoding must be utf-8, windows-1252 or utf-16, not \"latin-9\"") };
        QTest::newRow("three duplicate ids, all named")
            << QByteArray("email,firstname\na@example.com,A\nb@example.com,B\nA@example.com,C\nc@example.com,D\n"
                          "b@example.com,E\na@example.com,F\n")
            << upsertEmail()
            << QStringList { QStringLiteral("3 rows repeat an id property value"),
                   QStringLiteral("line 2 and line 4 both upsert email A@example.com"),
                   QStringLiteral("line 3 and line 6 both upsert email b@example.com"),
                   QStringLiteral("line 2 and line 7 both upsert email a@example.com") };
    }

    void testBadInputIsNamedAtOnce()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, messages);
        QVERIFY(writeFile(path(QStringLiteral("in.csv")), csv));
        const CliRun run = send(sendArgs(path(QStringLiteral("in.csv")), extra));
        QCOMPARE(run.exitCode, 2);
        for (const QString &message : messages)
            QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains("already created"), run.err.constData());
        QCOMPARE(requests(), 0);
    }

    void testManyDuplicatesAreCountedPastTwenty()
    {
        QByteArray csv("email\n");
        for (int i = 0; i < 25; ++i)
            csv += QStringLiteral("dup%1@example.com\n").arg(i).toUtf8();
        for (int i = 0; i < 25; ++i)
            csv += QStringLiteral("dup%1@example.com\n").arg(i).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("dups.csv")), csv));
        const CliRun run = send(sendArgs(path(QStringLiteral("dups.csv")), upsertEmail()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("25 rows repeat an id property value"), run.err.constData());
        QVERIFY2(run.err.contains("line 2 and line 27 both upsert email dup0@example.com"), run.err.constData());
        QVERIFY2(run.err.contains("line 21 and line 46 both upsert email dup19@example.com"), run.err.constData());
        QVERIFY2(!run.err.contains("dup20@example.com"), run.err.constData()); // the 21st pair is only counted
        QVERIFY2(run.err.contains("and 5 more."), run.err.constData());
        QCOMPARE(BatchPlanner::MaxDuplicatesNamed, 20);
        QCOMPARE(requests(), 0);
    }

    void testEncodingOptionReadsAsSaid()
    {
        // The mixed file is refused without --encoding (above); with it, it is read as the person says.
        QVERIFY(writeFile(path(QStringLiteral("mixed.csv")),
            QByteArray("email,firstname\nzoe@example.com,Zo\xc3\xab\nbad@example.com,Jo\xe3o\n")));
        const CliRun run = send(sendArgs(path(QStringLiteral("mixed.csv")),
            { QStringLiteral("--encoding"), QStringLiteral("windows-1252"), QStringLiteral("--results"),
                path(QStringLiteral("mixed-out.csv")) }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray results = readFile(path(QStringLiteral("mixed-out.csv")));
        QVERIFY2(results.contains("zoe@example.com,Zo\xc3\x83\xc2\xab,created"), results.constData());
        QVERIFY2(results.contains("bad@example.com,Jo\xc3\xa3o,created"), results.constData());

        // UTF-16 without a BOM, as said.
        QVERIFY(writeFile(
            path(QStringLiteral("u16.csv")), utf16Le(QStringLiteral("email,firstname\nu16@example.com,Zo\u00eb\n"))));
        const CliRun u16 = send(sendArgs(path(QStringLiteral("u16.csv")),
            { QStringLiteral("--encoding"), QStringLiteral("utf-16"), QStringLiteral("--results"),
                path(QStringLiteral("u16-out.csv")) }));
        QVERIFY2(u16.exitCode == 0, u16.err.constData());
        QVERIFY(readFile(path(QStringLiteral("u16-out.csv"))).contains("u16@example.com,Zo\xc3\xab,created"));
    }

    void testWindows1252ThroughoutStillLoadsWithANotice()
    {
        // ASCII up to the first byte that is not UTF-8: Windows-1252, said on stderr, even when that byte is deep in.
        QByteArray csv("email,firstname\n");
        for (int i = 0; i < 498; ++i)
            csv += QStringLiteral("row%1@example.com,Plain\n").arg(i).toUtf8();
        csv += "late@example.com,Jo\xe3o\n";
        QVERIFY(writeFile(path(QStringLiteral("latin.csv")), csv));
        const CliRun run = send(
            sendArgs(path(QStringLiteral("latin.csv")), { QStringLiteral("--dry-run"), path(QStringLiteral("dry")) }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("latin.csv is not UTF-8; read it as Windows-1252."), run.err.constData());
        QVERIFY(readFile(path(QStringLiteral("dry/batch-0005.json"))).contains("Jo\xc3\xa3o"));
    }

    void testFilesInTheDataFolderAreOwnerOnly()
    {
        // A data folder of this test's own; the test makes it (as the app does on start) and the CLI writes into it.
        const QString xdg = path(QStringLiteral("xdg"));
        const QString data = xdg + QStringLiteral("/Batchsmith");
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::setPermissions(data, PrivateFiles::FolderMode));
        QVERIFY(writeFile(path(QStringLiteral("rows.csv")), "email,firstname\nowner@example.com,Only\n"));
        const CliRun run = send(sendArgs(path(QStringLiteral("rows.csv")),
                                    { QStringLiteral("--journal"), data + QStringLiteral("/run.sqlite"),
                                        QStringLiteral("--results"), data + QStringLiteral("/results.csv") }),
            { { QStringLiteral("XDG_DATA_HOME"), xdg } });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/run.sqlite")));
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/results.csv")));
        const QStringList open = Test::notOwnerOnly(data);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "testclibadinput.moc"
