#include "Tc3Signer.h"

#include "crypto/Digest.h"

#include <QDateTime>

#include <cstring>

namespace iotca::model {

namespace {

QByteArray utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
}

} // namespace

QByteArray Tc3Signer::canonicalRequest(const Tc3Request& request)
{
    return HttpCanonicalRequest::build(request.method, QByteArrayLiteral("/"), request.canonicalQuery, request.headers,
                                       HttpCanonicalRequest::hexSha256(request.payload));
}

QByteArray Tc3Signer::credentialScope(const Tc3Request& request)
{
    return utcDate(request.timestamp) + '/' + request.service.toUtf8() + QByteArrayLiteral("/tc3_request");
}

QByteArray Tc3Signer::stringToSign(const Tc3Request& request)
{
    return QByteArrayLiteral("TC3-HMAC-SHA256\n") + QByteArray::number(request.timestamp) + '\n'
        + credentialScope(request) + '\n' + HttpCanonicalRequest::hexSha256(canonicalRequest(request));
}

crypto::SecureBuffer Tc3Signer::signingKey(const Tc3Request& request, const crypto::SecureBuffer& secretKey)
{
    crypto::SecureBuffer first(secretKey.size() + 3);
    std::memcpy(first.data(), "TC3", 3);
    if (!secretKey.isEmpty())
        std::memcpy(first.data() + 3, secretKey.data(), static_cast<size_t>(secretKey.size()));
    QByteArray secretDate = crypto::hmacSha256(first.view(), utcDate(request.timestamp));
    QByteArray secretService = crypto::hmacSha256(secretDate, request.service.toUtf8());
    QByteArray signing = crypto::hmacSha256(secretService, QByteArrayLiteral("tc3_request"));
    auto key = crypto::SecureBuffer::fromBytes(signing);
    // The intermediate keys are as sensitive as the secret for this day: wipe them.
    secretDate.fill('\0');
    secretService.fill('\0');
    signing.fill('\0');
    return key;
}

QByteArray Tc3Signer::signature(const Tc3Request& request, const crypto::SecureBuffer& secretKey)
{
    return crypto::hmacSha256(signingKey(request, secretKey).view(), stringToSign(request)).toHex();
}

QByteArray Tc3Signer::authorization(const Tc3Request& request, const QString& secretId,
                                    const crypto::SecureBuffer& secretKey)
{
    return QByteArrayLiteral("TC3-HMAC-SHA256 Credential=") + secretId.toUtf8() + '/' + credentialScope(request)
        + QByteArrayLiteral(", SignedHeaders=") + HttpCanonicalRequest::signedHeaderNames(request.headers)
        + QByteArrayLiteral(", Signature=") + signature(request, secretKey);
}

} // namespace iotca::model
