// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace Batchsmith::Sandbox {

/**
 * Appends compact JSON to a byte array without building a QJsonObject first. The batch answers are the sandbox's
 * hot path (hundreds of result objects per second), and QJsonObject::insert plus QJsonDocument::toJson cost more
 * than the rest of a request together. The caller keeps the nesting right; the writer only places the commas.
 *
 *     QByteArray out;
 *     JsonWriter json(&out);
 *     json.beginObject();
 *     json.key("id");
 *     json.value(u"51234567001");
 *     json.endObject(); // {"id":"51234567001"}
 */
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray *out)
        : m_out(out)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// @p name is plain ASCII without characters that need escaping (our own field names).
    void key(QByteArrayView name);
    /// A key from data (a property name), escaped as needed.
    void key(QStringView name);
    void value(QStringView text);
    void value(bool flag);
    void value(qint64 number);
    void null();
    /// Already-encoded JSON (a value, or a fragment written by another JsonWriter).
    void raw(QByteArrayView json);

    /// Appends @p text as a JSON string literal, quotes included.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();

    QByteArray *m_out;
    bool m_needComma = false;
};

} // namespace Batchsmith::Sandbox
