// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/columnpickerdialog.h"

#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include "ui_columnpickerdialog.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

enum PropertyColumn { LabelColumn, NameColumn, TypeColumn, GroupColumn, PropertyColumnCount };

constexpr int SearchRole = Qt::UserRole + 1; // folded "label name" on the label item
constexpr int PropertyIndexRole = Qt::UserRole + 2;
constexpr int ColumnKeyRole = Qt::UserRole + 3; // on association items
constexpr int LabelInfoRole = Qt::UserRole + 4;
constexpr int TargetIndexRole = Qt::UserRole + 5;

/// Keeps the rows whose label or internal name holds every word typed, ignoring case and accents.
class PropertyFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text)
    {
        m_words = ColumnPickerDialog::foldedForSearch(text).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString haystack = sourceModel()->index(sourceRow, LabelColumn, sourceParent).data(SearchRole).toString();
        return std::all_of(
            m_words.cbegin(), m_words.cend(), [&haystack](const QString &word) { return haystack.contains(word); });
    }

private:
    QStringList m_words;
};

QString unwritableReason(const PropertyInfo &property)
{
    if (property.archived)
        return ColumnPickerDialog::tr("This property is archived: HubSpot does not accept values for it.");
    if (property.calculated)
        return ColumnPickerDialog::tr("HubSpot calculates this property: it cannot be written.");
    if (property.readOnlyValue)
        return ColumnPickerDialog::tr("This property is read-only: HubSpot sets its value itself.");
    return {};
}

} // namespace

ColumnPickerDialog::ColumnPickerDialog(const QList<PropertyInfo> &properties, const QList<ObjectTypeEntry> &targets,
    AssociationLabelFetcher fetcher, const QStringList &existingKeys, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ColumnPickerDialog>())
    , m_properties(properties)
    , m_targets(targets)
    , m_fetcher(std::move(fetcher))
    , m_existingKeys(existingKeys)
    , m_propertyModel(new QStandardItemModel(0, PropertyColumnCount, this))
    , m_filter(new PropertyFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_propertyModel);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_ui->propertiesTableView->setModel(m_filter);
    fillProperties();
    fillTargets();

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { static_cast<PropertyFilterModel *>(m_filter)->setSearch(text); });
    connect(m_propertyModel, &QStandardItemModel::itemChanged, this, &ColumnPickerDialog::updateChosenCount);
    // A click anywhere on a row (not only on the box) checks it.
    connect(m_ui->propertiesTableView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == LabelColumn)
            return; // the check box handles its own clicks
        QStandardItem *item = m_propertyModel->item(m_filter->mapToSource(index).row(), LabelColumn);
        if (item && item->isEnabled())
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_ui->associationTargetComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->pickerTabWidget->currentWidget() == m_ui->associationsTab)
            fetchLabels();
    });
    connect(m_ui->pickerTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->pickerTabWidget->currentWidget() == m_ui->associationsTab
            && m_listedTarget != m_ui->associationTargetComboBox->currentIndex())
            fetchLabels();
    });
    connect(m_ui->associationLabelsListWidget, &QListWidget::itemChanged, this,
        &ColumnPickerDialog::onAssociationItemChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChosenCount();
    m_ui->searchLineEdit->setFocus();
}

ColumnPickerDialog::~ColumnPickerDialog() = default;

void ColumnPickerDialog::fillProperties()
{
    //: Column headers of the property list in the column picker
    m_propertyModel->setHorizontalHeaderLabels({ tr("Label"), tr("Internal name"), tr("Type"), tr("Group") });
    for (int i = 0; i < m_properties.size(); ++i) {
        const PropertyInfo &property = m_properties.at(i);
        QList<QStandardItem *> row {
            new QStandardItem(property.label.isEmpty() ? property.name : property.label),
            new QStandardItem(property.name),
            new QStandardItem(typeName(property)),
            new QStandardItem(property.groupName),
        };
        QStandardItem *label = row.first();
        label->setData(foldedForSearch(property.label + u' ' + property.name), SearchRole);
        label->setData(i, PropertyIndexRole);
        label->setCheckable(true);
        const bool added = m_existingKeys.contains(property.name);
        const QString reason
            = added ? tr("This property is already a column of the grid.") : unwritableReason(property);
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setToolTip(reason.isEmpty() ? property.description : reason);
            if (!reason.isEmpty())
                item->setEnabled(false);
        }
        label->setCheckState(added ? Qt::Checked : Qt::Unchecked);
        m_propertyModel->appendRow(row);
    }
    QHeaderView *header = m_ui->propertiesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->propertiesTableView->resizeColumnsToContents();
    for (int column = LabelColumn; column < GroupColumn; ++column)
        m_ui->propertiesTableView->setColumnWidth(column, qMin(m_ui->propertiesTableView->columnWidth(column), 260));
    m_ui->propertiesTableView->setColumnWidth(
        LabelColumn, qMax(m_ui->propertiesTableView->columnWidth(LabelColumn), 180));
    m_ui->propertiesTableView->sortByColumn(LabelColumn, Qt::AscendingOrder);
    m_ui->propertiesTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->propertiesTableView->verticalHeader()->minimumSectionSize() + 4);
}

void ColumnPickerDialog::fillTargets()
{
    for (int i = 0; i < m_targets.size(); ++i) {
        const ObjectTypeEntry &target = m_targets.at(i);
        const QString label = target.pluralLabel.isEmpty() ? target.name : target.pluralLabel;
        m_ui->associationTargetComboBox->addItem(label, i);
    }
    m_ui->associationsTab->setEnabled(!m_targets.isEmpty() && m_fetcher);
}

void ColumnPickerDialog::fetchLabels()
{
    const int current = m_ui->associationTargetComboBox->currentIndex();
    QListWidget *list = m_ui->associationLabelsListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    m_listedTarget = current;
    if (current < 0 || !m_fetcher)
        return;
    //: Shown in the list of association labels while they are fetched from HubSpot
    auto *loading = new QListWidgetItem(tr("Loading…"), list);
    loading->setFlags(Qt::NoItemFlags);
    const int serial = ++m_requestSerial;
    const int targetIndex = m_ui->associationTargetComboBox->currentData().toInt();
    QPointer<ColumnPickerDialog> self(this);
    m_fetcher(
        m_targets.value(targetIndex).name, [self, serial, targetIndex](const QList<AssociationLabelInfo> &labels) {
            if (self && serial == self->m_requestSerial)
                self->showLabels(targetIndex, labels);
        });
}

void ColumnPickerDialog::showLabels(int targetIndex, const QList<AssociationLabelInfo> &labels)
{
    const ObjectTypeEntry target = m_targets.value(targetIndex);
    QListWidget *list = m_ui->associationLabelsListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    if (labels.isEmpty()) {
        //: Shown when HubSpot lists no association types between the two object types (or could not be asked)
        auto *none = new QListWidgetItem(tr("No association types to show."), list);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    const QString targetLabel = target.singularLabel.isEmpty() ? target.name : target.singularLabel;
    for (const AssociationLabelInfo &info : labels) {
        const TableColumn column = TableColumn::forAssociation(target.name, targetLabel, info);
        //: An association type without a label (HubSpot's default one)
        auto *item = new QListWidgetItem(info.label.isEmpty() ? tr("Unlabeled") : info.label, list);
        item->setData(ColumnKeyRole, column.key());
        item->setData(LabelInfoRole, QVariant::fromValue(info));
        item->setData(TargetIndexRole, targetIndex);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool added = m_existingKeys.contains(column.key());
        const bool chosen = std::any_of(m_chosenAssociations.cbegin(), m_chosenAssociations.cend(),
            [&column](const TableColumn &c) { return c.key() == column.key(); });
        item->setCheckState(added || chosen ? Qt::Checked : Qt::Unchecked);
        //: Tooltip of an association label; %1 is the column name in files, e.g. "assoc:companies:1"
        item->setToolTip(tr("Column %1").arg(column.key()));
        if (added) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setToolTip(tr("This association is already a column of the grid."));
        }
    }
}

void ColumnPickerDialog::onAssociationItemChanged(QListWidgetItem *item)
{
    const QString key = item->data(ColumnKeyRole).toString();
    if (key.isEmpty())
        return;
    m_chosenAssociations.removeIf([&key](const TableColumn &column) { return column.key() == key; });
    if (item->checkState() == Qt::Checked) {
        const ObjectTypeEntry target = m_targets.value(item->data(TargetIndexRole).toInt());
        const QString targetLabel = target.singularLabel.isEmpty() ? target.name : target.singularLabel;
        m_chosenAssociations.append(TableColumn::forAssociation(
            target.name, targetLabel, item->data(LabelInfoRole).value<AssociationLabelInfo>()));
    }
    updateChosenCount();
}

QList<TableColumn> ColumnPickerDialog::chosenColumns() const
{
    QList<TableColumn> columns;
    for (int row = 0; row < m_propertyModel->rowCount(); ++row) {
        const QStandardItem *item = m_propertyModel->item(row, LabelColumn);
        if (item->isEnabled() && item->checkState() == Qt::Checked)
            columns.append(TableColumn::forProperty(m_properties.at(item->data(PropertyIndexRole).toInt())));
    }
    return columns + m_chosenAssociations;
}

void ColumnPickerDialog::updateChosenCount()
{
    const int count = int(chosenColumns().size());
    //: Footer of the column picker, e.g. "3 columns chosen"
    m_ui->chosenCountLabel->setText(tr("%Ln column(s) chosen", nullptr, count));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

QString ColumnPickerDialog::foldedForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QString ColumnPickerDialog::typeName(const PropertyInfo &property)
{
    const QString &field = property.fieldType;
    // The names HubSpot's property editor uses, so people recognise them.
    if (field == u"textarea")
        return tr("Multi-line text");
    if (field == u"phonenumber")
        return tr("Phone number");
    if (field == u"html")
        return tr("Rich text");
    if (field == u"file")
        return tr("File");
    if (field == u"calculation_equation" || property.calculated)
        return tr("Calculation");
    if (field == u"booleancheckbox" || property.type == u"bool")
        return tr("Single checkbox");
    if (field == u"checkbox")
        return tr("Multiple checkboxes");
    if (field == u"radio")
        return tr("Radio select");
    if (field == u"select" || property.type == u"enumeration")
        return tr("Dropdown select");
    if (property.type == u"number")
        return tr("Number");
    if (property.type == u"date")
        return tr("Date picker");
    if (property.type == u"datetime" || property.type == u"dateTime")
        return tr("Date and time");
    if (property.type == u"string")
        return tr("Single-line text");
    return property.type;
}

} // namespace Batchsmith
