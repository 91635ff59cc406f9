#pragma once

#include "KeyAlgorithm.h"
#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace iotca::crypto {

class Certificate;
class CertificateRequest;

/// A private key (RSA >= 2048 bits, EC P-256 or P-384). A value type: copies share the immutable OpenSSL key, so
/// they are cheap and may be used from several threads at once.
///
/// Errors carry ErrorCode values: WrongPassphrase, PassphraseRequired, NotAPrivateKey (a public key, certificate or
/// CSR was given), Truncated, Malformed, Empty, UnsupportedAlgorithm (Ed25519, P-521, DSA, ...), KeyTooWeak.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    /// A null key; every operation on it fails or returns empty values.
    PrivateKey() = default;

    /// A fresh key from the default random generator.
    [[nodiscard]] static Result<PrivateKey> generate(KeyAlgorithm algorithm);

    /// PEM: "PRIVATE KEY" (PKCS#8), "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY" (PKCS#1, also with the legacy
    /// Proc-Type/DEK-Info encryption), "EC PRIVATE KEY" (SEC1, with or without an "EC PARAMETERS" block before it).
    /// `passphrase` is needed for encrypted forms only.
    [[nodiscard]] static Result<PrivateKey> fromPem(QByteArrayView pem, const SecureBuffer* passphrase = nullptr);
    /// DER: PKCS#8 (plain or encrypted), PKCS#1 RSAPrivateKey, SEC1 ECPrivateKey.
    [[nodiscard]] static Result<PrivateKey> fromDer(QByteArrayView der, const SecureBuffer* passphrase = nullptr);
    /// PEM or DER, decided by the content.
    [[nodiscard]] static Result<PrivateKey> fromData(QByteArrayView data, const SecureBuffer* passphrase = nullptr);

    [[nodiscard]] bool isNull() const noexcept { return !m_key; }
    /// One of our five algorithms, or nullopt for a readable key of another size (RSA 2560, RSA 8192, ...).
    [[nodiscard]] std::optional<KeyAlgorithm> algorithm() const;
    [[nodiscard]] bool isRsa() const;
    [[nodiscard]] bool isEc() const;
    /// RSA modulus bits or EC field size.
    [[nodiscard]] int bits() const;
    /// "P-256" / "P-384" for EC keys, empty for RSA.
    [[nodiscard]] QString curveName() const;
    /// For people: "RSA 2048-bit", "ECDSA P-256".
    [[nodiscard]] QString description() const;

    /// Encrypted PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY"): AES-256-CBC, PBKDF2-HMAC-SHA256, 600,000 iterations.
    [[nodiscard]] Result<QByteArray> toEncryptedPkcs8Pem(const SecureBuffer& passphrase) const;
    /// The same as DER (how the workspace stores CA keys).
    [[nodiscard]] Result<QByteArray> toEncryptedPkcs8Der(const SecureBuffer& passphrase) const;
    /// Unencrypted PKCS#1 "BEGIN RSA PRIVATE KEY" or SEC1 "BEGIN EC PRIVATE KEY", as the IoT platforms require for
    /// device key files. Secret, hence a SecureBuffer. Never use it for CA keys.
    [[nodiscard]] Result<SecureBuffer> toUnencryptedTraditionalPem() const;
    /// Unencrypted PKCS#8 "BEGIN PRIVATE KEY".
    [[nodiscard]] Result<SecureBuffer> toUnencryptedPkcs8Pem() const;
    /// Unencrypted PKCS#8 DER.
    [[nodiscard]] Result<SecureBuffer> toUnencryptedPkcs8Der() const;

    /// SubjectPublicKeyInfo DER of the public half.
    [[nodiscard]] QByteArray publicKeyDer() const;
    /// SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY").
    [[nodiscard]] QByteArray publicKeyPem() const;

    /// True when `certificate` carries this key's public half.
    [[nodiscard]] bool matches(const Certificate& certificate) const;
    /// True when `request` carries this key's public half.
    [[nodiscard]] bool matches(const CertificateRequest& request) const;

    /// The same key: equal public halves (which, for RSA and EC, fix the private half). Two null keys are equal.
    [[nodiscard]] bool operator==(const PrivateKey& other) const;

private:
    // The OpenSSL side, for crypto/ only (through OpenSslAccess, a private header).
    friend class OpenSslAccess;
    /// The OpenSSL key (borrowed; never null unless isNull()).
    [[nodiscard]] evp_pkey_st* handle() const noexcept { return m_key.get(); }
    /// Takes ownership of `key` (an EVP_PKEY with a private part).
    [[nodiscard]] static PrivateKey adopt(evp_pkey_st* key);

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace iotca::crypto
