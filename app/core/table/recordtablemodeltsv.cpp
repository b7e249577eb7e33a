// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard half of RecordTableModel: cells as a tab-separated block, as spreadsheets copy them (pasted blocks
// are read by DelimitedTextReader::readPastedTsv()).
#include "core/table/recordtablemodel.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
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
