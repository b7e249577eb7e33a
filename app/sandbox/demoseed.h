// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QDateTime>
#include <QStringList>

namespace Batchsmith::Sandbox {

class Catalogue;
class Portal;

/**
 * Fills an empty portal with the demo records: 200 contacts (first.last@example.com, external_id EXT-00001…),
 * 100 companies (company_external_id CO-0001…), 100 deals, 30 tickets, 20 appointments and 20 cars, the same for
 * the same seed. Used by Portal::seed(); stateless apart from one fill.
 */
class DemoSeed final
{
public:
    static void fill(Portal &portal, const Catalogue &catalogue, quint64 seed);

private:
    DemoSeed(Portal &portal, const Catalogue &catalogue, quint64 seed);

    QStringList addCompanies();
    void addContacts(const QStringList &companyIds);
    void addDealsAndTickets();
    void addAppointmentsAndCars();
    QString pick(const char *const *names, size_t count);
    QString stamp(qint64 secondsAfterBase) const;

    Portal &m_portal;
    const Catalogue &m_catalogue;
    std::mt19937_64 m_random;
    QDateTime m_base;
};

} // namespace Batchsmith::Sandbox
