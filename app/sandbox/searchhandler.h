// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "sandbox/batchresponse.h"
#include "sandbox/httpreply.h"

namespace Batchsmith::Sandbox {

class Portal;
class SearchIndexLag;
struct ObjectDef;
struct Scenario;

/**
 * POST …/objects/{type}/search (docs/hubspot-behaviour.md §11.9): filter groups (ORed) of filters (ANDed), a text
 * query, sorts, paging by offset, the requested properties plus the defaults, and HubSpot's caps. Search sees the
 * portal through the index's lag (SearchIndexLag). Owned by SandboxState; stateless between calls.
 */
class SearchHandler final
{
public:
    SearchHandler(const Portal &portal, SearchIndexLag &lag, const Scenario &scenario);

    HttpReply search(const ObjectDef &type, const QByteArray &body, const CallContext &call);

private:
    const Portal &m_portal;
    SearchIndexLag &m_lag;
    const Scenario &m_scenario;
};

} // namespace Batchsmith::Sandbox
