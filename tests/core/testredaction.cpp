// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/redaction.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;
using Headers = Redaction::Headers;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testHeaders_data()
    {
        QTest::addColumn<Headers>("in");
        QTest::addColumn<Headers>("out");
        const QPair<QByteArray, QByteArray> accept { "Accept"_ba, "application/json"_ba };
        const QPair<QByteArray, QByteArray> agent { "User-Agent"_ba, "Batchsmith/0.1.0"_ba };
        QTest::newRow("bearer") << Headers { accept, { "Authorization", "Bearer pat-na1-0123-4567" }, agent }
                                << Headers { accept, { "Authorization", "Bearer [redacted]" }, agent };
        QTest::newRow("lower-case name") << Headers { { "authorization", "Bearer abc" } }
                                         << Headers { { "authorization", "Bearer [redacted]" } };
        QTest::newRow("no scheme") << Headers { { "Authorization", "abc" } }
                                   << Headers { { "Authorization", "[redacted]" } };
        QTest::newRow("proxy") << Headers { { "Proxy-Authorization", "Basic dXNlcjpwYXNz" } }
                               << Headers { { "Proxy-Authorization", "Basic [redacted]" } };
        QTest::newRow("cookies") << Headers { { "Cookie", "hubspotutk=1; __cf_bm=2" }, { "set-cookie", "a=b; Secure" } }
                                 << Headers { { "Cookie", "[redacted]" }, { "set-cookie", "[redacted]" } };
        QTest::newRow("nothing secret") << Headers { accept, agent, { "X-HubSpot-Correlation-Id", "c-1" } }
                                        << Headers { accept, agent, { "X-HubSpot-Correlation-Id", "c-1" } };
        QTest::newRow("empty") << Headers() << Headers();
    }

    void testHeaders()
    {
        QFETCH(Headers, in);
        QFETCH(Headers, out);
        QCOMPARE(Redaction::headers(in), out);
    }

    void testText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        const QString token = u"pat-na1-11111111-2222-3333-4444-555555555555"_s;
        QTest::newRow("curl export") << u"curl -H 'Authorization: Bearer %1' https://api.hubapi.com"_s.arg(token)
                                     << token << u"curl -H 'Authorization: Bearer [redacted]' https://api.hubapi.com"_s;
        QTest::newRow("every occurrence")
            << u"%1 and %1%1"_s.arg(token) << token << u"[redacted] and [redacted][redacted]"_s;
        QTest::newRow("inside JSON") << u"{\"token\":\"%1\"}"_s.arg(token) << token << u"{\"token\":\"[redacted]\"}"_s;
        QTest::newRow("absent") << u"nothing to hide"_s << token << u"nothing to hide"_s;
        QTest::newRow("no token set") << u"nothing to hide"_s << QString() << u"nothing to hide"_s;
        QTest::newRow("case matters") << token.toUpper() << token << token.toUpper();
    }

    void testText()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::text(text, token), expected);
        QCOMPARE(Redaction::bytes(text.toUtf8(), token), expected.toUtf8());
    }

    void testBytesLookForTheTokenInUtf8()
    {
        const QString token = u"jeton-\u00e9t\u00e9"_s; // not Latin-1 safe in UTF-8
        const QByteArray body = "{\"a\":\"" + token.toUtf8() + "\"}";
        QCOMPARE(Redaction::bytes(body, token), "{\"a\":\"[redacted]\"}"_ba);
        QCOMPARE(Redaction::placeholder(), "[redacted]"_ba);
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "testredaction.moc"
