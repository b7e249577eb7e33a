// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

#include "core/batch/batchtypes.h"
#include "core/result.h"

class QNetworkAccessManager;

namespace Batchsmith {

class ApiClient;
class Clock;
class RunJournal;

/**
 * Before an upsert writes existing records, reads their current values of the properties the run writes (batch
 * read by the run's id property, 100 ids a request, one request at a time) and stores them in the run's journal,
 * so that the run can be reverted. Rows whose values are already in the journal (a resumed run) are not read
 * again. Owned by the caller; the network manager, clock and journal must outlive it. Main thread.
 *
 *     BeforeValuesReader reader(&nam, SystemClock::instance());
 *     reader.setToken(token);
 *     connect(&reader, &BeforeValuesReader::finished, this, [&](const Error &e) { if (e.kind == Error::Kind::None)
 * engine.start(…); }); reader.start(spec, rows, journal);
 */
class BeforeValuesReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeforeValuesReader)

public:
    explicit BeforeValuesReader(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~BeforeValuesReader() override;

    void setToken(const QString &token);

    /// Starts reading for the upsert @p rows of @p spec; finished() follows (at once when there is nothing to read).
    void start(const BatchSpec &spec, const QList<Row> &rows, RunJournal *journal);

Q_SIGNALS:
    void progressChanged(int read, int total);
    /// error.kind is None when every value was read and stored.
    void finished(const Batchsmith::Error &error);

private:
    void readNext();
    void finishWith(const Error &error);

    std::unique_ptr<ApiClient> m_api;
    Clock *m_clock;
    BatchSpec m_spec;
    QList<Row> m_toRead;
    RunJournal *m_journal = nullptr;
    qsizetype m_next = 0;
    int m_attempt = 0;
};

} // namespace Batchsmith
