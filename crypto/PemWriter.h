#pragma once

// Private to crypto/: PEM armour around DER that is already encoded (no second i2d pass).

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace iotca::crypto {

/// "-----BEGIN <label>-----", base64 in 64-character lines, "-----END <label>-----", each line ending in '\n'.
[[nodiscard]] QByteArray pemEncode(QByteArrayView label, QByteArrayView der);
/// The same for secrets, written straight into wiped-on-destruction memory.
[[nodiscard]] SecureBuffer pemEncodeSecret(QByteArrayView label, QByteArrayView der);

} // namespace iotca::crypto
