#include "DeviceRemoteId.h"

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
        // certificateId as AWS answered it (RegisterCertificate, recorded in remote_id). How AWS derives it is stated
        // by no source (platform-tencent-aws.md §3.3, open item 9), so it is never computed here.
        if (device.remoteId.isEmpty()) {
            //: %1 is a serial number
            return Error {tr("The workspace has no AWS IoT certificate id for the device certificate %1: it was not "
                             "registered from this workspace. Register it here (device register) to record it.")
                              .arg(device.serialHex),
                          {},
                          QStringLiteral("Preflight.RemoteId")};
        }
        return device.remoteId;
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
