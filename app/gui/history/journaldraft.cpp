// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/journaldraft.h"

#include "journal/journalreader.h"
#include "journal/runjournal.h"

namespace Batchsmith {

TableColumn JournalDraft::columnFromKey(const QString &key)
{
    // assoc:<toObjectType>:<typeId> (HUBSPOT_DEFINED) or assoc:<toObjectType>:<category>:<typeId>
    const QStringList parts = key.split(u':');
    if (parts.size() >= 3 && parts.first() == u"assoc") {
        AssociationLabelInfo association;
        association.category = parts.size() >= 4 ? parts.at(2) : QStringLiteral("HUBSPOT_DEFINED");
        association.typeId = parts.last().toInt();
        return TableColumn::forAssociation(parts.at(1), parts.at(1), association);
    }
    PropertyInfo property;
    property.name = key;
    property.label = key;
    property.type = QStringLiteral("string");
    property.fieldType = QStringLiteral("text");
    return TableColumn::forProperty(property);
}

Result<JournalDraft> JournalDraft::read(const QString &journalPath)
{
    auto journal = RunJournal::open(journalPath);
    if (!journal)
        return journal.error();
    const RunSetup setup = (*journal)->setup();
    journal->reset();
    auto results = JournalReader::results(journalPath);
    if (!results)
        return results.error();

    JournalDraft draft;
    DraftDocument &doc = draft.document;
    doc.objectType = setup.spec.objectType;
    doc.mode = setup.spec.mode;
    doc.idProperty = setup.spec.idProperty;
    doc.apiVersion = setup.spec.apiVersion;
    for (const QString &key : std::as_const(results->input.columns))
        doc.columns.append(columnFromKey(key));
    const qsizetype count = results->input.rows.size();
    doc.rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        DraftRow row;
        row.values = results->input.cells.value(i);
        row.values.resize(doc.columns.size());
        row.outcome = results->outcomes.value(i);
        row.key = results->input.rows.at(i).key; // kept as it is: "r3", or an earlier version's "row-000003"
        doc.rows.append(row);
    }
    return draft;
}

} // namespace Batchsmith
