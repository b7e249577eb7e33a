// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging categories of batchsmith_core. Every library declares its own in its own logging.h
// (app/<layer>/logging.h), named batchsmith.<layer>.<component>; the default level is QtInfoMsg, so debug output
// is enabled per category with --verbose or QT_LOGGING_RULES.
// Never log a token or an Authorization header: use Batchsmith::Redaction (core/api/redaction.h).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcRateLimit)
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcTokens)
