// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard half of RecordTableModel: tab-separated blocks as spreadsheets copy and paste them.
#include "core/table/recordtablemodel.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool endsField(const QString &text, qsizetype i)
{
    return i >= text.size() || text.at(i) == u'\t' || isLineBreak(text.at(i));
}

/// Reads a quoted field starting at the opening quote @p i. Returns false, leaving @p field and @p i alone, when
/// the quotes do not enclose the whole field: then the quote is part of the cell's text (a cell `"a" b` is copied
/// as is by Excel and Google Sheets, since it holds no tab or newline).
bool readQuoted(const QString &text, qsizetype &i, QString &field)
{
    QString value;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (c != u'"') {
            value.append(c);
            continue;
        }
        if (j + 1 < text.size() && text.at(j + 1) == u'"') {
            value.append(u'"');
            ++j;
            continue;
        }
        if (!endsField(text, j + 1))
            return false;
        field = value;
        i = j + 1;
        return true;
    }
    return false; // never closed
}

QString readPlain(const QString &text, qsizetype &i)
{
    const qsizetype start = i;
    while (!endsField(text, i))
        ++i;
    return text.mid(start, i - start);
}

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == u'\t' || c == u'"' || isLineBreak(c))
            return true;
    }
    return false;
}

} // namespace

QList<QStringList> RecordTableModel::parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text.at(i) != u'"' || !readQuoted(text, i, field))
            field = readPlain(text, i);
        row.append(field);
        if (i >= text.size())
            break;
        if (text.at(i) == u'\t') {
            ++i;
            if (i >= text.size())
                row.append(QString()); // "a<TAB>" ends with an empty cell
            continue;
        }
        // A line break: CRLF (Excel), LF (LibreOffice, Google Sheets) or a lone CR.
        if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        ++i;
        rows.append(row);
        row.clear();
    }
    if (!row.isEmpty())
        rows.append(row);
    return rows;
}

QString RecordTableModel::toTsv(const QList<QStringList> &cells)
{
    QString text;
    for (const QStringList &row : cells) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text.append(u'\t');
            const QString &field = row.at(c);
            if (needsQuotes(field)) {
                QString quoted = field;
                quoted.replace(u"\""_s, u"\"\""_s);
                text.append(u'"').append(quoted).append(u'"');
            } else {
                text.append(field);
            }
        }
        // Every row ends with a newline, as Excel writes it: a block that ends in an empty cell stays one.
        text.append(u'\n');
    }
    return text;
}

} // namespace Batchsmith
