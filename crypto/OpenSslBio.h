#pragma once

// Private to crypto/: memory BIOs and DER encodings to and from Qt byte arrays.

#include "OpenSslHandles.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/crypto.h>

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

/// The DER encoding of a public OpenSSL object through its i2d function (i2d_X509, i2d_PUBKEY, ...). Empty when the
/// encoding failed; OpenSSL's error queue then says why, for the caller to report or clear. Not for private keys:
/// the encoder's buffer is freed without being wiped.
template<class T>
[[nodiscard]] QByteArray derEncoding(const T* object, int (*encode)(const T*, unsigned char**))
{
    unsigned char* der = nullptr;
    const int length = encode(object, &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace iotca::crypto
