// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Batchsmith {

/**
 * Colours JSON in a text document: keys, strings, numbers and the literals true, false and null. Text shaped like
 * an HTTP message (a start line, headers, a blank line, then the body) gets its header names dimmed and only its
 * body read as JSON. The colours come from the palette given to setPalette(), lighter on dark themes.
 * Owned by its document (QObject parent); GUI thread.
 *
 *     auto *highlighter = new JsonHighlighter(textEdit->document());
 *     highlighter->setPalette(textEdit->palette());
 */
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);
    ~JsonHighlighter() override;

    /// Picks the colours for @p palette and highlights the document again.
    void setPalette(const QPalette &palette);

    QTextCharFormat keyFormat() const { return m_key; }

    QTextCharFormat stringFormat() const { return m_string; }

    QTextCharFormat numberFormat() const { return m_number; }

    QTextCharFormat literalFormat() const { return m_literal; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightJson(const QString &text);
    void highlightHeader(const QString &text, bool startLine);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_headerName;
    QTextCharFormat m_startLine;
};

} // namespace Batchsmith
