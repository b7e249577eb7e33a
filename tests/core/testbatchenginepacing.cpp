// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/pacer.h"
#include "core/net/ratelimiter.h"
#include "enginetestharness.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

namespace {

/// A HubSpot that takes @p latencyMs (on the manual clock) to answer, counts arrivals in a rolling window like the
/// real one (and the sandbox), refuses with 429 over it, and says what is left in the headers.
class SlowPortal
{
public:
    SlowPortal(EngineHarness &h, qint64 latencyMs, int perWindow, qint64 daily)
        : m_h(h)
        , m_latencyMs(latencyMs)
        , m_perWindow(perWindow)
        , m_daily(daily)
    {
        h.nam.setOverride([this](const RecordedRequest &r, QObject *p) { return answer(r, p); });
    }

    /// Runs the engine to its end: replies arrive, and the clock moves only when the event loop is idle.
    bool run(int maxSteps = 200000)
    {
        for (int step = 0; step < maxSteps && !m_h.finished; ++step) {
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            if (!m_h.finished && !m_h.clock.advanceToNext())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        return m_h.finished;
    }

    int inFlight = 0;
    int maxInFlight = 0;
    int refused = 0;
    qint64 usedToday = 0;

private:
    QNetworkReply *answer(const RecordedRequest &r, QObject *parent)
    {
        const qint64 now = m_h.clock.nowMs();
        while (!m_arrivals.isEmpty() && m_arrivals.first() <= now - 10000)
            m_arrivals.removeFirst();
        Headers headers { { "X-HubSpot-RateLimit-Max", QByteArray::number(m_perWindow) },
            { "X-HubSpot-RateLimit-Interval-Milliseconds", "10000" },
            { "X-HubSpot-RateLimit-Daily", QByteArray::number(m_daily) } };
        QJsonObject body;
        int status = 201;
        if (usedToday >= m_daily || m_arrivals.size() >= m_perWindow) {
            ++refused;
            status = 429;
            body = { { QStringLiteral("status"), QStringLiteral("error") },
                { QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT") },
                { QStringLiteral("policyName"),
                    usedToday >= m_daily ? QStringLiteral("DAILY") : QStringLiteral("TEN_SECONDLY_ROLLING") } };
        } else {
            m_arrivals.append(now);
            ++usedToday;
            QJsonArray results;
            for (const QJsonValue &v : r.json().object().value(QStringLiteral("inputs")).toArray()) {
                const QJsonObject in = v.toObject();
                results.append(
                    Bodies::result(QString::number(++m_nextId), in.value(QStringLiteral("properties")).toObject(),
                        in.value(QStringLiteral("objectWriteTraceId")).toString()));
            }
            body = Bodies::batch(results);
        }
        headers.append({ "X-HubSpot-RateLimit-Remaining", QByteArray::number(m_perWindow - m_arrivals.size()) });
        headers.append({ "X-HubSpot-RateLimit-Daily-Remaining", QByteArray::number(m_daily - usedToday) });
        QNetworkReply *reply = FakeReply::onClock(&m_h.clock, m_latencyMs, r, status, body, headers, parent);
        maxInFlight = qMax(maxInFlight, ++inFlight);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this] { --inFlight; });
        return reply;
    }

    EngineHarness &m_h;
    qint64 m_latencyMs;
    int m_perWindow;
    qint64 m_daily;
    QList<qint64> m_arrivals;
    int m_nextId = 0;
};

BatchSpec automaticSpec(int batchSize)
{
    BatchSpec spec = EngineHarness::spec(WriteMode::Create);
    spec.batchSize = batchSize;
    spec.rateLimitPerWindow = 100; // what the engine assumes until the headers say 190
    spec.concurrency = 0; // automatic
    return spec;
}

/// What an earlier answer (the app's catalogue read) told the token's limiter: HubSpot's Professional limit and a
/// daily budget (-1: none said, an OAuth token).
RateLimitInfo heard(qint64 dailyRemaining)
{
    RateLimitInfo info;
    info.max = 190;
    info.remaining = 190;
    info.intervalMs = 10000;
    info.daily = dailyRemaining < 0 ? -1 : 1000000;
    info.dailyRemaining = dailyRemaining;
    return info;
}

/// The engine sends with @p limiter, which an earlier answer has told the limits (heard()).
void useKnownToken(EngineHarness &h, RateLimiter &limiter, qint64 dailyRemaining)
{
    limiter.updateFromHeaders(heard(dailyRemaining));
    h.engine.setRateLimiter(&limiter);
}

} // namespace

class TestBatchEnginePacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testSlowAnswersFillTheWindowWithout429()
    {
        EngineHarness h;
        SlowPortal portal(h, 1000, 190, 1000000);
        QList<Progress> progress;
        connect(&h.engine, &BatchEngine::progressChanged, this, [&](const Progress &p) { progress.append(p); });
        constexpr int Batches = 400;
        QVERIFY(h.engine.start(automaticSpec(5), EngineHarness::contacts(Batches * 5)));
        QVERIFY(portal.run());

        QCOMPARE(h.summary.created, Batches * 5);
        QCOMPARE(h.summary.rateLimited, 0);
        QCOMPARE(portal.refused, 0);
        QCOMPARE(h.sentAt.size(), Batches);
        // Past Qt's 6 connections and the old default of 4, never past the safety cap.
        QVERIFY2(portal.maxInFlight > 6, qPrintable(QString::number(portal.maxInFlight)));
        QVERIFY(portal.maxInFlight <= Pacer::SafetyCap);
        // The first window's budget is used fully…
        const qint64 first = h.sentAt.first();
        const auto inFirstWindow
            = std::count_if(h.sentAt.cbegin(), h.sentAt.cend(), [&](qint64 t) { return t < first + 10000; });
        QCOMPARE(inFirstWindow, 190);
        // …and no 10-second window ever holds more than the limit.
        for (qsizetype i = 190; i < h.sentAt.size(); ++i)
            QVERIFY2(h.sentAt.at(i) - h.sentAt.at(i - 190) >= 10000, qPrintable(QString::number(i)));
        // The run takes about what the limit allows: 400 requests at 190 per 10.2 s, the first 190 at once.
        const qint64 took = h.summary.durationMs;
        QVERIFY2(took < 23000, qPrintable(QString::number(took)));

        // The ETA is honest from the first answer: within 15% of the time the run then took.
        QVERIFY(!progress.isEmpty());
        const Progress &early = progress.first();
        const qint64 actualLeft = h.summary.durationMs - 1000; // the first rows finished after one latency
        QVERIFY2(qAbs(early.etaMs - actualLeft) < actualLeft * 15 / 100,
            qPrintable(QStringLiteral("eta %1 ms, took %2 ms").arg(early.etaMs).arg(actualLeft)));
        // rows/s is the sustained pace, 190 requests of 5 rows per 10.2 s, not the first window's burst.
        QVERIFY2(
            early.rowsPerSecond > 85 && early.rowsPerSecond < 100, qPrintable(QString::number(early.rowsPerSecond)));
    }

    void testUpperBoundIsKept()
    {
        EngineHarness h;
        SlowPortal portal(h, 1000, 190, 1000000);
        BatchSpec spec = automaticSpec(10);
        spec.concurrency = 3;
        QVERIFY(h.engine.start(spec, EngineHarness::contacts(300)));
        QVERIFY(portal.run());
        QCOMPARE(h.summary.created, 300);
        QCOMPARE(portal.maxInFlight, 3);
    }

    void testLowLatencyKeepsFewInFlight()
    {
        // At 100 ms an answer, Little's law needs about 2 in flight to hold 19 requests a second; after the first
        // window's burst the engine does not keep 32 open for nothing.
        EngineHarness h;
        SlowPortal portal(h, 100, 190, 1000000);
        int afterBurstMax = 0;
        connect(&h.engine, &BatchEngine::batchSent, this, [&] {
            if (h.sentAt.size() > 400)
                afterBurstMax = qMax(afterBurstMax, portal.inFlight);
        });
        QVERIFY(h.engine.start(automaticSpec(1), EngineHarness::contacts(600)));
        QVERIFY(portal.run());
        QCOMPARE(h.summary.created, 600);
        QCOMPARE(portal.refused, 0);
        QVERIFY2(afterBurstMax > 0 && afterBurstMax < 8, qPrintable(QString::number(afterBurstMax)));
    }

    void testDailyLimitStopsBeforeItRunsOut()
    {
        EngineHarness h;
        SlowPortal portal(h, 200, 190, 30);
        QVERIFY(h.engine.start(automaticSpec(10), EngineHarness::contacts(500)));
        QVERIFY(portal.run());
        QCOMPARE(portal.refused, 0); // stopped before HubSpot refused anything
        QCOMPARE(h.summary.rateLimited, 0);
        QVERIFY(h.summary.fatal.has_value());
        QCOMPARE(int(h.summary.fatal->kind), int(Error::Kind::RateLimited));
        QVERIFY2(h.summary.fatal->message.contains(QStringLiteral("daily")), qPrintable(h.summary.fatal->message));
        QVERIFY(h.summary.fatal->message.contains(QStringLiteral("journal")));
        // Every request sent was answered and its rows are final; the rest stay not sent, for tomorrow.
        const int sent = static_cast<int>(h.sentAt.size());
        QVERIFY2(sent >= 30 - Pacer::DailyReserve - Pacer::SafetyCap && sent <= 30 - Pacer::DailyReserve,
            qPrintable(QString::number(sent)));
        QCOMPARE(h.summary.created, sent * 10);
        QCOMPARE(h.summary.skipped, 500 - sent * 10);
        QVERIFY(portal.usedToday <= 30 - Pacer::DailyReserve);
    }

    void testDailyBudgetThatSufficesDoesNotStop()
    {
        EngineHarness h;
        SlowPortal portal(h, 200, 190, 60);
        QVERIFY(h.engine.start(automaticSpec(10), EngineHarness::contacts(450)));
        QVERIFY(portal.run());
        QVERIFY(!h.summary.fatal.has_value());
        QCOMPARE(h.summary.created, 450);
    }

    void testFirstWaveWaitsForAProbeOnlyWhenTheTokenIsUnknown_data()
    {
        QTest::addColumn<bool>("known");
        QTest::addColumn<qint64>("dailyRemaining");
        QTest::addColumn<int>("firstWave");
        QTest::newRow("limits unknown: the probe") << false << qint64(-1) << 1;
        QTest::newRow("limits and daily budget known") << true << qint64(500000) << int(Pacer::SafetyCap);
        QTest::newRow("OAuth token, no daily figure") << true << qint64(-1) << int(Pacer::SafetyCap);
        QTest::newRow("daily budget known to be low: the probe")
            << true << qint64(Pacer::DailyReserve + Pacer::SafetyCap - 1) << 1;
    }

    void testFirstWaveWaitsForAProbeOnlyWhenTheTokenIsUnknown()
    {
        QFETCH(bool, known);
        QFETCH(qint64, dailyRemaining);
        QFETCH(int, firstWave);
        EngineHarness h;
        SlowPortal portal(h, 1000, 190, 1000000);
        RateLimiter limiter(&h.clock, 100, 10000); // the token's, shared with what sent with it before
        if (known)
            useKnownToken(h, limiter, dailyRemaining);
        else
            h.engine.setRateLimiter(&limiter);
        QVERIFY(h.engine.start(automaticSpec(5), EngineHarness::contacts(400 * 5)));
        // No answer yet: the clock has not moved.
        QCoreApplication::processEvents();
        QCOMPARE(h.sentAt.size(), firstWave);
        QVERIFY(portal.run());
        QCOMPARE(h.summary.created, 400 * 5);
        QCOMPARE(portal.refused, 0);
    }

    void testAnswersPastThePassTimeWaitForTheNextPass()
    {
        // Six answers arrive together; handling each takes 5 ms of the test's clock. The engine handles them while the
        // event-loop pass has time (8 ms), keeps the rest, in order, for the next passes, and loses none: a wave of
        // answers does not hold the window.
        EngineHarness h;
        SlowPortal portal(h, 1000, 190, 1000000);
        RateLimiter limiter(&h.clock, 100, 10000);
        useKnownToken(h, limiter, 500000);
        QList<int> answered;
        connect(&h.engine, &BatchEngine::batchAnswered, this, [&](const BatchExchange &ex) {
            answered.append(ex.batchNumber);
            h.clock.advance(5);
        });
        QVERIFY(h.engine.start(automaticSpec(5), EngineHarness::contacts(6 * 5)));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(h.sentAt.size(), 6);
        QVERIFY(answered.isEmpty());
        h.clock.advance(1000); // every answer is due
        QCoreApplication::processEvents();
        QCOMPARE(answered, QList<int>({ 1, 2 }));
        QCOMPARE(h.finishedRows.size(), 2 * 5);
        QCoreApplication::processEvents();
        QCOMPARE(answered, QList<int>({ 1, 2, 3, 4 }));
        QVERIFY(portal.run());
        QCOMPARE(answered, QList<int>({ 1, 2, 3, 4, 5, 6 }));
        QCOMPARE(h.summary.created, 6 * 5);
    }

    void testLaterWindowsRepeatTheFirstWithoutHoldingBack()
    {
        // The portal says what it has left as each request arrives and answers 1.2 s later, when requests the window
        // held then have left it: the limiter does not take that for someone else's sends. So request k + 190 leaves
        // one window plus margin after request k, never earlier (the server's window) and never later. (At 1.2 s
        // Little's law keeps the first window's wave of SafetyCap in flight; at less, later waves are smaller.)
        EngineHarness h;
        SlowPortal portal(h, 1200, 190, 1000000);
        RateLimiter limiter(&h.clock, 100, 10000);
        useKnownToken(h, limiter, 500000);
        QVERIFY(h.engine.start(automaticSpec(5), EngineHarness::contacts(600 * 5)));
        QVERIFY(portal.run());
        QCOMPARE(h.summary.created, 600 * 5);
        QCOMPARE(portal.refused, 0);
        const qint64 period = 10000 + limiter.marginMs();
        int late = 0;
        for (qsizetype i = 190; i < h.sentAt.size(); ++i) {
            const qint64 gap = h.sentAt.at(i) - h.sentAt.at(i - 190);
            QVERIFY2(gap >= period, qPrintable(QStringLiteral("request %1: %2 ms").arg(i).arg(gap)));
            late += gap > period;
        }
        QCOMPARE(late, 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchEnginePacing)
#include "testbatchenginepacing.moc"
