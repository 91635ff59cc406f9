#pragma once

#include "crypto/Result.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>

namespace iotca::model {

class Workspace;

/// The key-free checks before device certificates of a CA are registered on a platform account, for Devices →
/// Register on Platform…, Issue Devices' "Register on <platform> after issuing", `iotca device register` and
/// `iotca device issue --register`, run before anything is issued or sent:
/// - the account's platform registers device certificates one by one through its API (Tencent Cloud IoT Hub
///   CreateDevice, AWS IoT Core RegisterCertificate; PlatformCapabilities::Operation::RegisterDevice), else
///   Preflight.Unsupported;
/// - the workspace records a live registration of the CA on that account (else Preflight.NotRegistered).
class DeviceRegistrationPrecheck
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRegistrationPrecheck)
public:
    [[nodiscard]] static Status check(const Workspace& workspace, qint64 caId, const PlatformAccountRecord& account);
};

} // namespace iotca::model
