// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "keychain/qtkeychainbackend.h"

using namespace Batchsmith;

/// The real keychain: whether or not this machine has one, every call answers within the timeout and TokenStore
/// keeps working. On CI (no session bus, no Secret Service) this proves the fallback to the file.
class TestQtKeychainBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testAnswersInBoundedTimeAndTheStoreWorks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int TimeoutMs = 3000;
        QtKeychainBackend keychain(TimeoutMs);
        QElapsedTimer clock;
        clock.start();
        const bool available = keychain.isAvailable();
        QVERIFY2(clock.elapsed() < TimeoutMs + 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(keychain.description().isEmpty(), false);

        Settings settings(dir.filePath(QStringLiteral("keychain.ini")));
        TokenStore store(settings, &keychain);
        QCOMPARE(store.usesKeychain(), available);
        TokenProfile p;
        p.name = QStringLiteral("Keychain test");
        const auto id = store.saveProfile(p, QStringLiteral("tok-keychain-test"));
        QVERIFY(id);
        QCOMPARE(store.secret(*id).value(), QStringLiteral("tok-keychain-test"));
        store.removeProfile(*id);
        if (!available) {
            // Once it did not answer, the backend says so at once instead of waiting again.
            clock.restart();
            QVERIFY(!keychain.read(QStringLiteral("anything")));
            QVERIFY(!keychain.write(QStringLiteral("anything"), QStringLiteral("x")));
            QVERIFY(clock.elapsed() < 500);
        } else {
            QVERIFY(!keychain.read(*id).value().has_value());
        }
    }

    void testNoSessionBusMeansNotAvailable()
    {
        // What CI looks like: no D-Bus session at all.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/batchsmith-test-bus");
        QtKeychainBackend keychain(3000);
        QVERIFY(!keychain.isAvailable());
        QVERIFY(!keychain.write(QStringLiteral("k"), QStringLiteral("v")));
    }
};

QTEST_GUILESS_MAIN(TestQtKeychainBackend)
#include "testqtkeychainbackend.moc"
