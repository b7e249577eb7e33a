// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/curlcommand.h"

#include <algorithm>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Batchsmith::CurlCommand {

namespace {

bool isNamed(const QByteArray &name, const char *wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

/// The Authorization header's scheme ("Bearer"), from the redacted value "Bearer [redacted]".
QString schemeOf(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    return space > 0 ? QString::fromLatin1(value.left(space)) : QStringLiteral("Bearer");
}

QString authorizationWord(const QByteArray &name, const QByteArray &value, const QString &token)
{
    const QString header = QString::fromLatin1(name) + u": "_s + schemeOf(value) + u' ';
    if (!token.isEmpty())
        return shellQuote(header + token);
    // Double quotes so the shell expands the variable; the name and scheme hold no character special there.
    return u'"' + header + u'$' + tokenVariable() + u'"';
}

/// A word made only of characters no shell treats specially ("POST") goes bare; anything else is quoted.
QString wordFor(const QString &text)
{
    const bool plain = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
    return plain ? text : shellQuote(text);
}

} // namespace

QString tokenVariable()
{
    return QStringLiteral("HUBSPOT_TOKEN");
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString build(const BatchExchange &exchange, const QString &token)
{
    QStringList parts;
    const QString method = exchange.method.isEmpty() ? QStringLiteral("POST") : exchange.method;
    parts.append(u"curl -X "_s + wordFor(method) + u' ' + shellQuote(exchange.url.toString()));
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (isNamed(name, "Content-Length"))
            continue;
        if (isNamed(name, "Authorization")) {
            parts.append(u"-H "_s + authorizationWord(name, value, token));
            continue;
        }
        parts.append(u"-H "_s + shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value)));
    }
    if (!exchange.requestBody.isEmpty())
        parts.append(u"--data-raw "_s + shellQuote(QString::fromUtf8(exchange.requestBody)));
    return parts.join(u" \\\n  "_s);
}

} // namespace Batchsmith::CurlCommand
