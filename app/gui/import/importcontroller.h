// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "core/catalog/catalogtypes.h"
#include "core/import/columnmapper.h"
#include "core/io/textdecoder.h"
#include "core/result.h"
#include "core/table/rowblock.h"
#include "core/table/tablerecord.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QUndoStack;
class QWidget;

namespace Batchsmith {

class ColumnMappingDialog;
class RecordTableModel;
class Settings;
class TableLoader;

/**
 * Brings rows into the grid from a CSV/TSV file (File > Import…, or a file dropped on the window) or from a block
 * pasted into a grid without columns: reads the file on a worker thread (TableLoader), shows the mapping step
 * (ColumnMappingDialog) with the first rows as examples, then streams the rows into the model with the chosen
 * columns, creating the data columns they need first. The outcome columns of a results file (`__status`, `__id`,
 * `__error`) become the rows' outcomes, so Retry Failed Rows sends the failed ones again.
 *
 * Progress and a Cancel button sit in the status bar while a file loads. Nothing is half-imported: on an error
 * (named by file, line and column) or a cancel, the rows already added are taken out again. An import is one undo
 * step; above UndoableRows rows it cannot be undone (undoing would copy every row out of the grid's compact
 * store), the undo history is cleared and the status bar says so. Importing into a blank grid (no values, no
 * outcomes) replaces it: its empty rows and unused columns go.
 *
 * Owned by the main window; GUI thread. The catalogue provider gives the current object type and its properties
 * when an import starts.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    static constexpr int UndoableRows = 50000;

    struct Catalogue
    {
        QString objectType; // "contacts", "2-3508482"
        QString objectTypeLabel; // "Contacts"
        QList<PropertyInfo> properties;
        QList<ObjectTypeEntry> objectTypes;
        QString refusal; // why no import may start now ("Wait for the run to end."); empty when one may
    };

    using CatalogueProvider = std::function<Catalogue()>;

    ImportController(RecordTableModel *model, QUndoStack *undo, Settings &settings, QWidget *window);
    ~ImportController() override;

    void setCatalogueProvider(CatalogueProvider provider) { m_catalogue = std::move(provider); }

    /// Puts the progress bar (importProgressBar), its label and the Cancel button (cancelImportButton) in @p bar,
    /// hidden until a file loads.
    void setStatusBar(QStatusBar *bar);
    /// Accepts CSV, TSV and text files dropped on @p target (and lets any other drop through to it).
    void acceptDrops(QWidget *target);

    bool isImporting() const { return m_state != State::Idle; }

    /// Whether a dropped or opened file is one this imports: .csv, .tsv or .txt.
    static bool canImport(const QUrl &url);
    /// Whether a pasted block's first row names columns (a property, an association or an outcome column), so a
    /// paste into a blank grid should go through the mapping step rather than into the cells as data.
    bool hasHeaderRow(const QList<QStringList> &cells) const;

public Q_SLOTS:
    /// Asks for a file (a non-modal file dialog, object name importFileDialog), then imports it.
    void chooseFile();
    void importFile(const QString &path);
    /// Imports @p path read in @p encoding (the mapping step's encodingComboBox, or the offer after an encoding error).
    void importFileAs(const QString &path, Batchsmith::TextDecoder::Choice encoding);
    /// The rows of a block pasted into a grid without columns (RecordTableView::emptyGridPasted).
    void importCells(const QList<QStringList> &cells);
    void cancel();

Q_SIGNALS:
    void importingChanged(bool importing);
    /// The mapping step is shown (tests drive it; the window may raise it).
    void mappingDialogOpened(Batchsmith::ColumnMappingDialog *dialog);
    /// An import ended: @p rows were added (0 when cancelled or refused).
    void importFinished(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Idle, Reading, Mapping, Streaming };

    bool checkReady(const QString &what);
    void setState(State state);
    ColumnMapper makeMapper(const Catalogue &catalogue) const;
    void openMapping(const QStringList &header, const QList<QStringList> &samples, const QList<QStringList> &pasted);
    void onHeaderRead(const QStringList &header, const QString &notice);
    void onRowsRead(const RowBlock &block);
    void onLoadFinished(qint64 rows, const Error &error);
    void onMappingAccepted();
    void onMappingRejected();
    void prepareGrid(const QList<ColumnMatch> &choices);
    bool append(const RowBlock &block);
    void complete();
    void rollBack();
    /// Stops reading, closes the mapping step and takes this import's rows out again: the grid is as before.
    void abandon();
    void fail(const Error &error);
    /// After a file that is not valid in its encoding: offers to read it as Windows-1252; true when it will.
    bool offerAnotherEncoding(const QString &text);
    void stopLoader();
    bool gridIsBlank() const;
    QString sourceName() const;

    RecordTableModel *m_model;
    QUndoStack *m_undo;
    Settings &m_settings;
    QWidget *m_window;
    CatalogueProvider m_catalogue;
    State m_state = State::Idle;

    // The import under way
    QPointer<TableLoader> m_loader;
    QPointer<ColumnMappingDialog> m_dialog;
    QString m_path; // empty for a paste
    TextDecoder::Choice m_encoding = TextDecoder::Choice::Auto; // how m_path is read
    QString m_objectType;
    QStringList m_header;
    QString m_notice;
    QList<RowBlock> m_held; // read while the mapping step is open
    bool m_loadDone = false;
    QList<int> m_columnMap; // file column -> data index, -1 skipped
    int m_statusColumn = -1; // file columns of a results file's outcome, -1 when absent
    int m_idColumn = -1;
    int m_errorColumn = -1;
    int m_keptColumns = 0; // what the import leaves alone (see ImportCommand)
    int m_keptRows = 0;
    QList<TableColumn> m_replacedColumns; // of a blank grid the import replaces
    QList<TableRecord> m_replacedRecords;
    std::optional<Error> m_failure; // a bad __status met while appending

    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Batchsmith
