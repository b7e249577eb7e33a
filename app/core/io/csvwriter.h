// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Batchsmith {

/// Writes CSV that DelimitedTextReader and spreadsheets read back: UTF-8 without BOM, comma, LF line ends, and quotes
/// only around fields that hold a comma, a quote, a line break or leading/trailing spaces.
class CsvWriter final
{
public:
    static QByteArray line(const QStringList &fields);
    static QByteArray field(const QString &value);
};

} // namespace Batchsmith
