#include "PrivateKey.h"

#include "Certificate.h"
#include "CertificateRequest.h"
#include "CryptoErrorCode.h"
#include "DerHeader.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemReader.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/proverr.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace iotca::crypto {

namespace {

/// PBKDF2-HMAC-SHA256 iterations for encrypted PKCS#8 (OWASP 2023).
constexpr int pbkdf2Iterations = 600000;
constexpr int saltLength = 16;

enum class DerKind { Pkcs8, EncryptedPkcs8, Pkcs1, Sec1 };

// PEM password callback: `user` is the SecureBuffer.
int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* user)
{
    const auto* passphrase = static_cast<const SecureBuffer*>(user);
    if (!passphrase || size <= 0)
        return -1;
    const int length = static_cast<int>(std::min<qsizetype>(passphrase->size(), size));
    if (length > 0)
        std::memcpy(buffer, passphrase->data(), static_cast<std::size_t>(length));
    return length;
}

// After a failed decryption: a wrong passphrase, or a method OpenSSL cannot run.
bool lastErrorsMeanWrongPassphrase()
{
    bool wrong = false;
    bool unsupported = false;
    unsigned long packed = 0;
    while ((packed = ERR_get_error()) != 0) {
        const int reason = ERR_GET_REASON(packed);
        if (reason == EVP_R_BAD_DECRYPT || reason == PKCS12_R_PKCS12_CIPHERFINAL_ERROR || reason == PROV_R_BAD_DECRYPT)
            wrong = true;
        // A wrong passphrase whose garbage passed the CBC padding check by chance (about 1 in 256) fails later,
        // when the "plaintext" is decoded as DER: that is a wrong passphrase too, not an unsupported method.
        if (ERR_GET_LIB(packed) == ERR_LIB_ASN1 && reason != ASN1_R_UNSUPPORTED_CIPHER
            && reason != ASN1_R_UNKNOWN_DIGEST && reason != ASN1_R_UNKNOWN_MESSAGE_DIGEST_ALGORITHM)
            wrong = true;
        // ...unless OpenSSL also said the method itself is not supported.
        if (ERR_GET_LIB(packed) == ERR_LIB_ASN1
            && (reason == ASN1_R_UNSUPPORTED_CIPHER || reason == ASN1_R_UNKNOWN_DIGEST
                || reason == ASN1_R_UNKNOWN_MESSAGE_DIGEST_ALGORITHM))
            unsupported = true;
        if (ERR_GET_LIB(packed) == ERR_LIB_EVP
            && (reason == EVP_R_UNSUPPORTED_CIPHER || reason == EVP_R_UNKNOWN_PBE_ALGORITHM
                || reason == EVP_R_UNSUPPORTED_PRF || reason == EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION
                || reason == EVP_R_UNSUPPORTED_KEYLENGTH))
            unsupported = true;
    }
    return wrong && !unsupported;
}

} // namespace

PrivateKey PrivateKey::adopt(evp_pkey_st* key)
{
    PrivateKey result;
    result.m_key = std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
    return result;
}

Result<PrivateKey> PrivateKey::generate(KeyAlgorithm algorithm)
{
    EVP_PKEY* key = nullptr;
    if (crypto::isRsa(algorithm)) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(keyBits(algorithm)));
    } else {
        const char* group = algorithm == KeyAlgorithm::EcP256 ? "P-256" : "P-384";
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
    }
    if (!key) {
        //: %1 is a key type such as "ECDSA P-256"
        return openSslError(tr("Could not generate a %1 key.").arg(keyAlgorithmDisplayName(algorithm)),
                            ErrorCode::OpenSslFailure);
    }
    return adopt(key);
}

namespace {

struct KeyReader
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    static Result<PrivateKey> accept(EVP_PKEY* raw)
    {
        PKeyPtr key(raw);
        if (Status acceptable = OpenSslConversions::checkKeyAcceptable(key.get(), tr("The key")); !acceptable)
            return acceptable.error();
        return OpenSslAccess::adoptKey(key.release());
    }

    static Error truncatedOrMalformed(QByteArrayView der, const QString& what)
    {
        clearOpenSslErrors();
        const qint64 declared = declaredDerSequenceLength(der);
        if (declared > der.size()) {
            //: %1 describes the content, e.g. "PKCS#8 private key"; %2 and %3 are byte counts
            return Error {tr("The %1 is cut off: it should have %2 bytes but has only %3.")
                              .arg(what)
                              .arg(declared)
                              .arg(der.size()),
                          {},
                          ErrorCode::Truncated};
        }
        //: %1 describes the content, e.g. "PKCS#8 private key"
        return Error {tr("The %1 is damaged and cannot be decoded.").arg(what), {}, ErrorCode::Malformed};
    }

    static Result<PrivateKey> decryptPkcs8(const X509_SIG* encrypted, const SecureBuffer* passphrase)
    {
        if (!passphrase) {
            return Error {
                tr("The private key is encrypted; its passphrase is required."), {}, ErrorCode::PassphraseRequired};
        }
        Pkcs8InfoPtr info(PKCS8_decrypt(encrypted, passphrase->isEmpty() ? "" : passphrase->data(),
                                        static_cast<int>(passphrase->size())));
        if (!info) {
            if (lastErrorsMeanWrongPassphrase())
                return Error {tr("The passphrase for the private key is wrong."), {}, ErrorCode::WrongPassphrase};
            return Error {tr("The private key is encrypted with a method that is not supported."),
                          {},
                          ErrorCode::UnsupportedAlgorithm};
        }
        EVP_PKEY* key = EVP_PKCS82PKEY(info.get());
        if (!key) {
            // A decryption that "succeeds" with a wrong passphrase yields garbage (rare, padding matched by chance).
            clearOpenSslErrors();
            return Error {tr("The passphrase for the private key is wrong."), {}, ErrorCode::WrongPassphrase};
        }
        return accept(key);
    }

    static Result<PrivateKey> decode(QByteArrayView der, DerKind kind, const SecureBuffer* passphrase)
    {
        if (der.size() > std::numeric_limits<int>::max())
            return Error {tr("The private key file is too large."), {}, ErrorCode::Malformed};
        const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
        const long length = static_cast<long>(der.size());
        switch (kind) {
        case DerKind::EncryptedPkcs8: {
            const unsigned char* p = bytes;
            X509SigPtr encrypted(d2i_X509_SIG(nullptr, &p, length));
            if (!encrypted)
                return truncatedOrMalformed(der, tr("encrypted PKCS#8 private key"));
            return decryptPkcs8(encrypted.get(), passphrase);
        }
        case DerKind::Pkcs8: {
            const unsigned char* p = bytes;
            Pkcs8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, length));
            if (!info)
                return truncatedOrMalformed(der, tr("PKCS#8 private key"));
            EVP_PKEY* key = EVP_PKCS82PKEY(info.get());
            if (!key) {
                return openSslError(tr("The PKCS#8 private key holds a key type that is not supported."),
                                    ErrorCode::UnsupportedAlgorithm);
            }
            return accept(key);
        }
        case DerKind::Pkcs1:
        case DerKind::Sec1: {
            const unsigned char* p = bytes;
            EVP_PKEY* key = d2i_PrivateKey_ex(kind == DerKind::Pkcs1 ? EVP_PKEY_RSA : EVP_PKEY_EC, nullptr, &p, length,
                                              nullptr, nullptr);
            if (!key) {
                return truncatedOrMalformed(
                    der, kind == DerKind::Pkcs1 ? tr("PKCS#1 RSA private key") : tr("SEC1 EC private key"));
            }
            return accept(key);
        }
        }
        return Error {tr("The private key cannot be decoded."), {}, ErrorCode::Malformed};
    }

    static Result<PrivateKey> decryptLegacyPem(PemBlock& block, const SecureBuffer* passphrase)
    {
        if (!passphrase) {
            return Error {
                tr("The private key is encrypted; its passphrase is required."), {}, ErrorCode::PassphraseRequired};
        }
        QByteArray headerText = block.headers.join('\n') + '\n';
        EVP_CIPHER_INFO cipher {};
        if (PEM_get_EVP_CIPHER_INFO(headerText.data(), &cipher) != 1) {
            return openSslError(tr("The private key is encrypted with a method that is not supported."),
                                ErrorCode::UnsupportedAlgorithm);
        }
        long length = static_cast<long>(block.der.size());
        // PEM_do_header decrypts in place; the plaintext stays in the SecureBuffer.
        if (PEM_do_header(&cipher, reinterpret_cast<unsigned char*>(block.der.data()), &length, passphraseCallback,
                          const_cast<SecureBuffer*>(passphrase))
            != 1) {
            clearOpenSslErrors();
            return Error {tr("The passphrase for the private key is wrong."), {}, ErrorCode::WrongPassphrase};
        }
        block.der.truncate(length);
        const DerKind kind = block.label == "EC PRIVATE KEY" ? DerKind::Sec1 : DerKind::Pkcs1;
        Result<PrivateKey> key = decode(block.der.view(), kind, nullptr);
        if (!key && key.error().code != ErrorCode::UnsupportedAlgorithm && key.error().code != ErrorCode::KeyTooWeak)
            return Error {tr("The passphrase for the private key is wrong."), {}, ErrorCode::WrongPassphrase};
        return key;
    }
};

} // namespace

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, const SecureBuffer* passphrase)
{
    Result<std::vector<PemBlock>> blocks = PemReader::read(pem, tr("the private key"));
    if (!blocks)
        return blocks.error();
    QByteArray otherLabel;
    for (PemBlock& block : *blocks) {
        if (block.label == "PRIVATE KEY")
            return KeyReader::decode(block.der.view(), DerKind::Pkcs8, passphrase);
        if (block.label == "ENCRYPTED PRIVATE KEY")
            return KeyReader::decode(block.der.view(), DerKind::EncryptedPkcs8, passphrase);
        if (block.label == "RSA PRIVATE KEY" || block.label == "EC PRIVATE KEY") {
            if (block.isEncryptedLegacy())
                return KeyReader::decryptLegacyPem(block, passphrase);
            return KeyReader::decode(block.der.view(),
                                     block.label == "RSA PRIVATE KEY" ? DerKind::Pkcs1 : DerKind::Sec1, passphrase);
        }
        if (block.label == "DSA PRIVATE KEY" || block.label == "OPENSSH PRIVATE KEY") {
            //: %1 is a PEM label such as "OPENSSH PRIVATE KEY"
            return Error {tr("The file holds a \"%1\", which is not supported; use an RSA or EC key in PEM "
                             "(PKCS#8, PKCS#1 or SEC1) form.")
                              .arg(QString::fromLatin1(block.label)),
                          {},
                          ErrorCode::UnsupportedAlgorithm};
        }
        if (block.label != "EC PARAMETERS" && otherLabel.isEmpty())
            otherLabel = block.label;
    }
    if (otherLabel.isEmpty())
        otherLabel = blocks->front().label;
    //: %1 is a PEM label such as "CERTIFICATE" or "PUBLIC KEY"
    return Error {tr("The file holds a \"%1\" but no private key.").arg(QString::fromLatin1(otherLabel)),
                  {},
                  ErrorCode::NotAPrivateKey};
}

Result<PrivateKey> PrivateKey::fromDer(QByteArrayView der, const SecureBuffer* passphrase)
{
    if (der.isEmpty())
        return Error {tr("The file for the private key is empty."), {}, ErrorCode::Empty};
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
    const long length = static_cast<long>(std::min<qsizetype>(der.size(), std::numeric_limits<int>::max()));
    const unsigned char* end = bytes + length;

    // Each probe must consume the whole input, so that one structure is never mistaken for another.
    {
        const unsigned char* p = bytes;
        X509SigPtr encrypted(d2i_X509_SIG(nullptr, &p, length));
        if (encrypted && p == end)
            return KeyReader::decryptPkcs8(encrypted.get(), passphrase);
    }
    {
        const unsigned char* p = bytes;
        Pkcs8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, length));
        if (info && p == end) {
            clearOpenSslErrors();
            return KeyReader::decode(der, DerKind::Pkcs8, nullptr);
        }
    }
    for (const int type : {EVP_PKEY_RSA, EVP_PKEY_EC}) {
        const unsigned char* p = bytes;
        PKeyPtr key(d2i_PrivateKey_ex(type, nullptr, &p, length, nullptr, nullptr));
        if (key && p == end) {
            clearOpenSslErrors();
            return KeyReader::accept(key.release());
        }
    }
    clearOpenSslErrors();
    {
        const unsigned char* p = bytes;
        X509Ptr certificate(d2i_X509(nullptr, &p, length));
        if (certificate) {
            clearOpenSslErrors();
            return Error {tr("The file holds a certificate, not a private key."), {}, ErrorCode::NotAPrivateKey};
        }
    }
    {
        const unsigned char* p = bytes;
        PKeyPtr publicKey(d2i_PUBKEY(nullptr, &p, length));
        if (publicKey) {
            clearOpenSslErrors();
            return Error {tr("The file holds a public key, not a private key."), {}, ErrorCode::NotAPrivateKey};
        }
    }
    {
        const unsigned char* p = bytes;
        X509ReqPtr request(d2i_X509_REQ(nullptr, &p, length));
        if (request) {
            clearOpenSslErrors();
            return Error {
                tr("The file holds a certificate signing request, not a private key."), {}, ErrorCode::NotAPrivateKey};
        }
    }
    return KeyReader::truncatedOrMalformed(der, tr("private key"));
}

Result<PrivateKey> PrivateKey::fromData(QByteArrayView data, const SecureBuffer* passphrase)
{
    if (PemReader::looksLikePem(data))
        return fromPem(data, passphrase);
    const QByteArrayView trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return Error {tr("The file for the private key is empty."), {}, ErrorCode::Empty};
    if (static_cast<unsigned char>(data[0]) != 0x30) {
        return Error {tr("The file is neither a PEM nor a DER private key."), {}, ErrorCode::Malformed};
    }
    return fromDer(data, passphrase);
}

std::optional<KeyAlgorithm> PrivateKey::algorithm() const
{
    return OpenSslConversions::keyInfo(m_key.get()).algorithm;
}

bool PrivateKey::isRsa() const
{
    return m_key && EVP_PKEY_is_a(m_key.get(), "RSA");
}

bool PrivateKey::isEc() const
{
    return m_key && EVP_PKEY_is_a(m_key.get(), "EC");
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PrivateKey::curveName() const
{
    return OpenSslConversions::keyInfo(m_key.get()).curve;
}

QString PrivateKey::description() const
{
    return OpenSslConversions::keyInfo(m_key.get()).description;
}

namespace {

struct KeyWriter
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    static Result<X509SigPtr> encrypt(EVP_PKEY* key, const SecureBuffer& passphrase)
    {
        if (!key)
            return Error {tr("There is no key to write."), {}, ErrorCode::InvalidArgument};
        if (passphrase.isEmpty())
            return Error {tr("An empty passphrase cannot protect a private key."), {}, ErrorCode::InvalidArgument};
        Pkcs8InfoPtr info(EVP_PKEY2PKCS8(key));
        if (!info)
            return openSslError(tr("Could not encode the private key."), ErrorCode::OpenSslFailure);
        std::array<unsigned char, saltLength> salt {};
        if (RAND_bytes(salt.data(), saltLength) != 1)
            return openSslError(tr("Could not make a random salt."), ErrorCode::OpenSslFailure);
        X509AlgorPtr pbe(PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), pbkdf2Iterations, salt.data(), saltLength, nullptr,
                                              NID_hmacWithSHA256, nullptr));
        if (!pbe)
            return openSslError(tr("Could not set up the key encryption."), ErrorCode::OpenSslFailure);
        X509_SIG* encrypted = PKCS8_set0_pbe_ex(passphrase.data(), static_cast<int>(passphrase.size()), info.get(),
                                                pbe.get(), nullptr, nullptr);
        if (!encrypted)
            return openSslError(tr("Could not encrypt the private key."), ErrorCode::OpenSslFailure);
        pbe.release(); // owned by `encrypted` now
        return X509SigPtr(encrypted);
    }
};

} // namespace

Result<QByteArray> PrivateKey::toEncryptedPkcs8Pem(const SecureBuffer& passphrase) const
{
    Result<X509SigPtr> encrypted = KeyWriter::encrypt(m_key.get(), passphrase);
    if (!encrypted)
        return encrypted.error();
    BioPtr bio = writableBio();
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted->get()) != 1)
        return openSslError(tr("Could not write the encrypted private key."), ErrorCode::OpenSslFailure);
    return bioContents(bio.get());
}

Result<QByteArray> PrivateKey::toEncryptedPkcs8Der(const SecureBuffer& passphrase) const
{
    Result<X509SigPtr> encrypted = KeyWriter::encrypt(m_key.get(), passphrase);
    if (!encrypted)
        return encrypted.error();
    QByteArray der = derEncoding(encrypted->get(), i2d_X509_SIG);
    if (der.isEmpty())
        return openSslError(tr("Could not write the encrypted private key."), ErrorCode::OpenSslFailure);
    return der;
}

Result<SecureBuffer> PrivateKey::toUnencryptedTraditionalPem() const
{
    if (!m_key)
        return Error {tr("There is no key to write."), {}, ErrorCode::InvalidArgument};
    BioPtr bio = secureWritableBio();
    if (!bio
        || PEM_write_bio_PrivateKey_traditional(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return openSslError(tr("Could not write the private key."), ErrorCode::OpenSslFailure);
    }
    return bioSecureContents(bio.get());
}

Result<SecureBuffer> PrivateKey::toUnencryptedPkcs8Pem() const
{
    if (!m_key)
        return Error {tr("There is no key to write."), {}, ErrorCode::InvalidArgument};
    BioPtr bio = secureWritableBio();
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return openSslError(tr("Could not write the private key."), ErrorCode::OpenSslFailure);
    return bioSecureContents(bio.get());
}

Result<SecureBuffer> PrivateKey::toUnencryptedPkcs8Der() const
{
    if (!m_key)
        return Error {tr("There is no key to write."), {}, ErrorCode::InvalidArgument};
    BioPtr bio = secureWritableBio();
    if (!bio || i2d_PKCS8PrivateKey_bio(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return openSslError(tr("Could not write the private key."), ErrorCode::OpenSslFailure);
    return bioSecureContents(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    return OpenSslConversions::publicKeyDer(m_key.get());
}

QByteArray PrivateKey::publicKeyPem() const
{
    BioPtr bio = writableBio();
    if (!m_key || !bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioContents(bio.get());
}

bool PrivateKey::matches(const Certificate& certificate) const
{
    if (!m_key || certificate.isNull())
        return false;
    const bool equal = EVP_PKEY_eq(m_key.get(), OpenSslAccess::publicKeyHandle(certificate)) == 1;
    clearOpenSslErrors();
    return equal;
}

bool PrivateKey::matches(const CertificateRequest& request) const
{
    if (!m_key || request.isNull())
        return false;
    const bool equal = EVP_PKEY_eq(m_key.get(), X509_REQ_get0_pubkey(OpenSslAccess::handle(request))) == 1;
    clearOpenSslErrors();
    return equal;
}

bool PrivateKey::operator==(const PrivateKey& other) const
{
    if (!m_key || !other.m_key)
        return !m_key && !other.m_key;
    if (m_key == other.m_key)
        return true;
    const bool equal = EVP_PKEY_eq(m_key.get(), other.m_key.get()) == 1;
    clearOpenSslErrors();
    return equal;
}

} // namespace iotca::crypto
