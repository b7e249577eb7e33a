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

/// The headers, in the same order, with every credential replaced: Authorization and Proxy-Authorization keep
/// their scheme ("Bearer [redacted]"), Cookie and Set-Cookie become "[redacted]". Names compare without case.
Headers headers(Headers headers);
/// @p text with every occurrence of @p token replaced by the placeholder; unchanged when @p token is empty.
QString text(const QString &text, const QString &token);
/// The same for bytes (bodies, raw log lines); the token is looked for in UTF-8.
QByteArray bytes(const QByteArray &data, const QString &token);

} // namespace Batchsmith::Redaction
