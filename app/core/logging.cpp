// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "batchsmith.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRateLimit, "batchsmith.core.ratelimit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "batchsmith.core.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "batchsmith.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTokens, "batchsmith.core.tokens", QtInfoMsg)
