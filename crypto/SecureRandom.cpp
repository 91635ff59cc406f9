#include "SecureRandom.h"

#include "CryptoErrorCode.h"
#include "OpenSslError.h"

#include <openssl/rand.h>

#include <climits>

namespace iotca::crypto {

namespace {

bool fill(char* data, qsizetype count)
{
    if (count < 0 || count > INT_MAX)
        return false;
    return count == 0 || RAND_bytes(reinterpret_cast<unsigned char*>(data), static_cast<int>(count)) == 1;
}

} // namespace

Result<SecureBuffer> SecureRandom::secretBytes(qsizetype count)
{
    SecureBuffer bytes(count);
    if (!fill(bytes.data(), count))
        return openSslError(tr("The random generator could not deliver %1 bytes.").arg(count),
                            ErrorCode::OpenSslFailure);
    return bytes;
}

Result<QByteArray> SecureRandom::publicBytes(qsizetype count)
{
    QByteArray bytes(count, '\0');
    if (!fill(bytes.data(), count))
        return openSslError(tr("The random generator could not deliver %1 bytes.").arg(count),
                            ErrorCode::OpenSslFailure);
    return bytes;
}

} // namespace iotca::crypto
