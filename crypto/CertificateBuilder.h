#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Digest.h"
#include "DistinguishedName.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace iotca::crypto {

/// What a new CA certificate (root or intermediate) should say.
struct CaCertificateSpec
{
    DistinguishedName subject;
    /// Days from notBefore to notAfter. Intermediates are clamped to the issuer's notAfter.
    int validityDays = 3650;
    /// basicConstraints pathLenConstraint; none = unlimited.
    std::optional<int> pathLength;
    /// Signature digest; default SHA-256, SHA-384 for a P-384 signing key.
    std::optional<DigestAlgorithm> digest;
    /// Start of validity; default now (UTC). Mainly for tests and ceremonies fixing a date.
    QDateTime notBefore;
    /// The serial the certificate carries; zero: 16 fresh random bytes (SerialNumber::random()). A workspace reserves
    /// the serials its CAs sign (model::SerialReservation) and passes them here.
    SerialNumber serial;
};

/// A certificate issued by a CA, and whether its validity was shortened to end with the CA's.
struct IssuedCertificate
{
    Certificate certificate;
    bool clamped = false;
    /// Translated sentence explaining the clamp ("... ends on 2034-05-01, when the CA 'X' expires ..."), or empty.
    QString warning;
};

/// Builds CA certificates. Every certificate gets the serial of its spec, or a fresh random 16-byte positive serial
/// number (SerialNumber::random()) when that is zero, version 3, and the RFC 5280 CA profile: basicConstraints critical
/// CA:TRUE [pathlen], keyUsage critical keyCertSign + cRLSign, subjectKeyIdentifier and authorityKeyIdentifier.
/// Stateless and thread-safe.
class CertificateBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CertificateBuilder)

public:
    /// A self-signed root CA for `key`.
    [[nodiscard]] static Result<Certificate> createRootCa(const PrivateKey& key, const CaCertificateSpec& spec);

    /// An intermediate CA for `subjectKey` (its public half is certified) signed by `issuerKey`, the key of
    /// `issuerCertificate`. Checks that the issuer is a CA, is currently valid and that issuerKey matches it
    /// (errors NotACa, CaExpired, KeyMismatch); notAfter is clamped to the issuer's notAfter.
    [[nodiscard]] static Result<IssuedCertificate> createIntermediateCa(const PrivateKey& subjectKey,
                                                                        const CaCertificateSpec& spec,
                                                                        const Certificate& issuerCertificate,
                                                                        const PrivateKey& issuerKey);

    /// An intermediate CA for the key of a sub-CA's certificate request made elsewhere (`iotca ca sign-csr`): the
    /// request's self-signature and key are checked first (BadSignature, KeyTooWeak, UnsupportedAlgorithm). The
    /// subject is spec.subject, or the request's when that is empty. Otherwise as createIntermediateCa().
    [[nodiscard]] static Result<IssuedCertificate> signSubCaRequest(const CertificateRequest& request,
                                                                    const CaCertificateSpec& spec,
                                                                    const Certificate& issuerCertificate,
                                                                    const PrivateKey& issuerKey);

    /// A new certificate for an existing CA: the same subject name (byte for byte), the same public key, subject key
    /// identifier and pathLenConstraint, a new serial and validity, so that certificates the CA issued before keep
    /// verifying under it. A root (`issuerCertificate` null) is signed by `signingKey`, which must be its own key; an
    /// intermediate by its issuer's key (capped by the issuer's notAfter). `serial` as CaCertificateSpec::serial.
    [[nodiscard]] static Result<IssuedCertificate>
    renewCa(const Certificate& current, int validityDays, const Certificate& issuerCertificate,
            const PrivateKey& signingKey, const QDateTime& notBefore = {}, const SerialNumber& serial = {});

    /// Checks that `caKey` and `caCertificate` can issue now: a CA, valid at this moment, key matches.
    /// Errors NotACa, CaExpired, KeyMismatch.
    [[nodiscard]] static Status checkIssuer(const Certificate& caCertificate, const PrivateKey& caKey);
};

} // namespace iotca::crypto
