// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/draft/draftfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include "core/draft/draftjson.h"
#include "core/draft/draftsnapshot.h"
#include "core/io/privatefiles.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr qsizetype FlushBytes = 1 << 20; // write in pieces of about 1 MiB

Error fileError(const QString &file, QString message)
{
    Error e = Error::make(Error::Kind::Io, std::move(message));
    e.file = file;
    return e;
}

Error formatError(const QString &file, QString message)
{
    Error e = Error::make(Error::Kind::InvalidInput, std::move(message));
    e.file = file;
    return e;
}

QString shownName(const QString &file)
{
    return file.isEmpty() ? DraftFile::tr("The draft") : QDir::toNativeSeparators(file);
}

QByteArray header(const DraftDocument &doc)
{
    QJsonArray columns;
    for (const TableColumn &column : doc.columns)
        columns.append(DraftJson::columnToJson(column));
    QByteArray out = "{\n";
    out += "  \"format\": ";
    DraftJson::appendString(out, DraftFile::FormatName);
    out += ",\n  \"version\": " + QByteArray::number(DraftFile::FormatVersion);
    out += ",\n  \"objectType\": ";
    DraftJson::appendString(out, doc.objectType);
    out += ",\n  \"writeMode\": ";
    DraftJson::appendString(out, wireName(doc.mode));
    out += ",\n  \"idProperty\": ";
    DraftJson::appendString(out, doc.idProperty);
    out += ",\n  \"apiVersion\": ";
    DraftJson::appendString(out, wireName(doc.apiVersion));
    out += ",\n  \"columns\": " + QJsonDocument(columns).toJson(QJsonDocument::Compact);
    out += ",\n  \"rows\": [";
    return out;
}

void appendRow(QByteArray &out, const DraftRow &row)
{
    out += "\n    {\"values\": [";
    for (qsizetype i = 0; i < row.values.size(); ++i) {
        if (i > 0)
            out += ", ";
        DraftJson::appendString(out, row.values.at(i));
    }
    out += ']';
    if (!(row.outcome == RowOutcome()))
        out += ", \"outcome\": " + QJsonDocument(DraftJson::outcomeToJson(row.outcome)).toJson(QJsonDocument::Compact);
    out += '}';
}

} // namespace

bool DraftFile::writeTo(QIODevice &device, const DraftDocument &doc)
{
    return writeTo(device, doc, doc.rows.size(), [&doc](qsizetype r) { return doc.rows.at(r); });
}

bool DraftFile::writeTo(QIODevice &device, const DraftDocument &head, qsizetype count,
    const std::function<DraftRow(qsizetype)> &row, const Progress &progress)
{
    QByteArray out = header(head);
    out.reserve(FlushBytes + 4096);
    for (qsizetype r = 0; r < count; ++r) {
        if (r > 0)
            out += ',';
        appendRow(out, row(r));
        if (out.size() >= FlushBytes) {
            if (device.write(out) != out.size())
                return false;
            out.clear();
            if (progress)
                progress(r + 1);
        }
    }
    out += count == 0 ? "]\n}\n" : "\n  ]\n}\n";
    return device.write(out) == out.size();
}

QByteArray DraftFile::toJson(const DraftDocument &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeTo(buffer, doc);
    return bytes;
}

Result<void> DraftFile::write(const QString &path, const DraftDocument &doc, Access access)
{
    return write(path, access, [&doc](QIODevice &device) { return writeTo(device, doc); });
}

Result<void> DraftFile::write(
    const QString &path, const DraftSnapshot &snapshot, Access access, const Progress &progress)
{
    const RowStore &rows = snapshot.rows;
    return write(path, access, [&](QIODevice &device) {
        return writeTo(
            device, snapshot.document, rows.size(),
            [&rows](qsizetype r) {
                return DraftRow { rows.values(int(r)), rows.outcome(int(r)) };
            },
            progress);
    });
}

Result<void> DraftFile::write(const QString &path, Access access, const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    // The temporary file is restricted before a byte is written; the rename keeps its permissions.
    const bool ownerOnly = access == Access::OwnerOnly || PrivateFiles::inDataFolder(path);
    if (!file.open(QIODevice::WriteOnly) || (ownerOnly && !PrivateFiles::restrict(file)) || !write(file)
        || !file.commit()) {
        //: %1 is a file path, %2 the system's reason (such as "Permission denied")
        return fileError(path, tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<DraftDocument> DraftFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason (such as "No such file or directory")
        return fileError(path, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > MaxFileBytes)
        return tooLarge(path, file.size());
    return fromJson(file.readAll(), path);
}

Error DraftFile::tooLarge(const QString &file, qint64 bytes)
{
    const QLocale locale;
    //: %1 names the file, %2 its size, %3 the largest size a draft may have (both as "512 MiB")
    return formatError(file,
        tr("%1 is %2, larger than the %3 a draft may be; it is not opened.")
            .arg(shownName(file), locale.formattedDataSize(bytes), locale.formattedDataSize(MaxFileBytes)));
}

Result<DraftDocument> DraftFile::fromJson(const QByteArray &json, const QString &file)
{
    if (json.size() > MaxFileBytes)
        return tooLarge(file, json.size());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 names the file, %2 is a byte offset in it, %3 the JSON parser's English message
        Error e = formatError(file,
            tr("%1 is damaged: it is not valid JSON at byte %2 (%3).")
                .arg(shownName(file), QString::number(parseError.offset), parseError.errorString()));
        return e;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName) {
        //: %1 names the file
        return formatError(file, tr("%1 is not a Batchsmith draft.").arg(shownName(file)));
    }
    const int version = root.value(u"version"_s).toInt(-1);
    if (version > FormatVersion) {
        //: %1 names the file, %2 the format version it has, %3 the newest version this Batchsmith reads
        return formatError(file,
            tr("%1 was saved by a newer Batchsmith (draft format %2); this version opens drafts up to format %3. "
               "Update Batchsmith to open it.")
                .arg(shownName(file))
                .arg(version)
                .arg(FormatVersion));
    }
    if (version < 1)
        return formatError(file, tr("%1 does not say which draft format it has.").arg(shownName(file)));

    DraftDocument doc;
    doc.objectType = root.value(u"objectType"_s).toString();
    doc.idProperty = root.value(u"idProperty"_s).toString();
    const auto mode = writeModeFromString(root.value(u"writeMode"_s).toString());
    const auto api = apiVersionFromString(root.value(u"apiVersion"_s).toString());
    if (!mode || !api) {
        //: %1 names the file
        return formatError(file, tr("%1 has an unknown write mode or API version.").arg(shownName(file)));
    }
    doc.mode = *mode;
    doc.apiVersion = *api;
    const QJsonArray columns = root.value(u"columns"_s).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        TableColumn column;
        if (!DraftJson::columnFromJson(columns.at(i).toObject(), &column)) {
            //: %1 names the file, %2 the 1-based number of a column
            return formatError(file,
                tr("%1: column %2 is not a property or an association.").arg(shownName(file), QString::number(i + 1)));
        }
        doc.columns.append(column);
    }
    const QJsonArray rows = root.value(u"rows"_s).toArray();
    doc.rows.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        DraftRow draftRow;
        const QJsonArray values = row.value(u"values"_s).toArray();
        draftRow.values.reserve(doc.columns.size());
        for (qsizetype c = 0; c < values.size() && c < doc.columns.size(); ++c) {
            const QJsonValue value = values.at(c);
            if (!value.isString()) {
                //: %1 names the file, %2 and %3 are 1-based row and column numbers, %4 the column's name
                return formatError(file,
                    tr("%1: row %2, column %3 (%4) holds a number, a boolean, null, an array or an object; a draft "
                       "keeps every cell as text, such as \"42\".")
                        .arg(shownName(file), QString::number(r + 1), QString::number(c + 1), doc.columns.at(c).key()));
            }
            draftRow.values.append(value.toString());
        }
        draftRow.values.resize(doc.columns.size());
        if (!DraftJson::outcomeFromJson(row.value(u"outcome"_s).toObject(), &draftRow.outcome)) {
            //: %1 names the file, %2 the 1-based number of a row
            return formatError(
                file, tr("%1: row %2 has an unknown status.").arg(shownName(file), QString::number(r + 1)));
        }
        doc.rows.append(std::move(draftRow));
    }
    return doc;
}

} // namespace Batchsmith
