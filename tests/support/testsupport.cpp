// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QDir>
#include <QProcessEnvironment>

namespace Batchsmith::Test {

QString specsDir()
{
    return QDir::cleanPath(qEnvironmentVariable("BATCHSMITH_SPECS_DIR"));
}

QString testDataDir()
{
    return QDir::cleanPath(qEnvironmentVariable("BATCHSMITH_TEST_DATA"));
}

} // namespace Batchsmith::Test
