#include "SigV4Signer.h"

#include "crypto/Digest.h"

#include <cstring>

namespace iotca::model {

QByteArray SigV4Signer::canonicalRequest(const SigV4Request& request)
{
    return HttpCanonicalRequest::build(request.method, request.path,
                                       HttpCanonicalRequest::canonicalQuery(request.query), request.headers,
                                       HttpCanonicalRequest::hexSha256(request.payload));
}

QByteArray SigV4Signer::credentialScope(const SigV4Request& request)
{
    return request.amzDate.left(8) + '/' + request.region.toUtf8() + '/' + request.service.toUtf8()
        + QByteArrayLiteral("/aws4_request");
}

QByteArray SigV4Signer::stringToSign(const SigV4Request& request)
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256\n") + request.amzDate + '\n' + credentialScope(request) + '\n'
        + HttpCanonicalRequest::hexSha256(canonicalRequest(request));
}

crypto::SecureBuffer SigV4Signer::signingKey(const SigV4Request& request, const crypto::SecureBuffer& secretAccessKey)
{
    crypto::SecureBuffer first(secretAccessKey.size() + 4);
    std::memcpy(first.data(), "AWS4", 4);
    if (!secretAccessKey.isEmpty())
        std::memcpy(first.data() + 4, secretAccessKey.data(), static_cast<size_t>(secretAccessKey.size()));
    QByteArray kDate = crypto::hmacSha256(first.view(), request.amzDate.left(8));
    QByteArray kRegion = crypto::hmacSha256(kDate, request.region.toUtf8());
    QByteArray kService = crypto::hmacSha256(kRegion, request.service.toUtf8());
    QByteArray kSigning = crypto::hmacSha256(kService, QByteArrayLiteral("aws4_request"));
    auto key = crypto::SecureBuffer::fromBytes(kSigning);
    for (QByteArray* intermediate : {&kDate, &kRegion, &kService, &kSigning})
        intermediate->fill('\0');
    return key;
}

QByteArray SigV4Signer::signature(const SigV4Request& request, const crypto::SecureBuffer& secretAccessKey)
{
    return crypto::hmacSha256(signingKey(request, secretAccessKey).view(), stringToSign(request)).toHex();
}

QByteArray SigV4Signer::authorization(const SigV4Request& request, const QString& accessKeyId,
                                      const crypto::SecureBuffer& secretAccessKey)
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + accessKeyId.toUtf8() + '/' + credentialScope(request)
        + QByteArrayLiteral(", SignedHeaders=") + HttpCanonicalRequest::signedHeaderNames(request.headers)
        + QByteArrayLiteral(", Signature=") + signature(request, secretAccessKey);
}

} // namespace iotca::model
