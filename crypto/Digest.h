#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace iotca::crypto {

/// Message digests and HMACs on OpenSSL's EVP interfaces, for request signing and fingerprints.
/// Thread-safe; results are raw bytes (use QByteArray::toHex() or toBase64() for text).
enum class DigestAlgorithm { Sha1, Sha256, Sha384, Sha512 };

[[nodiscard]] QByteArray digest(DigestAlgorithm algorithm, QByteArrayView data);
[[nodiscard]] QByteArray hmac(DigestAlgorithm algorithm, QByteArrayView key, QByteArrayView data);

[[nodiscard]] inline QByteArray sha256(QByteArrayView data)
{
    return digest(DigestAlgorithm::Sha256, data);
}
[[nodiscard]] inline QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    return hmac(DigestAlgorithm::Sha1, key, data);
}
[[nodiscard]] inline QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    return hmac(DigestAlgorithm::Sha256, key, data);
}

} // namespace iotca::crypto
