#include "Digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace iotca::crypto {

namespace {

const char* digestName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return "SHA1";
    case DigestAlgorithm::Sha256:
        return "SHA256";
    case DigestAlgorithm::Sha384:
        return "SHA384";
    case DigestAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

} // namespace

QByteArray digest(DigestAlgorithm algorithm, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    std::size_t length = 0;
    // EVP_Q_digest only fails on allocation failure or an unknown algorithm, neither of which a caller can act on.
    if (EVP_Q_digest(nullptr, digestName(algorithm), nullptr, data.data(), static_cast<std::size_t>(data.size()),
                     reinterpret_cast<unsigned char*>(out.data()), &length)
        != 1)
        qFatal("EVP_Q_digest failed for %s", digestName(algorithm));
    out.resize(static_cast<qsizetype>(length));
    return out;
}

QByteArray hmac(DigestAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    std::size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName(algorithm), nullptr, key.data(),
                   static_cast<std::size_t>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
                   static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                   static_cast<std::size_t>(out.size()), &length))
        qFatal("EVP_Q_mac failed for HMAC-%s", digestName(algorithm));
    out.resize(static_cast<qsizetype>(length));
    return out;
}

} // namespace iotca::crypto
