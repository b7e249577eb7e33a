// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include "core/batch/batchtypes.h"
#include "core/catalog/catalogtypes.h"
#include "core/draft/draftdocument.h"
#include "core/result.h"
#include "journal/journaltypes.h"

class QNetworkAccessManager;
class QWidget;

namespace Batchsmith {

class PortalSession;
class RateLimiterPool;
class RevertRunner;
class RunHistoryDialog;
class SendController;
struct RevertPlan;

/**
 * The main window's side of the run journals: at start it offers to resume a run whose process died
 * (offerResume(), through MessageBox so tests can answer); it opens the run history window; and it resumes a
 * run by loading the journal's rows and outcomes into the grid (through the grid loader the window gives) and
 * sending the rest with SendController::resumeRun(). It also reverts runs, and resumes unfinished reverts, when the
 * history window asks: it confirms with the person, runs the RevertRunner with the account in use (its token, its
 * address, the token's RateLimiter from the pool) and shows the revert's course in the window. Owned by the main
 * window; GUI thread. The network manager and limiter pool must outlive it.
 */
class RunHistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryController)

public:
    /// What the person answered to the resume offer.
    enum class Answer { Resume, Later, Discard };

    RunHistoryController(QWidget *window, SendController *send, PortalSession *session, QNetworkAccessManager *network,
        RateLimiterPool *rateLimiters, QObject *parent = nullptr);
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

    /// Reverts the run of @p journalPath once the person agrees to what it restores and archives: a journaled run
    /// of its own, next to the run's journal. Refused, with a warning, when a process is sending that run, it went to
    /// another account than the one in use, there is nothing to revert, or the account has no token.
    void revert(const QString &journalPath);
    /// Resumes the unfinished revert of @p journalPath (its operations are idempotent: no grid, no question).
    void resumeRevert(const QString &journalPath);

    /// A revert is going; no other starts meanwhile.
    bool isReverting() const { return m_revert != nullptr; }

    /// The run history window, once opened.
    RunHistoryDialog *dialog() const;

    /// The plural label of @p objectType (a name or an objectTypeId) as the object type picker shows it; the name
    /// itself when the type is not known (a custom object before the portal's list arrives).
    QString objectLabel(const QString &objectType) const;
    /// The plural label of each object type, by name and by objectTypeId, in the UI language: @p portalTypes first,
    /// then the standard types, which are known before the portal's list arrives.
    static QHash<QString, QString> objectTypeLabels(const QList<ObjectTypeEntry> &portalTypes = {});

private:
    /// Where warnings and questions go: the history window when it is open.
    QWidget *messageParent() const;
    /// Why the run of @p journalPath cannot be reverted or its revert resumed now (another process sends it, or it
    /// went to another account); empty when it can.
    QString revertRefusal(const QString &journalPath) const;
    /// The question asked before reverting the run of @p journalPath, with what @p plan restores and archives.
    QString revertQuestion(const QString &journalPath, const RevertPlan &plan) const;
    /// A RevertRunner for the account in use, reporting to the history window; not started yet.
    RevertRunner *newRevertRunner();
    /// @p revert started: it is the revert going, shown in the window.
    void onRevertStarted(RevertRunner *revert);
    void onRevertFinished(const RunSummary &summary);

    QWidget *m_window;
    SendController *m_send;
    PortalSession *m_session;
    QNetworkAccessManager *m_network;
    RateLimiterPool *m_rateLimiters;
    RevertRunner *m_revert = nullptr; // the revert going, a child; null when none
    QPointer<RunHistoryDialog> m_dialog;
    std::function<bool(const DraftDocument &)> m_loadGrid;
    std::function<QList<ObjectTypeEntry>()> m_objectTypes;
};

} // namespace Batchsmith
