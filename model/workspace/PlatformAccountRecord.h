#pragma once

#include <QString>

namespace iotca::model {

/// A cloud IoT platform account the workspace registers CAs with.
///
/// `credentialKey` is only the name of the QtKeychain entry that holds the access key secret; the secret itself is
/// never written to the workspace.
struct PlatformAccountRecord
{
    qint64 id = 0;
    /// Unique within the workspace.
    QString name;
    /// The connector's id ("aliyun-iot", "apsaramq-mqtt", "tencent-iothub", "aws-iot").
    QString platformId;
    QString displayName;
    QString region;
    QString endpoint;
    /// Instance id (Alibaba IoT Platform / ApsaraMQ instance).
    QString instanceId;
    /// Product key (Alibaba) or product id (Tencent) the account works with by default.
    QString product;
    QString credentialKey;
    /// A CA bundle file to trust for the endpoint (private deployments, the emulator); empty for the system store.
    QString caBundlePath;
};

} // namespace iotca::model
