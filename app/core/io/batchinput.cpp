// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/batchinput.h"

#include <QRegularExpression>
#include <QSet>

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

namespace Batchsmith {

namespace {

const QString StatusColumn = QStringLiteral("__status");
const QString IdColumn = QStringLiteral("__id");
const QString ErrorColumn = QStringLiteral("__error");

Error inputError(const QString &file, int line, int column, const QString &message)
{
    Error e = Error::make(
        Error::Kind::InvalidInput, QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message));
    e.file = file;
    e.line = line;
    e.column = column;
    return e;
}

/// What an assoc: header means; nullopt when it is not an association column.
struct AssociationColumn
{
    QString toObjectType;
    QString category;
    int typeId = 0;
};

Result<std::optional<AssociationColumn>> parseAssociationHeader(const QString &header)
{
    if (!header.startsWith(QStringLiteral("assoc:")))
        return std::optional<AssociationColumn>();
    const QStringList parts = header.split(u':');
    static const QStringList categories { QStringLiteral("HUBSPOT_DEFINED"), QStringLiteral("USER_DEFINED"),
        QStringLiteral("INTEGRATOR_DEFINED") };
    AssociationColumn c;
    bool ok = false;
    if (parts.size() == 3) {
        c.category = QStringLiteral("HUBSPOT_DEFINED");
        c.typeId = parts.at(2).toInt(&ok);
    } else if (parts.size() == 4 && categories.contains(parts.at(2))) {
        c.category = parts.at(2);
        c.typeId = parts.at(3).toInt(&ok);
    }
    c.toObjectType = parts.value(1);
    if (!ok || c.typeId <= 0 || c.toObjectType.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
            QStringLiteral("\"%1\" is not an association column; write assoc:<toObjectType>:<typeId> or "
                           "assoc:<toObjectType>:<USER_DEFINED|INTEGRATOR_DEFINED>:<typeId>, e.g. assoc:companies:279")
                .arg(header));
    }
    return std::optional<AssociationColumn>(c);
}

} // namespace

Result<BatchInput> BatchInput::read(const QString &path, const BatchSpec &spec)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return fromTable(path, table->header, table->records, table->lines, spec);
}

Result<BatchInput> BatchInput::fromTable(const QString &file, const QStringList &header,
    const QList<QStringList> &records, const QList<int> &lines, const BatchSpec &spec)
{
    BatchInput input;
    input.file = file;
    QList<int> sourceColumn; // input column -> header position
    QList<std::optional<AssociationColumn>> associations;
    int statusAt = -1, idAt = -1, errorAt = -1;
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            return inputError(file, 1, i + 1, QStringLiteral("column %1 has no name in the header").arg(i + 1));
        if (seen.contains(name))
            return inputError(
                file, 1, i + 1, QStringLiteral("the column \"%1\" appears twice in the header").arg(name));
        seen.insert(name);
        if (name == StatusColumn || name == IdColumn || name == ErrorColumn) {
            (name == StatusColumn ? statusAt : name == IdColumn ? idAt : errorAt) = i;
            continue;
        }
        auto assoc = parseAssociationHeader(name);
        if (!assoc)
            return inputError(file, 1, i + 1, assoc.error().message);
        if (*assoc && spec.mode == WriteMode::Upsert) {
            return inputError(file, 1, i + 1,
                QStringLiteral("HubSpot's batch upsert takes no associations; remove the column \"%1\" or use create")
                    .arg(name));
        }
        input.columns.append(name);
        sourceColumn.append(i);
        associations.append(*assoc);
    }
    if (spec.mode == WriteMode::Upsert && !input.columns.contains(spec.idProperty)) {
        return inputError(file, 1, 1,
            QStringLiteral("there is no column \"%1\", which --id-property names; the header has: %2")
                .arg(spec.idProperty, input.columns.join(QStringLiteral(", "))));
    }
    static const QRegularExpression recordId(QStringLiteral("^\\d+$"));
    for (qsizetype r = 0; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const int line = lines.value(r);
        Row row;
        row.key = QStringLiteral("row-%1").arg(r + 1, 6, 10, QLatin1Char('0'));
        row.sourceLine = line;
        QStringList cells;
        for (int c = 0; c < input.columns.size(); ++c) {
            const int at = sourceColumn.at(c);
            const QString value = record.value(at);
            cells.append(value);
            if (const auto &assoc = associations.at(c)) {
                for (const QString &id : value.split(u';', Qt::SkipEmptyParts)) {
                    const QString trimmed = id.trimmed();
                    if (!recordId.match(trimmed).hasMatch()) {
                        return inputError(file, line, at + 1,
                            QStringLiteral(
                                "\"%1\" in column %2 is not a record id; association cells hold HubSpot record "
                                "ids separated by ;")
                                .arg(trimmed, input.columns.at(c)));
                    }
                    row.associations.append({ assoc->toObjectType, trimmed, assoc->category, assoc->typeId });
                }
            } else if (!value.isEmpty()) {
                row.properties.insert(input.columns.at(c), value);
            }
        }
        RowOutcome previous;
        if (statusAt >= 0) {
            const QString text = record.value(statusAt).trimmed();
            const auto status = rowStatusFromString(text);
            if (!text.isEmpty() && (!status || *status == RowStatus::Pending)) {
                // A typo here would resend a row that was already created.
                return inputError(file, line, statusAt + 1,
                    QStringLiteral("\"%1\" is not a status; __status holds created, updated, failed, unknown, "
                                   "skipped or nothing")
                        .arg(text));
            }
            if (status == RowStatus::Created || status == RowStatus::Updated) {
                previous.status = *status;
                previous.id = record.value(idAt).trimmed();
            }
        }
        input.cells.append(cells);
        input.rows.append(row);
        input.previous.append(previous);
    }
    return input;
}

QString BatchInput::errorText(const RowOutcome &o)
{
    if (o.status != RowStatus::Failed && o.status != RowStatus::Unknown)
        return o.status == RowStatus::Created || o.status == RowStatus::Updated ? QString() : o.message;
    QString text = o.category;
    if (!o.code.isEmpty())
        text += u'/' + o.code;
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    text += o.message;
    if (!o.property.isEmpty())
        text += QStringLiteral(" (property %1)").arg(o.property);
    return text.simplified();
}

QByteArray BatchInput::resultsCsv(const QList<RowOutcome> &outcomes) const
{
    QByteArray out = CsvWriter::line(QStringList(columns) << StatusColumn << IdColumn << ErrorColumn);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowOutcome &o = previous.at(i).isFinal() ? previous.at(i) : outcomes.value(i);
        QStringList fields = cells.at(i);
        fields << (o.isFinal() ? wireName(o.status) : wireName(RowStatus::Skipped)) << o.id << errorText(o);
        out += CsvWriter::line(fields);
    }
    return out;
}

} // namespace Batchsmith
