// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Batchsmith {

namespace {

QString segment(const QString &objectType)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(objectType));
}

QJsonObject propertiesObject(const QMap<QString, QString> &properties)
{
    QJsonObject object;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray associationsArray(const QList<RowAssociation> &associations)
{
    QJsonArray array;
    for (const RowAssociation &a : associations) {
        const QJsonObject type { { QStringLiteral("associationCategory"), a.category },
            { QStringLiteral("associationTypeId"), a.typeId } };
        array.append(QJsonObject { { QStringLiteral("to"), QJsonObject { { QStringLiteral("id"), a.toId } } },
            { QStringLiteral("types"), QJsonArray { type } } });
    }
    return array;
}

} // namespace

QString RequestBuilder::objectsPath(ApiVersion version, const QString &objectType)
{
    return version == ApiVersion::V3 ? QStringLiteral("/crm/v3/objects/") + segment(objectType)
                                     : QStringLiteral("/crm/objects/2026-03/") + segment(objectType);
}

QString RequestBuilder::writePath(const BatchSpec &spec)
{
    return objectsPath(spec.apiVersion, spec.objectType)
        + (spec.mode == WriteMode::Create ? QStringLiteral("/batch/create") : QStringLiteral("/batch/upsert"));
}

QString RequestBuilder::readPath(const BatchSpec &spec)
{
    return objectsPath(spec.apiVersion, spec.objectType) + QStringLiteral("/batch/read");
}

QString RequestBuilder::propertiesPath(ApiVersion version, const QString &objectType)
{
    return version == ApiVersion::V3 ? QStringLiteral("/crm/v3/properties/") + segment(objectType)
                                     : QStringLiteral("/crm/properties/2026-03/") + segment(objectType);
}

QString RequestBuilder::schemasPath(ApiVersion version)
{
    return version == ApiVersion::V3 ? QStringLiteral("/crm-object-schemas/v3/schemas")
                                     : QStringLiteral("/crm-object-schemas/2026-03/schemas");
}

QString RequestBuilder::associationLabelsPath(ApiVersion version, const QString &fromType, const QString &toType)
{
    const QString pair = segment(fromType) + u'/' + segment(toType) + QStringLiteral("/labels");
    return version == ApiVersion::V3 ? QStringLiteral("/crm/v4/associations/") + pair
                                     : QStringLiteral("/crm/associations/2026-03/") + pair;
}

QString RequestBuilder::pipelinesPath(ApiVersion version, const QString &objectType)
{
    return version == ApiVersion::V3 ? QStringLiteral("/crm/v3/pipelines/") + segment(objectType)
                                     : QStringLiteral("/crm/pipelines/2026-03/") + segment(objectType);
}

QString RequestBuilder::ownersPath(ApiVersion version)
{
    return version == ApiVersion::V3 ? QStringLiteral("/crm/v3/owners") : QStringLiteral("/crm/owners/2026-03");
}

QString RequestBuilder::accountDetailsPath(ApiVersion version)
{
    return version == ApiVersion::V3 ? QStringLiteral("/account-info/v3/details")
                                     : QStringLiteral("/account-info/2026-03/details");
}

QByteArray RequestBuilder::writeBody(
    const BatchSpec &spec, const QList<Row> &rows, const QList<int> &rowIndexes, const QStringList &traceIds)
{
    QJsonArray inputs;
    for (int index : rowIndexes) {
        const Row &row = rows.at(index);
        QJsonObject input;
        input.insert(QStringLiteral("properties"), propertiesObject(row.properties));
        input.insert(QStringLiteral("objectWriteTraceId"), traceIds.at(index));
        if (spec.mode == WriteMode::Create) {
            input.insert(QStringLiteral("associations"), associationsArray(row.associations));
        } else {
            input.insert(QStringLiteral("id"), row.properties.value(spec.idProperty).trimmed());
            input.insert(QStringLiteral("idProperty"), spec.idProperty);
        }
        inputs.append(input);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact);
}

QByteArray RequestBuilder::lookupBody(
    const QString &idProperty, const QStringList &values, const QStringList &properties)
{
    QJsonArray inputs;
    for (const QString &value : values)
        inputs.append(QJsonObject { { QStringLiteral("id"), value } });
    const QJsonObject body { { QStringLiteral("idProperty"), idProperty }, { QStringLiteral("inputs"), inputs },
        { QStringLiteral("properties"), QJsonArray::fromStringList(properties) },
        { QStringLiteral("propertiesWithHistory"), QJsonArray() } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Batchsmith
