#pragma once

// Private to crypto/: memory BIOs to and from Qt byte arrays.

#include "OpenSslHandles.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace iotca::crypto {

/// A read-only BIO over `data` (no copy; `data` must outlive the BIO). Null only when out of memory.
[[nodiscard]] BioPtr readOnlyBio(QByteArrayView data);
/// An empty memory BIO to write into.
[[nodiscard]] BioPtr writableBio();
/// A memory BIO for secrets: its buffer is wiped whenever it grows and when it is freed.
[[nodiscard]] BioPtr secureWritableBio();
/// Everything written into a memory BIO.
[[nodiscard]] QByteArray bioContents(BIO* bio);
/// The same, for secrets: copied into a SecureBuffer, and the BIO's memory is wiped.
[[nodiscard]] SecureBuffer bioSecureContents(BIO* bio);

} // namespace iotca::crypto
