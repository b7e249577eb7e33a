// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
};

/// Every message of a .ts file: what the translators saw, to look up in the compiled .qm.
QList<Message> readMessages(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message { context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes" };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            messages.append(current);
        }
    }
    return messages;
}

/// "%1", "%2"… and "%n" in @p text, each once, sorted (%L1 counts as %1).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9]|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString one = u"%"_s + it.next().captured(1);
        if (!found.contains(one))
            found.append(one);
    }
    found.sort();
    return found;
}

} // namespace

/// Loads each compiled translation and checks that every message is translated and keeps the source's
/// placeholders, in every plural form.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testEveryTranslationKeepsItsPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "fr", "ja", "pt" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void testEveryTranslationKeepsItsPlaceholders()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/batchsmith_%1.qm"_s.arg(language)));
        const QList<Message> messages
            = readMessages(QStringLiteral(BATCHSMITH_TRANSLATIONS_DIR "/batchsmith_%1.ts").arg(language));
        QVERIFY(messages.size() > 100);
        int checked = 0;
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QStringList expected = placeholders(m.source);
            // Each plural form is asked for through a count that selects it (1, 2 and 5 cover fr, ja and pt).
            for (const int n : m.numerus ? QList<int> { 1, 2, 5 } : QList<int> { -1 }) {
                const QString translated = translator.translate(
                    context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(), n);
                QVERIFY2(!translated.isEmpty(), qPrintable(u"%1: untranslated: %2"_s.arg(m.context, m.source)));
                QVERIFY2(placeholders(translated) == expected,
                    qPrintable(u"%1: “%2” became “%3”"_s.arg(m.context, m.source, translated)));
                ++checked;
            }
        }
        QVERIFY(checked >= messages.size());
    }
};

QTEST_MAIN(TestTranslations)
#include "testtranslations.moc"
