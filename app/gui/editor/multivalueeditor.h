// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

#include "core/catalog/catalogtypes.h"

namespace Batchsmith {

/**
 * The cell editor of a multiple-checkbox property: one checkable line per option, labels shown, values kept.
 * value() joins the checked values with ';' in the options' order; values that are not options stay checked at
 * the end so nothing typed or pasted is lost. Made by CellDelegate; GUI thread.
 */
class MultiValueEditor final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiValueEditor)

public:
    explicit MultiValueEditor(QWidget *parent = nullptr);
    ~MultiValueEditor() override;

    void setOptions(const QList<PropertyOption> &options, const QString &value);
    QString value() const;
    /// Checks the options whose values are in @p values and unchecks the others.
    void setCheckedValues(const QStringList &values);

    QSize sizeHint() const override;
};

} // namespace Batchsmith
