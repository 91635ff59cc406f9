#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace iotca::ui {

/// What the account dialog collected. The secret goes to the system keychain only; the workspace keeps the rest.
struct PlatformAccountInput
{
    QString platform; ///< "aliyun-iot", "apsaramq-mqtt", "tencent-iothub" or "aws-iot"
    QString displayName;
    QString region;
    QString endpoint; ///< empty: the platform's default endpoint for the region
    QString caBundlePath; ///< extra trusted roots for the endpoint (a private endpoint, the emulator); may be empty
    QString instanceId;
    QString productKey;
    QString accessKeyId;
    crypto::SecureBuffer secret; ///< empty when editing and the stored secret is kept
};

} // namespace iotca::ui
