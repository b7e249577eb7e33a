// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

class QWidget;

namespace Batchsmith {

/**
 * The one way the document actions ask for a file name, so tests can answer instead of a person:
 * FileDialog::setNextFileName(path) makes the next getOpenFileName() or getSaveFileName() return it at once,
 * without showing anything (an empty string answers Cancel). Static, GUI thread only.
 */
class FileDialog final
{
public:
    FileDialog() = delete;

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    /// Adds @p suffix (without the dot) when the name chosen has none.
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter, const QString &suffix);

    /// Test only: the answer of the next dialog. Used once.
    static void setNextFileName(const QString &path);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace Batchsmith
