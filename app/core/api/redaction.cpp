// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/redaction.h"

namespace Batchsmith::Redaction {

namespace {

bool is(const QByteArray &name, const char *secretName)
{
    return name.compare(secretName, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray placeholder()
{
    return QByteArrayLiteral("[redacted]");
}

Headers headers(Headers headers)
{
    for (auto &[name, value] : headers) {
        if (is(name, "Authorization") || is(name, "Proxy-Authorization")) {
            // Keep the scheme ("Bearer"): it tells the reader which kind of credential went, not what it was.
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + placeholder();
        } else if (is(name, "Cookie") || is(name, "Set-Cookie")) {
            value = placeholder();
        }
    }
    return headers;
}

QString text(const QString &text, const QString &token)
{
    if (token.isEmpty())
        return text;
    QString result = text;
    return result.replace(token, QString::fromLatin1(placeholder()));
}

QByteArray bytes(const QByteArray &data, const QString &token)
{
    if (token.isEmpty())
        return data;
    QByteArray result = data;
    return result.replace(token.toUtf8(), placeholder());
}

} // namespace Batchsmith::Redaction
