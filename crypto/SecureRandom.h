#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace iotca::crypto {

/// Bytes from OpenSSL's RAND_bytes (its DRBG, seeded from the operating system): for secrets, SecureBuffer; for
/// random identifiers that are not secret (a share set id), a QByteArray.
class SecureRandom
{
    Q_DECLARE_TR_FUNCTIONS(SecureRandom)

public:
    /// Error code OpenSslFailure when the generator cannot deliver (it could not be seeded).
    [[nodiscard]] static Result<SecureBuffer> secretBytes(qsizetype count);
    [[nodiscard]] static Result<QByteArray> publicBytes(qsizetype count);
};

} // namespace iotca::crypto
