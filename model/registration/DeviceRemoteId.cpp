#include "DeviceRemoteId.h"

#include "crypto/Digest.h"

namespace iotca::model {

Result<QString> DeviceRemoteId::of(PlatformId platform, const DeviceCertificateRecord& device,
                                   const QString& defaultProduct)
{
    switch (platform) {
    case PlatformId::ApsaraMq:
        if (device.serialHex.isEmpty())
            break;
        return device.serialHex.toLower();
    case PlatformId::AwsIot:
        if (device.certificateDer.isEmpty())
            break;
        return QString::fromLatin1(crypto::sha256(device.certificateDer).toHex());
    case PlatformId::TencentIotHub: {
        const QString product = device.productKey.isEmpty() ? defaultProduct : device.productKey;
        if (product.isEmpty()) {
            //: %1 is a device name, %2 a serial number
            return Error {tr("The device certificate %2 of '%1' names no Tencent product, and the account has no "
                             "default product.")
                              .arg(device.deviceName, device.serialHex),
                          {},
                          QStringLiteral("Preflight.Product")};
        }
        if (device.deviceName.isEmpty())
            break;
        return product + QLatin1Char('/') + device.deviceName;
    }
    case PlatformId::AliyunIot:
        return Error {tr("Alibaba Cloud IoT Platform manages device certificates only in its console."),
                      {},
                      QStringLiteral("Preflight.Unsupported")};
    }
    //: %1 is a serial number, %2 a platform name
    return Error {tr("The recorded device certificate %1 lacks what %2 identifies it by.")
                      .arg(device.serialHex, platformDisplayName(platform)),
                  {},
                  QStringLiteral("Preflight.RemoteId")};
}

} // namespace iotca::model
