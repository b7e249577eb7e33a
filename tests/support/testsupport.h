// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Batchsmith::Test {

/// HubSpot's OpenAPI specs (../shared/specs/hubspot), from BATCHSMITH_SPECS_DIR set by CTest.
QString specsDir();

/// tests/data, from BATCHSMITH_TEST_DATA set by CTest.
QString testDataDir();

} // namespace Batchsmith::Test
