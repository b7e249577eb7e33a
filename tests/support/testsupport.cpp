// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace Batchsmith::Test {

QString specsDir()
{
    return QDir::cleanPath(qEnvironmentVariable("BATCHSMITH_SPECS_DIR"));
}

QString specsMissingReason()
{
    const QString dir = specsDir();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return {};
    const QString where = dir.isEmpty() ? QStringLiteral("BATCHSMITH_SPECS_DIR is not set")
                                        : QStringLiteral("HubSpot's OpenAPI specs are not in %1").arg(dir);
    return where
        + QStringLiteral("; configure with -DBATCHSMITH_SPECS_DIR=<folder with objects-v3.json and the other specs of "
                         "docs/hubspot-behaviour.md section 13> to run this check");
}

QString testDataDir()
{
    return QDir::cleanPath(qEnvironmentVariable("BATCHSMITH_TEST_DATA"));
}

PropertyInfo textProperty(const QString &name)
{
    PropertyInfo p;
    p.name = name;
    p.label = name;
    p.type = QStringLiteral("string");
    p.fieldType = QStringLiteral("text");
    return p;
}

} // namespace Batchsmith::Test
