// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BatchExplainer: one line per batch from the verdicts the engine recorded (English source texts, no translator).
#include <QTest>

#include "gui/response/batchexplainer.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;
using Verdict = ExchangeVerdict::Action;

namespace {

BatchExchange answered(
    int status, Verdict action, int rows = 100, BatchExchange::Kind kind = BatchExchange::Kind::Write)
{
    BatchExchange ex;
    ex.kind = kind;
    ex.httpStatus = status;
    for (int i = 0; i < rows; ++i)
        ex.rowKeys.append(u"r%1"_s.arg(i));
    ex.verdict.action = action;
    return ex;
}

} // namespace

class TestBatchExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void testNothingAnsweredSaysNothing()
    {
        QCOMPARE(BatchExplainer::explain({}), QString());
        const BatchExchange inFlight = answered(0, Verdict::None);
        QCOMPARE(BatchExplainer::explain({ &inFlight }), QString());
    }

    void testRateLimitWaitThenWrite()
    {
        BatchExchange limited = answered(429, Verdict::Waited);
        limited.verdict.delayMs = 1200;
        limited.verdict.detail = u"TEN_SECONDLY_ROLLING"_s;
        BatchExchange written = answered(201, Verdict::Accepted);
        written.verdict.written = 100;
        QCOMPARE(BatchExplainer::explain({ &limited, &written }),
            u"429 TEN_SECONDLY_ROLLING: waited 1.2 s for the window, then sent again; 201: 100 written"_s);
    }

    void testLockedAndServerErrorsWaitWithoutAWindow()
    {
        BatchExchange locked = answered(423, Verdict::Waited);
        locked.verdict.delayMs = 2000;
        BatchExchange failed = answered(503, Verdict::Retried);
        failed.verdict.delayMs = 600;
        QCOMPARE(BatchExplainer::explain({ &locked, &failed }),
            u"423: waited 2.0 s, then sent again; 503: waited 0.6 s, then sent again"_s);
    }

    void testPartialAnswerNamesTheProperty()
    {
        BatchExchange partial = answered(207, Verdict::Accepted);
        partial.verdict.written = 97;
        partial.verdict.refused = 3;
        partial.verdict.detail = u"lifecyclestage"_s;
        QCOMPARE(BatchExplainer::explain({ &partial }),
            u"207: 3 input(s) refused (property “lifecyclestage”), 97 written"_s);
    }

    void testRefusedBatchSplitsThenFails()
    {
        const BatchExchange split = answered(400, Verdict::Split);
        BatchExchange half = answered(400, Verdict::Failed, 1);
        half.verdict.refused = 1;
        half.verdict.detail = u"email"_s;
        QCOMPARE(BatchExplainer::explain({ &split, &half }),
            u"400: refused as a whole; split in halves to find the rows at fault; 400: 1 row(s) failed (property "
            u"“email”)"_s);
    }

    void testLostAnswerLookupAndNoAnswer()
    {
        BatchExchange lost = answered(0, Verdict::LookedUp, 2);
        lost.networkError = u"timed out"_s;
        lost.verdict.detail = u"email"_s;
        BatchExchange lookup = answered(200, Verdict::Accepted, 2, BatchExchange::Kind::Lookup);
        lookup.verdict.written = 1;
        lookup.verdict.refused = 1;
        lookup.verdict.detail = u"email"_s;
        QCOMPARE(BatchExplainer::explain({ &lost, &lookup }),
            u"no answer (timed out): may have been written, so looked up before sending again; looked up 2 row(s) by "
            u"email: 1 found, 1 sent again"_s);
        BatchExchange failedLookup = answered(500, Verdict::Failed, 2, BatchExchange::Kind::Lookup);
        failedLookup.verdict.refused = 2;
        QCOMPARE(BatchExplainer::explain({ &failedLookup }), u"lookup 500: 2 row(s) failed"_s);
    }

    void testStoppedRuns()
    {
        const BatchExchange refused = answered(401, Verdict::Stopped);
        QCOMPARE(BatchExplainer::explain({ &refused }), u"401: token refused; the run stopped"_s);
        const BatchExchange scopes = answered(403, Verdict::Stopped);
        QCOMPARE(BatchExplainer::explain({ &scopes }), u"403: permission missing; the run stopped"_s);
        BatchExchange daily = answered(429, Verdict::Stopped);
        daily.verdict.detail = u"DAILY"_s;
        QCOMPARE(BatchExplainer::explain({ &daily }), u"429 DAILY: daily limit reached; the run stopped"_s);
    }
};

QTEST_MAIN(TestBatchExplainer)
#include "testbatchexplainer.moc"
