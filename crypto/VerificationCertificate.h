#pragma once

#include "Certificate.h"
#include "Digest.h"
#include "KeyAlgorithm.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace iotca::crypto {

/// What a verification certificate ("proof of possession" of the CA key) should say.
struct VerificationCertificateSpec
{
    /// The platform's registration code; becomes the subject CN.
    QString registrationCode;
    /// Further subject attributes (C, O, ...), optional; a CN in it is replaced by the code.
    DistinguishedName extraSubject;
    int validityDays = 300;
    /// The platforms' documents use `openssl x509 -req ... -sha512`.
    DigestAlgorithm digest = DigestAlgorithm::Sha512;
    /// The verification certificate's own new key.
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048;
    /// The serial it carries; zero: 16 fresh random bytes (SerialNumber::random()). A workspace reserves the serials
    /// its CAs sign (model::SerialReservation) and passes them here.
    SerialNumber serial;
};

/// A verification certificate: a new key, CN = registration code, signed by the CA key, end-entity extensions
/// (basicConstraints CA:FALSE, keyUsage digitalSignature [+ keyEncipherment for RSA], SKI, AKI).
class VerificationCertificate
{
    Q_DECLARE_TR_FUNCTIONS(VerificationCertificate)

public:
    /// Creates one. Errors: InvalidName (empty or over-long code), NotACa, CaExpired, KeyMismatch.
    [[nodiscard]] static Result<VerificationCertificate>
    create(const VerificationCertificateSpec& spec, const Certificate& caCertificate, const PrivateKey& caKey);

    /// Is `fileBytes` (PEM or DER) a valid verification certificate for `caCertificate` and `registrationCode`?
    /// Checks, each with its own error code: parses (Empty/Truncated/Malformed/NotACertificate), issued by the CA
    /// (WrongIssuer: issuer name or signature), currently valid (CertificateExpired / CertificateNotYetValid),
    /// not itself a CA (NotACa used as "must be end-entity"), CN equal to the code (WrongCommonName).
    [[nodiscard]] static Status check(QByteArrayView fileBytes, const Certificate& caCertificate,
                                      const QString& registrationCode);

    [[nodiscard]] const Certificate& certificate() const noexcept { return m_certificate; }
    [[nodiscard]] const PrivateKey& key() const noexcept { return m_key; }
    /// Validity shortened to end with the CA's.
    [[nodiscard]] bool clamped() const noexcept { return m_clamped; }
    [[nodiscard]] const QString& warning() const noexcept { return m_warning; }

private:
    Certificate m_certificate;
    PrivateKey m_key;
    bool m_clamped = false;
    QString m_warning;
};

} // namespace iotca::crypto
