#pragma once

#include "crypto/Result.h"

#include <QString>

#include <optional>

namespace iotca::model {

/// A device certificate as the workspace recorded it when it was issued.
struct KnownDeviceCertificate
{
    /// Upper-case hex as `openssl x509 -noout -serial` prints it.
    QString serialHex;
    QString productKey;
    QString deviceName;
};

/// Lets AssociationCsvValidator check a CSV against the workspace without knowing it: the workspace implements this
/// over its device-certificate table (one indexed query per call; the validator calls it once per valid row).
class DeviceCertificateLookup
{
public:
    virtual ~DeviceCertificateLookup() = default;

    /// The device certificate with this serial that the CA `caName` issued, or std::nullopt when it issued none
    /// (other certificates of the CA, such as its verification certificate, do not count). `serialHex` is
    /// normalised: upper-case hex, two digits per byte, no separators. An Error only when the lookup itself fails.
    [[nodiscard]] virtual Result<std::optional<KnownDeviceCertificate>>
    findDeviceCertificate(const QString& caName, const QString& serialHex) const = 0;

protected:
    DeviceCertificateLookup() = default;
    DeviceCertificateLookup(const DeviceCertificateLookup&) = default;
    DeviceCertificateLookup& operator=(const DeviceCertificateLookup&) = default;
};

} // namespace iotca::model
