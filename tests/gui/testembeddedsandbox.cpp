// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's embedded sandbox: its token is made at random for each install, kept with the Sandbox profile, and it
// is the only token that sandbox accepts (app/sandbox/README.md, "Who may call").
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "mainwindowfixture.h"

using namespace Batchsmith;

namespace {

/// The status of GET @p path on @p base with @p token; 0 without an answer.
int statusOf(const QUrl &base, const QString &path, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestEmbeddedSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testTokenIsRandomPerInstallAndTheOnlyOneAccepted()
    {
        MainWindowFixture first;
        first.prepare();
        MainWindowFixture second;
        second.prepare();
        const QString active = first.tokens->activeProfileId();
        QVERIFY(first.tokens->profile(active)->embeddedSandbox);
        const QString token = first.tokens->secret(active).value();
        const QString otherToken = second.tokens->secret(second.tokens->activeProfileId()).value();
        QVERIFY(token.startsWith(u"sandbox-"));
        QVERIFY(token != TokenStore::LegacySandboxToken);
        QVERIFY(token != otherToken);

        const QUrl base = first.context->sandboxEndpoint().value();
        QCOMPARE(statusOf(base, QStringLiteral("/account-info/v3/details"), token), 200);
        QCOMPARE(statusOf(base, QStringLiteral("/__sandbox/stats"), token), 200);
        for (const QString &refused :
            { QString(TokenStore::LegacySandboxToken), QStringLiteral("demo-oauth"), otherToken }) {
            QCOMPARE(statusOf(base, QStringLiteral("/account-info/v3/details"), refused), 401);
            QCOMPARE(statusOf(base, QStringLiteral("/__sandbox/stats"), refused), 401);
        }
    }
};

QTEST_MAIN(TestEmbeddedSandbox)
#include "testembeddedsandbox.moc"
