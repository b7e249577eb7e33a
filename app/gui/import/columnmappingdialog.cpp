// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/columnmappingdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyle>

#include "ui_columnmappingdialog.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

enum MappingColumn { FileColumn, ExamplesColumn, TargetColumn, ReasonColumn };

constexpr int KeyRole = Qt::UserRole + 1; // target key; "" for Unmatched and Skip
constexpr int KindRole = Qt::UserRole + 2; // int(ColumnTarget::Kind); -1 on section headings
constexpr int ExampleCount = 3;

QColor unmatchedBackground()
{
    return QColor(0xff, 0xf1, 0xc8); // soft amber: noticed without alarming
}

QString outcomeText(ColumnTarget::Outcome outcome)
{
    switch (outcome) {
    case ColumnTarget::Outcome::Status:
        return ColumnMappingDialog::tr("Row status (from a results file)");
    case ColumnTarget::Outcome::Id:
        return ColumnMappingDialog::tr("Record ID (from a results file)");
    case ColumnTarget::Outcome::Error:
        return ColumnMappingDialog::tr("Error message (from a results file)");
    }
    return {};
}

QStandardItem *heading(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setData(-1, KindRole);
    return item;
}

QStandardItem *choiceItem(const QString &text, ColumnTarget::Kind kind, const QString &key = {})
{
    auto *item = new QStandardItem(text);
    item->setData(key, KeyRole);
    item->setData(int(kind), KindRole);
    return item;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(ColumnMapper mapper, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ColumnMappingDialog>())
    , m_mapper(std::move(mapper))
    , m_targetModel(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->firstRowHeaderCheckBox->hide();
    m_ui->noticeLabel->hide();
    m_ui->encodingLabel->hide(); // files only (setFile())
    m_ui->encodingComboBox->hide();
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->mappingTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    retranslate();

    connect(m_ui->unmatchedOnlyCheckBox, &QCheckBox::toggled, this, &ColumnMappingDialog::applyFilter);
    connect(m_ui->firstRowHeaderCheckBox, &QCheckBox::toggled, this, [this](bool header) {
        const QList<QStringList> rows = m_pasted.mid(header ? 1 : 0);
        QStringList names;
        if (header) {
            names = m_pasted.value(0);
        } else {
            for (qsizetype i = 0; i < m_pasted.value(0).size(); ++i)
                //: Name given to a pasted column when the block has no header row; %1 is 1, 2, 3…
                names.append(tr("Column %1").arg(i + 1));
        }
        setColumns(names, rows.mid(0, ExampleCount));
        if (!header) {
            // Made-up names say nothing about the columns: nothing to match or to remember.
            for (int i = 0; i < m_choices.size(); ++i) {
                m_choices[i] = { m_header.at(i), {}, ColumnMatch::Reason::None, {} };
                updateRow(i);
            }
            updateSummary();
        }
        m_ui->rememberCheckBox->setEnabled(header);
    });
    // The combo's rows are TextDecoder::Choice in order (columnmappingdialog.ui): Automatic, UTF-8, Windows-1252,
    // UTF-16.
    connect(m_ui->encodingComboBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT encodingChosen(TextDecoder::Choice(index)); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

void ColumnMappingDialog::retranslate()
{
    m_ui->retranslateUi(this);
    //: The OK button of the mapping step
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    if (!m_fileName.isEmpty()) {
        //: %1 is a file name such as contacts.csv
        m_ui->introLabel->setText(tr("Choose where each column of “%1” goes. Columns were matched to properties by "
                                     "internal name or label, ignoring case and accents.")
                                      .arg(m_fileName));
    } else if (!m_pasted.isEmpty()) {
        m_ui->introLabel->setText(tr("Choose where each pasted column goes. Columns were matched to properties by "
                                     "internal name or label, ignoring case and accents."));
    }
    if (!m_objectTypeLabel.isEmpty()) {
        //: Check box of the mapping step; %1 is an object type such as Contacts
        m_ui->rememberCheckBox->setText(tr("&Remember these choices for %1").arg(m_objectTypeLabel));
    }
    buildTargetModel();
    for (int row = 0; row < m_choices.size(); ++row)
        updateRow(row);
    updateSummary();
}

void ColumnMappingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ColumnMappingDialog::buildTargetModel()
{
    // One model shared by every combo: a file with a hundred columns and a portal with five hundred properties
    // would otherwise hold fifty thousand items.
    QList<TableColumn> offered = m_mapper.offeredColumns();
    for (const ColumnMatch &choice : std::as_const(m_choices)) {
        // assoc: columns of the file whose label the catalogue does not list are offered too.
        if (choice.target.kind == ColumnTarget::Kind::Data && !offered.contains(choice.target.column))
            offered.append(choice.target.column);
    }
    m_targetModel->clear();
    //: Entry of the target list for a column nothing was chosen for
    m_targetModel->appendRow(choiceItem(tr("— Not matched —"), ColumnTarget::Kind::Unmatched));
    m_targetModel->appendRow(choiceItem(tr("Skip this column"), ColumnTarget::Kind::Skip));
    bool associations = false;
    m_targetModel->appendRow(heading(tr("Properties")));
    for (const TableColumn &column : std::as_const(offered)) {
        if (column.kind == TableColumn::Kind::Association && !std::exchange(associations, true))
            m_targetModel->appendRow(heading(tr("Associations")));
        QString text = column.title();
        if (column.kind == TableColumn::Kind::Property && column.property.label != column.property.name) {
            //: A property in the target list: %1 its label, %2 its internal name. Example: "First Name (firstname)"
            text = tr("%1 (%2)").arg(column.title(), column.property.name);
        }
        QStandardItem *item = choiceItem(text, ColumnTarget::Kind::Data, column.key());
        item->setToolTip(column.key());
        m_targetModel->appendRow(item);
    }
    for (int row = 0; row < m_choices.size(); ++row) {
        if (QComboBox *box = combo(row); box && box->model() == m_targetModel)
            updateRow(row);
    }
}

void ColumnMappingDialog::setObjectTypeLabel(const QString &label)
{
    m_objectTypeLabel = label;
    //: Check box of the mapping step; %1 is an object type such as Contacts
    m_ui->rememberCheckBox->setText(tr("&Remember these choices for %1").arg(label));
}

void ColumnMappingDialog::setEncoding(TextDecoder::Choice encoding)
{
    m_ui->encodingComboBox->setCurrentIndex(int(encoding));
}

TextDecoder::Choice ColumnMappingDialog::encoding() const
{
    return TextDecoder::Choice(qMax(0, m_ui->encodingComboBox->currentIndex()));
}

void ColumnMappingDialog::setNotice(const QString &notice)
{
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
}

void ColumnMappingDialog::setFile(
    const QString &fileName, const QStringList &header, const QList<QStringList> &firstRows)
{
    m_ui->encodingLabel->show();
    m_ui->encodingComboBox->show();
    m_fileName = fileName;
    m_pasted.clear();
    m_ui->firstRowHeaderCheckBox->hide();
    setColumns(header, firstRows.mid(0, ExampleCount));
    retranslate();
}

void ColumnMappingDialog::setPastedCells(const QList<QStringList> &cells)
{
    m_fileName.clear();
    m_pasted = cells;
    // A block copied with its header row has at least one cell that names a property; a block of values alone
    // (emails, names) almost never does.
    bool header = false;
    for (const ColumnMatch &match : m_mapper.match(cells.value(0))) {
        if (match.target.kind != ColumnTarget::Kind::Unmatched)
            header = true;
    }
    m_ui->firstRowHeaderCheckBox->show();
    m_ui->firstRowHeaderCheckBox->setChecked(!header); // make sure toggled() fires with the guess
    m_ui->firstRowHeaderCheckBox->setChecked(header);
    retranslate();
}

bool ColumnMappingDialog::firstRowIsHeader() const
{
    return m_pasted.isEmpty() || m_ui->firstRowHeaderCheckBox->isChecked();
}

bool ColumnMappingDialog::rememberChoices() const
{
    return m_ui->rememberCheckBox->isChecked() && firstRowIsHeader();
}

int ColumnMappingDialog::unmatchedCount() const
{
    return int(std::count_if(m_choices.cbegin(), m_choices.cend(),
        [](const ColumnMatch &match) { return match.target.kind == ColumnTarget::Kind::Unmatched; }));
}

void ColumnMappingDialog::setColumns(const QStringList &header, const QList<QStringList> &samples)
{
    m_header = header;
    m_samples = samples;
    m_choices = m_mapper.match(header);
    m_notice.clear();
    buildTargetModel();
    QTableWidget *table = m_ui->mappingTableWidget;
    table->clearContents();
    table->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row)
        fillRow(row);
    updateSummary();
    applyFilter();
    fitToContents();
}

QComboBox *ColumnMappingDialog::combo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(row, TargetColumn));
}

void ColumnMappingDialog::fillRow(int row)
{
    QTableWidget *table = m_ui->mappingTableWidget;
    const QString header = m_header.at(row);
    auto *name = new QTableWidgetItem(header.trimmed().isEmpty() ? tr("(no name)") : header);
    name->setToolTip(header);
    table->setItem(row, FileColumn, name);

    QStringList examples;
    for (const QStringList &sample : std::as_const(m_samples)) {
        const QString value = sample.value(row).simplified();
        if (!value.isEmpty())
            examples.append(value);
    }
    auto *example = new QTableWidgetItem(examples.isEmpty() ? tr("(empty)") : examples.join(u"  ·  "_s));
    example->setToolTip(examples.join(u'\n'));
    if (examples.isEmpty())
        example->setForeground(palette().color(QPalette::PlaceholderText));
    table->setItem(row, ExamplesColumn, example);
    table->setItem(row, TargetColumn, new QTableWidgetItem());
    table->setItem(row, ReasonColumn, new QTableWidgetItem());

    auto *box = new QComboBox(table);
    box->setObjectName(u"targetComboBox%1"_s.arg(row));
    //: Accessible name of the target list of one file column; %1 is the column's name in the file
    box->setAccessibleName(tr("Import “%1” as").arg(header));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(26);
    box->setMaxVisibleItems(20);
    if (m_choices.at(row).target.kind == ColumnTarget::Kind::Outcome) {
        const ColumnTarget::Outcome outcome = m_choices.at(row).target.outcome;
        box->addItem(outcomeText(outcome));
        box->setItemData(0, m_choices.at(row).target.key(), KeyRole);
        box->setItemData(0, int(ColumnTarget::Kind::Outcome), KindRole);
        box->addItem(tr("Skip this column"));
        box->setItemData(1, QString(), KeyRole);
        box->setItemData(1, int(ColumnTarget::Kind::Skip), KindRole);
    } else {
        box->setModel(m_targetModel);
    }
    table->setCellWidget(row, TargetColumn, box);
    connect(box, &QComboBox::activated, this, [this, row](int index) { onTargetActivated(row, index); });
    updateRow(row);
}

void ColumnMappingDialog::updateRow(int row)
{
    QTableWidget *table = m_ui->mappingTableWidget;
    QComboBox *box = combo(row);
    if (!box || row >= m_choices.size())
        return;
    const ColumnMatch &choice = m_choices.at(row);
    const QString key = choice.target.key();
    int index = -1;
    for (int i = 0; i < box->count(); ++i) {
        const auto kind = ColumnTarget::Kind(box->itemData(i, KindRole).toInt());
        if (box->itemData(i, KindRole).toInt() < 0)
            continue;
        if (kind == choice.target.kind && (key.isEmpty() || box->itemData(i, KeyRole).toString() == key)) {
            index = i;
            break;
        }
    }
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(index);
    if (index >= 0)
        box->setToolTip(box->itemData(index, Qt::ToolTipRole).toString());

    const bool unmatched = choice.target.kind == ColumnTarget::Kind::Unmatched;
    table->item(row, ReasonColumn)->setText(reasonText(choice));
    table->item(row, ReasonColumn)->setToolTip(reasonText(choice));
    table->item(row, FileColumn)->setIcon(unmatched ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    for (int column = FileColumn; column <= ReasonColumn; ++column) {
        QTableWidgetItem *item = table->item(row, column);
        item->setBackground(unmatched ? QBrush(unmatchedBackground()) : QBrush());
        if (column != ExamplesColumn)
            item->setForeground(unmatched ? QBrush(Qt::black) : QBrush());
    }
}

QString ColumnMappingDialog::reasonText(const ColumnMatch &match)
{
    using Reason = ColumnMatch::Reason;
    switch (match.reason) {
    case Reason::InternalName:
        //: How a file column was matched: its name is the property's internal name
        return tr("Internal name");
    case Reason::Label:
        //: How a file column was matched: its name is the property's label
        return tr("Label");
    case Reason::CommonName:
        //: How a file column was matched: its name is what other exports usually call the property
        return tr("Usual name");
    case Reason::Remembered:
        return tr("Your earlier choice");
    case Reason::Chosen:
        return tr("Your choice");
    case Reason::OutcomeColumn:
        return tr("Results file");
    case Reason::ReadOnly:
        //: %1 is the internal name of a property HubSpot sets itself, such as hs_object_id
        return tr("Skipped: %1 is read-only in HubSpot").arg(match.detail);
    case Reason::Ambiguous:
        //: %1 lists internal names, such as "region_a, region_b"
        return tr("Several properties have this label: %1").arg(match.detail);
    case Reason::Duplicate:
        //: %1 is the name of another column of the file
        return tr("Already imported from “%1”").arg(match.detail);
    case Reason::Empty:
        return tr("The column has no name");
    case Reason::None:
        break;
    }
    return tr("No property has this name or label");
}

void ColumnMappingDialog::onTargetActivated(int row, int comboIndex)
{
    QComboBox *box = combo(row);
    const auto kind = ColumnTarget::Kind(box->itemData(comboIndex, KindRole).toInt());
    const QString key = box->itemData(comboIndex, KeyRole).toString();
    ColumnMatch &choice = m_choices[row];
    if (kind == ColumnTarget::Kind::Skip) {
        choice.target = ColumnTarget::skip();
    } else if (kind == ColumnTarget::Kind::Unmatched) {
        choice.target = {};
    } else if (const auto target = m_mapper.targetForKey(key)) {
        choice.target = *target;
    }
    choice.reason
        = choice.target.kind == ColumnTarget::Kind::Unmatched ? ColumnMatch::Reason::None : ColumnMatch::Reason::Chosen;
    choice.detail.clear();
    m_notice.clear();
    if (!key.isEmpty() && choice.target.kind != ColumnTarget::Kind::Unmatched) {
        for (int other = 0; other < m_choices.size(); ++other) {
            if (other == row || m_choices.at(other).target.key() != key)
                continue;
            m_choices[other] = { m_choices.at(other).header, {}, ColumnMatch::Reason::Duplicate, choice.header };
            //: %1 and %2 are column names of the file; the target is the property both were set to
            m_notice = tr("“%1” now goes there instead of “%2”, which is no longer matched.")
                           .arg(choice.header, m_choices.at(other).header);
            updateRow(other);
        }
    }
    updateRow(row);
    updateSummary();
    applyFilter();
}

void ColumnMappingDialog::choose(int column, const QString &key)
{
    QComboBox *box = combo(column);
    if (!box)
        return;
    for (int i = 0; i < box->count(); ++i) {
        const auto kind = ColumnTarget::Kind(box->itemData(i, KindRole).toInt());
        if (box->itemData(i, KindRole).toInt() < 0)
            continue;
        if ((key.isEmpty() && kind == ColumnTarget::Kind::Skip)
            || (!key.isEmpty() && box->itemData(i, KeyRole).toString() == key)) {
            box->setCurrentIndex(i);
            Q_EMIT box->activated(i);
            return;
        }
    }
}

void ColumnMappingDialog::updateSummary()
{
    const int unmatched = unmatchedCount();
    int imported = 0;
    int skipped = 0;
    bool outcomes = false;
    for (const ColumnMatch &choice : std::as_const(m_choices)) {
        imported += choice.target.kind == ColumnTarget::Kind::Data ? 1 : 0;
        skipped += choice.target.kind == ColumnTarget::Kind::Skip ? 1 : 0;
        outcomes = outcomes || choice.target.kind == ColumnTarget::Kind::Outcome;
    }
    QStringList sentences;
    if (unmatched > 0) {
        //: Summary at the top of the mapping step; %n is how many file columns have no target yet
        sentences.append(tr("<b>%Ln column(s) not matched:</b> pick a property or skip them. Columns left unmatched "
                            "are not imported.",
            nullptr, unmatched));
    } else {
        //: Summary at the top of the mapping step when every column has a target or is skipped
        sentences.append(tr("Every column is matched: %Ln will be imported.", nullptr, imported));
    }
    if (skipped > 0)
        sentences.append(tr("%Ln skipped.", nullptr, skipped));
    if (outcomes)
        sentences.append(tr("This is a results file: each row keeps its outcome, so Retry Failed Rows sends only "
                            "the failed ones."));
    if (!m_notice.isEmpty())
        sentences.append(m_notice.toHtmlEscaped());
    m_ui->summaryLabel->setText(sentences.join(u' '));
    m_ui->unmatchedOnlyCheckBox->setEnabled(unmatched > 0 || m_ui->unmatchedOnlyCheckBox->isChecked());
}

void ColumnMappingDialog::applyFilter()
{
    const bool only = m_ui->unmatchedOnlyCheckBox->isChecked();
    for (int row = 0; row < m_choices.size(); ++row)
        m_ui->mappingTableWidget->setRowHidden(
            row, only && m_choices.at(row).target.kind != ColumnTarget::Kind::Unmatched);
}

void ColumnMappingDialog::fitToContents()
{
    QTableWidget *table = m_ui->mappingTableWidget;
    QHeaderView *header = table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(u'M');
    // The examples take what room is left; the other columns are as wide as what they hold, within limits.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    const int examples = qBound(10 * em, header->sectionSize(ExamplesColumn), 24 * em);
    header->resizeSection(FileColumn, qBound(8 * em, header->sectionSize(FileColumn), 18 * em));
    header->resizeSection(TargetColumn, qMax(header->sectionSize(TargetColumn), 20 * em));
    header->resizeSection(ReasonColumn, qBound(8 * em, header->sectionSize(ReasonColumn), 28 * em));
    header->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    int width = examples;
    for (const int column : { FileColumn, TargetColumn, ReasonColumn })
        width += header->sectionSize(column);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int rows = table->verticalHeader()->length() + header->height();
    const int chrome = sizeHint().height() - table->sizeHint().height();
    // As wide as the columns need (the reasons included), within the screen.
    resize(qMin(qMax(760, width + 4 * em), available.width() * 9 / 10),
        qMin(qMax(440, rows + chrome + 2 * em), available.height() * 8 / 10));
}

} // namespace Batchsmith
