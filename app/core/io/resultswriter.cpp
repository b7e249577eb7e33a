// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultswriter.h"

#include <QSaveFile>

#include "core/io/batchinput.h"
#include "core/io/batchinputsource.h"
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

namespace {

QByteArray headerLine(const QStringList &columns)
{
    return CsvWriter::line(
        QStringList(columns) << QStringLiteral("__status") << QStringLiteral("__id") << QStringLiteral("__error"));
}

/// One row's line: its cells, then its outcome (@p previous when a results input made it final).
QByteArray rowLine(QStringList cells, const RowOutcome &previous, const RowOutcome &outcome)
{
    const RowOutcome &o = previous.isFinal() ? previous : outcome;
    cells << wireName(o.isFinal() ? o.status : RowStatus::Skipped) << o.id << ResultsWriter::errorText(o);
    return CsvWriter::line(cells);
}

Error cannotWrite(const QString &path, const QString &why)
{
    Error e = Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, why));
    e.file = path;
    return e;
}

/// Writes what @p fill produces to @p path atomically, a megabyte at a time: the old file stays whole until the new
/// one is complete. @p fill calls its argument with each piece and may fail.
Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QSaveFile &)> &fill)
{
    QSaveFile file(path);
    // Exports kept in the data folder hold customer data beside the journals: owner-only, as those are.
    const bool ownerOnly = PrivateFiles::inDataFolder(path);
    if (!file.open(QIODevice::WriteOnly) || (ownerOnly && !PrivateFiles::restrict(file)))
        return cannotWrite(path, file.errorString());
    if (auto filled = fill(file); !filled) {
        file.cancelWriting();
        return filled;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace

QByteArray ResultsWriter::toCsv(const BatchInput &input, const QList<RowOutcome> &outcomes)
{
    QByteArray out = headerLine(input.columns);
    for (qsizetype i = 0; i < input.rows.size(); ++i)
        out += rowLine(input.cells.at(i), input.previous.at(i), outcomes.value(i));
    return out;
}

Result<void> ResultsWriter::write(const QString &path, const BatchInput &input, const QList<RowOutcome> &outcomes)
{
    const QByteArray bytes = toCsv(input, outcomes);
    return writeAtomically(path, [&](QSaveFile &file) -> Result<void> {
        if (file.write(bytes) != bytes.size())
            return cannotWrite(path, file.errorString());
        return {};
    });
}

Result<void> ResultsWriter::write(
    const QString &path, const BatchInputSource &input, const std::function<RowOutcome(const QString &key)> &outcomeOf)
{
    // The input read again beside the outcomes; a row final in it keeps its earlier outcome.
    return write(path, input.columns(), [&](const RowLine &line) -> Result<void> {
        return input.forEachRecord([&](const QStringList &cells, const QString &key, const RowOutcome &previous) {
            line(cells, previous, previous.isFinal() ? RowOutcome() : outcomeOf(key));
        });
    });
}

Result<void> ResultsWriter::write(
    const QString &path, const QStringList &columns, const std::function<Result<void>(const RowLine &)> &rows)
{
    constexpr qsizetype FlushAt = 1024 * 1024;
    return writeAtomically(path, [&](QSaveFile &file) -> Result<void> {
        QByteArray pending = headerLine(columns);
        bool written = true;
        auto read = rows([&](const QStringList &cells, const RowOutcome &previous, const RowOutcome &outcome) {
            pending += rowLine(cells, previous, outcome);
            if (pending.size() >= FlushAt) {
                written = written && file.write(pending) == pending.size();
                pending.truncate(0);
            }
        });
        if (!read)
            return read.error();
        if (!written || file.write(pending) != pending.size())
            return cannotWrite(path, file.errorString());
        return {};
    });
}

} // namespace Batchsmith
