// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "support/fakenetworkaccessmanager.h"

using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

/// Waits for @p reply to finish (at most 5 s) and takes ownership of it.
std::unique_ptr<QNetworkReply> finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(5000);
    }
    return owned;
}

QNetworkRequest jsonRequest(const QString &url)
{
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization", "Bearer t");
    return request;
}

QNetworkReply *answerWith(const QString &name, const RecordedRequest &r, QObject *parent)
{
    return FakeReply::json(r, 200, QJsonObject { { u"route"_s, name } }, {}, parent);
}

QString routeOf(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"route"_s).toString();
}

} // namespace

class TestFakeNetworkAccessManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testRecordsEveryRequest()
    {
        FakeNetworkAccessManager nam;
        const QByteArray body = "{\"inputs\":[{\"properties\":{\"email\":\"a@example.com\"}}]}"_ba;
        QBuffer device;
        device.setData(body);
        device.open(QIODevice::ReadOnly);
        finish(nam.post(jsonRequest(u"https://api.hubapi.com/crm/v3/objects/contacts/batch/create"_s), &device));
        finish(nam.get(QNetworkRequest(QUrl(u"https://api.hubapi.com/crm/v3/properties/contacts?archived=false"_s))));
        finish(nam.sendCustomRequest(jsonRequest(u"https://api.hubapi.com/x"_s), "PATCH", "{}"_ba));

        const QList<RecordedRequest> requests = nam.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).method, u"POST"_s);
        QCOMPARE(requests.at(0).op, QNetworkAccessManager::PostOperation);
        QCOMPARE(requests.at(0).url.path(), u"/crm/v3/objects/contacts/batch/create"_s);
        QCOMPARE(requests.at(0).body, body); // read fully from the device
        QCOMPARE(requests.at(0).json()[u"inputs"_s][0][u"properties"_s][u"email"_s].toString(), u"a@example.com"_s);
        QCOMPARE(requests.at(0).header("authorization"), "Bearer t"_ba); // names compare without case
        QCOMPARE(requests.at(0).header("Content-Type"), "application/json"_ba);
        QCOMPARE(requests.at(1).method, u"GET"_s);
        QCOMPARE(requests.at(1).url.query(), u"archived=false"_s);
        QVERIFY(requests.at(1).body.isEmpty());
        QVERIFY(requests.at(1).header("Authorization").isEmpty());
        QCOMPARE(requests.at(2).method, u"PATCH"_s);
        QCOMPARE(requests.at(2).body, "{}"_ba);

        nam.clearRequests();
        QVERIFY(nam.requests().isEmpty());
    }

    void testRepliesFinishThroughAQueuedCall()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride(
            [](const RecordedRequest &r, QObject *p) { return FakeReply::json(r, 201, QJsonObject(), {}, p); });
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"https://api.hubapi.com/a"_s)));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(!reply->isFinished()); // nothing happened inside createRequest
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
        QVERIFY(reply->isFinished());
        delete reply;
    }

    void testRoutesInOrderWithFallThrough()
    {
        FakeNetworkAccessManager nam;
        nam.addRoute(u"POST"_s, QRegularExpression(u"/batch/create$"_s),
            [](const RecordedRequest &, QObject *) -> QNetworkReply * { return nullptr; }); // declines
        nam.addRoute(u"POST"_s, QRegularExpression(u"/batch/(create|upsert)$"_s),
            [](const RecordedRequest &r, QObject *p) { return answerWith(u"write"_s, r, p); });
        nam.addRoute(u"GET"_s, QRegularExpression(u"/batch/create$"_s),
            [](const RecordedRequest &r, QObject *p) { return answerWith(u"get"_s, r, p); });
        const QUrl create(u"https://api.hubapi.com/crm/v3/objects/contacts/batch/create"_s);
        const QUrl upsert(u"https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert"_s);

        QCOMPARE(routeOf(finish(nam.post(QNetworkRequest(create), "{}"_ba)).get()), u"write"_s);
        QCOMPARE(routeOf(finish(nam.post(QNetworkRequest(upsert), "{}"_ba)).get()), u"write"_s);
        QCOMPARE(routeOf(finish(nam.get(QNetworkRequest(create))).get()), u"get"_s);
        QCOMPARE(nam.requests().size(), 3);
    }

    void testUnmatchedRequestsGetAHubSpotLike404()
    {
        FakeNetworkAccessManager nam;
        const auto reply = finish(nam.get(QNetworkRequest(QUrl(u"https://api.hubapi.com/nowhere"_s))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(body.value(u"category"_s).toString(), u"OBJECT_NOT_FOUND"_s);
        QVERIFY(body.value(u"message"_s).toString().contains(u"/nowhere"_s));
        QVERIFY(!body.value(u"correlationId"_s).toString().isEmpty());
    }

    void testOverrideFallsThroughToRoutes()
    {
        FakeNetworkAccessManager nam;
        nam.addRoute(u"GET"_s, QRegularExpression(u".*"_s),
            [](const RecordedRequest &r, QObject *p) { return answerWith(u"route"_s, r, p); });
        nam.setOverride([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            return r.url.path() == u"/special" ? answerWith(u"override"_s, r, p) : nullptr;
        });
        QCOMPARE(routeOf(finish(nam.get(QNetworkRequest(QUrl(u"https://h/special"_s)))).get()), u"override"_s);
        QCOMPARE(routeOf(finish(nam.get(QNetworkRequest(QUrl(u"https://h/other"_s)))).get()), u"route"_s);
    }

    void testJsonReplyCarriesStatusHeadersAndError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QNetworkReply::NetworkError>("error"); // what Qt's HTTP backend reports
        QTest::newRow("200") << 200 << QNetworkReply::NoError;
        QTest::newRow("207") << 207 << QNetworkReply::NoError;
        QTest::newRow("302") << 302 << QNetworkReply::NoError;
        QTest::newRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError;
        QTest::newRow("401") << 401 << QNetworkReply::AuthenticationRequiredError;
        QTest::newRow("403") << 403 << QNetworkReply::ContentAccessDenied;
        QTest::newRow("409") << 409 << QNetworkReply::ContentConflictError;
        QTest::newRow("429") << 429 << QNetworkReply::UnknownContentError;
        QTest::newRow("500") << 500 << QNetworkReply::InternalServerError;
        QTest::newRow("502") << 502 << QNetworkReply::UnknownServerError;
        QTest::newRow("503") << 503 << QNetworkReply::ServiceUnavailableError;
    }

    void testJsonReplyCarriesStatusHeadersAndError()
    {
        QFETCH(int, status);
        QFETCH(QNetworkReply::NetworkError, error);
        FakeNetworkAccessManager nam;
        nam.setOverride([status](const RecordedRequest &r, QObject *p) {
            return FakeReply::json(r, status, QJsonArray { 1, 2 }, { { "Retry-After", "7" } }, p);
        });
        const auto reply = finish(nam.get(QNetworkRequest(QUrl(u"https://h/x"_s))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QVERIFY(!reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray().isEmpty());
        QCOMPARE(reply->error(), error);
        QCOMPARE(reply->rawHeader("retry-after"), "7"_ba);
        QVERIFY(reply->rawHeader("Content-Type").startsWith("application/json"));
        QCOMPARE(reply->readAll(), "[1,2]"_ba);
    }

    void testRawReplyKeepsTheBytes()
    {
        FakeNetworkAccessManager nam;
        const QByteArray truncated = "{\"status\":\"COMPLETE\",\"results\":[{\"id\":\"1"_ba;
        nam.setOverride([&](const RecordedRequest &r, QObject *p) { return FakeReply::raw(r, 201, truncated, {}, p); });
        const auto reply = finish(nam.post(QNetworkRequest(QUrl(u"https://h/x"_s)), "{}"_ba));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), truncated);
    }

    void testErrorReplyHasNoHttpStatus()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *p) {
            return FakeReply::error(r, QNetworkReply::RemoteHostClosedError, p);
        });
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"https://h/x"_s)));
        QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
        const auto owned = finish(reply);
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        QVERIFY(reply->readAll().isEmpty());
    }

    void testHangingReplyEndsOnlyWhenAborted()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *p) -> QNetworkReply * {
            return r.url.path() == u"/x" ? FakeReply::hanging(r, p) : nullptr;
        });
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"https://h/x"_s)));
        std::unique_ptr<QNetworkReply> owned(reply);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        // Let the queued calls of a normal reply run: this one must still be open afterwards.
        const auto other = finish(nam.get(QNetworkRequest(QUrl(u"https://h/y"_s))));
        QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 0);
        QVERIFY(!reply->isFinished());
        reply->abort();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->abort(); // twice is harmless
        QCOMPARE(spy.size(), 1);
    }

    void testDelayedReplyWaits()
    {
        FakeNetworkAccessManager nam;
        nam.setOverride([](const RecordedRequest &r, QObject *p) {
            return FakeReply::delayed(150, r, 200, QJsonObject { { u"ok"_s, true } }, {}, p);
        });
        QElapsedTimer timer;
        timer.start();
        const auto reply = finish(nam.get(QNetworkRequest(QUrl(u"https://h/x"_s))));
        QVERIFY(reply->isFinished());
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply->readAll(), "{\"ok\":true}"_ba);
    }
};

QTEST_GUILESS_MAIN(TestFakeNetworkAccessManager)
#include "testfakenetworkaccessmanager.moc"
