#include "DeviceProfile.h"

#include "model/ModelErrorCode.h"

namespace iotca::model {

QList<DeviceProfile> DeviceProfile::all()
{
    return {DeviceProfile(Id::AlibabaIot), DeviceProfile(Id::ApsaraMq), DeviceProfile(Id::TencentIotHub),
            DeviceProfile(Id::Generic)};
}

std::optional<DeviceProfile> DeviceProfile::fromName(QStringView name)
{
    for (const DeviceProfile& profile : all()) {
        if (name.compare(profile.name(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString DeviceProfile::name() const
{
    switch (m_id) {
    case Id::AlibabaIot:
        return QStringLiteral("alibaba-iot");
    case Id::ApsaraMq:
        return QStringLiteral("apsaramq");
    case Id::TencentIotHub:
        return QStringLiteral("tencent-iothub");
    case Id::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QString DeviceProfile::displayName() const
{
    switch (m_id) {
    case Id::AlibabaIot:
        return tr("Alibaba Cloud IoT Platform");
    case Id::ApsaraMq:
        return tr("ApsaraMQ for MQTT");
    case Id::TencentIotHub:
        return tr("Tencent Cloud IoT Hub");
    case Id::Generic:
        break;
    }
    return tr("Generic");
}

Status DeviceProfile::checkKeyAlgorithm(crypto::KeyAlgorithm algorithm) const
{
    // Seed 000 / 003 (Alibaba Cloud IoT Platform, "Manage CA certificates", Limits): "Private CA certificates support
    // only device certificates that are signed by using the RSA algorithm"; its device key file is "BEGIN RSA PRIVATE
    // KEY".
    if (m_id == Id::AlibabaIot && !crypto::isRsa(algorithm))
        //: %1 is a platform, %2 a key type such as "ECDSA P-256"
        return Error {tr("%1 accepts RSA device keys only, not %2.")
                          .arg(displayName(), crypto::keyAlgorithmDisplayName(algorithm)),
                      {},
                      ErrorCode::UnsupportedKeyAlgorithm};
    return {};
}

Status DeviceProfile::checkIssuingCa(const crypto::Certificate& ca) const
{
    // Seed 000: "When using a private CA certificate, only the device certificate signed by the RSA algorithm is
    // supported." A certificate is signed with its CA's key, so an EC CA can never sign one the platform accepts.
    if (m_id != Id::AlibabaIot || ca.hasRsaKey())
        return {};
    //: %1 is a platform, %2 the CA's name (its subject), %3 a key type such as "ECDSA P-256"
    return Error {
        tr("%1 accepts only device certificates signed with RSA, but the key of the CA '%2' is %3: use an RSA "
           "CA.")
            .arg(displayName(), ca.commonName().isEmpty() ? ca.subjectString() : ca.commonName(), ca.keyDescription()),
        {},
        ErrorCode::KeyAlgorithm};
}

Result<crypto::DistinguishedName> DeviceProfile::subject(const QString& productKey, const QString& deviceName) const
{
    crypto::DistinguishedName name;
    if (m_id == Id::TencentIotHub) {
        // Tencent Cloud IoT Hub identifies the device by CN = ProductID followed by DeviceName.
        if (Status added = name.append(u"CN", productKey + deviceName); !added)
            return added.error();
        return name;
    }
    if (Status added = name.append(u"OU", productKey); !added)
        return added.error();
    if (Status added = name.append(u"CN", deviceName); !added)
        return added.error();
    return name;
}

QString DeviceProfile::certificateFileName(const QString& productKey, const QString& deviceName,
                                           const QString& caSerialHex) const
{
    switch (m_id) {
    case Id::AlibabaIot:
        return QStringLiteral("%1_%2_%3.cer").arg(productKey, deviceName, caSerialHex);
    case Id::ApsaraMq:
        return deviceName + QStringLiteral(".crt");
    case Id::TencentIotHub:
        return deviceName + QStringLiteral("_cert.crt");
    case Id::Generic:
        break;
    }
    return QStringLiteral("%1_%2.crt").arg(productKey, deviceName);
}

QString DeviceProfile::keyFileName(const QString& productKey, const QString& deviceName,
                                   const QString& caSerialHex) const
{
    switch (m_id) {
    case Id::AlibabaIot:
        return QStringLiteral("%1_%2_%3.key").arg(productKey, deviceName, caSerialHex);
    case Id::ApsaraMq:
        return deviceName + QStringLiteral(".key");
    case Id::TencentIotHub:
        return deviceName + QStringLiteral("_private.key");
    case Id::Generic:
        break;
    }
    return QStringLiteral("%1_%2.key").arg(productKey, deviceName);
}

DeviceProfile::KeyFormat DeviceProfile::keyFormat() const noexcept
{
    return m_id == Id::Generic ? KeyFormat::Pkcs8 : KeyFormat::Traditional;
}

} // namespace iotca::model
