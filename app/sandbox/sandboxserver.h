// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Batchsmith::Sandbox {

/// Placeholder until the sandbox lands (issue #3).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
};

} // namespace Batchsmith::Sandbox
