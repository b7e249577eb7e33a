// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// batchsmith-cli end to end, third part: a results file given back as --input never creates its unknown rows a
// second time. They are looked up first; those still in doubt stay unknown and are not sent, unless --resend-unknown.
// The sandbox's records are counted: each row's record exists exactly once.
#include <QJsonArray>

#include "clitestcase.h"
#include "core/io/delimitedtextreader.h"
#include "support/testsupport.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

const QString DealHeader = QStringLiteral("dealname,pipeline,dealstage");

QByteArray dealLine(const QString &name)
{
    return QStringLiteral("%1,default,appointmentscheduled").arg(name).toUtf8();
}

int countStatus(const QList<QStringList> &records, int statusAt, const QString &status)
{
    return int(std::count_if(
        records.cbegin(), records.cend(), [&](const QStringList &r) { return r.value(statusAt) == status; }));
}

} // namespace

class TestCliRerun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList sendArgs(const QString &object, const QString &input, const QString &results) const
    {
        return { QStringLiteral("send"), QStringLiteral("--object"), object, QStringLiteral("--mode"),
            QStringLiteral("create"), QStringLiteral("--input"), input, QStringLiteral("--results"), results,
            QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--token-env"),
            QStringLiteral("RERUN_TOKEN") };
    }

    CliRun send(const QStringList &args)
    {
        return runCli(args, { { QStringLiteral("RERUN_TOKEN"), SandboxFixture::token() } }, 180000);
    }

    int records(const QString &objectType) const
    {
        return m_sandbox->stats().value(QStringLiteral("objects")).toObject().value(objectType).toInt();
    }

    /// How many records of @p objectType have @p property = @p value, asked of the sandbox (not of the client).
    int countWhere(const QString &objectType, const QString &property, const QString &value)
    {
        const auto reply = m_sandbox->post(QStringLiteral("/crm/v3/objects/%1/batch/read").arg(objectType),
            QJsonObject { { QStringLiteral("idProperty"), property },
                { QStringLiteral("inputs"), QJsonArray { QJsonObject { { QStringLiteral("id"), value } } } },
                { QStringLiteral("properties"), QJsonArray { property } } });
        return int(reply.json.value(QStringLiteral("results")).toArray().size());
    }

    /// Creates deals named @p names in the sandbox directly, as a run whose answers were lost would have.
    void createDeals(const QStringList &names)
    {
        QJsonArray inputs;
        for (const QString &name : names) {
            inputs.append(QJsonObject { { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("dealname"), name }, { QStringLiteral("pipeline"), u"default"_s },
                    { QStringLiteral("dealstage"), u"appointmentscheduled"_s } } } });
        }
        const auto reply = m_sandbox->post(
            QStringLiteral("/crm/v3/objects/deals/batch/create"), QJsonObject { { QStringLiteral("inputs"), inputs } });
        QCOMPARE(reply.status, 201);
    }

private Q_SLOTS:

    /// One sandbox for every case: each counts the records it makes from what was there before it, and puts back
    /// the scenario keys it changed.
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        QVERIFY(m_sandbox->scenario(QJsonObject {
            { QStringLiteral("periodicFaults"), QJsonArray() }, { QStringLiteral("allowDuplicates"), false } }));
    }

    void testLostAnswersThenRerunCreateEachDealOnce()
    {
        // Every tenth batch create is written, then its answer is lost behind a 502; and the search that would find
        // those deals in this run is refused, so they end unknown, as they do where search is not available.
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("periodicFaults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("status-after-commit") },
                             { QStringLiteral("status"), 502 }, { QStringLiteral("every"), 10 },
                             { QStringLiteral("pathContains"), QStringLiteral("batch/create") } },
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") }, { QStringLiteral("status"), 400 },
                    { QStringLiteral("every"), 1 },
                    { QStringLiteral("pathContains"), QStringLiteral("/search") } } } } }));
        // Twenty batches of ten: the number of rows does not matter, the two lost batches do. Each unknown row is
        // searched for once per run, at the four searches a second HubSpot allows, so fewer rows make a shorter test.
        constexpr int BatchSize = 10;
        constexpr int Rows = 20 * BatchSize;
        QByteArray csv = DealHeader.toUtf8() + '\n';
        for (int i = 1; i <= Rows; ++i)
            csv += dealLine(QStringLiteral("Rerun deal %1").arg(i)) + '\n';
        QVERIFY(writeFile(path(QStringLiteral("deals.csv")), csv));
        const int before = records(QStringLiteral("deals"));

        const QStringList batchSize { QStringLiteral("--batch-size"), QString::number(BatchSize) };
        const CliRun first
            = send(sendArgs(QStringLiteral("deals"), path(QStringLiteral("deals.csv")), path(QStringLiteral("out.csv")))
                + batchSize);
        QVERIFY2(first.exitCode == 0 || first.exitCode == 1, first.err.constData());
        QCOMPARE(records(QStringLiteral("deals")), before + Rows); // the lost answers were written
        auto out = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(out);
        QCOMPARE(out->records.size(), Rows);
        const int unknown = countStatus(out->records, 3, QStringLiteral("unknown"));
        QCOMPARE(unknown, 2 * BatchSize); // the two batches whose answers were lost
        QCOMPARE(countStatus(out->records, 3, QStringLiteral("created")) + unknown, Rows);

        // out.csv back as --input, as the README advises: nothing is created twice.
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("periodicFaults"), QJsonArray() } }));
        const CliRun second
            = send(sendArgs(QStringLiteral("deals"), path(QStringLiteral("out.csv")), path(QStringLiteral("again.csv")))
                + batchSize);
        QCOMPARE(records(QStringLiteral("deals")), before + Rows);
        auto again = DelimitedTextReader::readFile(path(QStringLiteral("again.csv")));
        QVERIFY(again);
        QCOMPARE(again->records.size(), Rows);
        const int stillUnknown = countStatus(again->records, 3, QStringLiteral("unknown"));
        // Looked up, found, but not provably this run's (a results file has no send times): still unknown, not sent.
        QCOMPARE(stillUnknown, unknown);
        QCOMPARE(countStatus(again->records, 3, QStringLiteral("created")) + stillUnknown, Rows);
        QCOMPARE(second.exitCode, stillUnknown > 0 ? 1 : 0); // a run ending with unknown rows exits 1, as before
        QVERIFY2(second.err.contains(QStringLiteral("created=%1 updated=0 failed=0 unknown=%2 skipped=0\n")
                                         .arg(Rows - stillUnknown)
                                         .arg(stillUnknown)
                                         .toUtf8()),
            second.err.constData());
        if (stillUnknown > 0) {
            QVERIFY2(second.err.contains(QStringLiteral("%1 rows unknown in %2 are still unknown")
                                             .arg(stillUnknown)
                                             .arg(path(QStringLiteral("out.csv")))
                                             .toUtf8()),
                second.err.constData());
            for (const QStringList &r : std::as_const(again->records)) {
                if (r.value(3) == u"unknown")
                    QVERIFY2(r.value(5).contains(u"not sent again"), qPrintable(r.value(5)));
            }
        }
    }

    void testUnknownDealsAreNotSentUnlessAsked()
    {
        // Two unknown deals were written before their answers were lost; one never reached HubSpot.
        createDeals({ QStringLiteral("Written A"), QStringLiteral("Written B") });
        const int before = records(QStringLiteral("deals"));
        QByteArray csv = DealHeader.toUtf8() + ",__status,__id,__error\n";
        csv += dealLine(QStringLiteral("Written A")) + ",unknown,,UNKNOWN: the answer was lost\n";
        csv += dealLine(QStringLiteral("Written B")) + ",unknown,,UNKNOWN: the answer was lost\n";
        csv += dealLine(QStringLiteral("Never written")) + ",unknown,,UNKNOWN: the answer was lost\n";
        csv += dealLine(QStringLiteral("Failed before")) + ",failed,,VALIDATION_ERROR: bad\n";
        QVERIFY(writeFile(path(QStringLiteral("in.csv")), csv));

        const CliRun run
            = send(sendArgs(QStringLiteral("deals"), path(QStringLiteral("in.csv")), path(QStringLiteral("out.csv"))));
        QCOMPARE(run.exitCode, 1);
        auto out = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(out);
        // The written deals stay unknown and are not sent again: each exists once, not twice. The failed row is
        // sent, and so is the one never written once the lookup (a search, where there is one) is sure of it.
        QCOMPARE(out->records.at(0).value(3), QStringLiteral("unknown"));
        QCOMPARE(out->records.at(1).value(3), QStringLiteral("unknown"));
        const bool neverWrittenSent = out->records.at(2).value(3) == u"created";
        QCOMPARE(records(QStringLiteral("deals")), before + 1 + (neverWrittenSent ? 1 : 0));
        QCOMPARE(out->header.mid(3), (QStringList { u"__status"_s, u"__id"_s, u"__error"_s }));
        QCOMPARE(out->records.at(3).value(3), QStringLiteral("created"));
        for (int row = 0; row < 3; ++row) {
            // Whether a search finds A and B or not, a deal the run cannot claim is never created again.
            if (out->records.at(row).value(3) == u"unknown")
                QVERIFY2(out->records.at(row).value(5).contains(u"not sent again"),
                    qPrintable(out->records.at(row).value(5)));
        }
        QVERIFY2(run.err.contains("rows are unknown in"), run.err.constData());

        // --resend-unknown: the person checked and asks for the rows still unknown to be created anyway.
        const CliRun forced = send(
            sendArgs(QStringLiteral("deals"), path(QStringLiteral("out.csv")), path(QStringLiteral("forced.csv")))
            << QStringLiteral("--resend-unknown"));
        const int resent = countStatus(out->records, 3, QStringLiteral("unknown"));
        QVERIFY2(forced.err.contains(QStringLiteral("--resend-unknown: %1 rows").arg(resent).toUtf8()),
            forced.err.constData());
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(records(QStringLiteral("deals")), before + 1 + (neverWrittenSent ? 1 : 0) + resent);
    }

    void testUnknownContactsAreLookedUpByEmail()
    {
        // A blind resend would make a second contact with the same email, as a portal allowing it would.
        QVERIFY(m_sandbox->scenario(QJsonObject { { QStringLiteral("allowDuplicates"), true } }));
        QVERIFY(m_sandbox
                    ->post(QStringLiteral("/crm/v3/objects/contacts/batch/create"),
                        QJsonObject { { QStringLiteral("inputs"),
                            QJsonArray { QJsonObject { { QStringLiteral("properties"),
                                QJsonObject { { QStringLiteral("email"), u"written@example.com"_s } } } } } } })
                    .status
            == 201);
        QVERIFY(writeFile(path(QStringLiteral("in.csv")),
            "email,firstname,__status,__id,__error\n"
            "written@example.com,Written,unknown,,UNKNOWN: the answer was lost\n"
            "lost@example.com,Lost,unknown,,UNKNOWN: the answer was lost\n"));
        const CliRun run = send(
            sendArgs(QStringLiteral("contacts"), path(QStringLiteral("in.csv")), path(QStringLiteral("out.csv"))));
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        // Each row's contact exists exactly once: the written one was found, not created again; the one certainly
        // not there was sent.
        QCOMPARE(countWhere(QStringLiteral("contacts"), QStringLiteral("email"), u"written@example.com"_s), 1);
        QCOMPARE(countWhere(QStringLiteral("contacts"), QStringLiteral("email"), u"lost@example.com"_s), 1);
        QCOMPARE(m_sandbox->stats().value(QStringLiteral("duplicateCreates")).toInt(), 0);
        auto out = DelimitedTextReader::readFile(path(QStringLiteral("out.csv")));
        QVERIFY(out);
        QCOMPARE(out->records.at(1).value(2), QStringLiteral("created"));
    }
};

QTEST_GUILESS_MAIN(TestCliRerun)
#include "testclirerun.moc"
