#pragma once

#include <QString>

namespace iotca::model {

/// What DeviceCertificateModel shows: all conditions that are set must hold.
struct DeviceCertificateFilter
{
    /// Only this CA's certificates; 0 for every CA; a negative id (NoCa) for none, as when no CA is selected.
    qint64 caId = 0;
    static constexpr qint64 NoCa = -1;
    /// Only this product key / product id; empty for every product.
    QString productKey;
    /// Serial prefix (any case, separators ignored) or part of the device name (case-sensitive); empty for no
    /// text filter.
    QString text;

    [[nodiscard]] bool operator==(const DeviceCertificateFilter&) const = default;
};

} // namespace iotca::model
