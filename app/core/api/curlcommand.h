// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/batch/batchtypes.h"

// Turns one exchange of a run into a cURL command for a POSIX shell (sh, bash, zsh), so a person can replay a
// request outside the app. The exchange's Authorization header is already redacted; by default the command
// reads the token from the HUBSPOT_TOKEN variable of the shell it runs in, so it can be pasted into a ticket
// without leaking anything. Only a token the caller passes explicitly ends up in the text.
//
//     QGuiApplication::clipboard()->setText(CurlCommand::build(exchange));
//
// gives (each line but the last ending in a backslash)
//
//     curl -X POST 'https://api.hubapi.com/crm/objects/2026-03/contacts/batch/create'
//       -H 'Accept: application/json'
//       -H "Authorization: Bearer $HUBSPOT_TOKEN"
//       --data-raw '{"inputs":[…]}'
namespace Batchsmith::CurlCommand {

/// The shell variable the command reads the token from when none is given.
QString tokenVariable(); // "HUBSPOT_TOKEN"

/// The command, one option per line joined by " \" continuations. @p token, when not empty, is written into the
/// Authorization header in place of the variable. Content-Length is left out: curl counts the body itself, and
/// a stale count would break a command whose body someone edited.
QString build(const BatchExchange &exchange, const QString &token = {});

/// @p text as one POSIX shell word: inside single quotes, each ' written as '\''. Newlines stay literal.
QString shellQuote(const QString &text);

} // namespace Batchsmith::CurlCommand
