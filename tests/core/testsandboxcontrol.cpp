// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxControl: the sandbox's control endpoints, with the profile's token as Bearer and never an Origin header.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/api/sandboxcontrol.h"
#include "core/clock.h"
#include "core/tokens/tokenstore.h"
#include "support/fakenetworkaccessmanager.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private:
    /// Runs @p call and waits for its answer.
    static Result<QJsonObject> wait(const std::function<void(SandboxControl::Callback)> &call)
    {
        std::optional<Result<QJsonObject>> answer;
        call([&](const Result<QJsonObject> &r) { answer = r; });
        QDeadlineTimer deadline(5000);
        while (!answer && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return answer.value_or(Error::make(Error::Kind::Timeout, u"no answer"_s));
    }

private Q_SLOTS:

    void testRequestsCarryTheTokenAndNoOrigin()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *parent) {
            return FakeReply::json(r, 200, QJsonObject { { u"path"_s, r.url.path() } }, {}, parent);
        });
        SandboxControl control(&nam, SystemClock::instance());
        QVERIFY(control.setEndpoint(QUrl(u"http://127.0.0.1:4010"_s), u"demo-all-scopes\n"_s));
        QObject context;
        QVERIFY(wait([&](auto done) { control.stats(&context, done); }));
        QVERIFY(wait([&](auto done) { control.reset(&context, done); }));
        QVERIFY(wait([&](auto done) { control.scenario(&context, done); }));
        const auto applied = wait([&](auto done) {
            control.applyScenario(QJsonObject { { u"latencyMs"_s, 1000 } }, &context, done);
        });
        QVERIFY(applied);
        QCOMPARE(applied.value().value(u"path"_s).toString(), u"/__sandbox/scenario"_s);

        const QList<RecordedRequest> requests = nam.requests();
        QCOMPARE(requests.size(), 4);
        QStringList seen;
        for (const RecordedRequest &r : requests) {
            seen.append(r.method + u' ' + r.url.path());
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer demo-all-scopes"));
            QVERIFY(r.header("Origin").isEmpty());
        }
        QCOMPARE(seen,
            (QStringList { u"GET /__sandbox/stats"_s, u"POST /__sandbox/reset"_s, u"GET /__sandbox/scenario"_s,
                u"POST /__sandbox/scenario"_s }));
        QCOMPARE(requests.last().json().object().value(u"latencyMs"_s).toInt(), 1000);
    }

    void testRefusalsAreErrors()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *parent) {
            return FakeReply::json(r, 400,
                QJsonObject { { u"status"_s, u"error"_s }, { u"category"_s, u"VALIDATION_ERROR"_s },
                    { u"message"_s, u"\"latencyMs\" must be a whole number from 0 to 600000"_s } },
                {}, parent);
        });
        SandboxControl control(&nam, SystemClock::instance());
        QVERIFY(control.setEndpoint(QUrl(u"http://127.0.0.1:4010"_s), u"demo-all-scopes"_s));
        QObject context;
        const auto answer = wait([&](auto done) {
            control.applyScenario(QJsonObject { { u"latencyMs"_s, -1 } }, &context, done);
        });
        QVERIFY(!answer);
        QCOMPARE(answer.error().httpStatus, 400);
        QVERIFY(answer.error().message.contains(u"latencyMs"_s));
    }

    void testWhatCountsAsASandbox()
    {
        TokenProfile embedded;
        embedded.embeddedSandbox = true;
        QVERIFY(SandboxControl::isSandbox(embedded));
        TokenProfile local;
        local.baseUrl = QUrl(u"http://127.0.0.1:8080"_s);
        QVERIFY(SandboxControl::isSandbox(local));
        TokenProfile hubspot; // https://api.hubapi.com
        QVERIFY(!SandboxControl::isSandbox(hubspot));
        TokenProfile eu;
        eu.baseUrl = QUrl(u"https://api-eu1.hubapi.com"_s);
        QVERIFY(!SandboxControl::isSandbox(eu));
        // Nothing leaves for a URL the client refuses.
        SandboxControl control(nullptr, SystemClock::instance());
        QVERIFY(!control.setEndpoint(QUrl(u"http://example.com"_s), u"t"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "testsandboxcontrol.moc"
