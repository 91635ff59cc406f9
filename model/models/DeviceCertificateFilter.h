#pragma once

#include <QString>

namespace iotca::model {

/// What DeviceCertificateModel shows: all conditions that are set must hold.
struct DeviceCertificateFilter
{
    /// Only this CA's certificates; 0 for every CA.
    qint64 caId = 0;
    /// Only this product key / product id; empty for every product.
    QString productKey;
    /// Serial prefix (any case, separators ignored) or part of the device name; empty for no text filter.
    QString text;

    [[nodiscard]] bool operator==(const DeviceCertificateFilter&) const = default;
};

} // namespace iotca::model
