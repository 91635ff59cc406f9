#pragma once

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeyAlgorithm.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace iotca::model {

/// The platform rules for device certificates: which keys, what subject, which file names and key format.
///
/// - alibaba-iot: RSA keys only; subject CN=DeviceName, OU=ProductKey; files ProductKey_DeviceName_CASN.cer and
///   ProductKey_DeviceName_CASN.key (PKCS#1 "RSA PRIVATE KEY").
/// - apsaramq: RSA or EC keys; subject CN=DeviceName, OU=ProductKey; files DeviceName.crt and DeviceName.key
///   (PKCS#1 / SEC1).
/// - tencent-iothub: RSA or EC keys; subject CN=ProductID+DeviceName; files DeviceName_cert.crt and
///   DeviceName_private.key (PKCS#1 / SEC1).
/// - generic: RSA or EC keys; subject CN=DeviceName, OU=ProductKey; files ProductKey_DeviceName.crt and
///   ProductKey_DeviceName.key (PKCS#8).
///
/// CASN is the issuing CA's serial number as `openssl x509 -noout -serial` prints it. Every certificate file is PEM.
class DeviceProfile
{
    Q_DECLARE_TR_FUNCTIONS(DeviceProfile)

public:
    enum class Id { AlibabaIot, ApsaraMq, TencentIotHub, Generic };
    enum class KeyFormat { Traditional, Pkcs8 };

    explicit DeviceProfile(Id id = Id::Generic) noexcept
        : m_id(id)
    { }

    [[nodiscard]] static QList<DeviceProfile> all();
    /// "alibaba-iot", "apsaramq", "tencent-iothub", "generic" (case-insensitive).
    [[nodiscard]] static std::optional<DeviceProfile> fromName(QStringView name);

    [[nodiscard]] Id id() const noexcept { return m_id; }
    /// The command-line name.
    [[nodiscard]] QString name() const;
    /// For people: "Alibaba Cloud IoT Platform".
    [[nodiscard]] QString displayName() const;

    /// Error (code "UnsupportedKeyAlgorithm") when the platform does not accept device keys of `algorithm`
    /// (Alibaba Cloud IoT Platform: RSA only).
    [[nodiscard]] Status checkKeyAlgorithm(crypto::KeyAlgorithm algorithm) const;
    /// Error (code ErrorCode::KeyAlgorithm) when the platform refuses device certificates signed by `ca`: Alibaba
    /// Cloud IoT Platform takes only device certificates signed by the RSA algorithm, so the CA key must be RSA.
    [[nodiscard]] Status checkIssuingCa(const crypto::Certificate& ca) const;
    /// The certificate subject for a device.
    [[nodiscard]] Result<crypto::DistinguishedName> subject(const QString& productKey, const QString& deviceName) const;
    [[nodiscard]] QString certificateFileName(const QString& productKey, const QString& deviceName,
                                              const QString& caSerialHex) const;
    [[nodiscard]] QString keyFileName(const QString& productKey, const QString& deviceName,
                                      const QString& caSerialHex) const;
    [[nodiscard]] KeyFormat keyFormat() const noexcept;

    [[nodiscard]] bool operator==(const DeviceProfile&) const = default;

private:
    Id m_id;
};

} // namespace iotca::model
