// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/objecttypes.h"

#include <QRegularExpression>

namespace Batchsmith::ObjectTypes {

const QList<ObjectTypeInfo> &standard()
{
    static const QList<ObjectTypeInfo> types = [] {
        QList<ObjectTypeInfo> t;
        auto add = [&t](const char *name, const char *id, bool batchWrite = true) {
            t.append({ QString::fromLatin1(name), QString::fromLatin1(id), batchWrite });
        };
        add("contacts", "0-1");
        add("companies", "0-2");
        add("deals", "0-3");
        add("tickets", "0-5");
        add("products", "0-7");
        add("line_items", "0-8");
        add("quotes", "0-14");
        add("communications", "0-18");
        add("feedback_submissions", "0-19", false);
        add("tasks", "0-27");
        add("notes", "0-46");
        add("meetings", "0-47");
        add("calls", "0-48");
        add("emails", "0-49");
        add("invoices", "0-53");
        add("subscriptions", "0-69");
        add("goal_targets", "0-74");
        add("discounts", "0-84");
        add("fees", "0-85");
        add("taxes", "0-86");
        add("commerce_payments", "0-101");
        add("users", "0-115");
        add("postal_mail", "0-116");
        add("orders", "0-123");
        add("leads", "0-136");
        add("carts", "0-142");
        add("services", "0-162");
        add("courses", "0-410");
        add("listings", "0-420");
        add("appointments", "0-421");
        add("projects", "0-970");
        return t;
    }();
    return types;
}

std::optional<ObjectTypeInfo> find(const QString &nameOrId)
{
    for (const ObjectTypeInfo &info : standard()) {
        if (info.id == nameOrId || info.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QString canonicalId(const QString &nameOrId)
{
    if (auto info = find(nameOrId))
        return info->id;
    return nameOrId;
}

bool isContacts(const QString &nameOrId)
{
    return canonicalId(nameOrId) == u"0-1";
}

Result<void> validateForBatchWrite(const QString &nameOrId)
{
    if (auto info = find(nameOrId)) {
        if (!info->batchWrite) {
            return Error::make(Error::Kind::InvalidInput,
                QStringLiteral("Object type %1 (%2) has no batch create or upsert in HubSpot's API.")
                    .arg(info->name, info->id));
        }
        return {};
    }
    static const QRegularExpression custom(QStringLiteral("^(2-\\d+|p\\d+_[A-Za-z0-9_]+|0-\\d+)$"));
    if (custom.match(nameOrId).hasMatch())
        return {};
    return Error::make(Error::Kind::InvalidInput,
        QStringLiteral("\"%1\" is not an object type: use a name such as contacts or companies, or an objectTypeId "
                       "such as 0-421 or 2-1234567.")
            .arg(nameOrId));
}

} // namespace Batchsmith::ObjectTypes
