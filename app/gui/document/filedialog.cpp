// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/filedialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace Batchsmith {

std::optional<QString> FileDialog::s_nextFileName;

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter, const QString &suffix)
{
    QString path;
    if (s_nextFileName) {
        path = *std::exchange(s_nextFileName, std::nullopt);
    } else {
        QFileDialog dialog(parent, caption, dir, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(suffix);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().constFirst();
    }
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

} // namespace Batchsmith
