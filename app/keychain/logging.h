// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging category of batchsmith_keychain (see core/logging.h).
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
