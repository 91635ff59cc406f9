#pragma once

#include "crypto/Result.h"
#include "model/platform/PlatformId.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// The id a platform knows a recorded device certificate by, derived from the workspace record (no request):
/// - ApsaraMQ for MQTT: `DeviceSn`, the certificate's serial number in lower-case hexadecimal as the broker records
///   it on first connection (the canonical form on the real service is unverified; the emulator uses this one);
/// - AWS IoT Core: `certificateId` as RegisterCertificate answered it (recorded with the certificate; never computed:
///   no source states how AWS derives it);
/// - Tencent Cloud IoT Hub: "ProductId/DeviceName" (the record's product, else the account's default product).
/// Alibaba Cloud IoT Platform has no device-certificate API, hence no id.
class DeviceRemoteId
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRemoteId)
public:
    /// `defaultProduct` is the account's product id, used for Tencent records without one.
    [[nodiscard]] static Result<QString> of(PlatformId platform, const DeviceCertificateRecord& device,
                                            const QString& defaultProduct = {});
};

} // namespace iotca::model
