#include "DeviceCertificateIssuer.h"

#include "CertificateBuilder.h"
#include "CertificateProfile.h"
#include "CryptoErrorCode.h"
#include "DeviceCertificateTemplate.h"
#include "DeviceKeyEncoding.h"
#include "NameDer.h"
#include "OpenSslAccess.h"
#include "OpenSslBio.h"
#include "OpenSslConversions.h"
#include "OpenSslError.h"
#include "OpenSslHandles.h"
#include "PemWriter.h"

#include <openssl/crypto.h>
#include <openssl/rsa.h>

#include <array>
#include <optional>

namespace iotca::crypto {

namespace {

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

// The X509 builder's way to set a new EC key without OpenSSL 3.0's generic encoders (see DeviceKeyEncoding.h).
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

// What one issuer prepares once (DeviceCertificateIssuer::Private is this, and private to the class).
struct IssuerData
{
    Certificate caCertificate;
    PrivateKey caKey;
    QString caName;
    QDateTime caNotAfter;
    X509NamePtr issuerName;
    MdPtr digest;
    X509ExtensionPtr basicConstraints;
    X509ExtensionPtr keyUsageRsa;
    X509ExtensionPtr keyUsageEc;
    X509ExtensionPtr extendedKeyUsage;
    X509ExtensionPtr authorityKeyId;
    std::optional<DeviceCertificateTemplate> derTemplate;
};

// What both encoders share for one device: checked inputs and the key.
struct DeviceInputs
{
    DistinguishedName subject;
    ValidityPeriod period;
    SerialNumber serialNumber;
    EVP_PKEY* subjectKey = nullptr; // borrowed from the request, the earlier certificate or `key`
    PrivateKey key; // a new (or fixed) device key, else null
    std::optional<EcEncoding> fastEc; // set for a new EC key: its encodings are written directly
    QByteArray point; // its public point
    bool rsa = false;
};

// The X509 builder: OpenSSL's X509 object, field by field, and X509_sign().
Result<X509Ptr> buildWithX509(const IssuerData& d, const DeviceInputs& in, const QStringList& subjectAltNames)
{
    Result<X509NamePtr> subjectName = OpenSslConversions::toX509Name(in.subject);
    if (!subjectName)
        return subjectName.error();
    X509Ptr x509(X509_new());
    if (!x509)
        return openSslError(DeviceCertificateIssuer::tr("Could not create a certificate."), ErrorCode::OpenSslFailure);
    if (in.fastEc && !setEcPublicKey(x509.get(), *in.fastEc, in.point))
        return openSslError(DeviceCertificateIssuer::tr("Could not set the device's public key."),
                            ErrorCode::OpenSslFailure);
    if (Status basics =
            CertificateProfile::setBasics(x509.get(), in.serialNumber, subjectName->get(), d.issuerName.get(),
                                          in.period, in.fastEc ? nullptr : in.subjectKey);
        !basics) {
        return basics.error();
    }
    X509ExtensionPtr ski = CertificateProfile::subjectKeyIdentifier(CertificateProfile::keyIdentifier(x509.get()));
    for (const X509_EXTENSION* extension :
         {static_cast<const X509_EXTENSION*>(d.basicConstraints.get()),
          static_cast<const X509_EXTENSION*>(in.rsa ? d.keyUsageRsa.get() : d.keyUsageEc.get()),
          static_cast<const X509_EXTENSION*>(d.extendedKeyUsage.get()), static_cast<const X509_EXTENSION*>(ski.get()),
          static_cast<const X509_EXTENSION*>(d.authorityKeyId.get())}) {
        if (Status added = CertificateProfile::add(x509.get(), extension); !added)
            return added.error();
    }
    if (Status sans = CertificateProfile::addSubjectAltNames(x509.get(), subjectAltNames); !sans)
        return sans.error();
    if (Status signedOk = CertificateProfile::sign(x509.get(), OpenSslAccess::handle(d.caKey), d.digest.get());
        !signedOk)
        return signedOk.error();
    return x509;
}

// The DER template: the per-device fields written into the pre-encoded TBSCertificate, then EVP_DigestSign.
Result<QByteArray> buildWithTemplate(const IssuerData& d, const DeviceInputs& in, const QStringList& subjectAltNames)
{
    QByteArray subjectDer = directNameDer(in.subject);
    if (subjectDer.isEmpty()) {
        // Attributes the direct encoder does not cover, or values OpenSSL refuses (it says why).
        Result<X509NamePtr> subjectName = OpenSslConversions::toX509Name(in.subject);
        if (!subjectName)
            return subjectName.error();
        subjectDer = derEncoding(subjectName->get(), i2d_X509_NAME);
    }
    const QByteArray spki =
        in.fastEc ? ecSubjectPublicKeyInfo(*in.fastEc, in.point) : derEncoding(in.subjectKey, i2d_PUBKEY);
    if (subjectDer.isEmpty() || spki.isEmpty())
        return openSslError(DeviceCertificateIssuer::tr("Could not encode the device's name or public key."),
                            ErrorCode::OpenSslFailure);
    QByteArray subjectAltName;
    if (!subjectAltNames.isEmpty()) {
        Result<GeneralNamesPtr> names = OpenSslConversions::toGeneralNames(subjectAltNames);
        if (!names)
            return names.error();
        // Not critical, as CertificateProfile::addSubjectAltNames() adds it (the subject is not empty, 4.2.1.6).
        const X509ExtensionPtr extension(X509V3_EXT_i2d(NID_subject_alt_name, 0, names->get()));
        subjectAltName = extension ? derEncoding(extension.get(), i2d_X509_EXTENSION) : QByteArray();
        if (subjectAltName.isEmpty())
            return openSslError(DeviceCertificateIssuer::tr("Could not add the subject alternative names."),
                                ErrorCode::OpenSslFailure);
    }
    DeviceCertificateTemplate::Device device;
    device.serialNumber = in.serialNumber;
    device.notBefore = in.period.notBefore.toSecsSinceEpoch();
    device.notAfter = in.period.notAfter.toSecsSinceEpoch();
    device.subjectName = subjectDer;
    device.subjectPublicKeyInfo = spki;
    device.rsaKey = in.rsa;
    device.subjectAltName = subjectAltName;
    Result<QByteArray> tbs = d.derTemplate->tbsCertificate(device);
    if (!tbs)
        return tbs.error();
    return d.derTemplate->signedCertificate(*tbs);
}

// The Certificate object of the result, decoded from the DER just made (OpenSSL keeps that encoding). OpenSSL 3.0
// decodes the SubjectPublicKeyInfo through its generic OSSL_DECODER machinery here: ~140 µs CPU for a P-256 key,
// three times its generation plus the signature (iotca-bench section 6), hence
// DeviceCertificateSpec::decodeCertificate.
Result<Certificate> certificateFromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &p, long(der.size()));
    if (!x509)
        return openSslError(DeviceCertificateIssuer::tr("Could not encode the certificate."),
                            ErrorCode::OpenSslFailure);
    return OpenSslAccess::adoptCertificate(x509);
}

} // namespace

class DeviceCertificateIssuer::Private : public IssuerData
{ };

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
    // The template is made of the very extension objects the X509 builder adds, so both encode the same profile.
    Result<DeviceCertificateTemplate> derTemplate = DeviceCertificateTemplate::create(
        caCertificate, caKey, data->digest.get(),
        {data->basicConstraints.get(), data->keyUsageRsa.get(), data->keyUsageEc.get(), data->extendedKeyUsage.get(),
         data->authorityKeyId.get()});
    if (!derTemplate)
        return derTemplate.error();
    data->derTemplate.emplace(std::move(*derTemplate));
    return DeviceCertificateIssuer(std::move(data));
}

Result<IssuedDeviceCertificate> DeviceCertificateIssuer::issue(const DeviceCertificateSpec& spec) const
{
    return issue(spec, {});
}

Result<IssuedDeviceCertificate> DeviceCertificateIssuer::issue(const DeviceCertificateSpec& spec,
                                                               const DeviceCertificateFixedInputs& fixed) const
{
    DeviceInputs in;
    in.subject = spec.subject;

    if (spec.request) {
        const CertificateRequest& request = *spec.request;
        if (request.isNull())
            return Error {tr("The certificate signing request is empty."), {}, ErrorCode::InvalidArgument};
        if (Status verified = request.verifySignature(); !verified)
            return verified.error();
        if (Status acceptable = request.checkKeyIsAcceptable(); !acceptable)
            return acceptable.error();
        in.subjectKey = X509_REQ_get0_pubkey(OpenSslAccess::handle(request));
        if (in.subject.isEmpty())
            in.subject = request.subject();
    } else if (spec.publicKeyOf) {
        const Certificate& earlier = *spec.publicKeyOf;
        in.subjectKey = earlier.isNull() ? nullptr : OpenSslAccess::publicKeyHandle(earlier);
        if (!in.subjectKey)
            return Error {
                tr("The earlier certificate has no public key to issue for."), {}, ErrorCode::InvalidArgument};
        // The same rules as for a device's own key: a re-issue must not certify a key we would refuse today.
        if (Status acceptable =
                OpenSslConversions::checkKeyAcceptable(in.subjectKey, tr("The key of the earlier certificate"));
            !acceptable)
            return acceptable.error();
        if (in.subject.isEmpty())
            in.subject = earlier.subject();
    }
    if (in.subject.isEmpty())
        return Error {tr("A device certificate needs a subject name."), {}, ErrorCode::InvalidName};
    if (fixed.serialNumber.isNegative())
        return Error {tr("A certificate serial number must be positive."), {}, ErrorCode::InvalidSerialNumber};

    Result<ValidityPeriod> period = CertificateProfile::validity(fixed.notBefore, spec.validityDays, d->caNotAfter);
    if (!period)
        return period.error();
    in.period = *period;

    const bool newKey = !spec.request && !spec.publicKeyOf;
    if (newKey) {
        std::optional<KeyAlgorithm> algorithm = spec.keyAlgorithm;
        if (!fixed.key.isNull()) {
            in.key = fixed.key;
            algorithm = OpenSslConversions::keyInfo(OpenSslAccess::handle(in.key)).algorithm;
        } else {
            Result<PrivateKey> key = generateDeviceKey(spec.keyAlgorithm);
            if (!key)
                return key.error();
            in.key = *key;
        }
        in.subjectKey = OpenSslAccess::handle(in.key);
        in.fastEc = algorithm ? ecEncoding(*algorithm) : std::nullopt;
        // Known without EVP_PKEY_is_a(), whose name lookup takes a lock per device.
        in.rsa = algorithm && isRsa(*algorithm);
        in.point = in.fastEc ? encodedPublicPoint(in.subjectKey) : QByteArray();
        if (in.fastEc && in.point.isEmpty())
            return openSslError(tr("Could not read the device's public key."), ErrorCode::OpenSslFailure);
    }
    if (!newKey || !fixed.key.isNull())
        in.rsa = EVP_PKEY_is_a(in.subjectKey, "RSA") == 1;
    in.serialNumber = fixed.serialNumber.isZero() ? SerialNumber::random() : fixed.serialNumber;

    IssuedDeviceCertificate result;
    if (fixed.encoder == DeviceCertificateEncoder::X509Builder) {
        Result<X509Ptr> x509 = buildWithX509(*d, in, spec.subjectAltNames);
        if (!x509)
            return x509.error();
        result.certificateDer = derEncoding(x509->get(), i2d_X509);
        if (in.fastEc) {
            // The certificate object keeps the device key as its public key, so nothing needs decoding again.
            EVP_PKEY_up_ref(in.subjectKey);
            result.certificate = OpenSslAccess::adoptCertificate(
                x509->release(), std::shared_ptr<evp_pkey_st>(in.subjectKey, EVP_PKEY_free));
        } else {
            result.certificate = OpenSslAccess::adoptCertificate(x509->release());
        }
    } else {
        Result<QByteArray> der = buildWithTemplate(*d, in, spec.subjectAltNames);
        if (!der)
            return der.error();
        result.certificateDer = std::move(*der);
        if (spec.decodeCertificate) {
            Result<Certificate> certificate = certificateFromDer(result.certificateDer);
            if (!certificate)
                return certificate.error();
            result.certificate = std::move(*certificate);
        }
    }
    if (result.certificateDer.isEmpty())
        return openSslError(tr("Could not encode the certificate."), ErrorCode::OpenSslFailure);
    result.certificatePem = pemEncode("CERTIFICATE", result.certificateDer);

    if (in.fastEc) {
        const SecureBuffer keyDer = spec.pkcs8Key ? ecPkcs8PrivateKeyDer(in.subjectKey, *in.fastEc, in.point)
                                                  : sec1PrivateKeyDer(in.subjectKey, *in.fastEc, in.point);
        if (keyDer.isEmpty())
            return openSslError(tr("Could not encode the device key."), ErrorCode::OpenSslFailure);
        result.keyPem = pemEncodeSecret(
            spec.pkcs8Key ? QByteArrayView("PRIVATE KEY") : QByteArrayView("EC PRIVATE KEY"), keyDer.view());
    } else if (!in.key.isNull() && spec.pkcs8Key && !in.rsa) {
        Result<SecureBuffer> pem = in.key.toUnencryptedPkcs8Pem();
        if (!pem)
            return pem.error();
        result.keyPem = std::move(*pem);
    } else if (!in.key.isNull() && spec.pkcs8Key) {
        // PKCS#1 from OpenSSL's encoder, wrapped in a PrivateKeyInfo here.
        unsigned char* keyDer = nullptr;
        const int keyLength = i2d_PrivateKey(in.subjectKey, &keyDer);
        if (keyLength <= 0)
            return openSslError(tr("Could not encode the device key."), ErrorCode::OpenSslFailure);
        const SecureBuffer pkcs8 = rsaPkcs8PrivateKeyDer(QByteArrayView(keyDer, keyLength));
        OPENSSL_clear_free(keyDer, static_cast<std::size_t>(keyLength));
        result.keyPem = pemEncodeSecret("PRIVATE KEY", pkcs8.view());
    } else if (!in.key.isNull()) {
        // PKCS#1 (or SEC1 for other curves) through OpenSSL's encoder; RSA key generation dominates here anyway.
        unsigned char* keyDer = nullptr;
        const int keyLength = i2d_PrivateKey(in.subjectKey, &keyDer);
        if (keyLength <= 0)
            return openSslError(tr("Could not encode the device key."), ErrorCode::OpenSslFailure);
        result.keyPem = pemEncodeSecret(in.rsa ? QByteArrayView("RSA PRIVATE KEY") : QByteArrayView("EC PRIVATE KEY"),
                                        QByteArrayView(keyDer, keyLength));
        OPENSSL_clear_free(keyDer, static_cast<std::size_t>(keyLength));
    }
    result.key = std::move(in.key);
    result.serialNumber = in.serialNumber;
    result.serialNumberHex = result.serialNumber.toHex();
    result.notBefore = in.period.notBefore;
    result.notAfter = in.period.notAfter;
    result.clamped = in.period.clamped;
    result.warning = CertificateProfile::clampWarning(in.period, d->caName);
    return result;
}

} // namespace iotca::crypto
