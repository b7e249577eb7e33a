// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's embedded sandbox: its token is made at random for each install, kept with the Sandbox profile, and it
// is the only token that sandbox accepts (app/sandbox/README.md, "Who may call"). It runs on a thread of its own
// (EmbeddedSandbox), keeps its portal in its data file across restarts of the app, and says why it did not start.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "gui/embeddedsandbox.h"
#include "mainwindowfixture.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

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

/// The status of POST @p path on @p base with @p token and @p body; 0 without an answer.
int postStatus(const QUrl &base, const QString &path, const QString &token, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject oneContact(const QString &email)
{
    const QJsonObject input { { u"properties"_s, QJsonObject { { u"email"_s, email } } } };
    return QJsonObject { { u"inputs"_s, QJsonArray { input } } };
}

int contacts(const EmbeddedSandbox &sandbox)
{
    return sandbox.stats().value(u"objects"_s).toObject().value(u"contacts"_s).toInt();
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

    void testAnswersWhileTheGuiThreadIsBlocked()
    {
        MainWindowFixture f;
        f.prepare();
        const QString token = f.tokens->secret(f.tokens->activeProfileId()).value();
        const QUrl base = f.context->sandboxEndpoint().value();

        // Blocking calls on a raw socket never return to the event loop of this (the GUI) thread: only a sandbox
        // with an event loop of its own can answer them.
        QTcpSocket socket;
        socket.connectToHost(base.host(), quint16(base.port()));
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /account-info/v3/details HTTP/1.1\r\nHost: " + base.authority().toUtf8()
            + "\r\nAuthorization: Bearer " + token.toUtf8() + "\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(10000));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QCOMPARE(f.context->sandbox()->stats().value(u"requests"_s).toInt(), 1);
    }

    void testControlsAcrossThreads()
    {
        MainWindowFixture f;
        f.prepare();
        const QString token = f.tokens->secret(f.tokens->activeProfileId()).value();
        const QUrl base = f.context->sandboxEndpoint().value();
        EmbeddedSandbox *sandbox = f.context->sandbox();
        QVERIFY(sandbox);
        QCOMPARE(sandbox->baseUrl(), base);

        QString error;
        QVERIFY(sandbox->applyScenario(QJsonObject { { u"latencyMs"_s, 25 }, { u"rateLimit"_s, 7 } }, &error));
        QCOMPARE(sandbox->scenario().latencyMs, 25);
        QCOMPARE(sandbox->scenario().rateLimit, 7);
        QVERIFY(!sandbox->applyScenario(QJsonObject { { u"latencyMs"_s, u"soon"_s } }, &error));
        QVERIFY2(error.contains(u"latencyMs"), qPrintable(error));
        QCOMPARE(sandbox->scenario().latencyMs, 25); // a refused patch changes nothing

        const int before = contacts(*sandbox);
        QCOMPARE(
            postStatus(base, u"/crm/v3/objects/contacts/batch/create"_s, token, oneContact(u"a@example.com"_s)), 201);
        QCOMPARE(contacts(*sandbox), before + 1);
        QCOMPARE(sandbox->stats().value(u"recordsCreated"_s).toInt(), 1);
        QCOMPARE(sandbox->stats().value(u"requests"_s).toInt(), 1);

        sandbox->reset();
        QCOMPARE(contacts(*sandbox), before);
        QCOMPARE(sandbox->stats().value(u"requests"_s).toInt(), 0);
    }

    void testPortalOutlivesTheApp()
    {
        MainWindowFixture f;
        f.prepare();
        const QString token = f.tokens->secret(f.tokens->activeProfileId()).value();
        const QString data = f.dir.filePath(u"sandbox/portal.sqlite"_s);
        int before = 0;
        {
            AppContext context(*f.settings, *f.tokens, f.languages.get(), data);
            const QUrl base = context.sandboxEndpoint().value();
            before = contacts(*context.sandbox());
            QCOMPARE(
                postStatus(base, u"/crm/v3/objects/contacts/batch/create"_s, token, oneContact(u"kept@example.com"_s)),
                201);
        } // stops the sandbox thread
        AppContext context(*f.settings, *f.tokens, f.languages.get(), data);
        QVERIFY(context.sandboxEndpoint());
        QCOMPARE(contacts(*context.sandbox()), before + 1);
    }

    void testFailedStartIsReported()
    {
        MainWindowFixture f;
        f.prepare();
        const QString data = f.dir.filePath(u"not-a-portal.sqlite"_s);
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are someone's notes, not a sandbox database.\n");
        file.close();
        AppContext context(*f.settings, *f.tokens, f.languages.get(), data);
        const Result<QUrl> endpoint = context.sandboxEndpoint();
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().message.contains(u"not-a-portal.sqlite"), qPrintable(endpoint.error().message));
        QVERIFY(!context.sandbox());
        QFile kept(data);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("These are someone's notes, not a sandbox database.\n"));
    }
};

QTEST_MAIN(TestEmbeddedSandbox)
#include "testembeddedsandbox.moc"
