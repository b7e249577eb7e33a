// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Batchsmith::Test {

/**
 * Checks JSON against the schemas of one of HubSpot's OpenAPI spec files (docs/hubspot-behaviour.md §13): $ref, type,
 * required, properties, additionalProperties, items, enum, allOf/oneOf/anyOf, nullable and the date-time format.
 * Each problem comes back with its JSON path, e.g. "$.results[3].createdAt: expected a string".
 *
 *     OpenApiValidator spec;
 *     QVERIFY(spec.load(specsDir() + u"/objects-v3.json"_s));
 *     const QStringList problems = spec.validateResponse(u"/crm/v3/objects/{objectType}/batch/create"_s, u"post"_s,
 * 201, body); QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
 */
class OpenApiValidator final
{
public:
    bool load(const QString &specFile, QString *error = nullptr);

    QStringList validate(const QJsonValue &value, const QString &schemaName) const;
    /// Against the schema of the answer @p status to @p method on @p pathTemplate (the "default" answer when the
    /// status is not listed). An unknown path or status is itself a problem.
    QStringList validateResponse(
        const QString &pathTemplate, const QString &method, int status, const QJsonValue &body) const;

private:
    QJsonObject resolve(QJsonObject schema) const;
    void check(
        const QJsonValue &value, const QJsonObject &schema, const QString &at, QStringList &problems, int depth) const;
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &at, QStringList &problems,
        int depth) const;

    QJsonObject m_spec;
};

} // namespace Batchsmith::Test
