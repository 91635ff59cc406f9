#pragma once

// Private to crypto/: what the first bytes of a DER encoding declare, read without OpenSSL, so that a decoder that
// failed can tell a file that was cut off (it declares more bytes than it has) from one that is damaged.

#include <QByteArrayView>

namespace iotca::crypto {

/// The total length (header included) that the outer DER SEQUENCE of `der` declares, or -1 when `der` does not start
/// with a SEQUENCE header in DER's definite form (X.690 8.1.3; at most four length octets).
[[nodiscard]] qint64 declaredDerSequenceLength(QByteArrayView der);

} // namespace iotca::crypto
