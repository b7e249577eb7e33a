// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QDialog>
#include <QList>
#include <QStringList>

#include "core/catalog/catalogtypes.h"
#include "core/table/tablecolumn.h"

class QSortFilterProxyModel;
class QStandardItemModel;
class QListWidgetItem;

namespace Ui {
class ColumnPickerDialog;
}

namespace Batchsmith {

/**
 * Chooses the grid's columns: the object type's properties (searched by label or internal name, ignoring case and
 * accents; read-only ones shown disabled with the reason; columns already in the grid checked and disabled) and,
 * on a second tab, association labels towards another object type, fetched on demand through the fetcher.
 *
 * Owned by whoever opens it (open() it; never exec() in tests); GUI thread. The fetcher may answer at once or
 * later; an answer for a target that is no longer shown is ignored, and none arrives after the dialog is gone
 * as long as the fetcher's own context is the dialog or outlives it.
 *
 *     ColumnPickerDialog dialog(properties, catalogTargets,
 *         [&](const QString &toType, auto done) { catalog.associationLabels(type, toType, &dialog, …); },
 *         keysOfTheGridsColumns, this);
 */
class ColumnPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnPickerDialog)

public:
    using LabelsCallback = std::function<void(const QList<AssociationLabelInfo> &)>;
    using AssociationLabelFetcher = std::function<void(const QString &toType, LabelsCallback done)>;

    ColumnPickerDialog(const QList<PropertyInfo> &properties, const QList<ObjectTypeEntry> &targets,
        AssociationLabelFetcher fetcher, const QStringList &existingKeys, QWidget *parent = nullptr);
    ~ColumnPickerDialog() override;

    /// The checked properties in catalogue order, then the checked association labels in the order chosen.
    QList<TableColumn> chosenColumns() const;

    /// A readable, translated name for a property's type and field type ("Dropdown select", "Date picker").
    static QString typeName(const PropertyInfo &property);
    /// Lower case without accents or other combining marks, for searching: "Pré-nom" -> "pre-nom".
    static QString foldedForSearch(const QString &text);

private:
    void fillProperties();
    void fillTargets();
    void fetchLabels();
    void showLabels(int targetIndex, const QList<AssociationLabelInfo> &labels);
    void onAssociationItemChanged(QListWidgetItem *item);
    void updateChosenCount();

    std::unique_ptr<Ui::ColumnPickerDialog> m_ui;
    QList<PropertyInfo> m_properties;
    QList<ObjectTypeEntry> m_targets;
    AssociationLabelFetcher m_fetcher;
    QStringList m_existingKeys;
    QList<TableColumn> m_chosenAssociations;
    QStandardItemModel *m_propertyModel;
    QSortFilterProxyModel *m_filter;
    int m_requestSerial = 0;
    int m_listedTarget = -1;
};

} // namespace Batchsmith
