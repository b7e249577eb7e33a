// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox record's packed (name, value) pairs (app/sandbox/propertyvalues.h): they read back as they were stored.
#include <QTest>
#include <QThread>

#include "sandbox/propertyvalues.h"

using namespace Batchsmith;
using Sandbox::PropertyValues;

namespace {

QList<PropertyValues::Pair> pairsOf(const PropertyValues &values)
{
    QList<PropertyValues::Pair> pairs;
    for (const auto &[name, value] : values)
        pairs.append({ name, value });
    return pairs;
}

} // namespace

class TestSandboxPropertyValues : public QObject
{
    Q_OBJECT

private slots:

    void keepsOrderAndValues()
    {
        PropertyValues values { { QStringLiteral("email"), QStringLiteral("a@example.com") },
            { QStringLiteral("firstname"), QStringLiteral("Zoë") }, { QStringLiteral("lastname"), QString() } };
        values.append({ QStringLiteral("city"), QStringLiteral("東京") });
        values.append({ QStringLiteral("notes"), QString(300, u'x') }); // a length past one header byte
        values.append({ QStringLiteral("empty"), QStringLiteral("") });
        QCOMPARE(values.size(), 6);
        QVERIFY(!values.isEmpty());
        const QList<PropertyValues::Pair> expected { { QStringLiteral("email"), QStringLiteral("a@example.com") },
            { QStringLiteral("firstname"), QStringLiteral("Zoë") }, { QStringLiteral("lastname"), QString() },
            { QStringLiteral("city"), QStringLiteral("東京") }, { QStringLiteral("notes"), QString(300, u'x') },
            { QStringLiteral("empty"), QStringLiteral("") } };
        QCOMPARE(pairsOf(values), expected);
        QCOMPARE(*values.value(u"city"), QStringLiteral("東京"));
        QCOMPARE(*values.value(u"notes"), QString(300, u'x'));
        QVERIFY(values.value(u"lastname")->isNull()); // null and empty stay apart
        QVERIFY(!values.value(u"empty")->isNull());
        QVERIFY(values.value(u"empty")->isEmpty());
        QVERIFY(!values.value(u"phone"));
        QCOMPARE(values.indexOf(u"firstname"), 1);
        QCOMPARE(values.indexOf(u"phone"), -1);
        QVERIFY(PropertyValues().isEmpty());
        QVERIFY(!PropertyValues().value(u"email"));
    }

    void setReplacesInPlaceOrAppends()
    {
        PropertyValues values { { QStringLiteral("a"), QStringLiteral("1") },
            { QStringLiteral("b"), QStringLiteral("2") }, { QStringLiteral("c"), QStringLiteral("3") } };
        values.set(QStringLiteral("b"), QStringLiteral("longer than before – ✓"));
        values.set(QStringLiteral("d"), QStringLiteral("4"));
        values.set(QStringLiteral("a"), QString());
        const QList<PropertyValues::Pair> expected { { QStringLiteral("a"), QString() },
            { QStringLiteral("b"), QStringLiteral("longer than before – ✓") },
            { QStringLiteral("c"), QStringLiteral("3") }, { QStringLiteral("d"), QStringLiteral("4") } };
        QCOMPARE(pairsOf(values), expected);
        QVERIFY(values.remove(u"b"));
        QVERIFY(!values.remove(u"b"));
        values.append({ QStringLiteral("b"), QStringLiteral("again") });
        const QList<PropertyValues::Pair> moved { { QStringLiteral("a"), QString() },
            { QStringLiteral("c"), QStringLiteral("3") }, { QStringLiteral("d"), QStringLiteral("4") },
            { QStringLiteral("b"), QStringLiteral("again") } };
        QCOMPARE(pairsOf(values), moved);
    }

    void sharesNamesBetweenEqualLists()
    {
        PropertyValues one { { QStringLiteral("email"), QStringLiteral("one@example.com") },
            { QStringLiteral("firstname"), QStringLiteral("One") } };
        PropertyValues two { { QStringLiteral("email"), QStringLiteral("two@example.com") },
            { QStringLiteral("firstname"), QStringLiteral("Two") } };
        PropertyValues reversed { { QStringLiteral("firstname"), QStringLiteral("Three") },
            { QStringLiteral("email"), QStringLiteral("three@example.com") } };
        QVERIFY(!one.sharesNamesWith(two));
        one.compact();
        two.compact();
        reversed.compact();
        QVERIFY(one.sharesNamesWith(two));
        QVERIFY(!one.sharesNamesWith(reversed)); // the same names in another order are another list
        QCOMPARE(*two.value(u"email"), QStringLiteral("two@example.com"));

        // Changing one leaves the other as it was, and a value changed in place keeps the shared names.
        PropertyValues copy = two;
        two.set(QStringLiteral("firstname"), QStringLiteral("Deux"));
        QVERIFY(one.sharesNamesWith(two));
        two.set(QStringLiteral("lastname"), QStringLiteral("Dos"));
        QVERIFY(!one.sharesNamesWith(two));
        QCOMPARE(one.size(), 2);
        QCOMPARE(*one.value(u"firstname"), QStringLiteral("One"));
        QCOMPARE(*copy.value(u"firstname"), QStringLiteral("Two"));
        QVERIFY(!copy.value(u"lastname"));
        QCOMPARE(*two.value(u"lastname"), QStringLiteral("Dos"));
        QVERIFY(copy.sharesNamesWith(one));
        QVERIFY(copy
            == (PropertyValues { { QStringLiteral("email"), QStringLiteral("two@example.com") },
                { QStringLiteral("firstname"), QStringLiteral("Two") } }));
    }

    void internsPerThread()
    {
        PropertyValues here { { QStringLiteral("email"), QStringLiteral("here@example.com") } };
        here.compact();
        PropertyValues there { { QStringLiteral("email"), QStringLiteral("there@example.com") } };
        QThread *thread = QThread::create([&there] { there.compact(); });
        thread->start();
        QVERIFY(thread->wait());
        delete thread;
        QVERIFY(!here.sharesNamesWith(there)); // each thread (each sandbox server) has its own table
        QCOMPARE(*there.value(u"email"), QStringLiteral("there@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPropertyValues)
#include "testsandboxpropertyvalues.moc"
