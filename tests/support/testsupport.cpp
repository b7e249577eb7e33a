// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcessEnvironment>

#include "core/io/privatefiles.h"

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

QStringList notOwnerOnly(const QString &root)
{
    const QFileDevice::Permissions mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList found;
    const auto check = [&](const QFileInfo &info) {
        const QFileDevice::Permissions want = info.isDir() ? PrivateFiles::FolderMode : PrivateFiles::FileMode;
        if ((info.permissions() & mask) != want)
            found.append(QStringLiteral("%1 %2").arg(info.filePath()).arg(int(info.permissions() & mask), 0, 16));
    };
    check(QFileInfo(root));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        check(it.fileInfo());
    }
    return found;
}

} // namespace Batchsmith::Test
