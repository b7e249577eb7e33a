// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "sandbox/httpreply.h"

class QHttpServerRequest;

namespace Batchsmith::Sandbox {

class TokenBook;

/**
 * The checks a parsed request passes before SandboxState routes it (app/sandbox/README.md, "Who may call"): a
 * request with an `Origin` header comes from a web page, which HubSpot's API never serves and the app and CLI never
 * send, so it gets 403 whatever its path; a control endpoint (/__sandbox/…) needs a token the sandbox accepts, as
 * an API call does (401 otherwise). Nothing here changes any state. Stateless.
 */
class Admission final
{
public:
    /// The refusal for @p request, or nothing when it may go on.
    static std::optional<HttpReply> check(const QHttpServerRequest &request, const TokenBook &tokens);

    /// True when @p path is a control endpoint.
    static bool isControlPath(const QString &path);
};

} // namespace Batchsmith::Sandbox
