// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"

using namespace Batchsmith;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void testFirstLaunchCreatesSandboxProfile()
    {
        Settings settings(m_dir.filePath(QStringLiteral("first.ini")));
        TokenStore store(settings);
        QVERIFY(store.profiles().isEmpty());

        const TokenProfile active = store.ensureFirstLaunchProfile();
        QCOMPARE(active.name, QStringLiteral("Sandbox"));
        QVERIFY(active.embeddedSandbox);
        QCOMPARE(store.activeProfileId(), active.id);
        QCOMPARE(store.tokenForProfile(QStringLiteral("sandbox")).value(), TokenStore::sandboxToken());

        // A second launch keeps what is there.
        TokenProfile other;
        other.name = QStringLiteral("Production");
        QVERIFY(store.saveProfile(other, QStringLiteral("secret-1")));
        QCOMPARE(store.ensureFirstLaunchProfile().id, active.id);
        QCOMPARE(store.profiles().size(), 2);
    }

    void testProfilesPersistAcrossInstances()
    {
        const QString file = m_dir.filePath(QStringLiteral("persist.ini"));
        {
            Settings settings(file);
            TokenStore store(settings);
            TokenProfile p;
            p.name = QStringLiteral("Staging");
            p.baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
            p.apiVersion = ApiVersion::V3;
            p.portalId = QStringLiteral("999");
            QVERIFY(store.saveProfile(p, QStringLiteral("tok-staging")));
        }
        Settings settings(file);
        TokenStore store(settings);
        const auto p = store.profileByName(QStringLiteral("staging"));
        QVERIFY(p.has_value());
        QVERIFY(p->apiVersion == ApiVersion::V3);
        QCOMPARE(p->portalId, QStringLiteral("999"));
        QCOMPARE(store.secret(p->id).value(), QStringLiteral("tok-staging"));

        // Saving without a secret keeps the stored one.
        TokenProfile renamed = *p;
        renamed.name = QStringLiteral("Staging EU");
        QVERIFY(store.saveProfile(renamed));
        QCOMPARE(store.tokenForProfile(QStringLiteral("Staging EU")).value(), QStringLiteral("tok-staging"));
    }

    void testSecretFileIsOwnerOnly()
    {
        const QString file = m_dir.filePath(QStringLiteral("perm.ini"));
        Settings settings(file);
        TokenStore store(settings);
        TokenProfile p;
        p.name = QStringLiteral("Perm");
        QVERIFY(store.saveProfile(p, QStringLiteral("tok")));
        const QFileDevice::Permissions perms = QFile::permissions(file);
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    }

    void testUnknownProfileNamesTheKnownOnes()
    {
        Settings settings(m_dir.filePath(QStringLiteral("unknown.ini")));
        TokenStore store(settings);
        TokenProfile p;
        p.name = QStringLiteral("Alpha");
        QVERIFY(store.saveProfile(p, QStringLiteral("a")));
        const auto token = store.tokenForProfile(QStringLiteral("Beta"));
        QVERIFY(!token);
        QVERIFY2(token.error().message.contains(QStringLiteral("Alpha")), qPrintable(token.error().message));
    }

    void testDuplicateAndEmptyNamesRefused()
    {
        Settings settings(m_dir.filePath(QStringLiteral("dup.ini")));
        TokenStore store(settings);
        TokenProfile a;
        a.name = QStringLiteral("Same");
        QVERIFY(store.saveProfile(a, QStringLiteral("1")));
        TokenProfile b;
        b.name = QStringLiteral("same");
        QVERIFY(!store.saveProfile(b, QStringLiteral("2")));
        TokenProfile empty;
        empty.name = QStringLiteral("  ");
        QVERIFY(!store.saveProfile(empty, QStringLiteral("3")));
        QCOMPARE(store.profiles().size(), 1);
    }

    void testRemoveClearsActive()
    {
        Settings settings(m_dir.filePath(QStringLiteral("remove.ini")));
        TokenStore store(settings);
        const TokenProfile active = store.ensureFirstLaunchProfile();
        store.removeProfile(active.id);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.activeProfileId().isEmpty());
    }

    void testSettingsDefaultsAndBounds()
    {
        Settings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
        QCOMPARE(settings.concurrency(), 4);
        QCOMPARE(settings.batchSize(), 100);
        settings.setBatchSize(500);
        QCOMPARE(settings.batchSize(), 100);
        settings.setConcurrency(0);
        QCOMPARE(settings.concurrency(), 1);
        QCOMPARE(
            settings.backend().value(QStringLiteral("General/schemaVersion")).toInt(), Settings::CurrentSchemaVersion);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "testtokenstore.moc"
