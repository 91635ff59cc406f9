#pragma once

#include "PlatformConnector.h"

#include <memory>

namespace iotca::model {

/// Makes the connector for an account's platform. Alibaba IoT Platform has no CA API: use
/// OfflineRegistrationBundleWriter.
[[nodiscard]] Result<PlatformConnector*> createPlatformConnector(PlatformAccount account, PlatformSecret secret,
                                                                 QNetworkAccessManager* network,
                                                                 QObject* parent = nullptr);

} // namespace iotca::model
