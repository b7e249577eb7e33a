// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/jsonhighlighter.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

// Block states: which part of an HTTP-shaped text a line belongs to.
enum BlockState { StartLine = -1, Headers = 1, Body = 2 };

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QTextCharFormat colored(const QColor &color, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

qsizetype endOfString(const QString &text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'"')
            return i + 1;
    }
    return text.size();
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Hues after common editor themes, chosen to keep a 4.5:1 contrast on a white or a near-black base.
    const bool dark = isDark(palette);
    m_key = colored(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x9e));
    m_string = colored(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number = colored(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x0b, 0x6e, 0x4f));
    m_literal = colored(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x7a, 0x1f, 0xa2), true);
    m_headerName = colored(palette.color(QPalette::PlaceholderText));
    m_startLine = colored(palette.color(QPalette::Text), true);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    if (previous == Body) {
        setCurrentBlockState(Body);
        highlightJson(text);
        return;
    }
    const QString trimmed = text.trimmed();
    // Plain JSON (no start line) or the blank line that ends the headers.
    if (previous == StartLine && (trimmed.startsWith(u'{') || trimmed.startsWith(u'['))) {
        setCurrentBlockState(Body);
        highlightJson(text);
        return;
    }
    if (trimmed.isEmpty() && previous == Headers) {
        setCurrentBlockState(Body);
        return;
    }
    setCurrentBlockState(Headers);
    highlightHeader(text, previous == StartLine);
}

void JsonHighlighter::highlightHeader(const QString &text, bool startLine)
{
    if (startLine) {
        const qsizetype space = text.indexOf(u' ');
        setFormat(0, static_cast<int>(space > 0 ? space : text.size()), m_startLine);
        return;
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0)
        setFormat(0, static_cast<int>(colon + 1), m_headerName);
}

void JsonHighlighter::highlightJson(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype end = endOfString(text, i);
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool key = next < text.size() && text.at(next) == u':';
            setFormat(static_cast<int>(i), static_cast<int>(end - i), key ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isDigit() || u".eE+-"_s.contains(text.at(end))))
                ++end;
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(static_cast<int>(i), static_cast<int>(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Batchsmith
