// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The one redaction helper: the logger, the live response view, the journal and the cURL export all go through
// it, so a token never leaves the process except in the Authorization header of a request.
namespace Batchsmith::Redaction {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// What stands in for a secret.
QByteArray placeholder(); // "[redacted]"

/// The headers with the Authorization value replaced by "Bearer [redacted]".
Headers headers(Headers headers);
/// @p text with every occurrence of @p token replaced.
QString text(const QString &text, const QString &token);
QByteArray bytes(const QByteArray &data, const QString &token);

} // namespace Batchsmith::Redaction
