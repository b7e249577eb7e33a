// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/logging.h"

Q_LOGGING_CATEGORY(lcJournal, "batchsmith.journal", QtInfoMsg)
