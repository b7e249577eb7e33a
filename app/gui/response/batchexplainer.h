// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/batch/batchtypes.h"

namespace Batchsmith {

/**
 * Explains a batch in one translated line: for each answered exchange, what HubSpot said (status, rate-limit policy)
 * and what the engine did about it, read from the verdict the engine recorded (ExchangeVerdict), never guessed from
 * the status code. Pure; GUI thread (it uses the current translators).
 *
 *     BatchExplainer::explain({ &first, &lookup })
 *     // "502: may have been written; looked up 100 rows by email: 100 found, nothing sent twice"
 */
class BatchExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::BatchExplainer)

public:
    /// The answered exchanges of one batch, in the order they were sent. Empty when none has an answer.
    static QString explain(const QList<const BatchExchange *> &answered);

    /// What one answered exchange came to, without the status in front.
    static QString step(const BatchExchange &exchange);

private:
    static QString seconds(qint32 ms);
    static QString withProperty(const QString &text, const QString &property);
};

} // namespace Batchsmith
