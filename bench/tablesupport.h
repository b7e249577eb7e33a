// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/table/recordtablemodel.h"

namespace Batchsmith::Bench {

/// Adds one plain string column per header field, as an import mapped one to one would; returns that column map.
inline QList<int> addPlainColumns(RecordTableModel &model, const QStringList &header)
{
    QList<int> identity;
    for (qsizetype c = 0; c < header.size(); ++c) {
        PropertyInfo property;
        property.name = header.at(c);
        property.label = header.at(c);
        property.type = QStringLiteral("string");
        property.fieldType = QStringLiteral("text");
        model.insertDataColumn(int(c), TableColumn::forProperty(property));
        identity.append(int(c));
    }
    return identity;
}

} // namespace Batchsmith::Bench
