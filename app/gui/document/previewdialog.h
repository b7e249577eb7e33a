// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QUrl>

#include "core/io/requestpreview.h"

namespace Ui {
class PreviewDialog;
}

namespace Batchsmith {

class JsonHighlighter;

/**
 * Read-only view of the requests a send would make: the batches on the left, the selected batch's request line and
 * JSON body on the right, with Copy (that body) and Copy All (every request line and body). The bodies come from
 * RequestPreview, the engine's own request building. Owned by whoever opens it; GUI thread.
 *
 *     PreviewDialog dialog(*preview, endpoint, this);
 *     dialog.exec();
 */
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    PreviewDialog(RequestPreview preview, const QUrl &baseUrl, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    /// Every request as Copy All puts it on the clipboard.
    QString allRequestsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBatch(int index);
    void copyBatch();
    void copyAll();
    void retranslate();
    QString requestLine(const PreviewBatch &batch) const;

    std::unique_ptr<Ui::PreviewDialog> m_ui;
    RequestPreview m_preview;
    QUrl m_baseUrl;
    JsonHighlighter *m_highlighter;
};

} // namespace Batchsmith
