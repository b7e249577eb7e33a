// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/multivalueeditor.h"

#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {
constexpr int ValueRole = Qt::UserRole + 1;
constexpr int VisibleLines = 8;
} // namespace

MultiValueEditor::MultiValueEditor(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"cellMultiValueListWidget"_s);
    setAutoFillBackground(true);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Accessible name of the list of checkboxes that edits a multiple-checkbox cell
    setAccessibleName(tr("Chosen options"));
}

MultiValueEditor::~MultiValueEditor() = default;

void MultiValueEditor::setOptions(const QList<PropertyOption> &options, const QString &value)
{
    clear();
    QStringList selected;
    for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            selected.append(part.trimmed());
    }
    const auto add = [this](const QString &label, const QString &optionValue) {
        auto *item = new QListWidgetItem(label, this);
        item->setData(ValueRole, optionValue);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(optionValue);
    };
    QStringList known;
    for (const PropertyOption &option : options) {
        if (option.hidden && !selected.contains(option.value))
            continue;
        add(option.label.isEmpty() ? option.value : option.label, option.value);
        known.append(option.value);
    }
    for (const QString &part : std::as_const(selected)) {
        if (!known.contains(part))
            add(part, part);
    }
    setCheckedValues(selected);
    if (count() > 0)
        setCurrentRow(0);
    // The view placed the editor over the cell before it had lines: drop down to show them.
    const QSize hint = sizeHint();
    resize(qMax(width(), hint.width()), hint.height());
    raise();
}

void MultiValueEditor::setCheckedValues(const QStringList &values)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *line = item(i);
        line->setCheckState(values.contains(line->data(ValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString MultiValueEditor::value() const
{
    QStringList values;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            values.append(item(i)->data(ValueRole).toString());
    }
    return values.join(u';');
}

QSize MultiValueEditor::sizeHint() const
{
    const int lines = qBound(1, count(), VisibleLines);
    const int lineHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    const int scrollBar = count() > VisibleLines ? verticalScrollBar()->sizeHint().width() : 0;
    return { sizeHintForColumn(0) + 2 * frameWidth() + scrollBar + 4, lines * lineHeight + 2 * frameWidth() };
}

} // namespace Batchsmith
