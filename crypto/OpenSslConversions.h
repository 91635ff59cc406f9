#pragma once

// Private to crypto/: conversions between OpenSSL objects and our value types.

#include "Digest.h"
#include "DistinguishedName.h"
#include "KeyAlgorithm.h"
#include "OpenSslHandles.h"
#include "Result.h"
#include "SerialNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::crypto {

/// What a public key is, for display and checks.
struct KeyInfo
{
    std::optional<KeyAlgorithm> algorithm;
    bool rsa = false;
    bool ec = false;
    int bits = 0;
    /// "P-256", "P-384", or OpenSSL's group name for other curves; empty for RSA.
    QString curve;
    /// OpenSSL's name of the key type ("RSA", "EC", "ED25519", ...).
    QString typeName;
    /// "RSA 2048-bit", "ECDSA P-256", or a generic "ED25519 key".
    QString description;
};

class OpenSslConversions
{
    Q_DECLARE_TR_FUNCTIONS(OpenSslConversions)

public:
    [[nodiscard]] static QDateTime toDateTime(const ASN1_TIME* time);
    [[nodiscard]] static DistinguishedName toDistinguishedName(const X509_NAME* name);
    /// Error InvalidName when OpenSSL refuses an attribute.
    [[nodiscard]] static Result<X509NamePtr> toX509Name(const DistinguishedName& name);
    [[nodiscard]] static SerialNumber toSerialNumber(const ASN1_INTEGER* serial);
    [[nodiscard]] static Asn1IntegerPtr toAsn1Integer(const SerialNumber& serial);
    [[nodiscard]] static KeyInfo keyInfo(const EVP_PKEY* key);
    /// RSA >= 2048, P-256 or P-384. Errors KeyTooWeak, UnsupportedAlgorithm; `what` names the key's owner.
    [[nodiscard]] static Status checkKeyAcceptable(const EVP_PKEY* key, const QString& what);
    [[nodiscard]] static const EVP_MD* evpDigest(DigestAlgorithm algorithm);
    [[nodiscard]] static DigestAlgorithm defaultDigestFor(const EVP_PKEY* key);
    /// Parses "DNS:x", "IP:192.0.2.1", "email:a@b", "URI:u". Error InvalidSubjectAltName naming the entry.
    [[nodiscard]] static Result<GeneralNamesPtr> toGeneralNames(const QStringList& names);
    [[nodiscard]] static QStringList fromGeneralNames(const GENERAL_NAMES* names);
    /// DER of the SubjectPublicKeyInfo.
    [[nodiscard]] static QByteArray publicKeyDer(const EVP_PKEY* key);
};

} // namespace iotca::crypto
