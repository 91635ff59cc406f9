#pragma once

// Private to crypto/: the encodings of a new EC device key written directly from the key's parameters.
// OpenSSL 3.0 runs X509_set_pubkey(), i2d_PUBKEY() and i2d_PrivateKey() through its generic encoders, which cost
// several times a P-256 key generation plus signature; DeviceCertificateIssuer therefore writes the
// SubjectPublicKeyInfo (RFC 5280 4.1.2.7, RFC 5480 2) and the SEC1 ECPrivateKey (RFC 5915 3, the same bytes
// `openssl ec` writes) itself. Both are checked against OpenSSL's own encoders in the tests.

#include "KeyAlgorithm.h"
#include "OpenSslHandles.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace iotca::crypto {

/// What the direct encodings of one named curve need.
struct EcEncoding
{
    int curveNid;
    int scalarLength;
    QByteArrayView curveOid; // DER of the named-curve OID (RFC 5480 2.1.1.1)
};

/// The encoding of P-256 or P-384; none for RSA.
[[nodiscard]] std::optional<EcEncoding> ecEncoding(KeyAlgorithm algorithm);

/// The uncompressed public point of an EC key (SEC1 2.3.3), or empty.
[[nodiscard]] QByteArray encodedPublicPoint(EVP_PKEY* key);

/// SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier { id-ecPublicKey, namedCurve }, BIT STRING point }
/// (RFC 5280 4.1.2.7, RFC 5480 2).
[[nodiscard]] QByteArray ecSubjectPublicKeyInfo(const EcEncoding& encoding, QByteArrayView point);

/// ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] namedCurve, [1] BIT STRING publicKey }
/// (RFC 5915 3), in wiped-on-destruction memory; empty on failure. Without `[0] namedCurve` when `withParameters` is
/// false: the form inside PKCS#8, where the curve is in the AlgorithmIdentifier (RFC 5915 3: "the parameters field
/// ... MAY be omitted"; OpenSSL 3's PKCS#8 encoder omits it, EC_PKEY_NO_PARAMETERS).
[[nodiscard]] SecureBuffer sec1PrivateKeyDer(EVP_PKEY* key, const EcEncoding& encoding, QByteArrayView point,
                                             bool withParameters = true);

/// PrivateKeyInfo ::= SEQUENCE { version 0, AlgorithmIdentifier { id-ecPublicKey, namedCurve }, OCTET STRING
/// ECPrivateKey } (RFC 5208 5, RFC 5915 2 and 3): the unencrypted PKCS#8 of an EC key, byte for byte what
/// PEM_write_bio_PKCS8PrivateKey() encodes; empty on failure.
[[nodiscard]] SecureBuffer ecPkcs8PrivateKeyDer(EVP_PKEY* key, const EcEncoding& encoding, QByteArrayView point);

/// PrivateKeyInfo of an RSA key from its PKCS#1 RSAPrivateKey: AlgorithmIdentifier { rsaEncryption, NULL } (RFC 5208
/// 5, RFC 8017 A.1 and C); what OpenSSL encodes for an RSA key.
[[nodiscard]] SecureBuffer rsaPkcs8PrivateKeyDer(QByteArrayView pkcs1PrivateKey);

/// The subjectPublicKey BIT STRING's key octets (without its unused-bits octet) inside a DER SubjectPublicKeyInfo:
/// what the key identifier of RFC 5280 4.2.1.2 method (1) hashes. Empty when `spki` is not one.
[[nodiscard]] QByteArrayView subjectPublicKeyBits(QByteArrayView spki);

} // namespace iotca::crypto
