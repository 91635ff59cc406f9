#pragma once

#include "Digest.h"
#include "DistinguishedName.h"
#include "KeyAlgorithm.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

struct X509_req_st;

namespace iotca::crypto {

class PrivateKey;

/// A PKCS#10 certificate signing request. A value type: copies share the immutable OpenSSL object.
/// Errors: Empty, Truncated, Malformed, NotARequest, InvalidSubjectAltName, BadSignature.
class CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)

public:
    CertificateRequest() = default;

    /// Signs a request for `key` with `subject` and optional SANs ("DNS:x", "IP:192.0.2.1", "email:a@b",
    /// "URI:u"), like `openssl req -new`. The digest defaults to SHA-256 (SHA-384 for P-384 keys).
    [[nodiscard]] static Result<CertificateRequest> create(const PrivateKey& key, const DistinguishedName& subject,
                                                           const QStringList& subjectAltNames = {},
                                                           std::optional<DigestAlgorithm> digest = std::nullopt);

    /// "BEGIN CERTIFICATE REQUEST" (also "NEW CERTIFICATE REQUEST").
    [[nodiscard]] static Result<CertificateRequest> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<CertificateRequest> fromDer(QByteArrayView der);
    [[nodiscard]] static Result<CertificateRequest> fromData(QByteArrayView data);

    [[nodiscard]] bool isNull() const noexcept { return !m_req; }

    /// The self-signature verifies with the public key in the request. Error code BadSignature.
    [[nodiscard]] Status verifySignature() const;

    [[nodiscard]] DistinguishedName subject() const;
    [[nodiscard]] QString subjectString() const;
    /// SANs from the extensionRequest attribute, in "DNS:x" form.
    [[nodiscard]] QStringList subjectAlternativeNames() const;

    [[nodiscard]] std::optional<KeyAlgorithm> keyAlgorithm() const;
    [[nodiscard]] bool hasRsaKey() const;
    [[nodiscard]] bool hasEcKey() const;
    [[nodiscard]] int keyBits() const;
    [[nodiscard]] QString curveName() const;
    [[nodiscard]] QString keyDescription() const;
    /// SubjectPublicKeyInfo DER.
    [[nodiscard]] QByteArray publicKeyDer() const;
    /// Checks that the public key is one we issue for: RSA >= 2048, P-256, P-384. Errors KeyTooWeak,
    /// UnsupportedAlgorithm.
    [[nodiscard]] Status checkKeyIsAcceptable() const;

    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QByteArray toDer() const;

private:
    // The OpenSSL side, for crypto/ only (through OpenSslAccess, a private header).
    friend class OpenSslAccess;
    /// The OpenSSL request (borrowed).
    [[nodiscard]] X509_req_st* handle() const noexcept { return m_req.get(); }
    [[nodiscard]] static CertificateRequest adopt(X509_req_st* request);

    std::shared_ptr<X509_req_st> m_req;
};

} // namespace iotca::crypto
