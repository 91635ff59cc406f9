#pragma once

#include "SqlDialect.h"

#include <QStringList>

namespace iotca::model {

/// The statements of the schema step "device certificate history" (pki): a device may hold several certificates
/// over time (a re-issue), so UNIQUE (product_key, device_name) becomes UNIQUE (product_key, device_name,
/// generation). See the comment in DeviceHistorySchemaStep.cpp.
[[nodiscard]] QStringList deviceHistorySchemaStep(sql::Backend backend);

} // namespace iotca::model
