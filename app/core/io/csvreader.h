// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/delimitedtextreader.h"

namespace Batchsmith {

/// The former name of DelimitedTextReader, for the callers that issue #16 did not rename (the CLI tests, CsvWriter's
/// test). TODO(#16): rename them and remove this header.
using CsvReader = DelimitedTextReader;

} // namespace Batchsmith
