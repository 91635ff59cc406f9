#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace iotca::crypto {

/// A detached signature over exact bytes: SHA-256 with the signer's key, as EVP_DigestSign makes it (RSA: PKCS #1
/// v1.5; EC: the DER-encoded ECDSA-Sig-Value). That is the format `openssl dgst -sha256 -sign key.pem` writes and
/// `openssl dgst -sha256 -verify pub.pem -signature file.sig file` checks, so a transfer bundle's manifest can be
/// verified without this program (docs/ceremony.md, "Transfer bundle").
class DetachedSignature
{
    Q_DECLARE_TR_FUNCTIONS(DetachedSignature)

public:
    [[nodiscard]] static Result<QByteArray> sign(const PrivateKey& key, QByteArrayView data);
    /// Ok when `signature` is `data` signed by the key of `signer`; BadSignature otherwise.
    [[nodiscard]] static Status verify(const Certificate& signer, QByteArrayView data, QByteArrayView signature);
};

} // namespace iotca::crypto
