#include "AliyunRpcSigner.h"

#include "HttpCanonicalRequest.h"
#include "crypto/Digest.h"

#include <cstring>

namespace iotca::model {

QByteArray AliyunRpcSigner::percentEncode(const QString& text)
{
    return HttpCanonicalRequest::percentEncode(text.toUtf8());
}

QByteArray AliyunRpcSigner::canonicalizedQuery(const RpcParameters& parameters)
{
    // QMap keeps the names sorted; RPC parameter names are ASCII, so UTF-16 order is byte order.
    QByteArray out;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(it.key()) + '=' + percentEncode(it.value());
    }
    return out;
}

QByteArray AliyunRpcSigner::stringToSign(const QByteArray& method, const RpcParameters& parameters)
{
    return method + '&' + percentEncode(QStringLiteral("/")) + '&'
        + HttpCanonicalRequest::percentEncode(canonicalizedQuery(parameters));
}

QByteArray AliyunRpcSigner::signature(const QByteArray& method, const RpcParameters& parameters,
                                      const crypto::SecureBuffer& accessKeySecret)
{
    crypto::SecureBuffer key(accessKeySecret.size() + 1);
    if (!accessKeySecret.isEmpty())
        std::memcpy(key.data(), accessKeySecret.data(), static_cast<size_t>(accessKeySecret.size()));
    key.data()[accessKeySecret.size()] = '&';
    return crypto::hmacSha1(key.view(), stringToSign(method, parameters)).toBase64();
}

} // namespace iotca::model
