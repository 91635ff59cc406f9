#pragma once

// Private to crypto/: the pieces every certificate we build is made of (RFC 5280 profiles), shared by
// CertificateBuilder, VerificationCertificate and DeviceCertificateIssuer.

#include "Digest.h"
#include "OpenSslHandles.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::crypto {

class Certificate;

/// A validity period after clamping to the issuer's notAfter.
struct ValidityPeriod
{
    QDateTime notBefore;
    QDateTime notAfter;
    bool clamped = false;
};

class CertificateProfile
{
    Q_DECLARE_TR_FUNCTIONS(CertificateProfile)

public:
    /// notBefore (default now, whole seconds) + days, clamped to `issuerNotAfter` when given. Errors
    /// InvalidValidity (days < 1 or > 36500), CaExpired (issuer already expired at notBefore).
    [[nodiscard]] static Result<ValidityPeriod> validity(const QDateTime& notBefore, int days,
                                                         const QDateTime& issuerNotAfter = {});
    /// Translated explanation of a clamp, naming the CA.
    [[nodiscard]] static QString clampWarning(const ValidityPeriod& period, const QString& caName);

    /// Version 3, serial, names, validity and public key (unless `publicKey` is null: then the caller sets it).
    [[nodiscard]] static Status setBasics(X509* x509, const SerialNumber& serial, const X509_NAME* subject,
                                          const X509_NAME* issuer, const ValidityPeriod& period, EVP_PKEY* publicKey);

    /// Extensions, each encoded from its structure (no config-string parsing).
    [[nodiscard]] static X509ExtensionPtr basicConstraints(bool ca, std::optional<int> pathLength);
    [[nodiscard]] static X509ExtensionPtr keyUsage(bool ca, bool rsa);
    [[nodiscard]] static X509ExtensionPtr clientAuthExtendedKeyUsage();
    /// keyid-only AKI from the issuer's key identifier.
    [[nodiscard]] static X509ExtensionPtr authorityKeyIdentifier(const QByteArray& issuerKeyId);
    /// RFC 5280 method 1: SHA-1 of the subjectPublicKey BIT STRING of `x509` (whose public key is set).
    [[nodiscard]] static QByteArray keyIdentifier(X509* x509);
    /// The same for a bare key.
    [[nodiscard]] static QByteArray keyIdentifier(EVP_PKEY* key);
    [[nodiscard]] static X509ExtensionPtr subjectKeyIdentifier(const QByteArray& keyId);

    /// Adds (copies) an extension; Error OpenSslFailure.
    [[nodiscard]] static Status add(X509* x509, const X509_EXTENSION* extension);
    /// Adds a SAN extension when `names` is not empty. Error InvalidSubjectAltName.
    [[nodiscard]] static Status addSubjectAltNames(X509* x509, const QStringList& names);
    /// The issuer's key identifier: its SKI, or computed from its key when it has none.
    [[nodiscard]] static QByteArray issuerKeyIdentifier(const Certificate& issuer);

    [[nodiscard]] static Status sign(X509* x509, EVP_PKEY* key, const EVP_MD* digest);
};

} // namespace iotca::crypto
