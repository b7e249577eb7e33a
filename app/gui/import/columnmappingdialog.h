// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QList>
#include <QStringList>

#include "core/import/columnmapper.h"
#include "core/io/textdecoder.h"

class QComboBox;
class QStandardItemModel;

namespace Ui {
class ColumnMappingDialog;
}

namespace Batchsmith {

/**
 * The mapping step of an import: one line per column of the file (or of a pasted block) with a few example
 * values and where the column goes (a property by label and internal name, an association column, the outcome
 * columns of a results file, or "Skip this column"), as the ColumnMapper proposed. Columns not matched are
 * highlighted and counted at the top; OK is allowed with some left, and those are not imported (the summary says
 * so). Picking a target another column had takes it from that column, which becomes unmatched.
 *
 * Owned by whoever opens it (open() it; never exec() in tests); GUI thread. The combo of file column i is
 * `targetComboBox<i>` (0-based), a cell widget of `mappingTableWidget`.
 *
 *     ColumnMappingDialog dialog(mapper, this);
 *     dialog.setFile(u"contacts.csv"_s, header, firstRows);
 *     connect(&dialog, &QDialog::accepted, … dialog.choices() …);
 */
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    explicit ColumnMappingDialog(ColumnMapper mapper, QWidget *parent = nullptr);
    ~ColumnMappingDialog() override;

    /// A file's header and its first rows (a few are shown as examples).
    void setFile(const QString &fileName, const QStringList &header, const QList<QStringList> &firstRows);
    /// A pasted block: the person says whether its first row names the columns (proposed when any cell of it
    /// matches a property).
    void setPastedCells(const QList<QStringList> &cells);
    /// The object type's name, as in "Remember these choices for Contacts".
    void setObjectTypeLabel(const QString &label);
    /// How the file's text was read, when that needs saying ("… read it as Windows-1252."); empty hides it.
    void setNotice(const QString &notice);
    /// The encoding the file was read in (encodingComboBox, shown for files only); choosing another one emits
    /// encodingChosen(), and whoever opened the dialog reads the file again.
    void setEncoding(TextDecoder::Choice encoding);
    TextDecoder::Choice encoding() const;

    /// One choice per column, in file order; Unmatched ones are not imported.
    QList<ColumnMatch> choices() const { return m_choices; }

    /// The column names: the file's header, or the pasted block's first row, or "Column 1", … when it has none.
    QStringList header() const { return m_header; }

    /// Paste only: the rows to import (the block without its header row when it has one).
    QList<QStringList> pastedRows() const { return m_pasted.mid(firstRowIsHeader() ? 1 : 0); }

    /// Paste only: whether the block's first row is the header (and so not a row to import).
    bool firstRowIsHeader() const;
    bool rememberChoices() const;
    int unmatchedCount() const;
    /// Picks the target with this key (or "" to skip) for a column, as the combo would.
    void choose(int column, const QString &key);

    /// Why a column goes where it goes, in a few words ("Label", "Read-only in HubSpot").
    static QString reasonText(const ColumnMatch &match);

Q_SIGNALS:
    /// The person picked another encoding for the file (not emitted by setEncoding()).
    void encodingChosen(Batchsmith::TextDecoder::Choice encoding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setColumns(const QStringList &header, const QList<QStringList> &samples);
    void buildTargetModel();
    void fillRow(int row);
    void updateRow(int row);
    void updateSummary();
    void applyFilter();
    void fitToContents();
    void onTargetActivated(int row, int comboIndex);
    QComboBox *combo(int row) const;
    void retranslate();

    std::unique_ptr<Ui::ColumnMappingDialog> m_ui;
    ColumnMapper m_mapper;
    QStandardItemModel *m_targetModel;
    QString m_fileName;
    QString m_objectTypeLabel;
    QStringList m_header;
    QList<QStringList> m_samples;
    QList<QStringList> m_pasted; // paste mode: the whole block
    QList<ColumnMatch> m_choices;
    QString m_notice; // the last column that lost its target to another, for the summary
};

} // namespace Batchsmith
