#pragma once

#include "Digest.h"
#include "DistinguishedName.h"
#include "KeyAlgorithm.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct evp_pkey_st;
struct x509_st;

namespace iotca::crypto {

/// keyUsage bits (RFC 5280 4.2.1.3).
enum class KeyUsage {
    DigitalSignature = 0x001,
    NonRepudiation = 0x002,
    KeyEncipherment = 0x004,
    DataEncipherment = 0x008,
    KeyAgreement = 0x010,
    KeyCertSign = 0x020,
    CrlSign = 0x040,
    EncipherOnly = 0x080,
    DecipherOnly = 0x100,
};
Q_DECLARE_FLAGS(KeyUsages, KeyUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsages)

/// The basicConstraints extension as found in a certificate.
struct BasicConstraints
{
    bool present = false;
    bool critical = false;
    bool isCa = false;
    std::optional<int> pathLength; ///< pathLenConstraint when present
};

/// An X.509 certificate. A value type: copies share the immutable OpenSSL object; thread-safe for reading.
///
/// Errors carry ErrorCode values: Empty, Truncated, Malformed, NotACertificate (a key or CSR was given).
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    /// A null certificate.
    Certificate() = default;

    /// The first "BEGIN CERTIFICATE" block (also "TRUSTED CERTIFICATE" and "X509 CERTIFICATE").
    [[nodiscard]] static Result<Certificate> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<Certificate> fromDer(QByteArrayView der);
    /// PEM or DER, decided by the content.
    [[nodiscard]] static Result<Certificate> fromData(QByteArrayView data);
    /// Every certificate of a PEM file (a chain, a CA bundle), in file order; at least one, else an error.
    /// Non-certificate blocks (keys) in between are skipped.
    [[nodiscard]] static Result<QList<Certificate>> allFromPem(QByteArrayView pem);
    /// allFromPem() for PEM, a one-element list for DER.
    [[nodiscard]] static Result<QList<Certificate>> allFromData(QByteArrayView data);

    [[nodiscard]] bool isNull() const noexcept { return !m_x509; }

    [[nodiscard]] DistinguishedName subject() const;
    /// RFC 4514 ("CN=Fleet Root,O=Example,C=CN").
    [[nodiscard]] QString subjectString() const;
    [[nodiscard]] DistinguishedName issuer() const;
    [[nodiscard]] QString issuerString() const;
    /// Shorthand for subject().commonName().
    [[nodiscard]] QString commonName() const;

    [[nodiscard]] SerialNumber serialNumber() const;
    /// Same as serialNumber().toHex(): exactly what `openssl x509 -noout -serial` prints after "serial=".
    [[nodiscard]] QString serialNumberHex() const;

    /// Validity bounds, UTC.
    [[nodiscard]] QDateTime notBefore() const;
    [[nodiscard]] QDateTime notAfter() const;
    /// notBefore <= when <= notAfter.
    [[nodiscard]] bool isValidAt(const QDateTime& when) const;

    /// One of our five algorithms, or nullopt for other keys (RSA 1024, Ed25519, P-521, ...).
    [[nodiscard]] std::optional<KeyAlgorithm> keyAlgorithm() const;
    [[nodiscard]] bool hasRsaKey() const;
    [[nodiscard]] bool hasEcKey() const;
    /// RSA modulus bits or EC field size; 0 if unknown.
    [[nodiscard]] int keyBits() const;
    /// "P-256" / "P-384" (or OpenSSL's short name for other curves); empty for RSA.
    [[nodiscard]] QString curveName() const;
    /// For people: "RSA 2048-bit", "ECDSA P-256".
    [[nodiscard]] QString keyDescription() const;

    /// OpenSSL's long name, as `openssl x509 -text` prints it: "sha256WithRSAEncryption", "ecdsa-with-SHA384".
    [[nodiscard]] QString signatureAlgorithm() const;

    /// Digest of the DER encoding.
    [[nodiscard]] QByteArray fingerprint(DigestAlgorithm algorithm) const;
    [[nodiscard]] QByteArray sha1Fingerprint() const { return fingerprint(DigestAlgorithm::Sha1); }
    [[nodiscard]] QByteArray sha256Fingerprint() const { return fingerprint(DigestAlgorithm::Sha256); }
    /// "AB:CD:..." upper case, as `openssl x509 -fingerprint` prints.
    [[nodiscard]] static QString fingerprintText(const QByteArray& digest);

    [[nodiscard]] BasicConstraints basicConstraints() const;
    /// basicConstraints CA:TRUE.
    [[nodiscard]] bool isCa() const { return basicConstraints().isCa; }
    /// Empty flags when the extension is absent; see hasKeyUsage().
    [[nodiscard]] KeyUsages keyUsage() const;
    [[nodiscard]] bool hasKeyUsage() const;
    /// Short names as OpenSSL spells them ("clientAuth", "serverAuth", ...), dotted OIDs for unknown purposes.
    [[nodiscard]] QStringList extendedKeyUsage() const;
    /// Raw key identifiers (empty if absent).
    [[nodiscard]] QByteArray subjectKeyIdentifier() const;
    [[nodiscard]] QByteArray authorityKeyIdentifier() const;
    /// "DNS:host", "IP:192.0.2.1", "email:a@b", "URI:spiffe://..." entries, in certificate order.
    [[nodiscard]] QStringList subjectAlternativeNames() const;
    /// Whether an extension with this OpenSSL short name ("basicConstraints", "keyUsage", ...) is marked critical.
    [[nodiscard]] bool isExtensionCritical(const QString& shortName) const;

    /// Checks that this certificate may act as a CA: basicConstraints CA:TRUE, keyUsage (if present) with
    /// keyCertSign, and version 3. Error code NotACa with the reason.
    [[nodiscard]] Status checkIsCa() const;

    /// subject == issuer and the signature verifies with its own key.
    [[nodiscard]] bool isSelfSigned() const;
    /// The issuer name matches `issuer`'s subject and the signature verifies with `issuer`'s key (no chain
    /// building, no time check; use ChainVerifier for that).
    [[nodiscard]] bool isSignedBy(const Certificate& issuer) const;

    /// SubjectPublicKeyInfo DER.
    [[nodiscard]] QByteArray publicKeyDer() const;

    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QByteArray toDer() const;

    /// Same DER encoding.
    [[nodiscard]] bool operator==(const Certificate& other) const;

private:
    // The OpenSSL side, for crypto/ only (through OpenSslAccess, a private header).
    friend class OpenSslAccess;
    /// The OpenSSL certificate (borrowed).
    [[nodiscard]] x509_st* handle() const noexcept { return m_x509.get(); }
    /// Takes ownership.
    [[nodiscard]] static Certificate adopt(x509_st* x509);
    /// Takes ownership of a certificate built in the fast issuance path, whose public key OpenSSL
    /// has not decoded; `publicKey` is that same key (so no slow re-decoding is needed).
    [[nodiscard]] static Certificate adopt(x509_st* x509, std::shared_ptr<evp_pkey_st> publicKey);
    /// The certificate's public key (borrowed), or null.
    [[nodiscard]] evp_pkey_st* publicKeyHandle() const;
    /// This certificate, re-decoded from DER when OpenSSL's own object lacks the decoded public
    /// key (fast-path certificates), for OpenSSL APIs that read it themselves (X509_STORE, PKCS#12).
    [[nodiscard]] Certificate completed() const;

    std::shared_ptr<x509_st> m_x509;
    std::shared_ptr<evp_pkey_st> m_publicKey; // set only for fast-path certificates
};

} // namespace iotca::crypto
