// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvwriter.h"

namespace Batchsmith {

QByteArray CsvWriter::field(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')
        || bytes.contains(';') || bytes.contains('\t')
        || (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!needsQuotes)
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

QByteArray CsvWriter::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += '\n';
    return out;
}

} // namespace Batchsmith
