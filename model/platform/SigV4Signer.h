#pragma once

#include "HttpCanonicalRequest.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iotca::model {

/// What an AWS Signature Version 4 request signs.
struct SigV4Request
{
    QByteArray method = QByteArrayLiteral("GET");
    /// Already URI-encoded absolute path, e.g. "/cacertificate/ab12…".
    QByteArray path = QByteArrayLiteral("/");
    QList<std::pair<QString, QString>> query;
    /// At least `host` and `x-amz-date`.
    QList<SignedHeader> headers;
    QByteArray payload;
    /// X-Amz-Date, `YYYYMMDDTHHMMSSZ`.
    QByteArray amzDate;
    QString region;
    QString service;
};

/// AWS4-HMAC-SHA256 request signing.
class SigV4Signer
{
public:
    [[nodiscard]] static QByteArray canonicalRequest(const SigV4Request& request);
    [[nodiscard]] static QByteArray credentialScope(const SigV4Request& request);
    [[nodiscard]] static QByteArray stringToSign(const SigV4Request& request);
    [[nodiscard]] static crypto::SecureBuffer signingKey(const SigV4Request& request,
                                                         const crypto::SecureBuffer& secretAccessKey);
    [[nodiscard]] static QByteArray signature(const SigV4Request& request, const crypto::SecureBuffer& secretAccessKey);
    [[nodiscard]] static QByteArray authorization(const SigV4Request& request, const QString& accessKeyId,
                                                  const crypto::SecureBuffer& secretAccessKey);
};

} // namespace iotca::model
