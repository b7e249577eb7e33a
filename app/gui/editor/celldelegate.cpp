// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/celldelegate.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTimeZone>

#include "core/catalog/referenceoptions.h"
#include "core/catalog/valuevalidator.h"
#include "core/table/recordtablemodel.h"
#include "gui/editor/editcommands.h"
#include "gui/editor/multivalueeditor.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr int WireValueRole = Qt::UserRole + 1;

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QDate dateFromWire(const QString &value)
{
    const QString text = value.trimmed();
    if (allDigits(text))
        return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), QTimeZone::utc()).date();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? date : QDateTime::currentDateTimeUtc().date();
}

QDateTime dateTimeFromWire(const QString &value)
{
    const QString text = value.trimmed();
    if (allDigits(text))
        return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), QTimeZone::utc());
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        dateTime = date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime::currentDateTimeUtc();
    }
    return dateTime.toUTC();
}

QComboBox *makeCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"cellComboBox"_s);
    combo->setFrame(false);
    //: First entry of a drop-down cell editor; choosing it leaves the cell empty
    combo->addItem(CellDelegate::tr("(empty)"), QString());
    return combo;
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &pattern = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(u"cellLineEdit"_s);
    edit->setFrame(false);
    if (!pattern.isEmpty())
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    return edit;
}

QWidget *makePropertyEditor(QWidget *parent, const PropertyInfo &property)
{
    switch (property.kind()) {
    case PropertyKind::Text:
        return makeLineEdit(parent);
    case PropertyKind::Number:
        // HubSpot reads digits with at most one decimal point (docs/hubspot-behaviour.md §8.1).
        return makeLineEdit(parent, u"\\s*[-+]?[0-9]*(\\.[0-9]*)?\\s*"_s);
    case PropertyKind::Bool: {
        QComboBox *combo = makeCombo(parent);
        //: Boolean cell value
        combo->addItem(CellDelegate::tr("Yes"), u"true"_s);
        //: Boolean cell value
        combo->addItem(CellDelegate::tr("No"), u"false"_s);
        return combo;
    }
    case PropertyKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(u"cellDateEdit"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setFrame(false);
        return edit;
    }
    case PropertyKind::DateTime: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setObjectName(u"cellDateTimeEdit"_s);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        //: Display format of the date-time cell editor (Qt date format); keep "UTC": the value is in UTC
        edit->setDisplayFormat(CellDelegate::tr("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setFrame(false);
        return edit;
    }
    case PropertyKind::Enumeration: {
        QComboBox *combo = makeCombo(parent);
        for (const PropertyOption &option : property.options)
            combo->addItem(option.label.isEmpty() ? option.value : option.label, option.value);
        return combo;
    }
    case PropertyKind::MultiEnumeration:
        return new MultiValueEditor(parent);
    case PropertyKind::Unsupported:
        break;
    }
    return nullptr;
}

/// The value of @p property's group column (a stage's pipeline) in @p row, or empty when the grid has no such column.
QString rowGroup(const RecordTableModel *model, int row, const PropertyInfo &property)
{
    const int groupIndex = model->findDataColumn(property.optionGroupProperty);
    return groupIndex >= 0 ? model->cellValue(row, groupIndex).trimmed() : QString();
}

/// A pipeline, stage or owner dropdown: names shown, ids stored. A stage cell offers the stages of the row's pipeline
/// (the default pipeline's when the row names none, as HubSpot files such a record there); when the row's pipeline
/// is unknown, every stage, each after its pipeline's name.
QComboBox *makeReferenceEditor(QWidget *parent, const PropertyInfo &property, const QString &group)
{
    QComboBox *combo = makeCombo(parent);
    if (!property.optionGroupProperty.isEmpty()) {
        const QList<PropertyOption> inGroup = ReferenceOptions::optionsInGroup(property, group);
        if (!inGroup.isEmpty()) {
            for (const PropertyOption &option : inGroup)
                combo->addItem(option.label.isEmpty() ? option.value : option.label, option.value);
            return combo;
        }
        for (const PropertyOption &option : property.options) {
            //: A stage in a drop-down listing the stages of every pipeline: %1 is the pipeline, %2 the stage
            combo->addItem(CellDelegate::tr("%1 › %2").arg(option.groupLabel, option.label), option.value);
        }
        return combo;
    }
    for (const PropertyOption &option : property.options)
        combo->addItem(ReferenceOptions::optionText(option), option.value);
    return combo;
}

} // namespace

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

CellDelegate::~CellDelegate() = default;

QModelIndex CellDelegate::recordIndex(const QModelIndex &index, RecordTableModel **model)
{
    QModelIndex current = index;
    while (current.isValid()) {
        if (auto *records = qobject_cast<RecordTableModel *>(const_cast<QAbstractItemModel *>(current.model()))) {
            if (model)
                *model = records;
            return current;
        }
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(current.model());
        if (!proxy)
            break;
        current = proxy->mapToSource(current);
    }
    if (model)
        *model = nullptr;
    return {};
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    RecordTableModel *model = nullptr;
    const QModelIndex source = recordIndex(index, &model);
    const int dataIndex = model ? model->dataIndex(source.column()) : -1;
    if (dataIndex < 0)
        return nullptr;
    const TableColumn &column = model->dataColumn(dataIndex);
    if (column.kind == TableColumn::Kind::Association) {
        QLineEdit *edit = makeLineEdit(parent, u"[0-9 ;,]*"_s);
        //: Placeholder of an association cell editor: HubSpot record ids of the associated records
        edit->setPlaceholderText(tr("Record ids, separated by ;"));
        return edit;
    }
    if (!column.property.isWritable())
        return nullptr;
    QWidget *editor = nullptr;
    if (column.property.kind() == PropertyKind::Enumeration
        && ReferenceOptions::roleOf(column.property) != ReferenceOptions::Role::None
        && !column.property.options.isEmpty())
        editor = makeReferenceEditor(parent, column.property, rowGroup(model, source.row(), column.property));
    else
        editor = makePropertyEditor(parent, column.property);
    if (editor)
        editor->setAccessibleName(column.title());
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    RecordTableModel *model = nullptr;
    const QModelIndex source = recordIndex(index, &model);
    if (!model || model->dataIndex(source.column()) < 0)
        return;
    const QString value = source.data(RecordTableModel::ValueRole).toString();
    const TableColumn &column = model->dataColumn(model->dataIndex(source.column()));

    if (auto *multi = qobject_cast<MultiValueEditor *>(editor)) {
        multi->setOptions(column.property.options, value);
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        if (column.property.kind() == PropertyKind::Date)
            dateTime->setDate(dateFromWire(value));
        else
            dateTime->setDateTime(dateTimeFromWire(value));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int found = combo->findData(value);
        if (found < 0 && column.property.kind() == PropertyKind::Bool)
            found = combo->findData(ValueValidator::normalised(column.property, value));
        if (found < 0) {
            combo->addItem(column.property.labelForValue(value), value); // not an option here: keep it choosable
            found = combo->count() - 1;
        }
        combo->setCurrentIndex(found);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    }
}

QString CellDelegate::editorValue(const QWidget *editor, const TableColumn &column)
{
    if (const auto *multi = qobject_cast<const MultiValueEditor *>(editor))
        return multi->value();
    if (const auto *dateTime = qobject_cast<const QDateTimeEdit *>(editor)) {
        if (column.kind == TableColumn::Kind::Property && column.property.kind() == PropertyKind::Date)
            return dateTime->date().toString(Qt::ISODate);
        return dateTime->dateTime().toUTC().toString(Qt::ISODateWithMs);
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData().toString();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor)) {
        if (column.kind == TableColumn::Kind::Property)
            return ValueValidator::normalised(column.property, line->text());
        return line->text();
    }
    return {};
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    RecordTableModel *model = nullptr;
    const QModelIndex source = recordIndex(index, &model);
    const int dataIndex = model ? model->dataIndex(source.column()) : -1;
    if (dataIndex < 0)
        return;
    const TableColumn &column = model->dataColumn(dataIndex);
    const QString before = source.data(RecordTableModel::ValueRole).toString();
    const QString after = editorValue(editor, column);
    if (after == before)
        return;
    if (!m_undoStack) {
        model->setData(source, after, RecordTableModel::ValueRole);
        return;
    }
    const CellChange change { model->record(source.row()).key, dataIndex, before, after };
    m_undoStack->push(new SetCellsCommand(model, { change }, SetCellsCommand::editText(column.title())));
}

void CellDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (qobject_cast<MultiValueEditor *>(editor)) {
        // A list taller than the cell, dropping down from it like a combo box's popup.
        const QSize hint = editor->sizeHint();
        QRect rect(option.rect.topLeft(), QSize(qMax(option.rect.width(), hint.width()), hint.height()));
        if (const QWidget *viewport = editor->parentWidget()) {
            if (rect.bottom() > viewport->height() && rect.height() < viewport->height())
                rect.moveBottom(qMax(option.rect.bottom(), viewport->height() - 1));
        }
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace Batchsmith
