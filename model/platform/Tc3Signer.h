#pragma once

#include "HttpCanonicalRequest.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iotca::model {

/// What a Tencent Cloud API 3.0 request signs.
struct Tc3Request
{
    QByteArray method = QByteArrayLiteral("POST");
    /// Encoded query string after `?` for GET; empty for POST.
    QByteArray canonicalQuery;
    /// At least `content-type` and `host`; the SDKs sign only those two.
    QList<SignedHeader> headers;
    QByteArray payload;
    /// The host prefix, e.g. "iotcloud".
    QString service;
    /// X-TC-Timestamp (Unix seconds); the credential scope uses its UTC date.
    qint64 timestamp = 0;
};

/// TC3-HMAC-SHA256, Tencent Cloud API signature v3.
class Tc3Signer
{
public:
    [[nodiscard]] static QByteArray canonicalRequest(const Tc3Request& request);
    [[nodiscard]] static QByteArray credentialScope(const Tc3Request& request);
    [[nodiscard]] static QByteArray stringToSign(const Tc3Request& request);
    /// The derived signing key (SecretDate -> SecretService -> SecretSigning), raw bytes.
    [[nodiscard]] static crypto::SecureBuffer signingKey(const Tc3Request& request,
                                                         const crypto::SecureBuffer& secretKey);
    /// Lower-case hex signature.
    [[nodiscard]] static QByteArray signature(const Tc3Request& request, const crypto::SecureBuffer& secretKey);
    /// The whole `Authorization` header value.
    [[nodiscard]] static QByteArray authorization(const Tc3Request& request, const QString& secretId,
                                                  const crypto::SecureBuffer& secretKey);
};

} // namespace iotca::model
