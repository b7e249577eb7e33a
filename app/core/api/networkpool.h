// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>

class QNetworkAccessManager;
class QObject;
class QUrl;

namespace Batchsmith {

/**
 * The network managers of one ApiClient. Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per
 * host and has no setting for it, so a client that wants more requests in flight over HTTP/1.1 spreads them over
 * several managers, each request on the least busy one, made on demand (up to MaxManagers, so 36 connections).
 * Over HTTP/2 (Qt's default for https, and HubSpot's) one connection multiplexes every request: once an answer
 * says HTTP/2 was used the pool sends everything through the first manager again, and over https it spreads only
 * after an answer came over HTTP/1.1. Plain http (the sandbox on loopback) spreads from the start.
 *
 * Owned by ApiClient, on its thread. The first manager is the caller's and is not owned; the others are made by
 * the factory as children of @p owner.
 */
class NetworkPool final
{
public:
    /// Makes one more manager, a child of @p parent. Tests hand in one that makes fake managers.
    using Factory = std::function<QNetworkAccessManager *(QObject *parent)>;

    static constexpr int MaxManagers = 6;
    /// Qt 6.4's connections per host and manager over HTTP/1.1 (QHttpNetworkConnectionPrivate's default).
    static constexpr int ConnectionsPerManager = 6;

    NetworkPool(QNetworkAccessManager *first, Factory factory, QObject *owner);

    /// The factory an ApiClient uses when given none: plain managers that copy @p first's proxy, for a plain
    /// QNetworkAccessManager; none (no pool) for a subclass, which is a test's fake or a caller's own network.
    static Factory defaultFactory(QNetworkAccessManager *first);

    /// The manager for the next request to @p url (by index, for release()); counted as busy until release().
    int acquire(const QUrl &url);

    QNetworkAccessManager *manager(int index) const { return m_managers.at(index).manager; }

    /// The request sent through @p index ended; @p http2 whether its answer came over HTTP/2.
    void release(int index, bool http2, bool answered);

    int managerCount() const { return static_cast<int>(m_managers.size()); }

    int busy(int index) const { return m_managers.at(index).busy; }

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int busy = 0;
    };

    bool spreads(const QUrl &url) const;

    QList<Slot> m_managers;
    Factory m_factory;
    QObject *m_owner;
    bool m_http2Seen = false;
    bool m_http1Seen = false;
};

} // namespace Batchsmith
