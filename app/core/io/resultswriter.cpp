// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultswriter.h"

#include <QSaveFile>

#include "core/io/batchinput.h"
#include "core/io/csvwriter.h"
#include "core/io/privatefiles.h"

namespace Batchsmith {

QString ResultsWriter::errorText(const RowOutcome &o)
{
    if (o.status == RowStatus::Created || o.status == RowStatus::Updated)
        return {};
    QString text = o.category;
    if (!o.code.isEmpty())
        text += u'/' + o.code;
    if (!text.isEmpty() && !o.message.isEmpty())
        text += QStringLiteral(": ");
    text += o.message;
    if (!o.property.isEmpty())
        text += QStringLiteral(" (property %1)").arg(o.property);
    return text.simplified(); // one line, whatever the server wrote
}

QByteArray ResultsWriter::toCsv(const BatchInput &input, const QList<RowOutcome> &outcomes)
{
    QByteArray out = CsvWriter::line(QStringList(input.columns)
        << QStringLiteral("__status") << QStringLiteral("__id") << QStringLiteral("__error"));
    for (qsizetype i = 0; i < input.rows.size(); ++i) {
        const RowOutcome &o = input.previous.at(i).isFinal() ? input.previous.at(i) : outcomes.value(i);
        QStringList fields = input.cells.at(i);
        fields << wireName(o.isFinal() ? o.status : RowStatus::Skipped) << o.id << errorText(o);
        out += CsvWriter::line(fields);
    }
    return out;
}

Result<void> ResultsWriter::write(const QString &path, const BatchInput &input, const QList<RowOutcome> &outcomes)
{
    const QByteArray bytes = toCsv(input, outcomes);
    QSaveFile file(path);
    // Exports kept in the data folder hold customer data beside the journals: owner-only, as those are.
    const bool ownerOnly = PrivateFiles::inDataFolder(path);
    if (!file.open(QIODevice::WriteOnly) || (ownerOnly && !PrivateFiles::restrict(file))
        || file.write(bytes) != bytes.size() || !file.commit()) {
        Error e = Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        e.file = path;
        return e;
    }
    return {};
}

} // namespace Batchsmith
