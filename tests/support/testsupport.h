// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTest>

#include "core/catalog/catalogtypes.h"

namespace Batchsmith::Test {

/// The folder holding HubSpot's OpenAPI specs (docs/hubspot-behaviour.md §13), from BATCHSMITH_SPECS_DIR set by CTest.
QString specsDir();

/// Why the checks against HubSpot's OpenAPI specs cannot run here, in one line that says how to make them run; empty
/// when the specs folder exists. A folder that exists but lacks a spec file is no reason: those checks then fail.
QString specsMissingReason();

/// tests/data, from BATCHSMITH_TEST_DATA set by CTest.
QString testDataDir();

/// A plain text property (type string, field type text) whose label is its name.
PropertyInfo textProperty(const QString &name);

/// Every file and folder under @p root (itself included) that is not owner-only (PrivateFiles::FileMode and
/// FolderMode), as "path mode".
QStringList notOwnerOnly(const QString &root);

} // namespace Batchsmith::Test

/// Skips the current test function when HubSpot's OpenAPI specs are not available (see specsMissingReason()); in a
/// _data function, skips the whole data-driven test. A macro because QSKIP has to return from the test function.
#define BATCHSMITH_REQUIRE_SPECS()                                                                                     \
    do {                                                                                                               \
        if (const QString reason = Batchsmith::Test::specsMissingReason(); !reason.isEmpty())                          \
            QSKIP(qPrintable(reason));                                                                                 \
    } while (false)
