// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/logging.h"

Q_LOGGING_CATEGORY(lcSandboxServer, "batchsmith.sandbox", QtInfoMsg)
