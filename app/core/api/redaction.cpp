// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/redaction.h"

namespace Batchsmith::Redaction {

QByteArray placeholder()
{
    return QByteArrayLiteral("[redacted]");
}

Headers headers(Headers headers)
{
    for (auto &[name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + placeholder();
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
