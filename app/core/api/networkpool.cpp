// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/networkpool.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrl>

#include "core/logging.h"

namespace Batchsmith {

NetworkPool::NetworkPool(QNetworkAccessManager *first, Factory factory, QObject *owner)
    : m_factory(std::move(factory))
    , m_owner(owner)
{
    m_managers.append({ first, 0 });
}

NetworkPool::Factory NetworkPool::defaultFactory(QNetworkAccessManager *first)
{
    if (!first || first->metaObject() != &QNetworkAccessManager::staticMetaObject)
        return {};
    return [first](QObject *parent) {
        auto *manager = new QNetworkAccessManager(parent);
        manager->setProxy(first->proxy());
        manager->setStrictTransportSecurityEnabled(first->isStrictTransportSecurityEnabled());
        manager->setRedirectPolicy(first->redirectPolicy());
        return manager;
    };
}

bool NetworkPool::spreads(const QUrl &url) const
{
    if (!m_factory || m_http2Seen)
        return false;
    // Over https Qt negotiates HTTP/2 when the server offers it; spread only once an answer came over HTTP/1.1.
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 || m_http1Seen;
}

int NetworkPool::acquire(const QUrl &url)
{
    int index = 0;
    if (spreads(url)) {
        for (int i = 1; i < m_managers.size(); ++i) {
            if (m_managers.at(i).busy < m_managers.at(index).busy)
                index = i;
        }
        if (m_managers.at(index).busy >= ConnectionsPerManager && m_managers.size() < MaxManagers) {
            if (QNetworkAccessManager *more = m_factory(m_owner)) {
                m_managers.append({ more, 0 });
                index = static_cast<int>(m_managers.size()) - 1;
                qCDebug(lcApi) << "network manager" << m_managers.size() << "of" << MaxManagers;
            }
        }
    }
    ++m_managers[index].busy;
    return index;
}

void NetworkPool::release(int index, bool http2, bool answered)
{
    if (index < 0 || index >= m_managers.size())
        return;
    m_managers[index].busy = qMax(0, m_managers.at(index).busy - 1);
    if (!answered)
        return;
    if (http2 && !m_http2Seen) {
        qCDebug(lcApi) << "HTTP/2 in use: one connection carries every request";
        m_http2Seen = true;
    }
    m_http1Seen = m_http1Seen || !http2;
}

} // namespace Batchsmith
