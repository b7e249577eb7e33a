// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BeforeValuesReader over a fake HubSpot on a manual clock: it retries as the engine's RetryPolicy says (delays,
// Retry-After, attempt limit), and it waits for the token's rate limiter, which the run's engine shares.
#include <QTemporaryDir>
#include <QTest>

#include "core/io/batchinput.h"
#include "core/net/retrypolicy.h"
#include "fakehubspot.h"
#include "journal/beforevaluesreader.h"
#include "journal/journalreader.h"
#include "journal/runjournal.h"
#include "support/journalfixtures.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

/// An upsert of contacts on email, read before it is sent.
RunSetup upsertSetup(int maxAttempts = 5)
{
    return readBeforeUpsertSetup(u"before0read0"_s, maxAttempts);
}

} // namespace

class TestBeforeValuesReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_journals = 0;

    /// A new journal of @p setup with three contacts, stamped by @p clock.
    std::unique_ptr<RunJournal> journal(const RunSetup &setup, Clock *clock)
    {
        auto created = RunJournal::create(m_dir.filePath(u"run-%1.bsjournal"_s.arg(++m_journals)), setup,
            contactsInput(3, u"reader%1@example.com"_s, u"New"_s), clock);
        return created ? std::move(created).value() : nullptr;
    }

private Q_SLOTS:

    void testRetriesAsThePolicySays_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("holdsTheToken"); // the whole token waits, not only this request
        QTest::newRow("500") << 500 << QByteArray() << QString() << false;
        QTest::newRow("503 with Retry-After") << 503 << QByteArray("7") << QString() << false;
        QTest::newRow("connection reset") << 0 << QByteArray() << QString() << false;
        QTest::newRow("429 ten-secondly") << 429 << QByteArray() << u"TEN_SECONDLY_ROLLING"_s << true;
        QTest::newRow("429 with Retry-After") << 429 << QByteArray("25") << u"TEN_SECONDLY_ROLLING"_s << true;
        QTest::newRow("423 locked") << 423 << QByteArray() << QString() << true;
    }

    /// The second request leaves exactly when the run's RetryPolicy says, not a millisecond earlier; a rate limit
    /// holds the token's limiter for that long, so the run's engine waits too.
    void testRetriesAsThePolicySays()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, policy);
        QFETCH(bool, holdsTheToken);
        FakeHubSpot hub;
        hub.answer([&hub, status, retryAfter, policy](const RecordedRequest &r, QObject *parent) {
            return hub.requestCount() == 1 ? FakeHubSpot::failure(r, status, policy, retryAfter, parent)
                                           : FakeHubSpot::success(r, parent);
        });
        const RunSetup setup = upsertSetup();
        auto run = journal(setup, &hub.clock);
        QVERIFY(run);
        auto work = run->resumeWork();
        QVERIFY(work);
        RateLimiter limiter(&hub.clock);
        BeforeValuesReader reader(&hub.nam, &hub.clock);
        reader.setToken(u"reader-token"_s);
        reader.setRateLimiter(&limiter);
        QSignalSpy finished(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, run.get());
        QTRY_COMPARE(hub.answered(), 1);

        // What the engine's policy decides for this answer, with the run's seed.
        AttemptInfo info;
        info.httpStatus = status;
        info.networkFailure = status == 0;
        info.rateLimitPolicy = policy;
        info.retryAfterSeconds = retryAfter.isEmpty() ? -1 : retryAfter.toInt();
        info.idempotent = true;
        const RetryDecision expected = RetryPolicy::forRun(setup.spec.maxAttempts, setup.spec.runId).decide(info);
        QCOMPARE(expected.action, RetryDecision::Action::Retry);
        QVERIFY(expected.delayMs > 0);
        if (!retryAfter.isEmpty())
            QVERIFY(expected.delayMs >= retryAfter.toInt() * 1000);
        QCOMPARE(limiter.delayBeforeNextMs(), holdsTheToken ? expected.delayMs : 0);

        hub.clock.advance(expected.delayMs - 1);
        QCoreApplication::processEvents();
        QCOMPARE(hub.requestCount(), 1);
        hub.clock.advance(1);
        QCOMPARE(hub.requestCount(), 2);
        QCOMPARE(hub.nam.requests().at(1).body, hub.nam.requests().at(0).body); // the same read again
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<Error>().kind, Error::Kind::None);
        const auto before = JournalReader::beforeValues(run->path());
        QVERIFY(before);
        QCOMPARE(before->size(), 3);
        QCOMPARE(before->first().properties.value(u"firstname"_s), u"Old"_s);
    }

    /// Transient failures count against the run's maxAttempts, as the engine's batches do.
    void testGivesUpAfterTheRunsAttempts()
    {
        FakeHubSpot hub;
        hub.answer(
            [](const RecordedRequest &r, QObject *parent) { return FakeHubSpot::failure(r, 502, {}, {}, parent); });
        auto run = journal(upsertSetup(3), &hub.clock);
        QVERIFY(run);
        auto work = run->resumeWork();
        QVERIFY(work);
        BeforeValuesReader reader(&hub.nam, &hub.clock);
        QSignalSpy finished(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, run.get());
        for (int answers = 1; finished.isEmpty() && answers <= 10; ++answers) {
            QTRY_COMPARE(hub.answered(), answers);
            hub.clock.advance(30000); // the longest backoff
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(hub.requestCount(), 3);
        const Error error = finished.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Http);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(JournalReader::beforeValues(run->path())->isEmpty());
    }

    void testDoesNotRetryWhatThePolicyRefuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("policy");
        QTest::newRow("400") << 400 << QString();
        QTest::newRow("401") << 401 << QString();
        QTest::newRow("404") << 404 << QString();
        QTest::newRow("501") << 501 << QString();
        QTest::newRow("429 daily") << 429 << u"DAILY"_s;
    }

    void testDoesNotRetryWhatThePolicyRefuses()
    {
        QFETCH(int, status);
        QFETCH(QString, policy);
        FakeHubSpot hub;
        hub.answer([status, policy](const RecordedRequest &r, QObject *parent) {
            return FakeHubSpot::failure(r, status, policy, {}, parent);
        });
        auto run = journal(upsertSetup(), &hub.clock);
        QVERIFY(run);
        auto work = run->resumeWork();
        QVERIFY(work);
        BeforeValuesReader reader(&hub.nam, &hub.clock);
        QSignalSpy finished(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, run.get());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<Error>().httpStatus, status);
        QCOMPARE(hub.requestCount(), 1);
        QCOMPARE(hub.clock.pendingCount(), 0); // no retry waiting
    }

    /// The run's engine has used the token's window: the read waits for the same limiter, counts in it once sent,
    /// and what the answer's headers say reaches it.
    void testWaitsForTheLimiterTheEngineUsed()
    {
        FakeHubSpot hub;
        RateLimiter limiter(&hub.clock, 2, 1000);
        QVERIFY(hub.runEngine(limiter, 2));
        QCOMPARE(hub.requestsTo(u"/batch/upsert"_s).size(), 2);
        const qint64 wait = limiter.delayBeforeNextMs();
        QVERIFY(wait > 0);

        hub.answer([](const RecordedRequest &r, QObject *parent) {
            return FakeHubSpot::success(r, parent,
                { { "X-HubSpot-RateLimit-Max", "2" }, { "X-HubSpot-RateLimit-Remaining", "0" },
                    { "X-HubSpot-RateLimit-Interval-Milliseconds", "1000" } });
        });
        auto run = journal(upsertSetup(), &hub.clock);
        QVERIFY(run);
        auto work = run->resumeWork();
        QVERIFY(work);
        BeforeValuesReader reader(&hub.nam, &hub.clock);
        reader.setRateLimiter(&limiter);
        QSignalSpy finished(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, run.get());
        QCoreApplication::processEvents();
        QVERIFY(hub.requestsTo(u"/batch/read"_s).isEmpty());
        hub.clock.advance(wait - 1);
        QCOMPARE(limiter.delayBeforeNextMs(), qint64(1));
        QVERIFY(hub.requestsTo(u"/batch/read"_s).isEmpty()); // nothing left while the limiter said wait
        hub.clock.advance(1);
        QCOMPARE(hub.requestsTo(u"/batch/read"_s).size(), 1);
        QCOMPARE(limiter.remainingInWindow(), 1); // its send is counted: 2 a window, the engine's have left it
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<Error>().kind, Error::Kind::None);
        QCOMPARE(limiter.remainingInWindow(), 0); // the server said none is left
        QVERIFY(limiter.delayBeforeNextMs() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBeforeValuesReader)
#include "testbeforevaluesreader.moc"
