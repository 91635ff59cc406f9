#include "DeviceCertificateIssuer.h"

#include "CertificateBuilder.h"
#include "CertificateProfile.h"
#include "CryptoErrorCode.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemWriter.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rsa.h>

#include <array>
#include <cstring>
#include <optional>

namespace iotca::crypto {

namespace {

struct MdFree
{
    void operator()(EVP_MD* md) const noexcept { EVP_MD_free(md); }
};

// A key from a keygen context kept per thread and per algorithm: parameters are set up once, not per device.
Result<PrivateKey> generateDeviceKey(KeyAlgorithm algorithm)
{
    thread_local std::array<PKeyCtxPtr, 5> contexts;
    PKeyCtxPtr& context = contexts.at(static_cast<std::size_t>(algorithm));
    if (!context) {
        PKeyCtxPtr fresh(EVP_PKEY_CTX_new_from_name(nullptr, isRsa(algorithm) ? "RSA" : "EC", nullptr));
        const bool ready = fresh && EVP_PKEY_keygen_init(fresh.get()) == 1
            && (isRsa(algorithm)
                    ? EVP_PKEY_CTX_set_rsa_keygen_bits(fresh.get(), keyBits(algorithm)) == 1
                    : EVP_PKEY_CTX_set_group_name(fresh.get(), algorithm == KeyAlgorithm::EcP256 ? "P-256" : "P-384")
                        == 1);
        if (!ready) {
            return openSslError(DeviceCertificateIssuer::tr("Could not prepare %1 key generation.")
                                    .arg(keyAlgorithmDisplayName(algorithm)),
                                ErrorCode::OpenSslFailure);
        }
        context = std::move(fresh);
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) != 1) {
        return openSslError(
            DeviceCertificateIssuer::tr("Could not generate a %1 key.").arg(keyAlgorithmDisplayName(algorithm)),
            ErrorCode::OpenSslFailure);
    }
    return OpenSslAccess::adoptKey(key);
}

// OpenSSL 3.0 runs X509_set_pubkey() and i2d_PrivateKey() through its generic encoders, which cost several times
// a P-256 key generation plus signature. For EC device keys the two encodings are therefore written directly from
// the key's parameters: the SubjectPublicKeyInfo via X509_PUBKEY_set0_param(), the SEC1 ECPrivateKey by hand
// (RFC 5915, the same bytes `openssl ec` writes; checked against OpenSSL's own encoder in the tests).
struct EcEncoding
{
    int curveNid;
    int scalarLength;
    QByteArrayView curveOid; // DER of the named-curve OID
};

std::optional<EcEncoding> ecEncoding(KeyAlgorithm algorithm)
{
    if (algorithm == KeyAlgorithm::EcP256)
        return EcEncoding {NID_X9_62_prime256v1, 32, QByteArrayView("\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07", 10)};
    if (algorithm == KeyAlgorithm::EcP384)
        return EcEncoding {NID_secp384r1, 48, QByteArrayView("\x06\x05\x2b\x81\x04\x00\x22", 7)};
    return std::nullopt;
}

// The uncompressed public point.
QByteArray encodedPublicPoint(EVP_PKEY* key)
{
    std::array<unsigned char, 133> point {};
    std::size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), point.size(), &length)
        != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(point.data()), static_cast<qsizetype>(length));
}

bool setEcPublicKey(X509* x509, const EcEncoding& encoding, const QByteArray& point)
{
    auto* copy = static_cast<unsigned char*>(OPENSSL_memdup(point.constData(), static_cast<std::size_t>(point.size())));
    if (!copy)
        return false;
    if (X509_PUBKEY_set0_param(X509_get_X509_PUBKEY(x509), OBJ_nid2obj(NID_X9_62_id_ecPublicKey), V_ASN1_OBJECT,
                               OBJ_nid2obj(encoding.curveNid), copy, static_cast<int>(point.size()))
        != 1) {
        OPENSSL_free(copy);
        return false;
    }
    return true;
}

// ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] namedCurve, [1] BIT STRING publicKey }
SecureBuffer sec1PrivateKeyDer(EVP_PKEY* key, const EcEncoding& encoding, const QByteArray& point)
{
    BIGNUM* scalar = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &scalar) != 1)
        return {};
    const qsizetype inner = 3 + (2 + encoding.scalarLength) + (2 + encoding.curveOid.size()) + (2 + 3 + point.size());
    const qsizetype total = inner + (inner < 128 ? 2 : 3);
    SecureBuffer der(total);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    *p++ = 0x30;
    if (inner >= 128)
        *p++ = 0x81;
    *p++ = static_cast<unsigned char>(inner);
    *p++ = 0x02, *p++ = 0x01, *p++ = 0x01;
    *p++ = 0x04, *p++ = static_cast<unsigned char>(encoding.scalarLength);
    const bool scalarOk = BN_bn2binpad(scalar, p, encoding.scalarLength) == encoding.scalarLength;
    BN_clear_free(scalar);
    if (!scalarOk)
        return {};
    p += encoding.scalarLength;
    *p++ = 0xa0, *p++ = static_cast<unsigned char>(encoding.curveOid.size());
    std::memcpy(p, encoding.curveOid.data(), static_cast<std::size_t>(encoding.curveOid.size()));
    p += encoding.curveOid.size();
    *p++ = 0xa1, *p++ = static_cast<unsigned char>(3 + point.size());
    *p++ = 0x03, *p++ = static_cast<unsigned char>(1 + point.size()), *p++ = 0x00;
    std::memcpy(p, point.constData(), static_cast<std::size_t>(point.size()));
    return der;
}

} // namespace

class DeviceCertificateIssuer::Private
{
public:
    Certificate caCertificate;
    PrivateKey caKey;
    QString caName;
    QDateTime caNotAfter;
    X509NamePtr issuerName;
    std::unique_ptr<EVP_MD, MdFree> digest;
    X509ExtensionPtr basicConstraints;
    X509ExtensionPtr keyUsageRsa;
    X509ExtensionPtr keyUsageEc;
    X509ExtensionPtr extendedKeyUsage;
    X509ExtensionPtr authorityKeyId;
};

DeviceCertificateIssuer::DeviceCertificateIssuer(std::shared_ptr<const Private> data)
    : d(std::move(data))
{ }

DeviceCertificateIssuer::~DeviceCertificateIssuer() = default;

const Certificate& DeviceCertificateIssuer::caCertificate() const
{
    return d->caCertificate;
}

Result<DeviceCertificateIssuer> DeviceCertificateIssuer::create(const Certificate& caCertificate,
                                                                const PrivateKey& caKey,
                                                                std::optional<DigestAlgorithm> digest)
{
    if (Status issuer = CertificateBuilder::checkIssuer(caCertificate, caKey); !issuer)
        return issuer.error();
    auto data = std::make_shared<Private>();
    data->caCertificate = caCertificate;
    data->caKey = caKey;
    data->caName = caCertificate.commonName().isEmpty() ? caCertificate.subjectString() : caCertificate.commonName();
    data->caNotAfter = caCertificate.notAfter();
    data->issuerName.reset(X509_NAME_dup(X509_get_subject_name(OpenSslAccess::handle(caCertificate))));
    // Encode once now, so that the concurrent X509_set_issuer_name() copies in issue() only read it.
    unsigned char* encoded = nullptr;
    const int encodedLength = data->issuerName ? i2d_X509_NAME(data->issuerName.get(), &encoded) : -1;
    OPENSSL_free(encoded);

    const DigestAlgorithm chosen = digest.value_or(OpenSslConversions::defaultDigestFor(OpenSslAccess::handle(caKey)));
    data->digest.reset(EVP_MD_fetch(nullptr, EVP_MD_get0_name(OpenSslConversions::evpDigest(chosen)), nullptr));
    data->basicConstraints = CertificateProfile::basicConstraints(false, std::nullopt);
    data->keyUsageRsa = CertificateProfile::keyUsage(false, true);
    data->keyUsageEc = CertificateProfile::keyUsage(false, false);
    data->extendedKeyUsage = CertificateProfile::clientAuthExtendedKeyUsage();
    data->authorityKeyId =
        CertificateProfile::authorityKeyIdentifier(CertificateProfile::issuerKeyIdentifier(caCertificate));
    if (encodedLength <= 0 || !data->digest || !data->basicConstraints || !data->keyUsageRsa || !data->keyUsageEc
        || !data->extendedKeyUsage || !data->authorityKeyId) {
        return openSslError(tr("Could not prepare issuing device certificates from the CA '%1'.").arg(data->caName),
                            ErrorCode::OpenSslFailure);
    }
    return DeviceCertificateIssuer(std::move(data));
}

Result<IssuedDeviceCertificate> DeviceCertificateIssuer::issue(const DeviceCertificateSpec& spec) const
{
    IssuedDeviceCertificate result;
    EVP_PKEY* subjectKey = nullptr;
    DistinguishedName subject = spec.subject;

    if (spec.request) {
        const CertificateRequest& request = *spec.request;
        if (request.isNull())
            return Error {tr("The certificate signing request is empty."), {}, ErrorCode::InvalidArgument};
        if (Status verified = request.verifySignature(); !verified)
            return verified.error();
        if (Status acceptable = request.checkKeyIsAcceptable(); !acceptable)
            return acceptable.error();
        subjectKey = X509_REQ_get0_pubkey(OpenSslAccess::handle(request));
        if (subject.isEmpty())
            subject = request.subject();
    } else if (spec.publicKeyOf) {
        const Certificate& earlier = *spec.publicKeyOf;
        subjectKey = earlier.isNull() ? nullptr : OpenSslAccess::publicKeyHandle(earlier);
        if (!subjectKey)
            return Error {
                tr("The earlier certificate has no public key to issue for."), {}, ErrorCode::InvalidArgument};
        // The same rules as for a device's own key: a re-issue must not certify a key we would refuse today.
        if (Status acceptable =
                OpenSslConversions::checkKeyAcceptable(subjectKey, tr("The key of the earlier certificate"));
            !acceptable)
            return acceptable.error();
        if (subject.isEmpty())
            subject = earlier.subject();
    }
    if (subject.isEmpty())
        return Error {tr("A device certificate needs a subject name."), {}, ErrorCode::InvalidName};

    Result<ValidityPeriod> period = CertificateProfile::validity({}, spec.validityDays, d->caNotAfter);
    if (!period)
        return period.error();
    Result<X509NamePtr> subjectName = OpenSslConversions::toX509Name(subject);
    if (!subjectName)
        return subjectName.error();

    const bool newKey = !spec.request && !spec.publicKeyOf;
    if (newKey) {
        Result<PrivateKey> key = generateDeviceKey(spec.keyAlgorithm);
        if (!key)
            return key.error();
        result.key = *key;
        subjectKey = OpenSslAccess::handle(result.key);
    }

    X509Ptr x509(X509_new());
    if (!x509)
        return openSslError(tr("Could not create a certificate."), ErrorCode::OpenSslFailure);
    // Fast path: a new EC key, whose public key and private key encodings are written directly.
    const std::optional<EcEncoding> fast = newKey ? ecEncoding(spec.keyAlgorithm) : std::nullopt;
    const QByteArray point = fast ? encodedPublicPoint(subjectKey) : QByteArray();
    if (fast && (point.isEmpty() || !setEcPublicKey(x509.get(), *fast, point)))
        return openSslError(tr("Could not set the device's public key."), ErrorCode::OpenSslFailure);
    result.serialNumber = SerialNumber::random();
    if (Status basics = CertificateProfile::setBasics(x509.get(), result.serialNumber, subjectName->get(),
                                                      d->issuerName.get(), *period, fast ? nullptr : subjectKey);
        !basics) {
        return basics.error();
    }
    const bool rsa = EVP_PKEY_is_a(subjectKey, "RSA") == 1;
    X509ExtensionPtr ski = CertificateProfile::subjectKeyIdentifier(CertificateProfile::keyIdentifier(x509.get()));
    for (const X509_EXTENSION* extension :
         {static_cast<const X509_EXTENSION*>(d->basicConstraints.get()),
          static_cast<const X509_EXTENSION*>(rsa ? d->keyUsageRsa.get() : d->keyUsageEc.get()),
          static_cast<const X509_EXTENSION*>(d->extendedKeyUsage.get()), static_cast<const X509_EXTENSION*>(ski.get()),
          static_cast<const X509_EXTENSION*>(d->authorityKeyId.get())}) {
        if (Status added = CertificateProfile::add(x509.get(), extension); !added)
            return added.error();
    }
    if (Status sans = CertificateProfile::addSubjectAltNames(x509.get(), spec.subjectAltNames); !sans)
        return sans.error();
    if (Status signedOk = CertificateProfile::sign(x509.get(), OpenSslAccess::handle(d->caKey), d->digest.get());
        !signedOk)
        return signedOk.error();

    result.certificateDer = derEncoding(x509.get(), i2d_X509);
    if (result.certificateDer.isEmpty())
        return openSslError(tr("Could not encode the certificate."), ErrorCode::OpenSslFailure);
    result.certificatePem = pemEncode("CERTIFICATE", result.certificateDer);

    if (fast) {
        // The certificate object keeps the device key as its public key, so nothing needs decoding again.
        EVP_PKEY_up_ref(subjectKey);
        result.certificate =
            OpenSslAccess::adoptCertificate(x509.release(), std::shared_ptr<evp_pkey_st>(subjectKey, EVP_PKEY_free));
        const SecureBuffer keyDer = sec1PrivateKeyDer(subjectKey, *fast, point);
        if (keyDer.isEmpty())
            return openSslError(tr("Could not encode the device key."), ErrorCode::OpenSslFailure);
        result.keyPem = pemEncodeSecret("EC PRIVATE KEY", keyDer.view());
    } else {
        result.certificate = OpenSslAccess::adoptCertificate(x509.release());
    }
    if (!fast && !result.key.isNull()) {
        // PKCS#1 (or SEC1 for other curves) through OpenSSL's encoder; RSA key generation dominates here anyway.
        unsigned char* keyDer = nullptr;
        const int keyLength = i2d_PrivateKey(OpenSslAccess::handle(result.key), &keyDer);
        if (keyLength <= 0)
            return openSslError(tr("Could not encode the device key."), ErrorCode::OpenSslFailure);
        result.keyPem = pemEncodeSecret(rsa ? QByteArrayView("RSA PRIVATE KEY") : QByteArrayView("EC PRIVATE KEY"),
                                        QByteArrayView(keyDer, keyLength));
        OPENSSL_clear_free(keyDer, static_cast<std::size_t>(keyLength));
    }
    result.serialNumberHex = result.serialNumber.toHex();
    result.notBefore = period->notBefore;
    result.notAfter = period->notAfter;
    result.clamped = period->clamped;
    result.warning = CertificateProfile::clampWarning(*period, d->caName);
    return result;
}

} // namespace iotca::crypto
