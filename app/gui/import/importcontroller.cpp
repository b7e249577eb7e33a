// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/importcontroller.h"

#include <algorithm>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "core/api/objecttypes.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/table/tableloader.h"
#include "gui/common/messagebox.h"
#include "gui/import/columnmappingdialog.h"
#include "gui/import/importcommand.h"
#include "gui/logging.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

namespace {

constexpr int ProgressSteps = 1000;
constexpr int BlankCheckLimit = 1000; // rows looked at to decide whether the grid is a blank starting grid
constexpr int SampleRows = 3;

/// The error's own words without the "file:line:column: " prefix core puts in front for logs.
QString bareMessage(const Error &error)
{
    static const QRegularExpression prefix(u"^.*:\\d+:\\d+: "_s, QRegularExpression::InvertedGreedinessOption);
    QString message = error.message;
    if (error.line > 0)
        message.remove(prefix);
    return message;
}

} // namespace

ImportController::ImportController(RecordTableModel *model, QUndoStack *undo, Settings &settings, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_undo(undo)
    , m_settings(settings)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    stopLoader();
}

void ImportController::setStatusBar(QStatusBar *bar)
{
    m_progressLabel = new QLabel(bar);
    m_progressLabel->setObjectName(u"importProgressLabel"_s);
    m_progressBar = new QProgressBar(bar);
    m_progressBar->setObjectName(u"importProgressBar"_s);
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setMaximumWidth(200);
    m_cancelButton = new QPushButton(tr("Cancel Import"), bar);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportController::cancel);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progressBar);
    bar->addPermanentWidget(m_cancelButton);
    for (QWidget *widget : { static_cast<QWidget *>(m_progressLabel), static_cast<QWidget *>(m_progressBar),
             static_cast<QWidget *>(m_cancelButton) })
        widget->hide();
}

void ImportController::acceptDrops(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ImportController::canImport(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QUrl file;
    for (const QUrl &url : drop->mimeData()->urls()) {
        if (canImport(url)) {
            file = url;
            break;
        }
    }
    // Anything else (a .batchsmith draft, an image) goes on to the window's own handlers.
    if (file.isEmpty())
        return QObject::eventFilter(watched, event);
    drop->acceptProposedAction();
    if (type == QEvent::Drop) {
        // Leave the drop first: the application the file came from waits until it returns.
        const QString path = file.toLocalFile();
        QTimer::singleShot(0, this, [this, path] { importFile(path); });
    }
    return true;
}

bool ImportController::checkReady(const QString &what)
{
    if (isImporting()) {
        if (auto *bar = m_window->findChild<QStatusBar *>())
            bar->showMessage(tr("An import is already under way: wait for it or cancel it."), 8000);
        return false;
    }
    const Catalogue catalogue = m_catalogue ? m_catalogue() : Catalogue {};
    if (!catalogue.refusal.isEmpty() || catalogue.properties.isEmpty()) {
        //: Title of the message shown when an import cannot start
        const QString title = tr("Import");
        const QString why = !catalogue.refusal.isEmpty()
            ? catalogue.refusal
            : tr("Connect to a portal first: the columns are matched to the properties of the object type.");
        //: %1 is a file name or "the pasted cells", %2 the reason
        MessageBox::warning(m_window, title, tr("%1 cannot be imported now. %2").arg(what, why));
        return false;
    }
    m_objectType = catalogue.objectType;
    return true;
}

void ImportController::setState(State state)
{
    const bool wasImporting = isImporting();
    m_state = state;
    const bool loading = m_progressBar && !m_path.isEmpty() && state != State::Idle;
    if (m_progressBar) {
        m_progressBar->setVisible(loading);
        m_progressLabel->setVisible(loading);
        m_cancelButton->setVisible(loading);
    }
    if (wasImporting != isImporting())
        Q_EMIT importingChanged(isImporting());
}

QString ImportController::sourceName() const
{
    //: Stands for the source of an import when it is a pasted block, in sentences such as "%1 cannot be imported"
    return m_path.isEmpty() ? tr("The pasted cells") : u"“%1”"_s.arg(QFileInfo(m_path).fileName());
}

void ImportController::chooseFile()
{
    //: Title of the file dialog of File > Import
    auto *dialog = new QFileDialog(m_window, tr("Import Rows from a File"));
    dialog->setObjectName(u"importFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    //: File type filters of the import dialog; keep the patterns in parentheses
    dialog->setNameFilters({ tr("CSV and TSV files (*.csv *.tsv *.txt)"), tr("All files (*)") });
    const QStringList recent = m_settings.recentFiles();
    dialog->setDirectory(recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                          : QFileInfo(recent.first()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &ImportController::importFile);
    dialog->open();
}

ColumnMapper ImportController::makeMapper(const Catalogue &catalogue) const
{
    QList<TableColumn> associations;
    for (const TableColumn &column : m_model->dataColumns()) {
        if (column.kind == TableColumn::Kind::Association)
            associations.append(column);
    }
    ColumnMapper mapper(catalogue.properties, associations, catalogue.objectTypes);
    mapper.setRemembered(m_settings.columnMapping(ObjectTypes::canonicalId(catalogue.objectType)));
    return mapper;
}

void ImportController::importFile(const QString &path)
{
    importFileAs(path, TextDecoder::Choice::Auto);
}

void ImportController::importFileAs(const QString &path, TextDecoder::Choice encoding)
{
    if (!checkReady(u"“%1”"_s.arg(QFileInfo(path).fileName())))
        return;
    m_path = path;
    m_encoding = encoding;
    m_header.clear();
    m_notice.clear();
    m_held.clear();
    m_loadDone = false;
    m_failure.reset();
    m_loader = new TableLoader(this);
    m_loader->setEncoding(encoding);
    connect(m_loader, &TableLoader::headerRead, this, &ImportController::onHeaderRead);
    connect(m_loader, &TableLoader::noticeChanged, this, [this](const QString &notice) { m_notice = notice; });
    connect(m_loader, &TableLoader::rowsRead, this, &ImportController::onRowsRead);
    connect(m_loader, &TableLoader::finished, this, &ImportController::onLoadFinished);
    connect(m_loader, &TableLoader::progress, this, [this](qint64 done, qint64 total) {
        if (m_progressBar && total > 0)
            m_progressBar->setValue(int(done * ProgressSteps / total));
    });
    setState(State::Reading);
    if (m_progressLabel) {
        m_progressBar->setValue(0);
        //: Status bar while a file is read; %1 is its name
        m_progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    }
    qCInfo(lcGui) << "importing" << path;
    m_loader->start(path);
}

bool ImportController::hasHeaderRow(const QList<QStringList> &cells) const
{
    if (cells.isEmpty())
        return false;
    const ColumnMapper mapper = makeMapper(m_catalogue ? m_catalogue() : Catalogue {});
    const QList<ColumnMatch> matches = mapper.match(cells.first());
    // A usual export name ("Owner", "Company") could as well be a value: only names and labels make a header row.
    return std::any_of(matches.cbegin(), matches.cend(), [](const ColumnMatch &match) {
        return match.target.kind != ColumnTarget::Kind::Unmatched && match.reason != ColumnMatch::Reason::CommonName;
    });
}

void ImportController::importCells(const QList<QStringList> &cells)
{
    if (cells.isEmpty() || !checkReady(tr("The pasted cells")))
        return;
    m_path.clear();
    m_notice.clear();
    m_held.clear();
    m_loadDone = true;
    m_failure.reset();
    setState(State::Mapping);
    openMapping({}, {}, cells);
}

void ImportController::onHeaderRead(const QStringList &header, const QString &notice)
{
    m_header = header;
    m_notice = notice;
}

void ImportController::openMapping(
    const QStringList &header, const QList<QStringList> &samples, const QList<QStringList> &pasted)
{
    const Catalogue catalogue = m_catalogue ? m_catalogue() : Catalogue {};
    auto *dialog = new ColumnMappingDialog(makeMapper(catalogue), m_window);
    dialog->setObjectName(u"columnMappingDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectTypeLabel(catalogue.objectTypeLabel.isEmpty() ? catalogue.objectType : catalogue.objectTypeLabel);
    if (pasted.isEmpty())
        dialog->setFile(QFileInfo(m_path).fileName(), header, samples);
    else
        dialog->setPastedCells(pasted);
    dialog->setNotice(m_notice);
    dialog->setEncoding(m_encoding);
    connect(dialog, &ColumnMappingDialog::encodingChosen, this, [this](TextDecoder::Choice encoding) {
        // Read the file again in that encoding: the header and the examples may change. Queued, because abandon()
        // closes the dialog that is emitting this.
        const QString path = m_path;
        abandon();
        QTimer::singleShot(0, this, [this, path, encoding] { importFileAs(path, encoding); });
    });
    connect(dialog, &QDialog::accepted, this, &ImportController::onMappingAccepted);
    connect(dialog, &QDialog::rejected, this, &ImportController::onMappingRejected);
    m_dialog = dialog;
    setState(State::Mapping);
    dialog->open();
    Q_EMIT mappingDialogOpened(dialog);
}

void ImportController::onRowsRead(const RowBlock &block)
{
    switch (m_state) {
    case State::Reading: {
        m_held.append(block);
        QList<QStringList> samples;
        for (qsizetype r = 0; r < block.rowCount() && r < SampleRows; ++r)
            samples.append(block.row(r));
        openMapping(m_header, samples, {});
        break;
    }
    case State::Mapping:
        m_held.append(block);
        break;
    case State::Streaming:
        if (!append(block))
            fail(*m_failure);
        break;
    case State::Idle:
        break;
    }
}

void ImportController::onLoadFinished(qint64 rows, const Error &error)
{
    m_loadDone = true;
    if (m_state == State::Idle || error.kind == Error::Kind::Cancelled)
        return; // cancel() has already put things back
    if (error.kind != Error::Kind::None) {
        fail(error);
        return;
    }
    if (m_state == State::Reading) {
        // A header and no rows (or an empty file): nothing to bring in.
        setState(State::Idle);
        //: %1 is a file name in quotes
        MessageBox::warning(m_window, tr("Import"),
            m_header.isEmpty() ? tr("%1 is empty: there is nothing to import.").arg(sourceName())
                               : tr("%1 has column names but no rows: there is nothing to import.").arg(sourceName()));
        Q_EMIT importFinished(0);
        return;
    }
    Q_UNUSED(rows)
    if (m_state == State::Streaming)
        complete();
}

void ImportController::onMappingAccepted()
{
    if (!m_dialog || m_state != State::Mapping)
        return;
    const QList<ColumnMatch> choices = m_dialog->choices();
    if (m_dialog->rememberChoices()) {
        const QString type = ObjectTypes::canonicalId(m_objectType);
        const Catalogue catalogue = m_catalogue ? m_catalogue() : Catalogue {};
        m_settings.setColumnMapping(type, makeMapper(catalogue).remember(m_settings.columnMapping(type), choices));
    }
    if (m_path.isEmpty()) {
        // The pasted block, as one chunk of rows.
        const QList<QStringList> cells = m_dialog->pastedRows();
        RowBlock block;
        block.columnCount = int(choices.size());
        for (qsizetype r = 0; r < cells.size(); ++r) {
            QStringList row = cells.at(r).mid(0, block.columnCount);
            while (row.size() < block.columnCount)
                row.append(QString());
            block.appendRow(row, int(r) + 1);
        }
        m_held = { block };
    }
    m_dialog.clear();
    const bool anything = std::any_of(choices.cbegin(), choices.cend(), [](const ColumnMatch &choice) {
        return choice.target.kind == ColumnTarget::Kind::Data || choice.target.kind == ColumnTarget::Kind::Outcome;
    });
    if (!anything) {
        stopLoader();
        setState(State::Idle);
        MessageBox::warning(
            m_window, tr("Import"), tr("%1 was not imported: every column was skipped.").arg(sourceName()));
        Q_EMIT importFinished(0);
        return;
    }
    prepareGrid(choices);
    setState(State::Streaming);
    if (m_loader)
        m_loader->proceed();
    const QList<RowBlock> held = std::exchange(m_held, {});
    for (const RowBlock &block : held) {
        if (!append(block)) {
            fail(*m_failure);
            return;
        }
    }
    if (m_loadDone)
        complete();
}

void ImportController::onMappingRejected()
{
    if (m_state != State::Mapping)
        return;
    m_dialog.clear();
    stopLoader();
    m_held.clear();
    setState(State::Idle);
    Q_EMIT importFinished(0);
}

bool ImportController::gridIsBlank() const
{
    if (m_model->rowCount() > BlankCheckLimit)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TableRecord record = m_model->record(row);
        if (record.outcome.status != RowStatus::Pending)
            return false;
        for (const QString &value : record.values) {
            if (!value.isEmpty())
                return false;
        }
    }
    return true;
}

void ImportController::prepareGrid(const QList<ColumnMatch> &choices)
{
    m_statusColumn = m_idColumn = m_errorColumn = -1;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).target.kind != ColumnTarget::Kind::Outcome)
            continue;
        switch (choices.at(i).target.outcome) {
        case ColumnTarget::Outcome::Status:
            m_statusColumn = i;
            break;
        case ColumnTarget::Outcome::Id:
            m_idColumn = i;
            break;
        case ColumnTarget::Outcome::Error:
            m_errorColumn = i;
            break;
        }
    }
    m_replacedColumns.clear();
    m_replacedRecords.clear();
    if (gridIsBlank()) {
        // A starting grid (default columns, one empty row) gives way to the file's columns.
        m_keptColumns = 0;
        m_keptRows = 0;
        ImportCommand::Part taken = ImportCommand::swap(m_model, 0, 0, {});
        m_replacedColumns = std::move(taken.columns);
        m_replacedRecords = std::move(taken.records);
    } else {
        m_keptColumns = m_model->dataColumnCount();
        m_keptRows = m_model->rowCount();
    }
    for (const TableColumn &column : ColumnMapper::missingColumns(choices, m_model->dataColumns()))
        m_model->insertDataColumn(m_model->dataColumnCount(), column);
    m_columnMap = ColumnMapper::dataColumnMap(choices, m_model->dataColumns());
}

bool ImportController::append(const RowBlock &block)
{
    const int first = m_model->rowCount();
    m_model->appendRows(block, m_columnMap);
    if (m_statusColumn >= 0 || m_idColumn >= 0 || m_errorColumn >= 0) {
        const auto cell = [&block](qsizetype row, int column) {
            return column >= 0 && column < block.columnCount ? block.text(row, column) : QString();
        };
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            const QString status = cell(r, m_statusColumn);
            auto outcome = ColumnMapper::outcomeFromCells(status, cell(r, m_idColumn), cell(r, m_errorColumn));
            if (!outcome) {
                Error e = Error::make(Error::Kind::InvalidInput,
                    u"\"%1\" is not a status; __status holds created, updated, failed, unknown, skipped or nothing"_s
                        .arg(status));
                e.file = m_path;
                e.line = block.lines.value(r);
                e.column = m_statusColumn + 1;
                m_failure = e;
                return false;
            }
            // A skipped row was never sent: it waits to be sent like a new one.
            if (outcome->status == RowStatus::Skipped)
                outcome->status = RowStatus::Pending;
            if (outcome->isFinal())
                m_model->setOutcome(first + int(r), *outcome);
        }
    }
    if (m_progressLabel) {
        //: Status bar while rows are imported; %1 is a file name, %2 the number of rows so far
        m_progressLabel->setText(
            tr("Importing %1: %2 rows")
                .arg(QFileInfo(m_path).fileName(), QLocale().toString(m_model->rowCount() - m_keptRows)));
    }
    return true;
}

void ImportController::complete()
{
    const int rows = m_model->rowCount() - m_keptRows;
    QStringList sentences;
    //: Status bar after an import; %1 is a file name in quotes or "The pasted cells"
    sentences.append(tr("Imported %Ln row(s) from %1.", nullptr, rows).arg(sourceName()));
    if (rows <= UndoableRows) {
        //: Undo menu text after an import; %1 is a file name in quotes or "The pasted cells"
        m_undo->push(new ImportCommand(m_model, m_keptColumns, m_keptRows,
            { std::move(m_replacedColumns), std::move(m_replacedRecords) }, tr("Import %1").arg(sourceName())));
    } else {
        // Undoing would copy every row out of the grid's compact store: the undo history is closed here.
        m_undo->clear();
        sentences.append(tr("An import this large cannot be undone; use New Batch to start over."));
    }
    if (!m_notice.isEmpty())
        sentences.append(m_notice);
    m_replacedColumns.clear();
    m_replacedRecords.clear();
    stopLoader();
    setState(State::Idle);
    if (auto *bar = m_window->findChild<QStatusBar *>())
        bar->showMessage(sentences.join(u' '), 20000);
    if (!m_path.isEmpty())
        m_settings.addRecentFile(m_path);
    qCInfo(lcGui) << "imported" << rows << "rows";
    Q_EMIT importFinished(rows);
}

void ImportController::rollBack()
{
    if (m_state != State::Streaming)
        return;
    // Take out what this import added and put back what it replaced.
    ImportCommand::swap(m_model, m_keptColumns, m_keptRows,
        { std::exchange(m_replacedColumns, {}), std::exchange(m_replacedRecords, {}) });
}

void ImportController::stopLoader()
{
    if (!m_loader)
        return;
    disconnect(m_loader, nullptr, this, nullptr);
    m_loader->cancel();
    m_loader->deleteLater();
    m_loader.clear();
}

void ImportController::abandon()
{
    stopLoader();
    if (m_dialog) {
        disconnect(m_dialog, nullptr, this, nullptr);
        m_dialog->reject();
        m_dialog.clear();
    }
    rollBack();
    m_held.clear();
    setState(State::Idle);
}

void ImportController::fail(const Error &error)
{
    const QString source = sourceName();
    const bool encodingError = m_loader && m_loader->failedOnEncoding();
    const QString path = m_path;
    abandon();
    qCWarning(lcGui) << "import failed:" << error.message;
    QString text;
    if (error.line > 0 && error.column > 0) {
        //: %1 is a file name in quotes, %2 a line number, %3 a column number, %4 what is wrong (English, from the
        //: reader)
        text = tr("%1 could not be imported: line %2, column %3: %4")
                   .arg(source, QLocale().toString(error.line), QLocale().toString(error.column), bareMessage(error));
    } else if (error.line > 0) {
        //: %1 is a file name in quotes, %2 a line number, %3 what is wrong
        text = tr("%1 could not be imported: line %2: %3")
                   .arg(source, QLocale().toString(error.line), bareMessage(error));
    } else {
        //: %1 is a file name in quotes, %2 what is wrong
        text = tr("%1 could not be imported: %2").arg(source, error.message);
    }
    text += u"\n\n"_s + tr("Nothing was imported: the grid is as it was.");
    if (encodingError && m_encoding != TextDecoder::Choice::Windows1252 && offerAnotherEncoding(text)) {
        Q_EMIT importFinished(0);
        QTimer::singleShot(0, this, [this, path] { importFileAs(path, TextDecoder::Choice::Windows1252); });
        return;
    }
    if (!encodingError || m_encoding == TextDecoder::Choice::Windows1252)
        MessageBox::warning(m_window, tr("Import Failed"), text);
    Q_EMIT importFinished(0);
}

bool ImportController::offerAnotherEncoding(const QString &text)
{
    //: Asked after a file could not be read as UTF-8; the text above says where the bad byte is
    const QString question = tr("If the file was saved by a program that writes Windows-1252 (such as Excel on "
                                "Windows), it can be read that way instead; letters written in UTF-8 would then look "
                                "wrong. Read it as Windows-1252?");
    //: Button that reads the file again as Windows-1252
    const QString readAs = tr("Read as Windows-1252");
    return MessageBox::question(m_window, tr("Import Failed"), text + u"\n\n"_s + question,
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No, { { QMessageBox::Yes, readAs } })
        == QMessageBox::Yes;
}

void ImportController::cancel()
{
    if (!isImporting())
        return;
    const bool added = m_state == State::Streaming;
    const int rows = added ? m_model->rowCount() - m_keptRows : 0;
    abandon();
    if (auto *bar = m_window->findChild<QStatusBar *>()) {
        bar->showMessage(added ? tr("Import cancelled: the %Ln row(s) already added were taken out again; the grid is "
                                    "as it was.",
                             nullptr, rows)
                               : tr("Import cancelled."),
            15000);
    }
    Q_EMIT importFinished(0);
}

} // namespace Batchsmith
