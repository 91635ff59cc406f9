#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace iotca::app {

/// An HTTP request as the emulated platforms see it (decoded from QHttpServerRequest).
struct EmulatorRequest
{
    QByteArray method;
    /// Path as sent (percent-encoded), e.g. "/cacertificate/ab12".
    QByteArray encodedPath;
    /// Query items, percent-decoded, in the order sent.
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QString queryValue(const QString& name) const
    {
        for (const auto& [key, value] : query) {
            if (key == name)
                return value;
        }
        return {};
    }
};

/// The answer an emulated platform gives.
struct EmulatorResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static EmulatorResponse json(int status, const QJsonObject& object);
};

} // namespace iotca::app
