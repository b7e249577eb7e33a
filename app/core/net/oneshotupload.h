// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Batchsmith {

/**
 * A request body that can be read once and never rewound. Qt's HTTP/1.1 stack quietly sends a request again when
 * the connection closes before the answer starts; for a batch create that would write the records twice. Given a
 * body it cannot rewind, Qt reports QNetworkReply::ContentReSendError instead, and the engine decides (a create
 * is looked up, never resent blindly). Owned by the QNetworkReply it is posted with.
 */
class OneShotUpload final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUpload)

public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

    bool reset() override { return false; }

    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

    qint64 size() const override { return m_data.size(); }

    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace Batchsmith
