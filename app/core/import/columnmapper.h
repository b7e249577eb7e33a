// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/batch/batchtypes.h"
#include "core/catalog/catalogtypes.h"
#include "core/table/tablecolumn.h"

namespace Batchsmith {

/// Where one column of an imported file goes.
struct ColumnTarget
{
    enum class Kind {
        Unmatched, // nothing chosen yet; imported as skipped
        Skip, // chosen: not imported
        Data, // a data column of the grid (property or association)
        Outcome, // __status, __id or __error of a results file
    };
    enum class Outcome { Status, Id, Error };

    Kind kind = Kind::Unmatched;
    TableColumn column; // Kind::Data
    Outcome outcome = Outcome::Status; // Kind::Outcome

    static ColumnTarget skip();
    static ColumnTarget data(const TableColumn &column);
    static ColumnTarget outcomeColumn(Outcome outcome);

    /// What is remembered and what the CLI calls the column: "email", "assoc:companies:279", "__status"; empty for
    /// Unmatched and Skip.
    QString key() const;

    friend bool operator==(const ColumnTarget &, const ColumnTarget &) = default;
};

/// The proposal for one file column: where it goes and why.
struct ColumnMatch
{
    enum class Reason {
        None, // no property has this name or label
        Remembered, // the choice made for this header last time, for this object type
        InternalName, // the header is a property's internal name, or an assoc: key
        Label, // the header is a property's label (or an association column's title)
        CommonName, // a usual export header for the property ("Zip Code" for zip, "Contact owner" for hubspot_owner_id)
        OutcomeColumn, // __status, __id, __error
        ReadOnly, // the header names a property HubSpot computes or locks: skipped
        Ambiguous, // several properties have this label: the person picks
        Duplicate, // an earlier column already took this target
        Empty, // the header cell is empty
        Chosen, // picked by the person in the mapping step
    };

    QString header; // as in the file
    ColumnTarget target;
    Reason reason = Reason::None;
    QString detail; // Ambiguous: the candidates' internal names; Duplicate: the earlier header; ReadOnly: the name
};

/**
 * Proposes, for each column of a file's header, a property or association column of the grid, an outcome column
 * (`__status`, `__id`, `__error` of a results file), or nothing. Headers match a property's internal name or its
 * label ignoring case, accents and surrounding or repeated spaces ("PRÉNOM " matches the label "Prénom" and
 * "prenom"); failing that, ignoring spaces, underscores and punctuation too ("E-mail" and "first_name" match
 * "email" and "First Name"); failing that, the usual header of another CRM's or spreadsheet's export for one of
 * HubSpot's default properties ("Zip Code", "Email Address", "Title", "Lead Owner"). `assoc:` headers (the CLI's
 * format, TableColumn::key()) are association columns. A remembered choice for a header wins over the automatic match,
 * when its target still exists. Each target is given to one column at most; read-only properties are never targets.
 *
 * Pure value object, any thread. Typical use:
 *
 *     ColumnMapper mapper(properties, associationColumns, objectTypes);
 *     mapper.setRemembered(settings.columnMapping(objectType));
 *     QList<ColumnMatch> proposal = mapper.match(header);
 *     … the person reviews it …
 *     settings.setColumnMapping(objectType, mapper.remember(settings.columnMapping(objectType), final));
 */
class ColumnMapper final
{
public:
    /// @p associations: association columns the person may pick (known labels); @p objectTypes gives the target
    /// object's label for `assoc:` headers not among them.
    explicit ColumnMapper(QList<PropertyInfo> properties = {}, QList<TableColumn> associations = {},
        QList<ObjectTypeEntry> objectTypes = {});

    /// Case-folded, accents removed, spaces trimmed and collapsed: how headers and labels are compared.
    static QString normalized(const QString &text);
    /// normalized() with everything but letters and digits removed: "State/Region" -> "stateregion".
    static QString compact(const QString &text);
    /// The outcome column a header names (`__status`, `__id`, `__error`, any case), if any.
    static std::optional<ColumnTarget::Outcome> outcomeFor(const QString &header);

    /// Remembered choices: normalized header -> target key, or an empty key for "skip".
    void setRemembered(const QMap<QString, QString> &remembered) { m_remembered = remembered; }

    const QMap<QString, QString> &remembered() const { return m_remembered; }

    /// One proposal per header, in order.
    QList<ColumnMatch> match(const QStringList &header) const;
    /// The automatic match of one header, ignoring what was remembered and what other columns took.
    ColumnMatch automaticMatch(const QString &header) const;

    /// The target a key stands for (a writable property, a known or well-formed association key, an outcome
    /// column), or nullopt.
    std::optional<ColumnTarget> targetForKey(const QString &key) const;

    /// What a person may pick, in the order offered: writable properties by label, then association columns.
    QList<TableColumn> offeredColumns() const;

    /// @p previous updated with the final choices: choices that differ from the automatic match are stored,
    /// the others forgotten (so a later catalogue change still applies). Unmatched columns are not stored.
    QMap<QString, QString> remember(QMap<QString, QString> previous, const QList<ColumnMatch> &finalChoices) const;

    /// The outcome a results file gives a row: @p status as ResultsWriter writes it (empty: Pending), the record id,
    /// and the `__error` text read back into category, code, message and property. nullopt when @p status is not
    /// a status (a typo there would send an already created row again).
    static std::optional<RowOutcome> outcomeFromCells(const QString &status, const QString &id, const QString &error);

    /// Per file column, the data index in @p columns its target has, or -1 (skip, unmatched, outcome).
    static QList<int> dataColumnMap(const QList<ColumnMatch> &choices, const QList<TableColumn> &columns);
    /// The data columns @p choices need that @p existing lacks, in file order.
    static QList<TableColumn> missingColumns(const QList<ColumnMatch> &choices, const QList<TableColumn> &existing);

private:
    std::optional<TableColumn> associationForKey(const QString &key) const;
    ColumnMatch matchProperty(const QString &header, const QString &norm) const;
    ColumnMatch matchLoosely(const QString &header) const;

    QList<PropertyInfo> m_properties; // sorted by label
    QStringList m_normalizedNames; // normalized(m_properties[i].name)
    QStringList m_normalizedLabels;
    QStringList m_compactNames; // compact(m_properties[i].name)
    QStringList m_compactLabels;
    QList<TableColumn> m_associations;
    QList<ObjectTypeEntry> m_objectTypes;
    QMap<QString, QString> m_remembered;
};

} // namespace Batchsmith
