// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QDateTime>
#include <QStringList>

#include "sandbox/portal.h"

namespace Batchsmith::Sandbox {

class Catalogue;

/**
 * Fills an empty portal with the demo records: 200 contacts (first.last@example.com, external_id EXT-00001…),
 * 100 companies (company_external_id CO-0001…), 100 deals, 30 tickets, 20 appointments and 20 cars, then 10 products,
 * 20 notes, 10 calls, 10 tasks and 5 meetings on contacts, and 10 subscriptions; the same for the same seed. Used by
 * Portal::seed(); stateless apart from one fill.
 */
class DemoSeed final
{
public:
    static void fill(Portal &portal, const Catalogue &catalogue, quint64 seed);

private:
    DemoSeed(Portal &portal, const Catalogue &catalogue, quint64 seed);

    QStringList addCompanies();
    QStringList addContacts(const QStringList &companyIds);
    void addDealsAndTickets();
    void addAppointmentsAndCars();
    void addProductsAndSubscriptions(const QStringList &contactIds);
    void addEngagements(const QStringList &contactIds);
    /// Creates a record of @p typeName associated with the contact @p contactId by @p associationTypeId.
    void createOnContact(const QString &typeName, PropertyValues properties, const QString &contactId,
        int associationTypeId, qint64 secondsAfterBase);
    QString pick(const char *const *names, size_t count);
    QString stamp(qint64 secondsAfterBase) const;

    Portal &m_portal;
    const Catalogue &m_catalogue;
    std::mt19937_64 m_random;
    QDateTime m_base;
};

} // namespace Batchsmith::Sandbox
