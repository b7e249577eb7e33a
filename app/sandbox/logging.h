// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The sandbox's own category: it shares no code with the client, so it does not use core/logging.h.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxServer)
