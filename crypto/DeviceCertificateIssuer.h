#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Digest.h"
#include "DistinguishedName.h"
#include "KeyAlgorithm.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "SerialNumber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace iotca::crypto {

/// One device certificate to issue.
struct DeviceCertificateSpec
{
    /// Decided by model/ per platform (e.g. Tencent: CN = product ID + device name). When issuing from a CSR and
    /// this is empty, the CSR's subject is used.
    DistinguishedName subject;
    /// The new key's algorithm, when no request is given.
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::EcP256;
    /// Issue for the device's own key: the CSR signature is verified and its key checked first.
    std::optional<CertificateRequest> request;
    /// A re-issue for the public key of this earlier certificate: the device keeps its private key, so no key is
    /// made. The key is checked like a CSR's; an empty `subject` takes this certificate's subject.
    std::optional<Certificate> publicKeyOf;
    int validityDays = 365;
    /// "DNS:x", "IP:192.0.2.1", "email:a@b", "URI:u"; none by default.
    QStringList subjectAltNames;
    /// Also return IssuedDeviceCertificate::certificate, decoded from the new DER. That decoding costs OpenSSL 3.0
    /// about three times a P-256 key generation plus signature (it decodes the public key through its generic
    /// decoders); the jobs use only the DER and the PEMs and set this to false.
    bool decodeCertificate = true;
    /// Write a new key's IssuedDeviceCertificate::keyPem as unencrypted PKCS#8 ("PRIVATE KEY", RFC 5208/5958) instead
    /// of the traditional form (SEC1 "EC PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY"): the same bytes
    /// PEM_write_bio_PKCS8PrivateKey() writes, encoded directly (issue 21: no BIO and encoder round trip per device).
    bool pkcs8Key = false;
};

/// The result of one issuance. Move-only (it holds the device key bytes).
struct IssuedDeviceCertificate
{
    /// Null when DeviceCertificateSpec::decodeCertificate was false (with the DER template encoder).
    Certificate certificate;
    QByteArray certificateDer;
    /// "BEGIN CERTIFICATE" PEM.
    QByteArray certificatePem;
    /// The new key (null when issued from a CSR or for an existing public key).
    PrivateKey key;
    /// The new key as unencrypted PKCS#1 ("BEGIN RSA PRIVATE KEY") or SEC1 ("BEGIN EC PRIVATE KEY") PEM, the form
    /// the platforms require for device files; empty when issued from a CSR.
    SecureBuffer keyPem;
    SerialNumber serialNumber;
    /// serialNumber.toHex(), i.e. the CertSN of association CSVs.
    QString serialNumberHex;
    QDateTime notBefore;
    QDateTime notAfter;
    /// notAfter was shortened to the CA's notAfter.
    bool clamped = false;
    /// Translated explanation of the clamp, or empty.
    QString warning;
};

/// How issue() encodes a certificate. Both give the same bytes for the same inputs (TestDeviceCertificateTemplate
/// compares them byte for byte).
enum class DeviceCertificateEncoder {
    /// The batch's TBSCertificate pre-encoded once as DER; per device only serial, validity, subject, public key,
    /// key identifier and SANs are written into it before EVP_DigestSign. The default, and what the jobs use.
    DerTemplate,
    /// An OpenSSL X509 object filled field by field and X509_sign(): the reference the template is checked against.
    X509Builder,
};

/// What issue() otherwise chooses itself, fixed to reproduce one certificate exactly (tests, benchmarks).
struct DeviceCertificateFixedInputs
{
    /// Zero: 16 fresh random bytes (SerialNumber::random()).
    SerialNumber serialNumber;
    /// Invalid: now.
    QDateTime notBefore;
    /// Null: a new key of DeviceCertificateSpec::keyAlgorithm. Ignored with a request or publicKeyOf.
    PrivateKey key;
    DeviceCertificateEncoder encoder = DeviceCertificateEncoder::DerTemplate;
};

/// Issues device certificates from one CA, fast and from many threads at once.
///
/// Create it ONCE per CA and batch: it checks the CA and encodes the issuer name, the signature algorithm, the
/// authorityKeyIdentifier and the constant extensions up front (DeviceCertificateEncoder::DerTemplate). issue() is
/// const and thread-safe; call it concurrently from worker threads. Profile: v3, random 16-byte serial,
/// basicConstraints critical CA:FALSE, keyUsage critical digitalSignature
/// (+ keyEncipherment for RSA keys), extendedKeyUsage clientAuth, SKI, AKI, optional SAN; notAfter never past the
/// CA's notAfter (IssuedDeviceCertificate::clamped says when it was shortened).
class DeviceCertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateIssuer)

public:
    /// Errors NotACa, CaExpired, KeyMismatch. `digest` defaults to SHA-256 (SHA-384 for a P-384 CA key).
    [[nodiscard]] static Result<DeviceCertificateIssuer> create(const Certificate& caCertificate,
                                                                const PrivateKey& caKey,
                                                                std::optional<DigestAlgorithm> digest = std::nullopt);

    /// Issues one certificate. Errors: InvalidName (empty subject), InvalidValidity (days < 1), BadSignature /
    /// KeyTooWeak / UnsupportedAlgorithm (CSR), InvalidSubjectAltName, CaExpired, OpenSslFailure.
    [[nodiscard]] Result<IssuedDeviceCertificate> issue(const DeviceCertificateSpec& spec) const;
    /// The same with serial, notBefore, key or encoder fixed by the caller. A fixed serial must be positive (zero
    /// means random); its uniqueness is the caller's check.
    [[nodiscard]] Result<IssuedDeviceCertificate> issue(const DeviceCertificateSpec& spec,
                                                        const DeviceCertificateFixedInputs& fixed) const;

    [[nodiscard]] const Certificate& caCertificate() const;

    DeviceCertificateIssuer(const DeviceCertificateIssuer&) = default;
    DeviceCertificateIssuer(DeviceCertificateIssuer&&) noexcept = default;
    DeviceCertificateIssuer& operator=(const DeviceCertificateIssuer&) = default;
    DeviceCertificateIssuer& operator=(DeviceCertificateIssuer&&) noexcept = default;
    ~DeviceCertificateIssuer();

private:
    class Private;
    explicit DeviceCertificateIssuer(std::shared_ptr<const Private> d);
    std::shared_ptr<const Private> d;
};

} // namespace iotca::crypto
