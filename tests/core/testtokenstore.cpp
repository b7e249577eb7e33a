// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/privatefiles.h"
#include "core/settings/settings.h"
#include "core/tokens/secretbackend.h"
#include "core/tokens/tokenstore.h"

using namespace Batchsmith;

namespace {

/// An OS keychain in memory that can stop answering, and counts what it was asked.
class FakeSecretBackend final : public SecretBackend
{
public:
    bool available = true;
    QHash<QString, QString> secrets;
    int writes = 0;

    bool isAvailable() override { return available; }

    Result<std::optional<QString>> read(const QString &key) override
    {
        if (!available)
            return unavailable();
        if (!secrets.contains(key))
            return std::optional<QString>();
        return std::optional<QString>(secrets.value(key));
    }

    Result<void> write(const QString &key, const QString &secret) override
    {
        if (!available)
            return unavailable();
        ++writes;
        secrets.insert(key, secret);
        return {};
    }

    Result<void> remove(const QString &key) override
    {
        if (!available)
            return unavailable();
        secrets.remove(key);
        return {};
    }

    QString description() const override { return QStringLiteral("Fake Keyring"); }

private:
    static Error unavailable() { return Error::make(Error::Kind::Io, QStringLiteral("no keyring")); }
};

/// The secret as it sits in the settings file (what someone reading the file would see).
QString secretInFile(const QString &file, const QString &id)
{
    QSettings s(file, QSettings::IniFormat);
    return s.value(QStringLiteral("Profiles/%1/secret").arg(id)).toString();
}

bool ownerOnly(const QString &file)
{
    const QFileDevice::Permissions perms = QFile::permissions(file);
    return (perms & QFileDevice::ReadOwner)
        && !(perms
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

TokenProfile namedProfile(const QString &name)
{
    TokenProfile p;
    p.name = name;
    return p;
}

} // namespace

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
        const QString token = store.tokenForProfile(QStringLiteral("sandbox")).value();
        QVERIFY(token.startsWith(u"sandbox-"));
        QCOMPARE(store.secret(active.id).value(), token); // made once, then kept

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

    void testSecretIsNotWrittenWhenTheFileCannotBeRestricted()
    {
        const QString file = m_dir.filePath(QStringLiteral("nochmod.ini"));
        Settings settings(file);
        TokenStore store(settings);
        PrivateFiles::setRestrictHookForTesting([&file](const QString &path) { return path != file; });
        TokenProfile p;
        p.name = QStringLiteral("No chmod");
        const auto saved = store.saveProfile(p, QStringLiteral("tok-never-on-disk"));
        PrivateFiles::setRestrictHookForTesting({});
        QVERIFY(saved);
        QVERIFY(store.keepsSecretsInMemory());
        QCOMPARE(store.secret(*saved).value(), QStringLiteral("tok-never-on-disk")); // usable in this session
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("tok-never-on-disk"));
        QVERIFY2(store.secretLocation().contains(QStringLiteral("kept in memory")), qPrintable(store.secretLocation()));
        // Another instance (the next start) has the profile but not the token.
        TokenStore next(settings);
        QVERIFY(next.profileByName(QStringLiteral("No chmod")));
        QVERIFY(!next.secret(*saved));
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

    void testKeychainKeepsTheSecretWhenItAnswers()
    {
        const QString file = m_dir.filePath(QStringLiteral("keychain.ini"));
        FakeSecretBackend keychain;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto id = store.saveProfile(namedProfile(QStringLiteral("Prod")), QStringLiteral("pat-na1-secret"));
        QVERIFY(id);
        QCOMPARE(keychain.secrets.value(*id), QStringLiteral("pat-na1-secret"));
        QVERIFY(secretInFile(file, *id).isEmpty());
        QVERIFY(store.usesKeychain());
        QVERIFY2(store.secretLocation().contains(QStringLiteral("Fake Keyring")), qPrintable(store.secretLocation()));

        // Another store over the same file and keychain (the CLI's --token-profile) reads it.
        Settings again(file);
        TokenStore other(again, &keychain);
        QCOMPARE(other.tokenForProfile(QStringLiteral("prod")).value(), QStringLiteral("pat-na1-secret"));
        // A store without the keychain knows the profile but has no token for it.
        TokenStore fileOnly(again);
        QVERIFY(!fileOnly.tokenForProfile(QStringLiteral("prod")));
    }

    void testFallsBackToTheFileWhenTheKeychainIsSilent()
    {
        const QString file = m_dir.filePath(QStringLiteral("fallback.ini"));
        FakeSecretBackend keychain;
        keychain.available = false;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto id = store.saveProfile(namedProfile(QStringLiteral("Prod")), QStringLiteral("tok-fallback"));
        QVERIFY(id);
        QVERIFY(keychain.secrets.isEmpty());
        QCOMPARE(secretInFile(file, *id), QStringLiteral("tok-fallback"));
        QVERIFY(ownerOnly(file));
        QVERIFY(!store.usesKeychain());
        QVERIFY2(store.secretLocation().contains(file), qPrintable(store.secretLocation()));
        QCOMPARE(store.secret(*id).value(), QStringLiteral("tok-fallback"));
    }

    void testFileSecretMovesIntoTheKeychainOnceItAnswers()
    {
        const QString file = m_dir.filePath(QStringLiteral("migrate.ini"));
        FakeSecretBackend keychain;
        keychain.available = false;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto id = store.saveProfile(namedProfile(QStringLiteral("Prod")), QStringLiteral("tok-migrate"));
        QVERIFY(id);
        QCOMPARE(secretInFile(file, *id), QStringLiteral("tok-migrate"));

        keychain.available = true;
        QCOMPARE(store.secret(*id).value(), QStringLiteral("tok-migrate"));
        QCOMPARE(keychain.secrets.value(*id), QStringLiteral("tok-migrate"));
        QVERIFY(secretInFile(file, *id).isEmpty());
        QCOMPARE(store.secret(*id).value(), QStringLiteral("tok-migrate")); // now from the keychain
        QCOMPARE(keychain.writes, 1);
    }

    void testSavingWithoutASecretAlsoMigrates()
    {
        const QString file = m_dir.filePath(QStringLiteral("migrate-save.ini"));
        FakeSecretBackend keychain;
        keychain.available = false;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto id = store.saveProfile(namedProfile(QStringLiteral("Prod")), QStringLiteral("tok-1"));
        QVERIFY(id);
        keychain.available = true;
        TokenProfile renamed = *store.profile(*id);
        renamed.name = QStringLiteral("Production");
        QVERIFY(store.saveProfile(renamed));
        QCOMPARE(keychain.secrets.value(*id), QStringLiteral("tok-1"));
        QVERIFY(secretInFile(file, *id).isEmpty());
    }

    void testNewerFileSecretWinsOverAnOlderKeychainCopy()
    {
        // Saved to the keychain, then replaced while the keychain was silent: the file's copy is the newer one.
        const QString file = m_dir.filePath(QStringLiteral("newer.ini"));
        FakeSecretBackend keychain;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto id = store.saveProfile(namedProfile(QStringLiteral("Prod")), QStringLiteral("tok-old"));
        QVERIFY(id);
        keychain.available = false;
        QVERIFY(store.saveProfile(*store.profile(*id), QStringLiteral("tok-new")));
        keychain.available = true;
        QCOMPARE(store.secret(*id).value(), QStringLiteral("tok-new"));
        QCOMPARE(keychain.secrets.value(*id), QStringLiteral("tok-new"));
    }

    void testRemoveProfileRemovesTheSecret()
    {
        const QString file = m_dir.filePath(QStringLiteral("remove-secret.ini"));
        FakeSecretBackend keychain;
        Settings settings(file);
        TokenStore store(settings, &keychain);
        const auto kept = store.saveProfile(namedProfile(QStringLiteral("Keep")), QStringLiteral("tok-keep"));
        const auto gone = store.saveProfile(namedProfile(QStringLiteral("Gone")), QStringLiteral("tok-gone"));
        QVERIFY(kept && gone);
        store.removeProfile(*gone);
        QVERIFY(!keychain.secrets.contains(*gone));
        QCOMPARE(keychain.secrets.value(*kept), QStringLiteral("tok-keep"));
        QVERIFY(!store.profile(*gone));

        // Without a keychain, the file's copy goes with the profile.
        TokenStore fileOnly(settings);
        const auto local = fileOnly.saveProfile(namedProfile(QStringLiteral("Local")), QStringLiteral("tok-local"));
        QVERIFY(local);
        fileOnly.removeProfile(*local);
        QVERIFY(secretInFile(file, *local).isEmpty());
        QVERIFY(!QFile(file).readAll().contains("tok-local"));
    }

    void testEmbeddedSandboxTokenIsRandomPerInstall()
    {
        FakeSecretBackend keychain;
        Settings settings(m_dir.filePath(QStringLiteral("sandbox-keychain.ini")));
        TokenStore store(settings, &keychain);
        const TokenProfile sandbox = store.ensureFirstLaunchProfile();
        const QString token = store.secret(sandbox.id).value();
        // "sandbox-" and 128 random bits, kept like any other token (here in the keychain) and read back the same.
        QVERIFY(QRegularExpression(QStringLiteral("^sandbox-[0-9a-f]{32}$")).match(token).hasMatch());
        QVERIFY(token != TokenStore::LegacySandboxToken);
        QCOMPARE(keychain.secrets.value(sandbox.id), token);
        QCOMPARE(TokenStore(settings, &keychain).secret(sandbox.id).value(), token);

        // Another fresh profile (another install) gets another token.
        Settings otherSettings(m_dir.filePath(QStringLiteral("sandbox-other.ini")));
        TokenStore other(otherSettings);
        const QString otherToken = other.secret(other.ensureFirstLaunchProfile().id).value();
        QVERIFY(otherToken.startsWith(u"sandbox-"));
        QVERIFY(otherToken != token);
        QCOMPARE(TokenStore::maskSecret(token), QStringLiteral("sandbox-…") + token.right(4));
    }

    void testLegacySandboxTokenIsReplaced()
    {
        // Earlier versions stored the public word for the sandbox profile; it is never handed out again.
        const QString file = m_dir.filePath(QStringLiteral("sandbox-legacy.ini"));
        Settings settings(file);
        TokenStore store(settings);
        TokenProfile sandbox = store.ensureFirstLaunchProfile();
        QVERIFY(store.saveProfile(sandbox, QString(TokenStore::LegacySandboxToken)));
        const QString token = store.secret(sandbox.id).value();
        QVERIFY(token.startsWith(u"sandbox-"));
        QCOMPARE(store.secret(sandbox.id).value(), token);
        settings.backend().sync();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("demo-all-scopes"));
    }

    void testBaseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("problem"); // a TokenStore::BaseUrlProblem
        using P = TokenStore::BaseUrlProblem;
        QTest::newRow("https") << QStringLiteral("https://api.hubapi.com") << int(P::None);
        QTest::newRow("https with path") << QStringLiteral("https://proxy.example.com/hubspot") << int(P::None);
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << int(P::None);
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << int(P::None);
        QTest::newRow("http remote") << QStringLiteral("http://api.hubapi.com") << int(P::NotHttps);
        QTest::newRow("ftp") << QStringLiteral("ftp://api.hubapi.com") << int(P::NotHttps);
        QTest::newRow("no host") << QStringLiteral("api.hubapi.com") << int(P::Invalid);
        QTest::newRow("empty") << QString() << int(P::Invalid);
        QTest::newRow("credentials") << QStringLiteral("https://me:pw@api.hubapi.com") << int(P::HasExtras);
        QTest::newRow("query") << QStringLiteral("https://api.hubapi.com/?a=1") << int(P::HasExtras);
    }

    void testBaseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(int, problem);
        QCOMPARE(int(TokenStore::checkBaseUrl(QUrl(url))), problem);
        Settings settings(m_dir.filePath(QStringLiteral("urls.ini")));
        TokenStore store(settings);
        TokenProfile p = namedProfile(QString::fromUtf8(QTest::currentDataTag())); // one profile per row
        p.baseUrl = QUrl(url);
        QCOMPARE(bool(store.saveProfile(p, QStringLiteral("t"))), problem == int(TokenStore::BaseUrlProblem::None));
    }

    void testMaskSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("masked");
        QTest::newRow("private app") << QStringLiteral("pat-na1-11112222-3333-4444-5555-666677775555")
                                     << QStringLiteral("pat-na1-…5555");
        QTest::newRow("eu") << QStringLiteral("pat-eu1-abcdefabcdefabcdef") << QStringLiteral("pat-eu1-…cdef");
        QTest::newRow("other") << QStringLiteral("demo-all-scopes") << QStringLiteral("…opes");
        QTest::newRow("short") << QStringLiteral("abc") << QStringLiteral("…");
        QTest::newRow("empty") << QString() << QString();
    }

    void testMaskSecret()
    {
        QFETCH(QString, secret);
        QFETCH(QString, masked);
        QCOMPARE(TokenStore::maskSecret(secret), masked);
    }

    void testSettingsDefaultsAndBounds()
    {
        Settings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
        QCOMPARE(settings.concurrency(), 0); // automatic
        QCOMPARE(settings.batchSize(), 100);
        settings.setBatchSize(500);
        QCOMPARE(settings.batchSize(), 100);
        settings.setConcurrency(-3);
        QCOMPARE(settings.concurrency(), 0);
        settings.setConcurrency(99);
        QCOMPARE(settings.concurrency(), 32);
        QCOMPARE(
            settings.backend().value(QStringLiteral("General/schemaVersion")).toInt(), Settings::CurrentSchemaVersion);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "testtokenstore.moc"
