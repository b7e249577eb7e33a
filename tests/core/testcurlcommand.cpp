// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "core/api/curlcommand.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"pat-na1-11111111-2222-3333-4444-555555555555"_s;

/**
 * Splits a command into words as a POSIX shell would, for what CurlCommand writes: blanks, backslash-newline
 * continuations, backslash escapes, '…', "…" (with \ before $ ` " \ and newline) and $NAME / ${NAME} taken from
 * @p env. Returns nothing on an unterminated quote.
 */
std::optional<QStringList> shellWords(const QString &command, const QMap<QString, QString> &env)
{
    QStringList words;
    QString word;
    bool inWord = false;
    auto variable = [&](qsizetype &i) {
        // command[i] is '$'; consumes the name and returns its value.
        qsizetype j = i + 1;
        const bool braced = j < command.size() && command.at(j) == u'{';
        if (braced)
            ++j;
        const qsizetype start = j;
        while (j < command.size() && (command.at(j).isLetterOrNumber() || command.at(j) == u'_'))
            ++j;
        const QString name = command.mid(start, j - start);
        if (braced && j < command.size() && command.at(j) == u'}')
            ++j;
        i = j - 1;
        return env.value(name);
    };
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\\') {
            if (++i >= command.size())
                return std::nullopt;
            if (command.at(i) != u'\n') { // a backslash-newline joins lines and vanishes
                word += command.at(i);
                inWord = true;
            }
        } else if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            if (end < 0)
                return std::nullopt;
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'"') {
            inWord = true;
            for (++i;; ++i) {
                if (i >= command.size())
                    return std::nullopt;
                const QChar d = command.at(i);
                if (d == u'"')
                    break;
                if (d == u'\\' && i + 1 < command.size() && u"$`\"\\\n"_s.contains(command.at(i + 1))) {
                    if (command.at(++i) != u'\n')
                        word += command.at(i);
                } else if (d == u'$') {
                    word += variable(i);
                } else {
                    word += d;
                }
            }
        } else if (c == u'$') {
            word += variable(i);
            inWord = true;
        } else if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

BatchExchange exchange(const QByteArray &body)
{
    BatchExchange ex;
    ex.method = u"POST"_s;
    ex.url = QUrl(u"https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create?hapikey=x&y=1"_s);
    ex.requestHeaders = {
        { "Accept", "application/json" },
        { "User-Agent", "Batchsmith/0.1.0" },
        { "Content-Type", "application/json" },
        { "Authorization", "Bearer [redacted]" },
        { "Content-Length", QByteArray::number(body.size()) },
        { "X-Note", "it's \"quoted\" $HOME" },
    };
    ex.requestBody = body;
    return ex;
}

/// The value of every -H word, in order.
QStringList headersOf(const QStringList &words)
{
    QStringList headers;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i) == u"-H")
            headers.append(words.at(i + 1));
    }
    return headers;
}

QString bodyOf(const QStringList &words)
{
    const qsizetype at = words.indexOf(u"--data-raw"_s);
    return at >= 0 && at + 1 < words.size() ? words.at(at + 1) : QString();
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testShellQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("only quotes") << u"''"_s << u"''\\'''\\'''"_s;
        QTest::newRow("double quote and dollar") << u"\"$HOME\""_s << u"'\"$HOME\"'"_s;
        QTest::newRow("newline stays literal") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"'a\\b'"_s;
    }

    void testShellQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlCommand::shellQuote(text), quoted);
        QCOMPARE(shellWords(quoted, {}), QStringList { text });
    }

    void testBodyRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("compact json") << R"({"inputs":[{"properties":{"email":"a@example.com"}}]})"_ba;
        QTest::newRow("apostrophes") << R"({"inputs":[{"properties":{"lastname":"O'Brien","note":"'''"}}]})"_ba;
        QTest::newRow("double quotes and escapes")
            << R"({"inputs":[{"properties":{"note":"say \"hi\" \\ back\\slash \n tab\t"}}]})"_ba;
        QTest::newRow("literal newlines") << "{\n  \"inputs\": [\n    {}\n  ]\n}\n"_ba;
        QTest::newRow("shell specials") << R"({"x":"$HOME `id` $(id) ${PATH} !! * ? ~ # ; & | < >"})"_ba;
        QTest::newRow("unicode") << QStringLiteral(u"{\"name\":\"Zoë 山田 — ✓\"}").toUtf8();
    }

    void testBodyRoundTrips()
    {
        QFETCH(QByteArray, body);
        const QString command = CurlCommand::build(exchange(body));
        const auto words = shellWords(command, {});
        QVERIFY2(words, qPrintable(command));
        QCOMPARE(words->first(), u"curl"_s);
        QCOMPARE(bodyOf(*words).toUtf8(), body);
    }

    void testCommandShape()
    {
        const QByteArray body = R"({"inputs":[]})"_ba;
        const auto words = shellWords(CurlCommand::build(exchange(body)), { { u"HUBSPOT_TOKEN"_s, u"T"_s } });
        QVERIFY(words);
        QCOMPARE(words->mid(0, 4),
            (QStringList { u"curl"_s, u"-X"_s, u"POST"_s,
                u"https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create?hapikey=x&y=1"_s }));
        // Every header but Content-Length (curl counts the body), in order, values untouched.
        QCOMPARE(headersOf(*words),
            (QStringList { u"Accept: application/json"_s, u"User-Agent: Batchsmith/0.1.0"_s,
                u"Content-Type: application/json"_s, u"Authorization: Bearer T"_s,
                u"X-Note: it's \"quoted\" $HOME"_s }));
        QCOMPARE(words->size(), 4 + 2 * 5 + 2);
    }

    void testTokenComesFromTheShellByDefault()
    {
        const QString command = CurlCommand::build(exchange("{}"));
        QVERIFY(command.contains(u"-H \"Authorization: Bearer $HUBSPOT_TOKEN\""_s));
        QVERIFY(!command.contains(kToken));
        QVERIFY(!command.contains(u"[redacted]"_s));
        const auto words = shellWords(command, { { u"HUBSPOT_TOKEN"_s, kToken } });
        QVERIFY(words);
        QVERIFY(headersOf(*words).contains(u"Authorization: Bearer "_s + kToken));
    }

    void testTokenOnlyWhenGiven()
    {
        const QString command = CurlCommand::build(exchange("{}"), kToken);
        QVERIFY(command.contains(kToken));
        QVERIFY(!command.contains(u"HUBSPOT_TOKEN"_s));
        const auto words = shellWords(command, {});
        QVERIFY(words);
        QVERIFY(headersOf(*words).contains(u"Authorization: Bearer "_s + kToken));
        // A token with quotes still makes one word (pasted tokens are cleaned elsewhere, but never trusted here).
        const QString odd = u"a'b\"c $d"_s;
        const auto oddWords = shellWords(CurlCommand::build(exchange("{}"), odd), {});
        QVERIFY(oddWords);
        QVERIFY(headersOf(*oddWords).contains(u"Authorization: Bearer "_s + odd));
    }

    void testTokenNeverComesFromTheExchange()
    {
        // Should an unredacted header ever reach the exchange, the command still does not repeat it.
        BatchExchange ex = exchange("{}");
        ex.requestHeaders[3].second = "Bearer " + kToken.toUtf8();
        const QString command = CurlCommand::build(ex);
        QVERIFY(!command.contains(kToken));
        QVERIFY(command.contains(u"$HUBSPOT_TOKEN"_s));
    }

    void testLowerCaseAuthorizationAndNoBody()
    {
        BatchExchange ex;
        ex.method = u"GET"_s;
        ex.url = QUrl(u"http://127.0.0.1:8080/crm/v3/properties/contacts"_s);
        ex.requestHeaders = { { "authorization", "Bearer [redacted]" } };
        const QString command = CurlCommand::build(ex);
        QVERIFY(!command.contains(u"--data-raw"_s));
        QVERIFY(command.contains(u"-H \"authorization: Bearer $HUBSPOT_TOKEN\""_s));
        QVERIFY(command.startsWith(u"curl -X GET 'http://127.0.0.1:8080/crm/v3/properties/contacts'"_s));
    }

    void testRealShellAgrees()
    {
        // The same check through /bin/sh, with curl replaced by a function that prints its arguments.
        const QString sh = QStandardPaths::findExecutable(u"sh"_s);
        if (sh.isEmpty())
            QSKIP("no POSIX shell here");
        const QByteArray body = "{\"a\":\"it's \\\"x\\\" $HOME `id`\",\n\"b\":\"\\\\'\"}"_ba;
        const QString script = u"curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n"_s
            + CurlCommand::build(exchange(body)) + u'\n';
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HUBSPOT_TOKEN"_s, kToken);
        process.setProcessEnvironment(env);
        process.start(sh, { u"-c"_s, script });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QList<QByteArray> args = process.readAllStandardOutput().split('\0');
        args.removeLast(); // after the last NUL
        QVERIFY(args.contains("Authorization: Bearer " + kToken.toUtf8()));
        QCOMPARE(args.value(args.indexOf("--data-raw") + 1), body);
    }
};

QTEST_APPLESS_MAIN(TestCurlCommand)
#include "testcurlcommand.moc"
