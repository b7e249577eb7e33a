// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include "core/catalog/catalogtypes.h"
#include "core/draft/draftdocument.h"
#include "core/result.h"
#include "journal/journaltypes.h"

class QNetworkAccessManager;
class QWidget;

namespace Batchsmith {

class PortalSession;
class RunHistoryDialog;
class SendController;

/**
 * The main window's side of the run journals: at start it offers to resume a run whose process died
 * (offerResume(), through MessageBox so tests can answer); it opens the run history window; and it resumes a
 * run by loading the journal's rows and outcomes into the grid (through the grid loader the window gives) and
 * sending the rest with SendController::resumeRun(). Owned by the main window; GUI thread.
 */
class RunHistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryController)

public:
    /// What the person answered to the resume offer.
    enum class Answer { Resume, Later, Discard };

    RunHistoryController(QWidget *window, SendController *send, PortalSession *session, QNetworkAccessManager *network,
        QObject *parent = nullptr);
    ~RunHistoryController() override;

    /// Replaces the grid with @p doc; false when the person kept the grid (unsaved changes).
    void setGridLoader(std::function<bool(const DraftDocument &doc)> loader) { m_loadGrid = std::move(loader); }

    /// The object types the portal has, for labels ("Cars" rather than "2-3508482").
    void setObjectTypesProvider(std::function<QList<ObjectTypeEntry>()> provider)
    {
        m_objectTypes = std::move(provider);
    }

    /// The newest run of @p directory whose process died before it finished, if any. Runs that a live process is
    /// sending (it holds their journal's lock) are not: they stay in the run history.
    static std::optional<JournalSummary> interruptedRun(const QString &directory);
    /// The question asked about @p run ("A run of 120 Contacts stopped before it finished: …").
    static QString resumeQuestion(const JournalSummary &run, const QString &objectLabel);
    static QString resumeDetails();
    /// Resume (Yes), Later (No), Discard (Discard).
    static QList<QPair<QMessageBox::StandardButton, QString>> resumeButtonTexts();
    /// Ends the dead session of @p journalPath so the run is not offered again; the journal stays in the history.
    static Result<void> discard(const QString &journalPath);

    /// Asks about the newest interrupted run, if any, and does what the person answers. Call once the window shows.
    void offerResume();
    /// Loads the run of @p journalPath into the grid and sends the rows without an outcome. Refused, the grid kept,
    /// when another process is sending that run (SendController::journalInUseMessage()) or it went to another
    /// account than the one in use (SendController::otherAccountMessage()).
    Result<void> resume(const QString &journalPath);
    void showHistory();

    /// The run history window, once opened.
    RunHistoryDialog *dialog() const;

    /// The plural label of @p objectType (a name or an objectTypeId) as the object type picker shows it; the name
    /// itself when the type is not known (a custom object before the portal's list arrives).
    QString objectLabel(const QString &objectType) const;
    /// The plural label of each object type, by name and by objectTypeId, in the UI language: @p portalTypes first,
    /// then the standard types, which are known before the portal's list arrives.
    static QHash<QString, QString> objectTypeLabels(const QList<ObjectTypeEntry> &portalTypes = {});

private:
    QWidget *m_window;
    SendController *m_send;
    PortalSession *m_session;
    QNetworkAccessManager *m_network;
    QPointer<RunHistoryDialog> m_dialog;
    std::function<bool(const DraftDocument &)> m_loadGrid;
    std::function<QList<ObjectTypeEntry>()> m_objectTypes;
};

} // namespace Batchsmith
