// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/runhistorycontroller.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QUuid>
#include <QWidget>

#include "core/api/objecttypes.h"
#include "core/catalog/portalcatalog.h"
#include "core/clock.h"
#include "core/io/privatefiles.h"
#include "core/net/ratelimiterpool.h"
#include "gui/batch/portalsession.h"
#include "gui/batch/sendcontroller.h"
#include "gui/common/messagebox.h"
#include "gui/history/journaldraft.h"
#include "gui/history/runhistorydialog.h"
#include "gui/logging.h"
#include "journal/journallock.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "journal/revertrunner.h"
#include "journal/runjournal.h"

namespace Batchsmith {

RunHistoryController::RunHistoryController(QWidget *window, SendController *send, PortalSession *session,
    QNetworkAccessManager *network, RateLimiterPool *rateLimiters, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_send(send)
    , m_session(session)
    , m_network(network)
    , m_rateLimiters(rateLimiters)
{
    connect(m_send, &SendController::runningChanged, this, [this](bool running) {
        if (m_dialog)
            m_dialog->setResumeAllowed(!running);
    });
    connect(m_send, &SendController::finished, this, [this] {
        if (m_dialog && m_dialog->isVisible())
            m_dialog->reload();
    });
}

RunHistoryController::~RunHistoryController() = default;

RunHistoryDialog *RunHistoryController::dialog() const
{
    return m_dialog.data();
}

std::optional<JournalSummary> RunHistoryController::interruptedRun(const QString &directory)
{
    if (directory.isEmpty())
        return std::nullopt;
    // Newest first. A run whose journal a live process holds did not stop: that process is sending it.
    const QList<JournalSummary> runs = JournalReader::unfinished(directory);
    for (const JournalSummary &run : runs) {
        if (!JournalLock::holder(run.path))
            return run;
    }
    return std::nullopt;
}

QString RunHistoryController::resumeQuestion(const JournalSummary &run, const QString &objectLabel)
{
    const QLocale locale;
    //: %n rows in the run, %1 the object type's plural label (Contacts, Cars), %2 rows with an outcome, %3 rows
    //: not sent. E.g. "A run of 120 Contacts stopped before it finished: 80 sent, 40 not sent. Resume it?"
    return tr("A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?", nullptr, run.total)
        .arg(objectLabel, locale.toString(run.total - run.pending), locale.toString(run.pending));
}

QString RunHistoryController::resumeDetails()
{
    return tr("Resume loads its rows into a new batch and sends the rest; rows sent without an answer are checked "
              "first, so nothing is created twice. Later asks again next time. Discard stops asking; the run stays "
              "in Tools › Run History.");
}

QList<QPair<QMessageBox::StandardButton, QString>> RunHistoryController::resumeButtonTexts()
{
    return {
        //: Button of the resume question
        { QMessageBox::Yes, tr("Resume") },
        //: Button of the resume question: ask again at the next start
        { QMessageBox::No, tr("Later") },
        //: Button of the resume question: do not ask again (the run stays in the run history)
        { QMessageBox::Discard, tr("Discard") },
    };
}

Result<void> RunHistoryController::discard(const QString &journalPath)
{
    auto journal = RunJournal::open(journalPath);
    if (!journal)
        return journal.error();
    // A session that ends at once marks the run as stopped rather than interrupted; no row changes.
    if (auto begun = (*journal)->beginSession(); !begun)
        return begun;
    RunSummary summary;
    summary.cancelled = true;
    return (*journal)->recordFinished(summary);
}

QHash<QString, QString> RunHistoryController::objectTypeLabels(const QList<ObjectTypeEntry> &portalTypes)
{
    QList<ObjectTypeEntry> types = portalTypes;
    // Then the standard types, labelled as the picker labels them: the portal's list comes from the network, after
    // the resume question has been asked at start.
    for (const ObjectTypeInfo &info : ObjectTypes::standard()) {
        ObjectTypeEntry entry;
        entry.name = info.name;
        entry.objectTypeId = info.id;
        entry.singularLabel = entry.pluralLabel = info.name;
        types.append(entry);
    }
    QHash<QString, QString> labels;
    for (const ObjectTypeEntry &entry : PortalCatalog::relabelled(types)) {
        labels.insert(entry.name, labels.value(entry.name, entry.pluralLabel)); // the portal's first
        labels.insert(entry.objectTypeId, labels.value(entry.objectTypeId, entry.pluralLabel));
    }
    return labels;
}

QString RunHistoryController::objectLabel(const QString &objectType) const
{
    return objectTypeLabels(m_objectTypes ? m_objectTypes() : QList<ObjectTypeEntry>()).value(objectType, objectType);
}

void RunHistoryController::offerResume()
{
    if (m_send->isRunning())
        return;
    const auto run = interruptedRun(m_send->journalDirectory());
    if (!run)
        return;
    const QString question = resumeQuestion(*run, objectLabel(run->objectType));
    const QMessageBox::StandardButton answer
        = MessageBox::question(m_window, tr("Resume Run"), question + u"\n\n" + resumeDetails(),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes, resumeButtonTexts());
    if (answer == QMessageBox::Discard) {
        if (auto ok = discard(run->path); !ok)
            qCWarning(lcGui) << "cannot close the interrupted run" << run->path << ":" << ok.error().message;
        return;
    }
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = resume(run->path); !ok)
        MessageBox::warning(m_window, tr("Resume Run"), ok.error().message);
}

Result<void> RunHistoryController::resume(const QString &journalPath)
{
    if (m_send->isRunning())
        return Error::make(Error::Kind::InvalidInput, tr("A batch is already being sent."));
    // Before the grid is replaced: a run another process is sending is left to it.
    if (const QString inUse = SendController::journalInUseMessage(journalPath); !inUse.isEmpty())
        return Error::make(Error::Kind::InvalidInput, inUse);
    // And before it too: a run that went to another portal is not sent on to this one.
    if (const auto run = JournalReader::summary(journalPath); run) {
        const QString other = SendController::otherAccountMessage(
            QUrl(run->baseUrl), run->portalId, m_session->endpoint(), m_session->profile().portalId);
        if (!other.isEmpty())
            return Error::make(Error::Kind::InvalidConfig, other);
    }
    auto draft = JournalDraft::read(journalPath);
    if (!draft) {
        //: %1 is why the run's journal could not be read
        return Error::make(
            draft.error().kind, tr("The run's journal could not be read: %1").arg(draft.error().message));
    }
    // The grid's rows get the journal's row keys, so the resumed run's outcomes find them by key.
    if (!m_loadGrid || !m_loadGrid(draft->document))
        return {}; // the person kept the grid
    m_send->setPortalId(m_session->profile().portalId);
    return m_send->resumeRun(journalPath, m_session->token(), m_session->endpoint());
}

void RunHistoryController::showHistory()
{
    if (!m_dialog) {
        m_dialog = new RunHistoryDialog(m_send->journalDirectory(), m_window);
        connect(m_dialog, &RunHistoryDialog::revertRequested, this, &RunHistoryController::revert);
        connect(m_dialog, &RunHistoryDialog::revertResumeRequested, this, &RunHistoryController::resumeRevert);
        connect(m_dialog, &RunHistoryDialog::resumeRequested, this, [this](const QString &path) {
            if (auto ok = resume(path); !ok) {
                MessageBox::warning(m_dialog, tr("Resume Run"), ok.error().message);
                return;
            }
            m_dialog->hide();
        });
        if (m_revert) // resumed from elsewhere before the window was made
            m_dialog->showRevertStarted(m_revert->journal()->path());
    } else {
        m_dialog->reload();
    }
    m_dialog->setObjectTypeLabels(objectTypeLabels(m_objectTypes ? m_objectTypes() : QList<ObjectTypeEntry>()));
    m_dialog->setResumeAllowed(!m_send->isRunning());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

QWidget *RunHistoryController::messageParent() const
{
    return m_dialog ? static_cast<QWidget *>(m_dialog.data()) : m_window;
}

QString RunHistoryController::revertRefusal(const QString &journalPath) const
{
    // Not while a process sends the run: what it creates next would not be archived.
    if (const QString inUse = SendController::journalInUseMessage(journalPath); !inUse.isEmpty())
        return inUse;
    // Record ids belong to their portal: archiving them in another one would hit other records.
    if (const auto run = JournalReader::summary(journalPath); run) {
        return SendController::otherAccountMessage(
            QUrl(run->baseUrl), run->portalId, m_session->endpoint(), m_session->profile().portalId);
    }
    return {};
}

QString RunHistoryController::revertQuestion(const QString &journalPath, const RevertPlan &plan) const
{
    const auto run = JournalReader::summary(journalPath);
    QStringList lines;
    //: %1 is the object type (Contacts, Cars), %2 when the run started
    lines << tr("Revert the run of %1 started %2?")
                 .arg(run ? objectLabel(run->objectType) : plan.spec.objectType,
                     run ? QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat) : QString());
    if (!plan.restores.isEmpty())
        lines << tr("Restore %Ln updated record(s) to their previous values.", nullptr, int(plan.restores.size()));
    if (!plan.archiveIds.isEmpty())
        lines << tr("Archive %Ln record(s) the run created.", nullptr, int(plan.archiveIds.size()));
    if (plan.updatedWithoutBefore > 0)
        lines << tr("%Ln updated record(s) stay as they are: their values were not kept before the run.", nullptr,
            plan.updatedWithoutBefore);
    if (plan.createdWithoutId > 0)
        lines << tr("%Ln created record(s) cannot be archived: HubSpot's answer did not give their id.", nullptr,
            plan.createdWithoutId);
    return lines.join(u'\n');
}

void RunHistoryController::revert(const QString &journalPath)
{
    if (m_revert)
        return;
    QWidget *parent = messageParent();
    if (const QString refusal = revertRefusal(journalPath); !refusal.isEmpty()) {
        MessageBox::warning(parent, tr("Revert Run"), refusal);
        return;
    }
    auto plan = RevertPlanner::build(journalPath);
    if (!plan) {
        //: %1 is why the run's journal could not be read
        MessageBox::warning(
            parent, tr("Revert Run"), tr("The run's journal could not be read: %1").arg(plan.error().message));
        return;
    }
    if (plan->isEmpty()) {
        MessageBox::warning(parent, tr("Revert Run"), plan->confirmationText());
        return;
    }
    //: Button of the revert confirmation
    const QString revertButton = tr("Revert");
    if (MessageBox::question(parent, tr("Revert Run"), revertQuestion(journalPath, *plan),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, { { QMessageBox::Yes, revertButton } })
        != QMessageBox::Yes)
        return;
    if (m_session->token().isEmpty()) {
        MessageBox::warning(parent, tr("Revert Run"), tr("Choose an account with a token first."));
        return;
    }
    const QString directory = m_send->journalDirectory();
    PrivateFiles::makeFolder(directory);
    const QString path
        = RunJournal::newPath(directory, u"revert-" + QUuid::createUuid().toString(QUuid::Id128).left(8));
    RevertRunner *revert = newRevertRunner();
    if (auto ok = revert->start(*plan, path); !ok) {
        revert->deleteLater();
        //: %1 is why the revert could not start
        MessageBox::warning(parent, tr("Revert Run"), tr("The revert could not start: %1").arg(ok.error().message));
        return;
    }
    onRevertStarted(revert);
}

void RunHistoryController::resumeRevert(const QString &journalPath)
{
    if (m_revert)
        return;
    QWidget *parent = messageParent();
    if (const QString refusal = revertRefusal(journalPath); !refusal.isEmpty()) {
        MessageBox::warning(parent, tr("Resume Revert"), refusal);
        return;
    }
    RevertRunner *revert = newRevertRunner();
    if (auto ok = revert->resume(journalPath); !ok) {
        revert->deleteLater();
        MessageBox::warning(parent, tr("Resume Revert"), ok.error().message);
        return;
    }
    onRevertStarted(revert);
}

RevertRunner *RunHistoryController::newRevertRunner()
{
    const QString token = m_session->token();
    auto *revert = new RevertRunner(m_network, SystemClock::instance(), this);
    revert->setToken(token);
    revert->setRateLimiter(m_rateLimiters->limiterFor(token)); // the one the runs of this token wait for
    revert->setSandboxEndpoint(m_session->endpoint());
    connect(revert, &RevertRunner::progressChanged, this, [this](const Progress &progress) {
        if (m_dialog)
            m_dialog->showRevertProgress(progress);
    });
    connect(revert, &RevertRunner::finished, this, &RunHistoryController::onRevertFinished);
    return revert;
}

void RunHistoryController::onRevertStarted(RevertRunner *revert)
{
    m_revert = revert;
    if (m_dialog)
        m_dialog->showRevertStarted(revert->journal()->path());
}

void RunHistoryController::onRevertFinished(const RunSummary &summary)
{
    const QString path = m_revert && m_revert->journal() ? m_revert->journal()->path() : QString();
    if (m_revert) {
        m_revert->deleteLater();
        m_revert = nullptr;
    }
    if (m_dialog)
        m_dialog->showRevertFinished(summary, path);
}

} // namespace Batchsmith
