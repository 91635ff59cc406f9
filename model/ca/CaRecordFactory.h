#pragma once

#include "crypto/Certificate.h"
#include "model/workspace/CaRecord.h"

namespace iotca::model {

/// Private to model/ca: the CaRecord fields that come from a CA certificate (DER, serial, names, validity, key).
[[nodiscard]] CaRecord caRecordFromCertificate(const crypto::Certificate& certificate, const QString& name,
                                               const QString& notes);

} // namespace iotca::model
