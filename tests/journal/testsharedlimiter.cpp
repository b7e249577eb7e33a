// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One token, one RateLimiter, every sender (docs/hubspot-behaviour.md §5.5): the catalogue's reads, the reads of the
// values an upsert overwrites, a revert and the engine draw on one budget, on a fake HubSpot and a manual clock.
// And the revert's archives are retried as RetryPolicy says, not on a schedule of their own.
#include <algorithm>
#include <optional>

#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/catalog/portalcatalog.h"
#include "core/io/batchinput.h"
#include "core/net/ratelimiterpool.h"
#include "core/net/retrypolicy.h"
#include "fakehubspot.h"
#include "journal/beforevaluesreader.h"
#include "journal/journalreader.h"
#include "journal/revertplanner.h"
#include "journal/revertrunner.h"
#include "journal/runjournal.h"
#include "support/journalfixtures.h"

using namespace Batchsmith;
using namespace Batchsmith::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int WindowMs = 1000;

/// @p restores records to restore and @p archives to archive: one request per 100 of each.
RevertPlan plan(int restores, int archives, int maxAttempts = 5)
{
    RevertPlan p;
    p.runId = u"reverted0run"_s;
    p.spec.objectType = u"contacts"_s;
    p.spec.mode = WriteMode::Upsert;
    p.spec.idProperty = u"email"_s;
    p.spec.maxAttempts = maxAttempts;
    for (int i = 0; i < restores; ++i)
        p.restores.append({ QString::number(1000 + i), { { u"firstname"_s, u"Old"_s } }, QString() });
    for (int i = 0; i < archives; ++i)
        p.archiveIds.append(QString::number(5000 + i));
    return p;
}

QJsonObject propertiesBody()
{
    return QJsonObject { { u"results"_s,
        QJsonArray { QJsonObject { { u"name"_s, u"email"_s }, { u"label"_s, u"Email"_s }, { u"type"_s, u"string"_s },
            { u"fieldType"_s, u"text"_s }, { u"groupName"_s, u"g"_s } } } } };
}

/// What the fake answers to a catalogue read (properties, owners, schemas), or null for a batch request.
QNetworkReply *catalogueAnswer(const RecordedRequest &r, QObject *parent, const Headers &headers = {})
{
    const QString path = r.url.path();
    if (path.contains(u"/properties/"_s))
        return FakeReply::json(r, 200, propertiesBody(), headers, parent);
    if (path.contains(u"/owners"_s) || path.contains(u"/schemas"_s))
        return FakeReply::json(r, 200, QJsonObject { { u"results"_s, QJsonArray() } }, headers, parent);
    return nullptr;
}

/// The largest number of @p times (sorted) inside any window of @p windowMs.
int mostInOneWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int most = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const auto end = std::lower_bound(times.cbegin() + i, times.cend(), times.at(i) + windowMs);
        most = std::max(most, int(end - (times.cbegin() + i)));
    }
    return most;
}

} // namespace

class TestSharedLimiter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_journals = 0;

    QString newJournalPath(const QString &name)
    {
        return m_dir.filePath(u"%1-%2.bsjournal"_s.arg(name).arg(++m_journals));
    }

    /// Runs the fake's answers and the manual clock until @p done, at most @p steps clock steps.
    static bool drive(FakeHubSpot &hub, const std::function<bool()> &done, int steps = 2000)
    {
        for (int i = 0; i < steps && !done(); ++i) {
            for (int j = 0; j < 5; ++j)
                QCoreApplication::processEvents();
            if (!done() && !hub.clock.advanceToNext())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return done();
    }

private Q_SLOTS:

    /// A catalogue read, a before-values read and a revert share the token's limiter of 4 a second (from one
    /// RateLimiterPool, as the app and the CLI hand it out): all of them get through, and no second of the server's
    /// ever sees more than 4 of their requests.
    void testAllSendersStayInsideOneBudget()
    {
        FakeHubSpot hub;
        QList<qint64> sentAt;
        hub.answer([&hub, &sentAt](const RecordedRequest &r, QObject *parent) {
            sentAt.append(hub.clock.nowMs());
            if (QNetworkReply *reply = catalogueAnswer(r, parent))
                return reply;
            return FakeHubSpot::success(r, parent);
        });
        RateLimiterPool pool(&hub.clock);
        RateLimiter *limiter = pool.limiterFor(u"pat-shared"_s, 4, WindowMs);

        ApiClient client(&hub.nam, &hub.clock);
        QVERIFY(client.setBaseUrl(QUrl(u"https://api.hubapi.com"_s)));
        client.setToken(u"pat-shared"_s);
        client.setTimeoutMs(0);
        PortalCatalog catalog(&client, ApiVersion::V3);
        catalog.setRateLimiter(pool.limiterFor(u"pat-shared"_s), &hub.clock);
        int catalogueAnswers = 0;
        auto counted = [&catalogueAnswers](const auto &result) { catalogueAnswers += result ? 1 : 100; };
        catalog.objectTypes(this, counted);
        catalog.properties(u"contacts"_s, this, counted);
        catalog.properties(u"companies"_s, this, counted);
        catalog.owners(this, counted);

        auto run = RunJournal::create(newJournalPath(u"run"_s), readBeforeUpsertSetup(u"shared0limit"_s),
            contactsInput(500, u"shared%1@example.com"_s, u"New"_s), &hub.clock);
        QVERIFY(run);
        auto work = (*run)->resumeWork();
        QVERIFY(work);
        BeforeValuesReader reader(&hub.nam, &hub.clock);
        reader.setRateLimiter(pool.limiterFor(u"pat-shared"_s));
        QSignalSpy read(&reader, &BeforeValuesReader::finished);
        reader.start(work->spec, work->rows, run->get());

        RevertRunner revert(&hub.nam, &hub.clock);
        revert.setRateLimiter(pool.limiterFor(u"pat-shared"_s));
        QSignalSpy reverted(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(plan(250, 150), newJournalPath(u"revert"_s)));

        QVERIFY(drive(hub, [&] { return catalogueAnswers >= 4 && read.size() == 1 && reverted.size() == 1; }));
        QCOMPARE(catalogueAnswers, 4); // all four read, none failed
        QCOMPARE(read.first().first().value<Error>().kind, Error::Kind::None);
        QCOMPARE(reverted.first().first().value<RunSummary>().updated, 400);
        QCOMPARE(hub.requestsTo(u"/batch/read"_s).size(), 5);
        QCOMPARE(hub.requestsTo(u"/batch/update"_s).size(), 3);
        QCOMPARE(hub.requestsTo(u"/batch/archive"_s).size(), 2);
        QCOMPARE(sentAt.size(), 4 + 5 + 3 + 2);
        QVERIFY2(mostInOneWindow(sentAt, WindowMs) <= 4,
            qPrintable(u"%1 requests in one window"_s.arg(mostInOneWindow(sentAt, WindowMs))));
        QVERIFY(sentAt.last() - sentAt.first() >= 3 * WindowMs); // 14 requests at 4 a window: 4 windows at least
        QCOMPARE(limiter->maxPerWindow(), 4);
    }

    /// The engine has used the token's window: a catalogue read waits until the window frees a place, and the
    /// rate-limit headers of its answer reach the shared limiter.
    void testCatalogueReadWaitsForTheEngine()
    {
        FakeHubSpot hub;
        RateLimiterPool pool(&hub.clock);
        RateLimiter *limiter = pool.limiterFor(u"pat-shared"_s, 2, WindowMs);
        QVERIFY(hub.runEngine(*limiter, 2));
        const qint64 wait = limiter->delayBeforeNextMs();
        QVERIFY(wait > 0);

        hub.answer([](const RecordedRequest &r, QObject *parent) {
            return catalogueAnswer(r, parent,
                { { "X-HubSpot-RateLimit-Max", "2" }, { "X-HubSpot-RateLimit-Remaining", "0" },
                    { "X-HubSpot-RateLimit-Interval-Milliseconds", "1000" } });
        });
        ApiClient client(&hub.nam, &hub.clock);
        QVERIFY(client.setBaseUrl(QUrl(u"https://api.hubapi.com"_s)));
        client.setToken(u"pat-shared"_s);
        client.setTimeoutMs(0);
        PortalCatalog catalog(&client, ApiVersion::V3);
        catalog.setRateLimiter(pool.limiterFor(u"pat-shared"_s), &hub.clock);
        std::optional<Result<QList<PropertyInfo>>> answer;
        catalog.properties(u"deals"_s, this, [&answer](const Result<QList<PropertyInfo>> &r) { answer = r; });
        QCoreApplication::processEvents();
        QVERIFY(hub.requestsTo(u"/properties/deals"_s).isEmpty());
        hub.clock.advance(wait - 1);
        QVERIFY(hub.requestsTo(u"/properties/deals"_s).isEmpty()); // nothing left while the limiter said wait
        hub.clock.advance(1);
        QCOMPARE(hub.requestsTo(u"/properties/deals"_s).size(), 1);
        QCOMPARE(limiter->remainingInWindow(), 1); // its send is counted
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE(limiter->remainingInWindow(), 0); // the server said none is left
    }

    /// A 429 on a revert's archive holds the token for the Retry-After the server gave (not a fixed or growing
    /// delay of the revert's own), then sends the same archive again.
    void testRateLimitedArchiveWaitsForRetryAfter()
    {
        FakeHubSpot hub;
        QList<qint64> archivesAt;
        hub.answer([&hub, &archivesAt](const RecordedRequest &r, QObject *parent) {
            if (!r.url.path().endsWith(u"/batch/archive"_s))
                return FakeHubSpot::success(r, parent);
            archivesAt.append(hub.clock.nowMs());
            return archivesAt.size() == 1
                ? FakeHubSpot::failure(r, 429, u"TEN_SECONDLY_ROLLING"_s, QByteArray("25"), parent)
                : FakeHubSpot::success(r, parent);
        });
        RateLimiter limiter(&hub.clock);
        RevertRunner revert(&hub.nam, &hub.clock);
        revert.setRateLimiter(&limiter);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        const QString path = newJournalPath(u"revert"_s);
        QVERIFY(revert.start(plan(1, 1), path));
        QTRY_COMPARE(archivesAt.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(limiter.delayBeforeNextMs(), qint64(25000)); // the whole token waits, the engine's batches too
        hub.clock.advance(24999);
        QCOMPARE(archivesAt.size(), 1);
        hub.clock.advance(1);
        QCOMPARE(archivesAt.size(), 2);
        QCOMPARE(archivesAt.at(1) - archivesAt.at(0), qint64(25000));
        QTRY_COMPARE(finished.size(), 1);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.updated, 2);
        QCOMPARE(summary.rateLimited, 1);
        QCOMPARE(summary.retries, 1);
        const QList<RecordedRequest> archives = hub.requestsTo(u"/batch/archive"_s);
        QCOMPARE(archives.size(), 2);
        QCOMPARE(archives.at(1).body, archives.at(0).body); // the same archive, sent again
        const auto journaled = JournalReader::summary(path);
        QVERIFY(journaled);
        QCOMPARE(journaled->updated, 2);
    }

    /// A Retry-After past RetryPolicy's one-hour cap is not waited for: the archive fails at once, saying why.
    void testRetryAfterPastTheCapFailsTheArchive()
    {
        FakeHubSpot hub;
        hub.answer([](const RecordedRequest &r, QObject *parent) {
            if (!r.url.path().endsWith(u"/batch/archive"_s))
                return FakeHubSpot::success(r, parent);
            return FakeHubSpot::failure(r, 429, u"TEN_SECONDLY_ROLLING"_s, QByteArray("7200"), parent);
        });
        RevertRunner revert(&hub.nam, &hub.clock);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        QSignalSpy rows(&revert, &RevertRunner::rowFinished);
        QVERIFY(revert.start(plan(1, 1), newJournalPath(u"revert"_s)));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(hub.requestsTo(u"/batch/archive"_s).size(), 1);
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.failed, 1);
        const RowOutcome archived = rows.last().at(1).value<RowOutcome>();
        QCOMPARE(archived.status, RowStatus::Failed);
        QCOMPARE(archived.httpStatus, 429);
    }

    /// A transient failure of an archive is retried after the backoff RetryPolicy draws for the revert's run (full
    /// jitter, exponential), attempt after attempt: the very delays the policy gives, not a linear schedule.
    void testFailedArchiveBacksOffAsThePolicyDraws()
    {
        FakeHubSpot hub;
        QList<qint64> archivesAt;
        hub.answer([&hub, &archivesAt](const RecordedRequest &r, QObject *parent) {
            if (!r.url.path().endsWith(u"/batch/archive"_s))
                return FakeHubSpot::success(r, parent);
            archivesAt.append(hub.clock.nowMs());
            return archivesAt.size() <= 3 ? FakeHubSpot::failure(r, 503, QString(), QByteArray(), parent)
                                          : FakeHubSpot::success(r, parent);
        });
        RateLimiter limiter(&hub.clock);
        RevertRunner revert(&hub.nam, &hub.clock);
        revert.setRateLimiter(&limiter);
        QSignalSpy finished(&revert, &RevertRunner::finished);
        QVERIFY(revert.start(plan(1, 1), newJournalPath(u"revert"_s)));
        QVERIFY(drive(hub, [&] { return finished.size() == 1; }));
        QCOMPARE(archivesAt.size(), 4);

        // The same policy, seeded with the revert's run id, and the same decisions: the restore's success does not
        // draw, each 503 does.
        const RetryPolicy policy = RetryPolicy::forRun(5, revert.journal()->runId());
        for (int attempt = 1; attempt <= 3; ++attempt) {
            AttemptInfo info;
            info.httpStatus = 503;
            info.attempt = attempt;
            info.idempotent = true;
            const RetryDecision d = policy.decide(info);
            QCOMPARE(d.action, RetryDecision::Action::Retry);
            const qint64 waited = archivesAt.at(attempt) - archivesAt.at(attempt - 1);
            QCOMPARE(waited, d.delayMs);
            QVERIFY(waited >= 250 && waited <= (500LL << (attempt - 1)));
        }
        QCOMPARE(finished.first().first().value<RunSummary>().updated, 2);
    }
};

QTEST_GUILESS_MAIN(TestSharedLimiter)
#include "testsharedlimiter.moc"
