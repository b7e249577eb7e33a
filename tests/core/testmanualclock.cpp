// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QTest>

#include "support/manualclock.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;

class TestManualClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testTimeMovesOnlyWhenAdvanced()
    {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        const QDateTime wallStart = clock.utcNow();
        QCOMPARE(wallStart.timeSpec(), Qt::UTC);
        QCOMPARE(clock.nowMs(), start);
        clock.advance(1500);
        QCOMPARE(clock.nowMs(), start + 1500);
        QCOMPARE(wallStart.msecsTo(clock.utcNow()), 1500);
        clock.advance(-10); // time never goes back
        QCOMPARE(clock.nowMs(), start + 1500);
    }

    void testCallbacksRunInTimeOrderAtTheirDueTime()
    {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        QList<QPair<QString, qint64>> ran;
        auto record = [&](const QString &name) { return [&, name] { ran.append({ name, clock.nowMs() - start }); }; };
        clock.callAfter(300, this, record(QStringLiteral("c")));
        clock.callAfter(100, this, record(QStringLiteral("a")));
        clock.callAfter(200, nullptr, record(QStringLiteral("b1")));
        clock.callAfter(200, this, record(QStringLiteral("b2"))); // same time: scheduling order
        clock.callAfter(-5, this, record(QStringLiteral("now"))); // a negative delay means now
        QCOMPARE(clock.pendingCount(), 5);
        QCOMPARE(clock.nextDueMs(), start);
        QVERIFY(ran.isEmpty()); // nothing runs inside callAfter

        clock.advance(250);
        const QList<QPair<QString, qint64>> expected { { QStringLiteral("now"), 0 }, { QStringLiteral("a"), 100 },
            { QStringLiteral("b1"), 200 }, { QStringLiteral("b2"), 200 } };
        QCOMPARE(ran, expected);
        QCOMPARE(clock.nowMs(), start + 250);
        QCOMPARE(clock.pendingCount(), 1);
        QCOMPARE(clock.nextDueMs(), start + 300);

        clock.advance(50);
        QCOMPARE(ran.size(), 5);
        QCOMPARE(ran.last(), qMakePair(QStringLiteral("c"), qint64(300)));
        QCOMPARE(clock.pendingCount(), 0);
        QCOMPARE(clock.nextDueMs(), -1);
    }

    void testCallbacksMayScheduleMore()
    {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        QList<qint64> ticks;
        std::function<void()> tick = [&] {
            ticks.append(clock.nowMs() - start);
            if (ticks.size() < 10)
                clock.callAfter(100, this, tick);
        };
        clock.callAfter(100, this, tick);
        clock.advance(450);
        QCOMPARE(ticks, (QList<qint64> { 100, 200, 300, 400 }));
        // A callback scheduled with no delay from inside a callback runs in the same advance.
        bool chained = false;
        clock.callAfter(10, this, [&] { clock.callAfter(0, this, [&] { chained = true; }); });
        clock.advance(10);
        QVERIFY(chained);
        clock.advance(10000);
        QCOMPARE(ticks.size(), 10);
        QCOMPARE(ticks.last(), 1000);
    }

    void testDestroyedContextDropsTheCallback()
    {
        ManualClock clock;
        auto context = std::make_unique<QObject>();
        bool ran = false;
        clock.callAfter(100, context.get(), [&] { ran = true; });
        QCOMPARE(clock.pendingCount(), 1);
        context.reset();
        QCOMPARE(clock.pendingCount(), 0);
        QCOMPARE(clock.nextDueMs(), -1);
        clock.advance(1000);
        QVERIFY(!ran);
    }

    void testAdvanceToNext()
    {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        QVERIFY(!clock.advanceToNext());
        QCOMPARE(clock.nowMs(), start);
        int ran = 0;
        clock.callAfter(700, this, [&] { ++ran; });
        clock.callAfter(700, this, [&] { ++ran; });
        clock.callAfter(900, this, [&] { ++ran; });
        QVERIFY(clock.advanceToNext());
        QCOMPARE(clock.nowMs(), start + 700);
        QCOMPARE(ran, 2); // both due then
        QVERIFY(clock.advanceToNext());
        QCOMPARE(clock.nowMs(), start + 900);
        QCOMPARE(ran, 3);
        QVERIFY(!clock.advanceToNext());
    }
};

QTEST_GUILESS_MAIN(TestManualClock)
#include "testmanualclock.moc"
