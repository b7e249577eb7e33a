// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "core/settings/settings.h"
#include "core/tokens/tokenstore.h"
#include "gui/common/messagebox.h"
#include "gui/tokens/tokenmanagerdialog.h"
#include "support/sandboxfixture.h"

using namespace Batchsmith;

namespace {

const QString RealToken = QStringLiteral("pat-na1-11112222-3333-4444-5555-666677775555");

} // namespace

class TestTokenManagerDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> T *child(const QString &name)
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    QListWidget *list() { return child<QListWidget>(QStringLiteral("profilesListWidget")); }

    QLineEdit *nameEdit() { return child<QLineEdit>(QStringLiteral("tokenNameLineEdit")); }

    QLineEdit *urlEdit() { return child<QLineEdit>(QStringLiteral("baseUrlLineEdit")); }

    QLineEdit *tokenEdit() { return child<QLineEdit>(QStringLiteral("tokenLineEdit")); }

    QLabel *statusLabel() { return child<QLabel>(QStringLiteral("connectionStatusLabel")); }

    void click(const QString &button) { QTest::mouseClick(child<QAbstractButton>(button), Qt::LeftButton); }

    void clickSave()
    {
        auto *box = child<QDialogButtonBox>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    /// Replaces a line edit's text as a person would.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QStringList listedNames()
    {
        QStringList names;
        for (int row = 0; row < list()->count(); ++row)
            names.append(list()->item(row)->text());
        return names;
    }

    void selectNamed(const QString &name)
    {
        const auto items = list()->findItems(name, Qt::MatchStartsWith | Qt::MatchCaseSensitive);
        QVERIFY2(!items.isEmpty(), qPrintable(name));
        list()->setCurrentItem(items.first());
    }

    /// A store with the sandbox profile (default) and "Production" with a real-looking token.
    void openDialog()
    {
        m_settings = std::make_unique<Settings>(m_iniFile);
        m_store = std::make_unique<TokenStore>(*m_settings);
        m_store->ensureFirstLaunchProfile();
        if (!m_store->profileByName(QStringLiteral("Production"))) {
            TokenProfile prod;
            prod.name = QStringLiteral("Production");
            QVERIFY(m_store->saveProfile(prod, RealToken));
        }
        m_dialog = std::make_unique<TokenManagerDialog>(*m_store, &m_nam, m_sandbox.baseUrl());
    }

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_iniFile = m_dir.filePath(QStringLiteral("tokens-%1.ini").arg(++m_run));
        openDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
        m_settings.reset();
    }

    void testListsProfilesWithTheDefaultMarked()
    {
        QCOMPARE(listedNames(), (QStringList { QStringLiteral("Production"), QStringLiteral("Sandbox (default)") }));
        QCOMPARE(list()->currentItem()->text(), QStringLiteral("Sandbox (default)"));
        // The built-in sandbox: fixed address (the embedded sandbox's), no token to type.
        QCOMPARE(urlEdit()->text(), m_sandbox.baseUrl().toString());
        QVERIFY(urlEdit()->isReadOnly());
        QVERIFY(!tokenEdit()->isEnabled());
        // Its token is this install's own, masked as any other.
        const QString token = m_store->secret(m_store->activeProfileId()).value();
        const QString hint = child<QLabel>(QStringLiteral("storedTokenLabel"))->text();
        QVERIFY2(hint.contains(QStringLiteral("sandbox-…") + token.right(4)), qPrintable(hint));
        QVERIFY(!hint.contains(token));
        QVERIFY(!hint.contains(QStringLiteral("demo-all-scopes")));
        QVERIFY(!child<QPushButton>(QStringLiteral("removeProfileButton"))->isEnabled());
        QVERIFY(!child<QLabel>(QStringLiteral("secretLocationLabel"))->text().isEmpty());
    }

    void testStoredTokenIsMaskedUntilRevealed()
    {
        selectNamed(QStringLiteral("Production"));
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(tokenEdit()->text().isEmpty()); // the stored token is not in any widget
        const QString hint = child<QLabel>(QStringLiteral("storedTokenLabel"))->text();
        QVERIFY2(hint.contains(QStringLiteral("pat-na1-…5555")), qPrintable(hint));
        QVERIFY(!hint.contains(RealToken));

        auto *reveal = child<QToolButton>(QStringLiteral("revealTokenButton"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(tokenEdit()->text(), RealToken);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(tokenEdit()->text().isEmpty());
        QVERIFY(!m_dialog->hasUnsavedChanges()); // looking is not editing
    }

    void testAddedProfileIsSavedWithItsToken()
    {
        QSignalSpy changed(m_dialog.get(), &TokenManagerDialog::profilesChanged);
        QSignalSpy active(m_dialog.get(), &TokenManagerDialog::activeProfileChanged);
        click(QStringLiteral("addProfileButton"));
        retype(nameEdit(), QStringLiteral("Staging EU"));
        retype(urlEdit(), QStringLiteral("https://api-eu1.hubapi.com"));
        auto *version = child<QComboBox>(QStringLiteral("apiVersionComboBox"));
        QCOMPARE(version->currentText(), QStringLiteral("2026-03")); // the default
        version->setCurrentIndex(version->findText(QStringLiteral("v3")));
        Q_EMIT version->activated(version->currentIndex());
        QTest::keyClicks(tokenEdit(), QStringLiteral("pat-eu1-aaaabbbb-cccc"));
        click(QStringLiteral("setDefaultButton"));
        QVERIFY(m_dialog->hasUnsavedChanges());
        QVERIFY(listedNames().contains(QStringLiteral("Staging EU (default)")));

        clickSave();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(active.size(), 1);

        Settings again(m_iniFile);
        TokenStore other(again);
        const auto saved = other.profileByName(QStringLiteral("staging eu"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://api-eu1.hubapi.com")));
        QVERIFY(saved->apiVersion == ApiVersion::V3);
        QCOMPARE(other.secret(saved->id).value(), QStringLiteral("pat-eu1-aaaabbbb-cccc"));
        QCOMPARE(other.activeProfileId(), saved->id);
        QCOMPARE(active.first().first().toString(), saved->id);
        QCOMPARE(other.tokenForProfile(QStringLiteral("Production")).value(), RealToken); // untouched
    }

    void testDuplicateCopiesTheTokenAndRemoveAsksFirst()
    {
        selectNamed(QStringLiteral("Production"));
        click(QStringLiteral("duplicateProfileButton"));
        QCOMPARE(nameEdit()->text(), QStringLiteral("Production (copy)"));
        QVERIFY(tokenEdit()->text().isEmpty());

        // "No" keeps it.
        MessageBox::setNextAnswer(QMessageBox::No);
        click(QStringLiteral("removeProfileButton"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Production (copy)")));
        QCOMPARE(list()->count(), 3);

        selectNamed(QStringLiteral("Production"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(QStringLiteral("removeProfileButton"));
        QCOMPARE(
            listedNames(), (QStringList { QStringLiteral("Sandbox (default)"), QStringLiteral("Production (copy)") }));
        // Nothing is written before Save.
        QVERIFY(m_store->profileByName(QStringLiteral("Production")).has_value());

        clickSave();
        Settings again(m_iniFile);
        TokenStore other(again);
        QVERIFY(!other.profileByName(QStringLiteral("Production")).has_value());
        QCOMPARE(other.tokenForProfile(QStringLiteral("Production (copy)")).value(), RealToken);
    }

    void testInvalidEntriesAreRefusedAndNothingIsLost()
    {
        selectNamed(QStringLiteral("Production"));
        retype(urlEdit(), QStringLiteral("http://api.hubapi.com"));
        auto *urlError = child<QLabel>(QStringLiteral("baseUrlErrorLabel"));
        QVERIFY(!urlError->isHidden());
        QVERIFY2(urlError->text().contains(QStringLiteral("https")), qPrintable(urlError->text()));

        click(QStringLiteral("addProfileButton"));
        retype(nameEdit(), QStringLiteral("production"));
        auto *nameError = child<QLabel>(QStringLiteral("nameErrorLabel"));
        QVERIFY(!nameError->isHidden());
        QTest::keyClicks(tokenEdit(), QStringLiteral("tok-typed"));

        clickSave();
        QVERIFY(m_dialog->result() != int(QDialog::Accepted));
        QVERIFY(m_dialog->hasUnsavedChanges());
        // The first bad profile is shown with its problem, and every edit is still there.
        QCOMPARE(urlEdit()->text(), QStringLiteral("http://api.hubapi.com"));
        QVERIFY(!urlError->isHidden());
        QCOMPARE(m_store->profileByName(QStringLiteral("Production"))->baseUrl,
            QUrl(QStringLiteral("https://api.hubapi.com")));

        // Loopback http is fine (a local proxy or sandbox).
        retype(urlEdit(), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(urlError->isHidden());
        selectNamed(QStringLiteral("production"));
        QCOMPARE(tokenEdit()->text(), QStringLiteral("tok-typed"));
        retype(nameEdit(), QStringLiteral("Local proxy"));
        QVERIFY(nameError->isHidden());
        QVERIFY(m_dialog->save());
        QVERIFY(m_store->profileByName(QStringLiteral("Local proxy")).has_value());
    }

    void testClosingWithUnsavedChangesAsks()
    {
        selectNamed(QStringLiteral("Production"));
        retype(nameEdit(), QStringLiteral("Prod"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_dialog->reject();
        QVERIFY(m_dialog->hasUnsavedChanges());
        QCOMPARE(nameEdit()->text(), QStringLiteral("Prod"));

        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_dialog->reject();
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(m_store->profileByName(QStringLiteral("Production")).has_value());

        cleanup();
        openDialog();
        selectNamed(QStringLiteral("Production"));
        retype(nameEdit(), QStringLiteral("Prod"));
        MessageBox::setNextAnswer(QMessageBox::Save);
        m_dialog->reject();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_store->profileByName(QStringLiteral("Prod")).has_value());
    }

    void testConnectionToTheSandbox()
    {
        // The built-in profile: the embedded sandbox's address and this install's token, which a sandbox started
        // as the app starts it accepts (and only it: AppContext::sandboxEndpoint()).
        Sandbox::SandboxOptions options;
        options.demoTokens = false;
        options.acceptTokens = { m_store->secret(m_store->activeProfileId()).value() };
        Test::SandboxFixture embedded(options);
        QVERIFY(embedded.start());
        m_dialog = std::make_unique<TokenManagerDialog>(*m_store, &m_nam, embedded.baseUrl());
        click(QStringLiteral("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel()->text().contains(QStringLiteral("12345678")), 10000);
        QVERIFY2(statusLabel()->text().contains(QStringLiteral("US/Eastern")), qPrintable(statusLabel()->text()));
        QVERIFY2(statusLabel()->text().startsWith(QStringLiteral("Connected to portal 12345678")),
            qPrintable(statusLabel()->text()));
    }

    void testConnectionWithAnExpiredToken()
    {
        click(QStringLiteral("addProfileButton"));
        retype(nameEdit(), QStringLiteral("Local"));
        retype(urlEdit(), m_sandbox.baseUrl().toString());
        QTest::keyClicks(tokenEdit(), QStringLiteral("demo-expired"));
        click(QStringLiteral("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel()->text().contains(QStringLiteral("401")), 10000);
        const QString text = statusLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("expired"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("correlation ID")), qPrintable(text));

        // With a good token the same profile connects, and learns its portal ID.
        retype(tokenEdit(), QStringLiteral("demo-contacts-only"));
        click(QStringLiteral("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel()->text().contains(QStringLiteral("12345678")), 10000);
        QVERIFY(m_dialog->save());
        QCOMPARE(m_store->profileByName(QStringLiteral("Local"))->portalId, QStringLiteral("12345678"));
    }

    void testScreenshot()
    {
        const QString shots = qEnvironmentVariable("BATCHSMITH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set BATCHSMITH_SCREENSHOT_DIR to save a picture of the dialog");
        selectNamed(QStringLiteral("Sandbox"));
        click(QStringLiteral("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel()->text().contains(QStringLiteral("12345678")), 10000);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(m_dialog->grab().save(QDir(shots).filePath(QStringLiteral("tokenmanager-en.png"))));
        selectNamed(QStringLiteral("Production"));
        retype(urlEdit(), QStringLiteral("http://api.hubapi.com"));
        QCoreApplication::processEvents(); // the pending re-layout for the error text
        QVERIFY(m_dialog->grab().save(QDir(shots).filePath(QStringLiteral("tokenmanager-profile-en.png"))));
    }

private:
    Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    QString m_iniFile;
    int m_run = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<TokenManagerDialog> m_dialog;
};

QTEST_MAIN(TestTokenManagerDialog)
#include "testtokenmanagerdialog.moc"
