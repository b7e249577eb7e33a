// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

#include "core/batch/rowkey.h"
#include "core/io/batchinput.h"
#include "journal/journaltypes.h"

/// The runs the journal's tests write: their input, their setup, and the exchanges and outcomes they record. Header
/// only, for tests that link batchsmith_journal.
namespace Batchsmith::Test {

/// @p count contacts read from "contacts.csv": an email made from @p emailPattern (%1 counts from 1) and
/// @p firstname; keys and source lines as BatchInput makes them (r1 on line 2), no earlier outcomes.
inline BatchInput contactsInput(int count, const QString &emailPattern, const QString &firstname)
{
    BatchInput input;
    input.file = QStringLiteral("contacts.csv");
    input.columns = { QStringLiteral("email"), QStringLiteral("firstname") };
    for (int i = 0; i < count; ++i) {
        Row row;
        row.key = RowKey::make(quint32(i + 1));
        row.sourceLine = i + 2;
        const QString email = emailPattern.arg(i + 1);
        row.properties = { { QStringLiteral("email"), email }, { QStringLiteral("firstname"), firstname } };
        input.rows.append(row);
        input.cells.append({ email, firstname });
        input.previous.append(RowOutcome {});
    }
    return input;
}

/// A create of contacts, two rows a batch, against @p baseUrl (by default a port nothing listens on).
inline RunSetup contactsCreateSetup(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")))
{
    RunSetup setup;
    setup.spec.objectType = QStringLiteral("contacts");
    setup.spec.mode = WriteMode::Create;
    setup.spec.baseUrl = baseUrl;
    setup.spec.batchSize = 2;
    return setup;
}

/// An upsert of contacts on email that reads the values it overwrites first (BeforeValuesReader), with no request
/// timeout: on a manual clock only the retries wait.
inline RunSetup readBeforeUpsertSetup(const QString &runId, int maxAttempts = 5)
{
    RunSetup setup;
    setup.spec.objectType = QStringLiteral("contacts");
    setup.spec.mode = WriteMode::Upsert;
    setup.spec.idProperty = QStringLiteral("email");
    setup.spec.runId = runId;
    setup.spec.maxAttempts = maxAttempts;
    setup.spec.requestTimeoutMs = 0;
    setup.readBefore = true;
    return setup;
}

/// Batch @p batch of a contacts create, for the rows @p keys, as the engine hands it to the journal (token redacted).
inline BatchExchange createExchange(int batch, const QStringList &keys)
{
    BatchExchange ex;
    ex.batchNumber = batch;
    ex.rowKeys = keys;
    ex.method = QStringLiteral("POST");
    ex.url = QUrl(QStringLiteral("http://127.0.0.1:1/crm/v3/objects/contacts/batch/create"));
    ex.requestBody = "{\"inputs\":[]}";
    ex.requestHeaders = { { "Authorization", "Bearer [redacted]" } };
    ex.sentAtMs = 1000 + batch;
    return ex;
}

/// A row's outcome once HubSpot created its record @p id.
inline RowOutcome createdOutcome(const QString &id)
{
    RowOutcome o;
    o.status = RowStatus::Created;
    o.id = id;
    o.httpStatus = 201;
    return o;
}

} // namespace Batchsmith::Test
