#pragma once

// Private to crypto/: the TBSCertificate of one issuing CA's device certificates, encoded once as DER pieces, so that
// issuing a device writes only what differs per device (serial, validity, subject, public key, SKI, SANs) between
// them and then hashes and signs (RFC 5280 4.1). DeviceCertificateIssuer's fast path; its output equals the X509
// builder's byte for byte (tests/crypto/TestDeviceCertificateTemplate.cpp).

#include "OpenSslHandles.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

namespace iotca::crypto {

class Certificate;

class DeviceCertificateTemplate
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateTemplate)

public:
    /// The constant extensions, in certificate order: basicConstraints, keyUsage (one for RSA subject keys, one for
    /// EC), extendedKeyUsage; then the per-device subjectKeyIdentifier; then authorityKeyIdentifier; then the
    /// optional subjectAltName.
    struct ConstantExtensions
    {
        const X509_EXTENSION* basicConstraints;
        const X509_EXTENSION* keyUsageRsa;
        const X509_EXTENSION* keyUsageEc;
        const X509_EXTENSION* extendedKeyUsage;
        const X509_EXTENSION* authorityKeyIdentifier;
    };

    /// What differs per device. Views must stay valid during the call.
    struct Device
    {
        SerialNumber serialNumber;
        qint64 notBefore = 0; // seconds since the epoch, UTC
        qint64 notAfter = 0;
        QByteArrayView subjectName; // DER Name
        QByteArrayView subjectPublicKeyInfo; // DER
        bool rsaKey = false;
        QByteArrayView subjectAltName; // DER Extension, or empty
    };

    /// Encodes the constant parts. Error OpenSslFailure.
    [[nodiscard]] static Result<DeviceCertificateTemplate> create(const Certificate& caCertificate,
                                                                  const PrivateKey& caKey, const EVP_MD* digest,
                                                                  const ConstantExtensions& extensions);

    /// The DER TBSCertificate for `device`. Errors InvalidArgument (a negative serial, a time outside 1950-9999),
    /// OpenSslFailure.
    [[nodiscard]] Result<QByteArray> tbsCertificate(const Device& device) const;
    /// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING } (RFC 5280 4.1.1),
    /// signed with EVP_DigestSign. Error OpenSslFailure.
    [[nodiscard]] Result<QByteArray> signedCertificate(QByteArrayView tbsCertificate) const;

private:
    DeviceCertificateTemplate() = default;

    PrivateKey m_caKey;
    std::shared_ptr<EVP_MD> m_digest; // fetched once: an implicit fetch per signature costs a lock
    std::shared_ptr<EVP_MD> m_sha1; // for the subject key identifier, fetched once too
    qsizetype m_maxSignatureLength = 0;
    // [0] EXPLICIT Version v3 (RFC 5280 4.1.2.1).
    QByteArray m_signatureAlgorithm; // AlgorithmIdentifier, in the TBS (4.1.2.3) and after it (4.1.1.2)
    QByteArray m_issuerName; // the CA's subject Name exactly as its certificate encodes it (4.1.2.4)
    QByteArray m_extensionsBeforeKeyIdRsa; // basicConstraints, keyUsage (RSA), extendedKeyUsage (4.2)
    QByteArray m_extensionsBeforeKeyIdEc; // basicConstraints, keyUsage (EC), extendedKeyUsage
    QByteArray m_authorityKeyIdentifier; // 4.2.1.1
};

} // namespace iotca::crypto
